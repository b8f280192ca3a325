#include "rapport/ingest/common/format.hpp"

#include <gtest/gtest.h>

namespace rapport::ingest {
namespace {

TEST(Detect, MailContainers) {
  EXPECT_EQ(detect_format("From someone@x.example Mon Jan  5 10:00:00 2026\nFrom: a\n", "whatever"), Format::mbox);
  EXPECT_EQ(detect_format("Return-Path: <a@x.example>\r\nFrom: A <a@x.example>\r\nTo: b@y.example\r\n\r\nhi", "1."),
            Format::eml);
  // Prose that happens to start with a word and a colon is not mail.
  EXPECT_NE(detect_format("Note: call Anna\nAgenda: pricing\n", "notes.md"), Format::eml);
}

TEST(Detect, Transcripts) {
  EXPECT_EQ(detect_format("\xEF\xBB\xBFWEBVTT\n\n00:00.000 --> 00:02.000\nhi", "a"), Format::webvtt);
  EXPECT_EQ(detect_format("1\n00:00:01,000 --> 00:00:03,500\nAnna: hello\n", "call"), Format::srt);
  EXPECT_EQ(detect_format("[00:00:01] Anna: hello\n", "call.txt"), Format::transcript_text);
}

TEST(Detect, TablesByHeaderNotName) {
  EXPECT_EQ(detect_format("date,contact,direction,duration,outcome\n", "export.csv"), Format::call_log_csv);
  EXPECT_EQ(detect_format("First Name,Last Name,Email,Phone Number\n", "export.csv"), Format::contacts_csv);
  EXPECT_EQ(detect_format("Name;E-mail;Phone\n", "x"), Format::contacts_csv);
  EXPECT_EQ(detect_format("BEGIN:VCARD\r\nVERSION:3.0\r\n", "x"), Format::vcard);
  EXPECT_EQ(detect_format("<?xml version='1.0'?>\n<smses count=\"2\">", "backup"), Format::sms_xml);
}

TEST(Detect, UnknownContent) {
  EXPECT_FALSE(detect_format("", "empty"));
  EXPECT_FALSE(detect_format("\x89PNG\r\n\x1a\n", "photo.png"));
  EXPECT_FALSE(detect_format("<html><body>hi</body></html>", "page.html"));
}

}  // namespace
}  // namespace rapport::ingest
