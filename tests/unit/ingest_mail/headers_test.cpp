// Header fields: addresses, subject, date, message ids.
#include <gtest/gtest.h>

#include <string>

#include "collecting_sink.hpp"
#include "rapport/model/time.hpp"

namespace rapport::ingest {
namespace {

using testing::parse_ok;

std::string with_body(const std::string& headers) { return headers + "\nHello there.\n"; }

TEST(MailHeaders, FromWithNameAndUpperCaseAddress) {
  const auto m = parse_ok(with_body("From: Maria Lopez <Maria.Lopez@Example.COM>\nSubject: hi\n"));
  EXPECT_EQ(m.from.display_name, "Maria Lopez");
  EXPECT_EQ(m.from.id.value, "maria.lopez@example.com");
  EXPECT_EQ(m.from.id.kind, model::IdentityKind::email);
}

TEST(MailHeaders, FromWithoutName) {
  const auto m = parse_ok(with_body("From: <solo@example.org>\n"));
  EXPECT_EQ(m.from.display_name, "");
  EXPECT_EQ(m.from.id.value, "solo@example.org");
  const auto bare = parse_ok(with_body("From: bare@example.org\n"));
  EXPECT_EQ(bare.from.id.value, "bare@example.org");
  EXPECT_EQ(bare.from.display_name, "");
}

TEST(MailHeaders, QuotedNameWithCommaAndSingleQuotes) {
  const auto m = parse_ok(with_body(
      "From: \"Lopez, Maria\" <m@example.com>\nTo: 'Bob Stone' <bob@example.com>, carol@example.com\n"));
  EXPECT_EQ(m.from.display_name, "Lopez, Maria");
  ASSERT_EQ(m.to.size(), 2u);
  EXPECT_EQ(m.to[0].display_name, "Bob Stone");
  EXPECT_EQ(m.to[1].id.value, "carol@example.com");
}

TEST(MailHeaders, EncodedWordNamesInIso88591AndUtf8) {
  const auto m = parse_ok(
      with_body("From: =?ISO-8859-1?Q?Ren=E9_Dupr=E9?= <rene@example.fr>\n"
                "To: =?UTF-8?B?SsO8cmdlbiBNw7xsbGVy?= <jm@example.de>\n"
                "Cc: =?utf-8?q?Zo=C3=AB?= <zoe@example.com>, =?koi8-r?b?8NLJ18XU?= <privet@example.ru>\n"));
  EXPECT_EQ(m.from.display_name, "Ren\u00e9 Dupr\u00e9");
  ASSERT_EQ(m.to.size(), 1u);
  EXPECT_EQ(m.to[0].display_name, "J\u00fcrgen M\u00fcller");
  ASSERT_EQ(m.cc.size(), 2u);
  EXPECT_EQ(m.cc[0].display_name, "Zo\u00eb");
  EXPECT_EQ(m.cc[1].display_name, "\u041f\u0440\u0438\u0432\u0435\u0442");
}

TEST(MailHeaders, Latin1BytesLabelledUtf8InEncodedWord) {
  // A mailer wrote Latin-1 bytes but said UTF-8: GMime alone would give "Luc?a".
  const auto m = parse_ok(with_body("From: =?UTF-8?Q?Luc=EDa_Pardo?= <lp@example.com>\n"));
  EXPECT_EQ(m.from.display_name, "Luc\u00eda Pardo");
}

TEST(MailHeaders, Utf8BytesLabelledLatin1InEncodedWordAreNotMojibake) {
  const auto m = parse_ok(with_body("Subject: =?iso-8859-1?Q?Caf=C3=A9_menu?=\n"));
  EXPECT_EQ(m.subject, "Caf\u00e9 menu");
}

TEST(MailHeaders, RawEightBitHeadersFallBackToUtf8ThenWindows1252) {
  const auto utf8 = parse_ok(with_body("Subject: Caf\xc3\xa9 au lait\n"));
  EXPECT_EQ(utf8.subject, "Caf\u00e9 au lait");
  const auto latin = parse_ok(with_body("Subject: Caf\xe9 au lait \x93quoted\x94\n"));
  EXPECT_EQ(latin.subject, "Caf\u00e9 au lait \u201cquoted\u201d");
}

TEST(MailHeaders, GroupSyntaxFlattensMembersAndEmptyGroupsAddNobody) {
  const auto m = parse_ok(with_body(
      "From: a@example.com\nTo: Sales Team: ann@example.com, Ben <ben@example.com>;, last@example.com\n"
      "Cc: undisclosed-recipients:;\n"));
  ASSERT_EQ(m.to.size(), 3u);
  EXPECT_EQ(m.to[0].id.value, "ann@example.com");
  EXPECT_EQ(m.to[1].display_name, "Ben");
  EXPECT_EQ(m.to[2].id.value, "last@example.com");
  EXPECT_TRUE(m.cc.empty());
}

TEST(MailHeaders, MailmanObfuscatedAddress) {
  const auto m = parse_ok(with_body("From: jo at example.net (Jo Smith)\n"));
  EXPECT_EQ(m.from.id.value, "jo@example.net");
  EXPECT_EQ(m.from.display_name, "Jo Smith");
}

TEST(MailHeaders, SenderWhenFromIsMissing) {
  const auto m = parse_ok(with_body("Sender: Helper <helper@example.com>\nSubject: x\n"));
  EXPECT_EQ(m.from.id.value, "helper@example.com");
}

TEST(MailHeaders, SubjectIsDecodedAndWhiteSpaceCollapsed) {
  const auto m = parse_ok(
      with_body("Subject: Re:   =?UTF-8?Q?Angebot_f=C3=BCr?=\n =?UTF-8?Q?_Ihr_B=C3=BCro?=\n\tnext  week\n"));
  EXPECT_EQ(m.subject, "Re: Angebot f\u00fcr Ihr B\u00fcro next week");
}

TEST(MailHeaders, DateWithZone) {
  const auto m = parse_ok(with_body("Date: Tue, 3 Mar 2026 09:15:00 +0100\n"));
  ASSERT_TRUE(m.has_date);
  EXPECT_EQ(model::to_iso8601(m.date), "2026-03-03T08:15:00Z");
}

TEST(MailHeaders, ObsoleteDateFormWithoutSeconds) {
  const auto m = parse_ok(with_body("Date: 5 Jan 2024 17:30 GMT\n"));
  ASSERT_TRUE(m.has_date);
  EXPECT_EQ(model::to_iso8601(m.date), "2024-01-05T17:30:00Z");
}

TEST(MailHeaders, MissingDateIsAWarning) {
  std::vector<model::Diagnostic> warnings;
  const auto m = parse_ok(with_body("From: a@example.com\nSubject: no date\n"), &warnings);
  EXPECT_FALSE(m.has_date);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].severity, model::Severity::warning);
  EXPECT_NE(warnings[0].reason.find("no Date"), std::string::npos);
  EXPECT_EQ(warnings[0].file, "test.eml");
  EXPECT_EQ(warnings[0].position, "message 1 (byte 0)");
}

TEST(MailHeaders, UnparseableDateIsAWarningThatQuotesIt) {
  std::vector<model::Diagnostic> warnings;
  const auto m = parse_ok(with_body("From: a@example.com\nDate: sometime soon\n"), &warnings);
  EXPECT_FALSE(m.has_date);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].reason.find("sometime soon"), std::string::npos);
}

TEST(MailHeaders, MessageIdsWithoutAngleBrackets) {
  const auto m =
      parse_ok(with_body("Message-ID: <abc.123@mail.example.com>\nIn-Reply-To: <parent@example.com>\n"
                         "References: <root@example.com>\n <mid@example.com> <parent@example.com>\n"));
  EXPECT_EQ(m.message_id, "abc.123@mail.example.com");
  EXPECT_EQ(m.in_reply_to, "parent@example.com");
  ASSERT_EQ(m.references.size(), 3u);
  EXPECT_EQ(m.references[0], "root@example.com");
  EXPECT_EQ(m.references[1], "mid@example.com");
  EXPECT_EQ(m.references[2], "parent@example.com");
}

TEST(MailHeaders, MissingOrEmptyMessageIdIsEmptyAndHashStillSet) {
  const auto m = parse_ok(with_body("From: a@example.com\nMessage-Id:\n"));
  EXPECT_EQ(m.message_id, "");
  EXPECT_EQ(m.content_hash.size(), 64u);
}

TEST(MailHeaders, CrlfHeaders) {
  const auto m = parse_ok("From: Ann <ann@example.com>\r\nSubject: crlf\r\n test\r\n\r\nBody line\r\n");
  EXPECT_EQ(m.subject, "crlf test");
  EXPECT_EQ(m.from.id.value, "ann@example.com");
  EXPECT_EQ(m.body, "Body line");
}

TEST(MailHeaders, EnvelopeLineBeforeHeadersIsSkipped) {
  const auto m =
      parse_ok("From ann@example.com Mon Jan  1 10:00:00 2024\nFrom: ann@example.com\nSubject: s\n\nb\n");
  EXPECT_EQ(m.from.id.value, "ann@example.com");
  EXPECT_EQ(m.subject, "s");
}

TEST(MailHeaders, NotAMessageIsAnError) {
  ReadContext ctx = testing::context("x");
  EXPECT_FALSE(parse_message("", ctx, model::SourceRef{}).ok());
  EXPECT_FALSE(parse_message(" \r\n\n", ctx, model::SourceRef{}).ok());
  EXPECT_FALSE(parse_message("just some words without any header\nand more\n", ctx, model::SourceRef{}).ok());
}

TEST(MailHeaders, OnlyFieldsTheReaderIgnoresIsStillAMessage) {
  const auto m = parse_ok("Received: from mx.example.com\nX-Custom: 1\n\nJust the body.\n");
  EXPECT_EQ(m.body, "Just the body.");
  EXPECT_EQ(m.from.id.value, "");
}

TEST(MailHeaders, IgnoredFieldsAroundKeptOnesDoNotDisturbThem) {
  const auto m = parse_ok(
      "Received: from a\n by b\n\twith c\nFrom: Kim <kim@example.com>\nDKIM-Signature: v=1;\n b=xyz\n"
      "Subject: kept\n folded\nX-Mailer: test\nContent-Type: text/plain; charset=iso-8859-1\n\nna\xefve\n");
  EXPECT_EQ(m.from.id.value, "kim@example.com");
  EXPECT_EQ(m.subject, "kept folded");
  EXPECT_EQ(m.body, "na\u00efve");
}

TEST(MailHeaders, SourceAndFolderComeFromTheCaller) {
  ReadContext ctx = testing::context("inbox.mbox", "Sent");
  auto m =
      parse_message("From: a@b.c\n\nx\n", ctx, model::SourceRef{"inbox.mbox", "message 4 (byte 99)", 99});
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->folder, "Sent");
  EXPECT_EQ(m->source.file, "inbox.mbox");
  EXPECT_EQ(m->source.position, "message 4 (byte 99)");
  EXPECT_EQ(m->source.byte_offset, 99u);
}

TEST(MailHeaders, ContentHashIgnoresLineEndingsButNotContent) {
  const auto lf = parse_ok("From: a@example.com\nSubject: s\n\nline one\nline two\n");
  const auto crlf = parse_ok("From: a@example.com\r\nSubject: s\r\n\r\nline one  \r\nline two\r\n\r\n");
  const auto other = parse_ok("From: a@example.com\nSubject: s\n\nline one\nline 2\n");
  EXPECT_EQ(lf.content_hash, crlf.content_hash);
  EXPECT_NE(lf.content_hash, other.content_hash);
  for (const char c : lf.content_hash) EXPECT_TRUE((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
}

}  // namespace
}  // namespace rapport::ingest
