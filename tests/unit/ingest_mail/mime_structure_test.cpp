// MIME structure: alternative, mixed, HTML only, attachments, forwarded messages, nesting.
#include <gtest/gtest.h>

#include <string>

#include "collecting_sink.hpp"

namespace rapport::ingest {
namespace {

using testing::parse_ok;

const std::string k_head =
    "From: Ann <ann@example.com>\nTo: bob@example.com\nSubject: offer\nMIME-Version: 1.0\n";

TEST(MailMime, AlternativePrefersPlainText) {
  const auto m = parse_ok(k_head +
                          "Content-Type: multipart/alternative; boundary=\"b1\"\n\n"
                          "--b1\nContent-Type: text/html; charset=utf-8\n\n<p>HTML version</p>\n"
                          "--b1\nContent-Type: text/plain; charset=utf-8\n\nPlain version\n"
                          "--b1--\n");
  EXPECT_EQ(m.body, "Plain version");
  EXPECT_TRUE(m.attachments.empty());
}

TEST(MailMime, AlternativeWithEmptyPlainUsesHtml) {
  const auto m = parse_ok(k_head +
                          "Content-Type: multipart/alternative; boundary=b1\n\n"
                          "--b1\nContent-Type: text/plain\n\n\n"
                          "--b1\nContent-Type: text/html\n\n<div>Only <b>here</b></div>\n"
                          "--b1--\n");
  EXPECT_NE(m.body.find("Only"), std::string::npos);
  EXPECT_NE(m.body.find("here"), std::string::npos);
  EXPECT_EQ(m.body.find('<'), std::string::npos);
}

TEST(MailMime, HtmlOnlyIsConvertedToText) {
  const auto m =
      parse_ok(k_head +
               "Content-Type: text/html; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n"
               "<html><body><p>Bonjour Ren=E9,</p><p>Merci &amp; =E0 bient=F4t</p></body></html>\n");
  EXPECT_NE(m.body.find("Bonjour Ren\u00e9,"), std::string::npos);
  EXPECT_NE(m.body.find("Merci & \u00e0 bient\u00f4t"), std::string::npos);
  EXPECT_EQ(m.body.find("<p>"), std::string::npos);
}

TEST(MailMime, MixedFirstTextIsBodyAndFilesAreAttachments) {
  const auto m =
      parse_ok(k_head +
               "Content-Type: multipart/mixed; boundary=\"mix\"\n\n"
               "--mix\nContent-Type: text/plain; charset=us-ascii\n\nPlease find the quote attached.\n"
               "--mix\nContent-Type: application/pdf; name=\"quote.pdf\"\n"
               "Content-Disposition: attachment; filename=\"quote.pdf\"\n"
               "Content-Transfer-Encoding: base64\n\n"
               "JVBERi0xLjQKJcOkw7zDtsOfCg==\n"
               "--mix\nContent-Type: text/csv\nContent-Disposition: attachment; filename=prices.csv\n\n"
               "a,b\n1,2\n"
               "--mix--\n");
  EXPECT_EQ(m.body, "Please find the quote attached.");
  ASSERT_EQ(m.attachments.size(), 2u);
  EXPECT_EQ(m.attachments[0].filename, "quote.pdf");
  EXPECT_EQ(m.attachments[0].mime_type, "application/pdf");
  EXPECT_EQ(m.attachments[0].size, 19u);  // decoded, not the 28 base64 characters
  EXPECT_EQ(m.attachments[1].filename, "prices.csv");
  EXPECT_EQ(m.attachments[1].mime_type, "text/csv");
  EXPECT_EQ(m.body.find("a,b"), std::string::npos);
}

TEST(MailMime, EncodedAttachmentFilename) {
  const auto m = parse_ok(k_head +
                          "Content-Type: multipart/mixed; boundary=m\n\n"
                          "--m\nContent-Type: text/plain\n\nSee file.\n"
                          "--m\nContent-Type: application/octet-stream\n"
                          "Content-Disposition: attachment; filename*=UTF-8''Pr%C3%A4sentation.pptx\n\nxyz\n"
                          "--m--\n");
  ASSERT_EQ(m.attachments.size(), 1u);
  EXPECT_EQ(m.attachments[0].filename, "Pr\u00e4sentation.pptx");
}

TEST(MailMime, AlternativeInsideMixedWithRelatedImages) {
  const auto m = parse_ok(
      k_head +
      "Content-Type: multipart/mixed; boundary=outer\n\n"
      "--outer\nContent-Type: multipart/alternative; boundary=alt\n\n"
      "--alt\nContent-Type: text/plain\n\nThe plain words.\n"
      "--alt\nContent-Type: multipart/related; boundary=rel\n\n"
      "--rel\nContent-Type: text/html\n\n<p>The html words <img src=cid:logo></p>\n"
      "--rel\nContent-Type: image/png; name=logo.png\nContent-ID: <logo>\n\nPNG\n"
      "--rel--\n"
      "--alt--\n"
      "--outer\nContent-Type: image/jpeg\nContent-Disposition: attachment; filename=site.jpg\n\nJPG\n"
      "--outer--\n");
  EXPECT_EQ(m.body, "The plain words.");
  ASSERT_EQ(m.attachments.size(), 1u);
  EXPECT_EQ(m.attachments[0].filename, "site.jpg");
}

TEST(MailMime, SecondInlineTextPartIsAppended) {
  const auto m = parse_ok(k_head +
                          "Content-Type: multipart/mixed; boundary=m\n\n"
                          "--m\nContent-Type: text/plain\n\nMain text.\n"
                          "--m\nContent-Type: text/plain\nContent-Disposition: inline\n\nList footer.\n"
                          "--m--\n");
  EXPECT_EQ(m.body, "Main text.\n\nList footer.");
}

TEST(MailMime, ForwardedMessageIsAppendedAsQuotedHistory) {
  const auto m = parse_ok(k_head +
                          "Content-Type: multipart/mixed; boundary=m\n\n"
                          "--m\nContent-Type: text/plain\n\nFYI, see below.\n"
                          "--m\nContent-Type: message/rfc822\n\n"
                          "From: Client <client@example.org>\nDate: Mon, 2 Feb 2026 10:00:00 +0000\n"
                          "Subject: budget\n\nWe cannot afford it this year.\n"
                          "--m--\n");
  EXPECT_EQ(m.zones.new_text, "FYI, see below.");
  EXPECT_NE(m.body.find("Forwarded message"), std::string::npos);
  EXPECT_NE(m.body.find("From: Client <client@example.org>"), std::string::npos);
  EXPECT_NE(m.zones.quoted.find("We cannot afford it this year."), std::string::npos);
  EXPECT_EQ(m.zones.new_text.find("afford"), std::string::npos);
}

TEST(MailMime, DeepNestingIsCutWithAWarningAndNoCrash) {
  std::string raw = k_head + "Content-Type: multipart/mixed; boundary=b0\n\n";
  constexpr int k_levels = 200;
  for (int i = 0; i < k_levels; ++i) {
    raw += "--b" + std::to_string(i) + "\nContent-Type: multipart/mixed; boundary=b" + std::to_string(i + 1) +
           "\n\n";
  }
  raw += "--b" + std::to_string(k_levels) + "\nContent-Type: text/plain\n\ndeep text\n";
  for (int i = k_levels; i >= 0; --i) raw += "--b" + std::to_string(i) + "--\n";
  std::vector<model::Diagnostic> warnings;
  const auto m = parse_ok(raw, &warnings);
  EXPECT_EQ(m.body.find("deep text"), std::string::npos);
  bool reported = false;
  for (const auto& w : warnings) reported = reported || w.reason.find("nested") != std::string::npos;
  EXPECT_TRUE(reported);
}

TEST(MailMime, DeeplyNestedForwardsDoNotCrash) {
  std::string inner = "From: z@example.com\nSubject: innermost\n\ncore text\n";
  for (int i = 0; i < 60; ++i) {
    inner = "From: f" + std::to_string(i) + "@example.com\nContent-Type: message/rfc822\n\n" + inner;
  }
  const auto m = parse_ok(inner);
  EXPECT_EQ(m.from.id.value, "f59@example.com");
}

TEST(MailMime, MultipartWithoutClosingBoundaryStillReadsText) {
  const auto m = parse_ok(k_head +
                          "Content-Type: multipart/mixed; boundary=m\n\n"
                          "--m\nContent-Type: text/plain\n\nCut short here");
  EXPECT_EQ(m.body, "Cut short here");
}

}  // namespace
}  // namespace rapport::ingest
