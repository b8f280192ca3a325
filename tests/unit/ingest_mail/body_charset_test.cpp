// Body charsets and transfer encodings, and the charset functions themselves.
#include <gtest/gtest.h>

#include <string>

#include "collecting_sink.hpp"
#include "rapport/ingest/mail/charset.hpp"

namespace rapport::ingest {
namespace {

using testing::parse_ok;

std::string part(const std::string& content_type, const std::string& encoding, const std::string& body) {
  std::string m = "From: a@example.com\nSubject: s\nMIME-Version: 1.0\n";
  if (!content_type.empty()) m += "Content-Type: " + content_type + "\n";
  if (!encoding.empty()) m += "Content-Transfer-Encoding: " + encoding + "\n";
  return m + "\n" + body;
}

TEST(MailBodyCharset, Iso88591EightBit) {
  const auto m =
      parse_ok(part("text/plain; charset=ISO-8859-1", "8bit", "Un caf\xe9 cr\xe8me, s'il vous pla\xeet.\n"));
  EXPECT_EQ(m.body, "Un caf\u00e9 cr\u00e8me, s'il vous pla\u00eet.");
}

TEST(MailBodyCharset, Iso885915EuroSign) {
  const auto m = parse_ok(part("text/plain; charset=\"iso-8859-15\"", "", "Preis: 20 \xa4\n"));
  EXPECT_EQ(m.body, "Preis: 20 \u20ac");
}

TEST(MailBodyCharset, Iso88592) {
  const auto m = parse_ok(part("text/plain; charset=iso-8859-2", "",
                               "Dzi\xea"
                               "kuj\xea, \xb3\xf3"
                               "d\xbc\n"));
  EXPECT_EQ(m.body, "Dzi\u0119kuj\u0119, \u0142\u00f3d\u017a");
}

TEST(MailBodyCharset, Windows1252SmartQuotes) {
  const auto m =
      parse_ok(part("text/plain; charset=windows-1252", "", "\x93Yes\x94 \x96 it\x92s fine \x80\n"));
  EXPECT_EQ(m.body, "\u201cYes\u201d \u2013 it\u2019s fine \u20ac");
}

TEST(MailBodyCharset, Windows1251Cyrillic) {
  const auto m = parse_ok(part("text/plain; charset=windows-1251", "", "\xcf\xf0\xe8\xe2\xe5\xf2\n"));
  EXPECT_EQ(m.body, "\u041f\u0440\u0438\u0432\u0435\u0442");
}

TEST(MailBodyCharset, Koi8r) {
  const auto m = parse_ok(part("text/plain; charset=koi8-r", "", "\xf0\xd2\xc9\xd7\xc5\xd4\n"));
  EXPECT_EQ(m.body, "\u041f\u0440\u0438\u0432\u0435\u0442");
}

TEST(MailBodyCharset, ShiftJis) {
  // "日本語" in Shift-JIS.
  const auto m = parse_ok(part("text/plain; charset=Shift_JIS", "", "\x93\xfa\x96\x7b\x8c\xea\n"));
  EXPECT_EQ(m.body, "\u65e5\u672c\u8a9e");
}

TEST(MailBodyCharset, Iso2022JpSevenBit) {
  // "日本" in ISO-2022-JP: ESC $ B, two JIS X 0208 pairs, ESC ( B.
  const auto m = parse_ok(part("text/plain; charset=iso-2022-jp", "7bit", "\x1b$BF|K\\\x1b(B ok\n"));
  EXPECT_EQ(m.body, "\u65e5\u672c ok");
}

TEST(MailBodyCharset, Utf8QuotedPrintableWithSoftBreaks) {
  const auto m = parse_ok(part("text/plain; charset=utf-8", "quoted-printable",
                               "Gr=C3=BC=C3=9Fe aus M=C3=BCnchen, this line is long and =\nsoft-wrapped.\n"));
  EXPECT_EQ(m.body, "Gr\u00fc\u00dfe aus M\u00fcnchen, this line is long and soft-wrapped.");
}

TEST(MailBodyCharset, Latin1QuotedPrintable) {
  const auto m =
      parse_ok(part("text/plain; charset=iso-8859-1", "Quoted-Printable", "Ol=E1, at=E9 amanh=E3\n"));
  EXPECT_EQ(m.body, "Ol\u00e1, at\u00e9 amanh\u00e3");
}

TEST(MailBodyCharset, Base64Utf8) {
  // "Hallo Jürgen,\nbis bald.\n"
  const auto m =
      parse_ok(part("text/plain; charset=UTF-8", "base64", "SGFsbG8gSsO8cmdlbiwKYmlzIGJhbGQuCg==\n"));
  EXPECT_EQ(m.body, "Hallo J\u00fcrgen,\nbis bald.");
}

TEST(MailBodyCharset, UndeclaredEightBitUtf8) {
  const auto m = parse_ok(part("", "", "na\xc3\xafve r\xc3\xa9sum\xc3\xa9\n"));
  EXPECT_EQ(m.body, "na\u00efve r\u00e9sum\u00e9");
}

TEST(MailBodyCharset, UndeclaredEightBitLatin1FallsBackToWindows1252) {
  const auto m = parse_ok(part("text/plain", "", "na\xefve r\xe9sum\xe9\n"));
  EXPECT_EQ(m.body, "na\u00efve r\u00e9sum\u00e9");
}

TEST(MailBodyCharset, Utf8LabelledLatin1IsNotMojibake) {
  const auto m = parse_ok(part("text/plain; charset=iso-8859-1", "", "caf\xc3\xa9\n"));
  EXPECT_EQ(m.body, "caf\u00e9");
  EXPECT_EQ(m.body.find("\u00c3"), std::string::npos);
}

TEST(MailBodyCharset, UsAsciiLabelWithEightBitBytes) {
  const auto m = parse_ok(part("text/plain; charset=us-ascii", "",
                               "fa\xe7"
                               "ade\n"));
  EXPECT_EQ(m.body, "fa\u00e7ade");
}

TEST(MailBodyCharset, UnknownCharsetIsAWarningAndStillReadable) {
  std::vector<model::Diagnostic> warnings;
  const auto m = parse_ok(part("text/plain; charset=x-made-up-42", "", "ol\xe9\n"), &warnings);
  EXPECT_EQ(m.body, "ol\u00e9");
  std::size_t charset_warnings = 0;
  for (const auto& w : warnings)
    charset_warnings += w.reason.find("x-made-up-42") != std::string::npos ? 1u : 0u;
  EXPECT_EQ(charset_warnings, 1u);
}

TEST(MailBodyCharset, CrlfBodyBecomesLf) {
  const auto m = parse_ok("From: a@example.com\r\n\r\nline 1\r\nline 2\r\n");
  EXPECT_EQ(m.body, "line 1\nline 2");
}

TEST(MailBodyCharset, NulBytesAreDropped) {
  const std::string raw = std::string("From: a@example.com\n\nab") + '\0' + "cd\n";
  const auto m = parse_ok(raw);
  EXPECT_EQ(m.body, "abcd");
}

TEST(Charset, LenientUtf8KeepsValidSequencesAndReadsStrayBytesAsWindows1252) {
  std::string out;
  append_utf8_lenient("\xc3\xa9t\xe9 \x80", out);
  EXPECT_EQ(out, "\u00e9t\u00e9 \u20ac");
  EXPECT_TRUE(is_valid_utf8(out));
}

TEST(Charset, TruncatedMultibyteInDeclaredCharsetIsReplaced) {
  std::string out;
  EXPECT_EQ(append_decoded("ok \x93", "shift_jis", out), DecodeLoss::invalid_bytes);
  EXPECT_EQ(out, "ok \ufffd");
}

// Regression (found by mail_message_fuzz): every invented charset name opened an
// iconv descriptor that leaked once the per-thread cache was full.
TEST(Charset, ManyInventedCharsetNamesNeitherLeakNorBreakRealOnes) {
  for (int i = 0; i < 600; ++i) {
    std::string out;
    EXPECT_EQ(append_decoded("caf\xe9", "x-invented-" + std::to_string(i), out), DecodeLoss::unknown_charset);
    EXPECT_EQ(out, "caf\u00e9");
    if (i % 50 == 0) {
      std::string cyrillic;
      EXPECT_EQ(append_decoded("\xf0\xd2\xc9\xd7\xc5\xd4", "koi8-r", cyrillic), DecodeLoss::none);
      EXPECT_EQ(cyrillic, "\u041f\u0440\u0438\u0432\u0435\u0442");
    }
  }
}

// Regression (found by mail_message_fuzz): "utf#8" is UTF-8 to iconv, which let an
// invalid 5-byte sequence through to the body.
TEST(Charset, Utf8AliasWithInvalidBytesStillGivesValidUtf8) {
  std::string out;
  append_decoded("ok \xfb\x97\x97\x97\x97 \xc3\xa9", "utf#8", out);
  EXPECT_TRUE(is_valid_utf8(out));
  EXPECT_EQ(out.substr(out.size() - 3), " \u00e9");
  std::string other;
  append_decoded("\xfb\x97\x97", "UTF_8", other);
  EXPECT_TRUE(is_valid_utf8(other));
}

TEST(Charset, NormaliseNewlines) {
  std::string text = "a\r\nb\rc\n";
  normalise_newlines(text);
  EXPECT_EQ(text, "a\nb\nc\n");
}

TEST(Charset, RelabelEncodedWordsOnlyWhenNeeded) {
  EXPECT_FALSE(relabel_encoded_words("plain text").has_value());
  EXPECT_FALSE(relabel_encoded_words("=?utf-8?q?caf=C3=A9?=").has_value());
  EXPECT_FALSE(relabel_encoded_words("=?iso-8859-1?q?caf=E9?=").has_value());
  EXPECT_EQ(relabel_encoded_words("x =?utf-8?q?caf=E9?= y").value(), "x =?windows-1252?q?caf=E9?= y");
  EXPECT_EQ(relabel_encoded_words("=?iso-8859-1?B?Y2Fmw6k=?=").value(), "=?utf-8?B?Y2Fmw6k=?=");
}

}  // namespace
}  // namespace rapport::ingest
