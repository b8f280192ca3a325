#include "rapport/store/identity_rules.hpp"

#include <gtest/gtest.h>

#include "rapport/store/freemail_domains.hpp"

namespace rapport::store {
namespace {

TEST(IdentityRules, NormalisesEmailsAndNames) {
  EXPECT_EQ(normalise_email("  Dana.K@Example.COM "), "dana.k@example.com");
  EXPECT_EQ(normalise_name("  Dana \t  Kowalski\n"), "Dana Kowalski");
  EXPECT_EQ(normalise_identity({model::IdentityKind::email, "A@B.C"}).value, "a@b.c");
  EXPECT_EQ(normalise_identity({model::IdentityKind::phone, " +447700900123 "}).value, "+447700900123");
}

TEST(IdentityRules, FoldsCaseBeyondAscii) {
  EXPECT_EQ(fold_case("ÉLODIE Müller"), "élodie müller");
  EXPECT_EQ(fold_case("ДМИТРИЙ"), "дмитрий");
  EXPECT_EQ(fold_case("×"), "×");  // the multiplication sign has no lower case
}

TEST(IdentityRules, PhoneKeyIsTheLastNineDigits) {
  EXPECT_EQ(phone_key("+447700900123"), "700900123");
  EXPECT_EQ(phone_key("07700 900123"), "700900123");
  EXPECT_EQ(phone_key("(0)7700-900-123"), "700900123");
  EXPECT_EQ(phone_key("555 0142"), "5550142");
  EXPECT_EQ(phone_key("12345"), "");
  EXPECT_EQ(phone_key("dana"), "");
}

TEST(IdentityRules, EmailDomain) {
  EXPECT_EQ(email_domain("dana@acme.co.uk"), "acme.co.uk");
  EXPECT_EQ(email_domain("\"a@b\"@acme.com"), "acme.com");
  EXPECT_EQ(email_domain("nobody"), "");
}

TEST(IdentityRules, SentFolders) {
  for (const char* f : {"Sent", "Sent Items", "[Gmail]/Sent Mail", ".Sent", "INBOX.Sent", "sent-mail", "SENT",
                        "Gesendete Objekte", "Éléments envoyés", "Posta inviata"}) {
    EXPECT_TRUE(is_sent_folder(f)) << f;
  }
  for (const char* f : {"INBOX", "Presentations", "Consent forms", "", "Drafts", "Absent"}) {
    EXPECT_FALSE(is_sent_folder(f)) << f;
  }
}

TEST(IdentityRules, PartyKeysIgnoreCaseOfNamesOnly) {
  EXPECT_EQ(party_key({model::IdentityKind::name, " Dana  KOWALSKI"}), "name:dana kowalski");
  EXPECT_EQ(party_key({model::IdentityKind::email, "Dana@Acme.com"}), "email:dana@acme.com");
  EXPECT_EQ(party_key({model::IdentityKind::phone, "+447700900123"}), "phone:+447700900123");
}

TEST(IdentityRules, FallbackHashSeparatesFields) {
  EXPECT_EQ(fallback_hash({"ab", "c"}), fallback_hash({"ab", "c"}));
  EXPECT_NE(fallback_hash({"ab", "c"}), fallback_hash({"a", "bc"}));
  EXPECT_EQ(fallback_hash({"x"}).size(), 4u + 32u);
}

TEST(IdentityRules, ExcerptCutsAtWordsAndCharacters) {
  EXPECT_EQ(excerpt("  Hello\n\n  there  "), "Hello there");
  const auto cut = excerpt("one two three four five six", 12);
  EXPECT_EQ(cut, "one two\xE2\x80\xA6");
  const auto multibyte = excerpt("ééééééééé", 5);  // never splits a character
  EXPECT_EQ(multibyte, "éé\xE2\x80\xA6");
}

TEST(SpeakerMatcher, FullNameOrUniqueFirstName) {
  SpeakerMatcher m;
  m.add(1, "Dana Kowalski");
  m.add(2, "Priya Natarajan");
  m.add(3, "Priya Shah");
  m.add(4, "Tom");
  EXPECT_EQ(m.match("dana  kowalski"), 1);
  EXPECT_EQ(m.match("Dana"), 1);
  EXPECT_EQ(m.match("Priya Shah"), 3);
  EXPECT_EQ(m.match("Priya"), std::nullopt);  // two Priyas
  EXPECT_EQ(m.match("Tom"), 4);
  EXPECT_EQ(m.match("Dana K."), std::nullopt);
  EXPECT_EQ(m.match("Speaker 1"), std::nullopt);
  EXPECT_EQ(m.match(""), std::nullopt);
}

TEST(Freemail, ListedDomainsAndWildcards) {
  for (const char* d : {"gmail.com", "GMail.com", "hotmail.co.uk", "hotmail.fr", "yahoo.co.jp", "web.de",
                        "gmx.net", "proton.me", "btinternet.com", "qq.com", "icloud.com", "gmail.com."}) {
    EXPECT_TRUE(is_freemail_domain(d)) << d;
  }
  for (const char* d : {"acme.com", "hotmail.example.org", "gmail.co", "mail.acme.com", "", "outlookfarm.com"}) {
    EXPECT_FALSE(is_freemail_domain(d)) << d;
  }
}

}  // namespace
}  // namespace rapport::store
