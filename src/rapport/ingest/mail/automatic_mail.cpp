#include "rapport/ingest/mail/automatic_mail.hpp"

#include <array>
#include <string>

namespace rapport::ingest {

namespace {

// The wording lists below are matched case-insensitively (ASCII letters only, so the
// non-ASCII letters are written in lower case here). They are short on purpose: each
// entry is what responders actually put there, not what a person might write.

// Subject prefixes of vacation / out-of-office responders (Exchange, Gmail, Zimbra,
// Lotus Notes, and the usual localisations of Outlook's "Automatic reply"). These
// words are never how a person titles a message.
constexpr std::array<std::string_view, 17> k_auto_reply_subjects = {
    "automatic reply",  // Outlook 2010 and later
    "auto reply",
    "auto-reply",
    "autoreply",
    "auto response",
    "autoresponse",
    "auto-response",
    "out of office autoreply",
    "abwesenheitsnotiz",     // German Outlook
    "automatische antwort",  // German
    "réponse automatique",   // French
    "respuesta automática",  // Spanish
    "risposta automatica",   // Italian
    "automatisch antwoord",  // Dutch
    "afwezigheidsbericht",   // Dutch
    "resposta automática",   // Portuguese
    "vacation reply",
};

// Subjects a person also writes ("Out of office" announcing their own absence); they
// count only as a responder's prefix to the original subject: "Out of Office: …".
constexpr std::array<std::string_view, 6> k_absence_subjects = {
    "out of office",       "out of the office", "on vacation", "away from the office",
    "absence du bureau",    // French
    "fuera de la oficina",  // Spanish
};

// Phrases of out-of-office bodies. Only the first k_body_window bytes are searched: a
// responder says it at once, while a person who mentions a holiday does so in passing.
constexpr std::array<std::string_view, 20> k_out_of_office_phrases = {
    "i am out of the office",
    "i am currently out of the office",
    "i'm out of the office",
    "i'm currently out of the office",
    "i am currently away from the office",
    "i am away from the office",
    "i am on annual leave",
    "i am currently on annual leave",
    "on annual leave until",
    "i am on vacation until",
    "i am on holiday until",
    "i will be out of the office until",
    "i will be back in the office on",
    "with limited access to e-mail",
    "with limited access to email",
    "will respond to your message when i return",
    "will respond to your email when i return",
    "will reply to your email when i return",
    "ich bin bis",  // "ich bin bis zum … nicht im Büro"
    "nicht im büro",
};
constexpr std::size_t k_body_window = 600;

// Subjects of delivery status notifications (RFC 3464 reports carry the structured
// signal; these catch the many that are plain text).
constexpr std::array<std::string_view, 11> k_bounce_subjects = {
    "delivery status notification",
    "undeliverable:",
    "undelivered mail returned to sender",
    "mail delivery failed",
    "mail delivery failure",
    "delivery failure",
    "returned mail:",
    "failure notice",
    "delivery has failed",
    "message not delivered",
    "mail system error",
};

// Local parts of senders nobody can answer.
constexpr std::array<std::string_view, 8> k_no_reply_local_parts = {
    "noreply",      "no-reply",     "no_reply",      "donotreply",
    "do-not-reply", "do_not_reply", "mailer-daemon", "postmaster",
};

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "Re: AW: Automatic reply: …" → "Automatic reply: …" (a responder's reply to a
// reply keeps the prefixes it was sent).
std::string_view strip_reply_prefixes(std::string_view subject) {
  for (;;) {
    subject = trim(subject);
    const std::size_t colon = subject.find(':');
    if (colon == std::string_view::npos || colon > 4) return subject;
    const std::string head = lower_ascii(subject.substr(0, colon));
    if (head == "re" || head == "aw" || head == "sv" || head == "fw" || head == "fwd" || head == "wg" ||
        head == "tr") {
      subject.remove_prefix(colon + 1);
    } else {
      return subject;
    }
  }
}

template <std::size_t N>
bool starts_with_any(std::string_view lowered, const std::array<std::string_view, N>& prefixes) {
  for (const std::string_view p : prefixes)
    if (lowered.substr(0, p.size()) == p) return true;
  return false;
}

template <std::size_t N>
bool contains_any(std::string_view lowered, const std::array<std::string_view, N>& needles) {
  for (const std::string_view n : needles)
    if (lowered.find(n) != std::string_view::npos) return true;
  return false;
}

bool has_token(std::string_view lowered_value, std::string_view token) {
  std::size_t pos = 0;
  while ((pos = lowered_value.find(token, pos)) != std::string_view::npos) {
    const bool left = pos == 0 || lowered_value[pos - 1] == ',' || lowered_value[pos - 1] == ' ';
    const std::size_t end = pos + token.size();
    const bool right = end == lowered_value.size() || lowered_value[end] == ',' ||
                       lowered_value[end] == ' ' || lowered_value[end] == ';';
    if (left && right) return true;
    pos = end;
  }
  return false;
}

bool looks_out_of_office(const AutomaticSignals& s) {
  const std::string subject = lower_ascii(strip_reply_prefixes(s.subject));
  if (starts_with_any(subject, k_auto_reply_subjects)) return true;
  for (const std::string_view p : k_absence_subjects) {
    if (subject.substr(0, p.size()) == p &&
        trim(std::string_view(subject).substr(p.size())).substr(0, 1) == ":") {
      return true;
    }
  }
  // A person who answers a message and mentions a holiday quotes what they answer;
  // responders do not.
  if (s.has_quoted_history) return false;
  const std::string body = lower_ascii(s.body.substr(0, k_body_window));
  return contains_any(body, k_out_of_office_phrases);
}

bool is_no_reply(std::string_view address) {
  const std::size_t at = address.find('@');
  const std::string local = lower_ascii(address.substr(0, at));
  for (const std::string_view p : k_no_reply_local_parts) {
    // "noreply", "noreply-billing", "news-noreply", "mailer-daemon"
    if (local == p) return true;
    if (p != "postmaster" && p != "mailer-daemon" && local.find(p) != std::string::npos) return true;
  }
  return false;
}

bool is_mailer_daemon(std::string_view address) {
  const std::string local = lower_ascii(address.substr(0, address.find('@')));
  return local == "mailer-daemon" || local == "postmaster";
}

}  // namespace

model::AutomaticKind classify_automatic(const AutomaticSignals& s) {
  using model::AutomaticKind;
  const std::string subject = lower_ascii(strip_reply_prefixes(s.subject));

  if (s.delivery_status_report) return AutomaticKind::bounce;
  if (starts_with_any(subject, k_bounce_subjects) ||
      (is_mailer_daemon(s.from_address) && subject.find("deliver") != std::string::npos)) {
    return AutomaticKind::bounce;
  }

  // X-Autoreply / X-Autorespond: set by vacation responders (any value but "no").
  auto says_yes = [](const std::optional<std::string_view>& v) { return v && lower_ascii(trim(*v)) != "no"; };
  if (says_yes(s.x_autoreply) || says_yes(s.x_autorespond)) return AutomaticKind::out_of_office;
  // Exchange marks its own automatic replies "X-Auto-Response-Suppress: All" (or a list
  // including OOF) so that they are not answered in turn; people's mail lacks it.
  bool exchange_automatic = false;
  if (s.x_auto_response_suppress) {
    const std::string v = lower_ascii(*s.x_auto_response_suppress);
    exchange_automatic = has_token(v, "oof") || has_token(v, "all");
  }
  bool auto_submitted = false;
  if (s.auto_submitted) {
    // "no", possibly followed by an RFC 5322 comment: "no (a person wrote this)".
    const std::string v = lower_ascii(trim(*s.auto_submitted));
    const std::string_view first = std::string_view(v).substr(0, v.find_first_of(" (;"));
    auto_submitted = !first.empty() && first != "no";
  }
  if (looks_out_of_office(s)) return AutomaticKind::out_of_office;
  if (auto_submitted || exchange_automatic || s.disposition_report) {
    return AutomaticKind::auto_submitted;
  }

  if (s.list_id || s.list_unsubscribe) return AutomaticKind::mailing_list;
  if (s.precedence) {
    const std::string v = lower_ascii(trim(*s.precedence));
    if (v == "list") return AutomaticKind::mailing_list;
    if (v == "bulk" || v == "junk") return AutomaticKind::bulk;
  }
  if (is_no_reply(s.from_address)) return AutomaticKind::no_reply_sender;
  return AutomaticKind::none;
}

}  // namespace rapport::ingest
