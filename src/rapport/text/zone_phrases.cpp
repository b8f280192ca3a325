// The word lists of email body zoning, kept together so that adding a language or
// a mail client means adding a line here, not editing the algorithm.
//
// All entries are lower case; the matchers lower-case ASCII letters of the input
// only, so non-ASCII entries are written as they appear in real mail (most such
// words are lower case in the middle of a line anyway).
//
// Sources: the quoting conventions of the common mail clients (Gmail, Apple Mail,
// Outlook, Thunderbird, Lotus Notes, mobile apps) in the languages our users write
// in most. Nothing here is taken from any evaluation data set.

#include "rapport/text/zone_phrases.hpp"

#include <array>

namespace rapport::text::phrases {

namespace {

// "…, Jane <j@x> wrote:" and its translations. Matched at the end of an
// attribution line (which may be wrapped over two or three lines); the colon may
// be ASCII or full-width and may follow a space, as French typography wants.
constexpr std::array k_attribution_verbs{
    std::string_view{"wrote"},         // English
    std::string_view{"writes"},
    std::string_view{"a écrit"},       // French
    std::string_view{"schrieb"},       // German
    std::string_view{"escribió"},      // Spanish
    std::string_view{"ha escrit"},     // Catalan
    std::string_view{"schreef"},       // Dutch
    std::string_view{"ha scritto"},    // Italian
    std::string_view{"escreveu"},      // Portuguese
    std::string_view{"skrev"},         // Danish, Norwegian, Swedish
    std::string_view{"napisał"},       // Polish
    std::string_view{"napisał(a)"},
    std::string_view{"napisala"},
    std::string_view{"pisze"},
    std::string_view{"napsal"},        // Czech
    std::string_view{"napísal"},       // Slovak
    std::string_view{"kirjoitti"},     // Finnish
    std::string_view{"írta"},          // Hungarian
    std::string_view{"yazdı"},         // Turkish
    std::string_view{"написал"},       // Russian
    std::string_view{"написал(а)"},
    std::string_view{"написала"},
    std::string_view{"написав"},       // Ukrainian
    std::string_view{"έγραψε"},        // Greek
    std::string_view{"写道"},          // Chinese
    std::string_view{"寫道"},
    std::string_view{"작성"},          // Korean
    std::string_view{"のメッセージ"},  // Japanese
    std::string_view{"さんは書きました"},
};

// Words that open a wrapped attribution ("On Tue, 3 Mar 2026 at 10:02, Jane\n
// <j@x> wrote:"), so that the first line of the attribution can be found.
constexpr std::array k_attribution_openers{
    std::string_view{"on "},      std::string_view{"le "},   std::string_view{"am "},
    std::string_view{"el "},      std::string_view{"op "},   std::string_view{"il "},
    std::string_view{"em "},      std::string_view{"den "},  std::string_view{"w dniu "},
    std::string_view{"dnia "},    std::string_view{"в "},    std::string_view{"在 "},
    std::string_view{"- on "},    std::string_view{"- le "},
};

// The first field of a pasted header block (Outlook, webmail, Lotus Notes).
constexpr std::array k_header_from_fields{
    std::string_view{"from"},       std::string_view{"de"},      // English, French/Spanish/Portuguese
    std::string_view{"von"},        std::string_view{"van"},     // German, Dutch
    std::string_view{"da"},         std::string_view{"od"},      // Italian, Polish/Czech
    std::string_view{"från"},       std::string_view{"fra"},     // Swedish, Danish/Norwegian
    std::string_view{"lähettäjä"},  std::string_view{"feladó"},  // Finnish, Hungarian
    std::string_view{"от"},         std::string_view{"від"},     // Russian, Ukrainian
    std::string_view{"发件人"},     std::string_view{"寄件者"},  // Chinese
    std::string_view{"差出人"},     std::string_view{"보낸 사람"},  // Japanese, Korean
    std::string_view{"message du"},  // French webmail
};

// The other fields of such a block. Two distinct fields (a from-field and one of
// these, or two of these with a date line) make a header block.
constexpr std::array k_header_other_fields{
    // English
    std::string_view{"sent"}, std::string_view{"date"}, std::string_view{"to"},
    std::string_view{"cc"}, std::string_view{"bcc"}, std::string_view{"subject"},
    std::string_view{"reply-to"},
    // French
    std::string_view{"envoyé"}, std::string_view{"envoyé le"}, std::string_view{"date d'envoi"},
    std::string_view{"à"}, std::string_view{"a"}, std::string_view{"objet"}, std::string_view{"sujet"},
    std::string_view{"copie à"},
    // German
    std::string_view{"gesendet"}, std::string_view{"datum"}, std::string_view{"an"},
    std::string_view{"betreff"}, std::string_view{"kopie"},
    // Dutch
    std::string_view{"verzonden"}, std::string_view{"aan"}, std::string_view{"onderwerp"},
    // Italian
    std::string_view{"inviato"}, std::string_view{"oggetto"},
    // Spanish, Portuguese
    std::string_view{"enviado"}, std::string_view{"enviado el"}, std::string_view{"fecha"},
    std::string_view{"para"}, std::string_view{"asunto"}, std::string_view{"assunto"},
    // Polish, Czech
    std::string_view{"wysłano"}, std::string_view{"do"}, std::string_view{"temat"},
    std::string_view{"odesláno"}, std::string_view{"komu"}, std::string_view{"předmět"},
    // Scandinavian
    std::string_view{"skickat"}, std::string_view{"till"}, std::string_view{"ämne"},
    std::string_view{"sendt"}, std::string_view{"til"}, std::string_view{"emne"},
    // Russian, Ukrainian
    std::string_view{"отправлено"}, std::string_view{"кому"}, std::string_view{"тема"},
    std::string_view{"надіслано"},
    // Chinese, Japanese, Korean
    std::string_view{"发送时间"}, std::string_view{"收件人"}, std::string_view{"主题"},
    std::string_view{"抄送"}, std::string_view{"送信日時"}, std::string_view{"宛先"},
    std::string_view{"件名"}, std::string_view{"보낸 날짜"}, std::string_view{"받는 사람"},
    std::string_view{"제목"},
};

// A line that consists of one of these (usually between dashes) starts quoted or
// forwarded history: everything below it is the older message.
constexpr std::array k_history_separators{
    std::string_view{"original message"},
    std::string_view{"forwarded message"},
    std::string_view{"forwarded by"},              // Lotus Notes "----- Forwarded by X on …"
    std::string_view{"begin forwarded message"},   // Apple Mail
    std::string_view{"start of forwarded message"},
    std::string_view{"reply message"},
    std::string_view{"reply separator"},           // cc:Mail
    std::string_view{"original appointment"},
    std::string_view{"ursprüngliche nachricht"},   // German
    std::string_view{"weitergeleitete nachricht"},
    std::string_view{"message d'origine"},         // French
    std::string_view{"message transféré"},
    std::string_view{"message original"},
    std::string_view{"mensaje original"},          // Spanish
    std::string_view{"mensaje reenviado"},
    std::string_view{"oorspronkelijk bericht"},    // Dutch
    std::string_view{"doorgestuurd bericht"},
    std::string_view{"messaggio originale"},       // Italian
    std::string_view{"messaggio inoltrato"},
    std::string_view{"mensagem original"},         // Portuguese
    std::string_view{"mensagem encaminhada"},
    std::string_view{"oryginalna wiadomość"},      // Polish
    std::string_view{"ursprungligt meddelande"},   // Swedish
    std::string_view{"original meddelelse"},       // Danish
    std::string_view{"opprinnelig melding"},       // Norwegian
    std::string_view{"alkuperäinen viesti"},       // Finnish
    std::string_view{"исходное сообщение"},        // Russian
    std::string_view{"пересылаемое сообщение"},
};

// Lines that mail apps add under the text. Matched as a prefix of a short line
// (the rest of the line may name the device: "sent from my Galaxy S9").
constexpr std::array k_device_prefixes{
    std::string_view{"sent from my "},
    std::string_view{"sent from mail for windows"},
    std::string_view{"sent from outlook"},
    std::string_view{"sent from yahoo mail"},
    std::string_view{"sent from aol mobile"},
    std::string_view{"sent from gmail mobile"},
    std::string_view{"get outlook for "},
    std::string_view{"envoyé de mon "},         // French
    std::string_view{"envoyé depuis "},
    std::string_view{"von meinem "},            // German ("Von meinem iPhone gesendet")
    std::string_view{"gesendet von "},
    std::string_view{"gesendet mit "},
    std::string_view{"enviado desde mi "},      // Spanish
    std::string_view{"enviado do meu "},        // Portuguese
    std::string_view{"verzonden vanaf mijn "},  // Dutch
    std::string_view{"verstuurd vanaf mijn "},
    std::string_view{"inviato da "},            // Italian
    std::string_view{"skickat från min "},      // Swedish
    std::string_view{"sendt fra min "},         // Danish, Norwegian
    std::string_view{"wysłane z "},             // Polish
    std::string_view{"отправлено с "},          // Russian
};

// "Sent from/via/with/using/by …" is only a device line when it names a device
// or a mail app ("Sent via BlackBerry", "Sent with ProtonMail"); "Sent via FedEx"
// is prose. One of these words must follow.
constexpr std::array k_device_words{
    std::string_view{"iphone"},   std::string_view{"ipad"},     std::string_view{"android"},
    std::string_view{"blackberry"}, std::string_view{"samsung"}, std::string_view{"galaxy"},
    std::string_view{"mobile"},   std::string_view{"phone"},    std::string_view{"smartphone"},
    std::string_view{"tablet"},   std::string_view{"outlook"},  std::string_view{"gmail"},
    std::string_view{"yahoo"},    std::string_view{"aol"},      std::string_view{"mail"},
    std::string_view{"app"},      std::string_view{"protonmail"}, std::string_view{"proton"},
    std::string_view{"tutanota"}, std::string_view{"windows"},  std::string_view{"huawei"},
    std::string_view{"pixel"},    std::string_view{"nokia"},    std::string_view{"motorola"},
    std::string_view{"htc"},      std::string_view{"xiaomi"},   std::string_view{"oneplus"},
    std::string_view{"device"},   std::string_view{"spark"},    std::string_view{"airmail"},
    std::string_view{"superhuman"}, std::string_view{"k-9"},    std::string_view{"verizon"},
    std::string_view{"wireless"}, std::string_view{"handheld"}, std::string_view{"watch"},
};

// How people open a message: a line like "Hi," or "Dear Anna" is a greeting,
// not a name.
constexpr std::array k_greetings{
    std::string_view{"hi"},        std::string_view{"hello"},     std::string_view{"hey"},
    std::string_view{"dear"},      std::string_view{"hallo"},     std::string_view{"hola"},
    std::string_view{"bonjour"},   std::string_view{"salut"},     std::string_view{"ciao"},
    std::string_view{"hej"},       std::string_view{"moin"},      std::string_view{"servus"},
    std::string_view{"good morning"}, std::string_view{"good afternoon"}, std::string_view{"good evening"},
    std::string_view{"guten tag"}, std::string_view{"buongiorno"}, std::string_view{"buenos días"},
    std::string_view{"olá"},       std::string_view{"goedemorgen"}, std::string_view{"all"},
    std::string_view{"team"},      std::string_view{"folks"},     std::string_view{"everyone"},
};

// How people end a message. A sign-off line is short and starts with one of these;
// a name may follow on the same line ("Cheers, Anna") or on the next.
constexpr std::array k_sign_offs{
    std::string_view{"best regards"},  std::string_view{"kind regards"},
    std::string_view{"warm regards"},  std::string_view{"warmest regards"},
    std::string_view{"with regards"},  std::string_view{"many regards"},
    std::string_view{"regards"},       std::string_view{"rgds"},
    std::string_view{"br"},            std::string_view{"best wishes"},
    std::string_view{"all the best"},  std::string_view{"best"},
    std::string_view{"thanks"},        std::string_view{"thank you"},
    std::string_view{"many thanks"},   std::string_view{"thx"},
    std::string_view{"tx"},            std::string_view{"ty"},
    std::string_view{"cheers"},        std::string_view{"sincerely"},
    std::string_view{"yours"},         std::string_view{"cordially"},
    std::string_view{"respectfully"},  std::string_view{"take care"},
    std::string_view{"talk soon"},     std::string_view{"speak soon"},
    std::string_view{"love"},          std::string_view{"hugs"},
    std::string_view{"hth"},           std::string_view{"ciao"},
    std::string_view{"greetings"},     std::string_view{"with thanks"},
    std::string_view{"with best"},     std::string_view{"have a great"},
    std::string_view{"have a nice"},   std::string_view{"see you"},
    // German, French, Spanish, Dutch, Italian, Portuguese, Scandinavian
    std::string_view{"mit freundlichen grüßen"}, std::string_view{"mit freundlichen gruessen"},
    std::string_view{"viele grüße"},   std::string_view{"beste grüße"},
    std::string_view{"liebe grüße"},   std::string_view{"grüße"},
    std::string_view{"gruß"},          std::string_view{"lg"},  std::string_view{"vg"},
    std::string_view{"cordialement"},  std::string_view{"bien cordialement"},
    std::string_view{"bien à vous"},   std::string_view{"salutations"},
    std::string_view{"merci"},         std::string_view{"bonne journée"},
    std::string_view{"saludos"},       std::string_view{"un saludo"},
    std::string_view{"atentamente"},   std::string_view{"gracias"},
    std::string_view{"met vriendelijke groet"}, std::string_view{"groeten"},
    std::string_view{"groet"},         std::string_view{"cordiali saluti"},
    std::string_view{"saluti"},        std::string_view{"grazie"},
    std::string_view{"atenciosamente"}, std::string_view{"abraços"},
    std::string_view{"obrigado"},      std::string_view{"obrigada"},
    std::string_view{"med vänliga hälsningar"}, std::string_view{"hälsningar"},
    std::string_view{"med venlig hilsen"}, std::string_view{"venlig hilsen"},
    std::string_view{"mvh"},           std::string_view{"hilsen"},
    std::string_view{"pozdrawiam"},    std::string_view{"s pozdravem"},
    std::string_view{"с уважением"},   std::string_view{"спасибо"},
};

// A paragraph containing one of these is a legal notice or a list footer, not
// something the sender wrote. Phrases are chosen to be rare in ordinary prose.
constexpr std::array k_footer_phrases{
    // Legal notices
    std::string_view{"confidentiality notice"},
    std::string_view{"intended recipient"},
    std::string_view{"intended only for"},
    std::string_view{"intended solely for"},
    std::string_view{"intended exclusively for"},
    std::string_view{"intended for the use of"},
    std::string_view{"intended for the exclusive use"},
    std::string_view{"is strictly prohibited"},
    std::string_view{"are hereby notified"},
    std::string_view{"received this e-mail in error"},
    std::string_view{"received this email in error"},
    std::string_view{"received this message in error"},
    std::string_view{"received this communication in error"},
    std::string_view{"received this transmission in error"},
    std::string_view{"privileged and confidential"},
    std::string_view{"confidential and privileged"},
    std::string_view{"confidential and may be privileged"},
    std::string_view{"may contain confidential"},
    std::string_view{"may contain privileged"},
    std::string_view{"contains confidential information"},
    std::string_view{"legally privileged"},
    std::string_view{"this e-mail and any attachments"},
    std::string_view{"this email and any attachments"},
    std::string_view{"this message and any attachments"},
    std::string_view{"this e-mail and any files"},
    std::string_view{"this email and any files"},
    std::string_view{"any views or opinions"},
    std::string_view{"do not necessarily represent"},
    std::string_view{"does not accept liability"},
    std::string_view{"accepts no liability"},
    std::string_view{"virus-free"},
    std::string_view{"please consider the environment before printing"},
    std::string_view{"think before you print"},
    std::string_view{"notice to recipient"},
    std::string_view{"disclaimer:"},
    std::string_view{"diese e-mail enthält vertrauliche"},   // German
    std::string_view{"ce message et toutes les pièces"},     // French
    std::string_view{"ce message est confidentiel"},
    std::string_view{"este mensaje es confidencial"},        // Spanish
};

// Footers that list servers, newsletters and notification services append.
// These sentences are specific enough to mark a footer on their own.
constexpr std::array k_list_footer_phrases{
    std::string_view{"you received this message because you are subscribed"},
    std::string_view{"you received this email because"},
    std::string_view{"you received this e-mail because"},
    std::string_view{"you are receiving this because"},
    std::string_view{"you are receiving this email because"},
    std::string_view{"because you subscribed"},
    std::string_view{"you are currently subscribed"},
    std::string_view{"reply to this email directly"},
    std::string_view{"view it on github"},
    std::string_view{"view this message in context"},
    std::string_view{"manage your subscription"},
    std::string_view{"update your preferences"},
    std::string_view{"prefer not to receive"},
    // Taglines that free webmail services append
    std::string_view{"do you yahoo!?"},
    std::string_view{"get your free"},
    std::string_view{"get your private, free e-mail"},
};

// Words of list footers that are also common in prose ("please take me off the
// mailing list"): they mark a footer only with a separator line above it or an
// address or URL in it (see body_zones.cpp), so that an unsubscribe request
// stays in the new text.
constexpr std::array k_list_footer_words{
    std::string_view{"mailing list"},
    std::string_view{"unsubscribe"},
    std::string_view{"listinfo"},
    std::string_view{"privacy policy"},
    std::string_view{"opt out"},
    std::string_view{"opt-out"},
    std::string_view{"optout"},
};

// Job titles and departments: a short line with one of these (as a whole word)
// beside a name is a signature line.
constexpr std::array k_title_words{
    std::string_view{"manager"},    std::string_view{"director"},   std::string_view{"president"},
    std::string_view{"vice"},       std::string_view{"vp"},         std::string_view{"ceo"},
    std::string_view{"cto"},        std::string_view{"cfo"},        std::string_view{"coo"},
    std::string_view{"founder"},    std::string_view{"co-founder"}, std::string_view{"owner"},
    std::string_view{"partner"},    std::string_view{"associate"},  std::string_view{"analyst"},
    std::string_view{"engineer"},   std::string_view{"developer"},  std::string_view{"architect"},
    std::string_view{"consultant"}, std::string_view{"specialist"}, std::string_view{"coordinator"},
    std::string_view{"assistant"},  std::string_view{"administrator"}, std::string_view{"officer"},
    std::string_view{"counsel"},    std::string_view{"attorney"},   std::string_view{"lawyer"},
    std::string_view{"executive"},  std::string_view{"representative"}, std::string_view{"advisor"},
    std::string_view{"adviser"},    std::string_view{"head"},       std::string_view{"lead"},
    std::string_view{"chairman"},   std::string_view{"chair"},      std::string_view{"secretary"},
    std::string_view{"supervisor"}, std::string_view{"trader"},     std::string_view{"scientist"},
    std::string_view{"professor"},  std::string_view{"researcher"}, std::string_view{"student"},
    std::string_view{"intern"},     std::string_view{"committer"},  std::string_view{"member"},
    std::string_view{"sales"},      std::string_view{"marketing"},  std::string_view{"support"},
    std::string_view{"operations"}, std::string_view{"department"}, std::string_view{"dept"},
    std::string_view{"team"},       std::string_view{"division"},   std::string_view{"services"},
    std::string_view{"solutions"},  std::string_view{"technologist"}, std::string_view{"principal"},
    std::string_view{"senior"},     std::string_view{"sr"},         std::string_view{"jr"},
    std::string_view{"ph.d"},       std::string_view{"phd"},        std::string_view{"mba"},
};

// Company suffixes and organisation words.
constexpr std::array k_company_words{
    std::string_view{"inc"},     std::string_view{"inc."},   std::string_view{"corp"},
    std::string_view{"corp."},   std::string_view{"corporation"}, std::string_view{"llc"},
    std::string_view{"llp"},     std::string_view{"ltd"},    std::string_view{"ltd."},
    std::string_view{"limited"}, std::string_view{"gmbh"},   std::string_view{"ag"},
    std::string_view{"s.a."},    std::string_view{"sa"},     std::string_view{"sarl"},
    std::string_view{"b.v."},    std::string_view{"bv"},     std::string_view{"plc"},
    std::string_view{"co."},     std::string_view{"company"}, std::string_view{"group"},
    std::string_view{"holdings"}, std::string_view{"partners"}, std::string_view{"associates"},
    std::string_view{"university"}, std::string_view{"institute"}, std::string_view{"foundation"},
    std::string_view{"technologies"}, std::string_view{"technology"}, std::string_view{"software"},
    std::string_view{"systems"}, std::string_view{"consulting"}, std::string_view{"international"},
    std::string_view{"energy"},  std::string_view{"bank"},   std::string_view{"capital"},
};

// Labels that start a contact line ("Tel: …", "M +1 …").
constexpr std::array k_contact_labels{
    std::string_view{"tel"},    std::string_view{"tel."},   std::string_view{"telephone"},
    std::string_view{"phone"},  std::string_view{"ph"},     std::string_view{"mobile"},
    std::string_view{"mob"},    std::string_view{"cell"},   std::string_view{"cellular"},
    std::string_view{"fax"},    std::string_view{"office"}, std::string_view{"direct"},
    std::string_view{"work"},   std::string_view{"home"},   std::string_view{"email"},
    std::string_view{"e-mail"}, std::string_view{"mail"},   std::string_view{"web"},
    std::string_view{"website"}, std::string_view{"skype"}, std::string_view{"twitter"},
    std::string_view{"linkedin"}, std::string_view{"blog"}, std::string_view{"address"},
    std::string_view{"t"},      std::string_view{"m"},      std::string_view{"p"},
    std::string_view{"f"},      std::string_view{"e"},      std::string_view{"w"},
    std::string_view{"o"},      std::string_view{"c"},      std::string_view{"d"},
};

}  // namespace

std::span<const std::string_view> attribution_verbs() { return k_attribution_verbs; }
std::span<const std::string_view> attribution_openers() { return k_attribution_openers; }
std::span<const std::string_view> header_from_fields() { return k_header_from_fields; }
std::span<const std::string_view> header_other_fields() { return k_header_other_fields; }
std::span<const std::string_view> history_separators() { return k_history_separators; }
std::span<const std::string_view> device_prefixes() { return k_device_prefixes; }
std::span<const std::string_view> sign_offs() { return k_sign_offs; }
std::span<const std::string_view> greetings() { return k_greetings; }
std::span<const std::string_view> footer_phrases() { return k_footer_phrases; }
std::span<const std::string_view> list_footer_phrases() { return k_list_footer_phrases; }
std::span<const std::string_view> list_footer_words() { return k_list_footer_words; }
std::span<const std::string_view> device_words() { return k_device_words; }
std::span<const std::string_view> title_words() { return k_title_words; }
std::span<const std::string_view> company_words() { return k_company_words; }
std::span<const std::string_view> contact_labels() { return k_contact_labels; }

}  // namespace rapport::text::phrases
