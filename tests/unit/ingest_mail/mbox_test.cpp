// mbox splitting and reading: variants, positions, diagnostics.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "collecting_sink.hpp"
#include "rapport/ingest/mail/mbox_scanner.hpp"

namespace rapport::ingest {
namespace {

using testing::CollectingSink;
using testing::context;

std::string message(const std::string& from, const std::string& subject, const std::string& body) {
  return "From: " + from + "\nSubject: " + subject + "\nDate: Tue, 3 Mar 2026 09:00:00 +0000\n\n" + body;
}

TEST(MboxSeparator, RecognisesEnvelopeLinesAndRejectsProse) {
  EXPECT_TRUE(is_mbox_separator("From MAILER-DAEMON Thu Nov 28 20:11:09 2019"));
  EXPECT_TRUE(is_mbox_separator("From ann@example.com  Mon Jan  1 00:00:00 2001"));
  EXPECT_TRUE(is_mbox_separator("From - Sat Jan 03 12:00:00 2009"));
  EXPECT_TRUE(is_mbox_separator("From j\xc3\xb6rg at example.org  Wed Dec  1 08:26:40 2010"));
  EXPECT_FALSE(is_mbox_separator("From the start we agreed on price."));
  EXPECT_FALSE(is_mbox_separator("From: ann@example.com"));
  EXPECT_FALSE(is_mbox_separator("From "));
  EXPECT_FALSE(is_mbox_separator("from ann@example.com Mon Jan  1 00:00:00 2001"));
}

TEST(MboxScanner, SplitsAndGivesOffsets) {
  const std::string first =
      "From a@example.com Mon Jan  1 10:00:00 2024\n" + message("a@example.com", "one", "1\n") + "\n";
  const std::string second =
      "From b@example.com Mon Jan  1 11:00:00 2024\n" + message("b@example.com", "two", "2\n");
  const std::string data = first + second;
  MboxScanner scanner(data);
  auto e1 = scanner.next();
  auto e2 = scanner.next();
  EXPECT_FALSE(scanner.next().has_value());
  ASSERT_TRUE(e1 && e2);
  EXPECT_EQ(e1->offset, 0u);
  EXPECT_EQ(e2->offset, first.size());
  EXPECT_EQ(e1->envelope, "From a@example.com Mon Jan  1 10:00:00 2024");
  EXPECT_EQ(e1->message.substr(0, 5), "From:");
  EXPECT_EQ(e1->message.back(), '\n');
  EXPECT_NE(e1->message.substr(e1->message.size() - 2), "\n\n");  // separator blank line dropped
  EXPECT_EQ(scanner.position(), data.size());
}

TEST(MboxScanner, UnescapedFromLineInBodyIsNotASeparator) {
  const std::string data = "From a@example.com Mon Jan  1 10:00:00 2024\n" +
                           message("a@example.com", "one", "Hello\n\nFrom the start we agreed.\n");
  MboxScanner scanner(data);
  ASSERT_TRUE(scanner.next().has_value());
  EXPECT_FALSE(scanner.next().has_value());
}

TEST(MboxScanner, ContentLengthIsUsedWhenItLandsOnASeparator) {
  const std::string body = "Line\nFrom x@example.com Mon Jan  1 10:00:00 2024\nstill body\n";
  const std::string first =
      "From a@example.com Mon Jan  1 10:00:00 2024\nFrom: a@example.com\nContent-Length: " +
      std::to_string(body.size()) + "\n\n" + body + "\n";
  const std::string data = first + "From b@example.com Mon Jan  1 11:00:00 2024\nFrom: b@example.com\n\nb\n";
  MboxScanner scanner(data);
  auto e1 = scanner.next();
  auto e2 = scanner.next();
  ASSERT_TRUE(e1 && e2);
  EXPECT_NE(e1->message.find("still body"), std::string_view::npos);
  EXPECT_EQ(e2->offset, first.size());
  EXPECT_FALSE(scanner.next().has_value());
}

TEST(MboxScanner, WrongContentLengthIsIgnored) {
  const std::string data =
      "From a@example.com Mon Jan  1 10:00:00 2024\nFrom: a@example.com\nContent-Length: 3\n\nlonger body\n\n"
      "From b@example.com Mon Jan  1 11:00:00 2024\nFrom: b@example.com\n\nb\n";
  MboxScanner scanner(data);
  auto e1 = scanner.next();
  ASSERT_TRUE(e1);
  EXPECT_NE(e1->message.find("longer body"), std::string_view::npos);
  EXPECT_TRUE(scanner.next().has_value());
}

TEST(MboxUnescape, MboxrdRemovesOneQuoteLevel) {
  EXPECT_FALSE(unescape_mboxrd("no escapes here\n>quoted\n").has_value());
  EXPECT_EQ(unescape_mboxrd("a\n>From here\n>>From there\n> From not\n").value(),
            "a\nFrom here\n>From there\n> From not\n");
}

TEST(ReadMbox, ReadsAllMessagesWithPositionsAndProgress) {
  const std::string first =
      "From a@example.com Mon Jan  1 10:00:00 2024\n" + message("a@example.com", "one", "first\n") + "\n";
  const std::string data =
      first + "From b@example.com Mon Jan  1 11:00:00 2024\n" + message("b@example.com", "two", "second\n");
  CollectingSink sink;
  read_mbox(data, context("box.mbox", "INBOX"), sink);
  ASSERT_EQ(sink.messages.size(), 2u);
  EXPECT_TRUE(sink.diagnostics.empty());
  EXPECT_EQ(sink.messages[0].subject, "one");
  EXPECT_EQ(sink.messages[0].source.position, "message 1 (byte 0)");
  EXPECT_EQ(sink.messages[1].source.position, "message 2 (byte " + std::to_string(first.size()) + ")");
  EXPECT_EQ(sink.messages[1].source.byte_offset, first.size());
  EXPECT_EQ(sink.messages[1].source.file, "box.mbox");
  EXPECT_EQ(sink.messages[1].folder, "INBOX");
  ASSERT_FALSE(sink.progress.empty());
  EXPECT_EQ(sink.progress.back(), data.size());
}

TEST(ReadMbox, MboxrdBodyIsUnescaped) {
  const std::string data = "From a@example.com Mon Jan  1 10:00:00 2024\n" +
                           message("a@example.com", "s", "Hi\n>From the notes:\n>>From quoted\n");
  CollectingSink sink;
  read_mbox(data, context("x.mbox"), sink);
  ASSERT_EQ(sink.messages.size(), 1u);
  EXPECT_NE(sink.messages[0].body.find("\nFrom the notes:"), std::string::npos);
  EXPECT_NE(sink.messages[0].body.find("\n>From quoted"), std::string::npos);
}

TEST(ReadMbox, CrlfFile) {
  const std::string data =
      "From a@example.com Mon Jan  1 10:00:00 2024\r\nFrom: a@example.com\r\nSubject: one\r\n\r\nbody "
      "1\r\n\r\n"
      "From b@example.com Mon Jan  1 11:00:00 2024\r\nFrom: b@example.com\r\nSubject: two\r\n\r\nbody 2\r\n";
  CollectingSink sink;
  read_mbox(data, context("crlf.mbox"), sink);
  ASSERT_EQ(sink.messages.size(), 2u);
  EXPECT_EQ(sink.messages[0].body, "body 1");
  EXPECT_EQ(sink.messages[1].subject, "two");
}

TEST(ReadMbox, GarbageBeforeFirstSeparatorIsSkippedWithAWarning) {
  const std::string data =
      "some stray text\nthat is not mail\n\nFrom a@example.com Mon Jan  1 10:00:00 2024\n" +
      message("a@example.com", "s", "b\n");
  CollectingSink sink;
  read_mbox(data, context("g.mbox"), sink);
  ASSERT_EQ(sink.messages.size(), 1u);
  ASSERT_EQ(sink.diagnostics.size(), 1u);
  EXPECT_EQ(sink.diagnostics[0].severity, model::Severity::warning);
  EXPECT_EQ(sink.diagnostics[0].file, "g.mbox");
  EXPECT_NE(sink.diagnostics[0].reason.find("before the first"), std::string::npos);
  EXPECT_EQ(sink.messages[0].source.position, "message 1 (byte 34)");
}

TEST(ReadMbox, FileWithoutSeparatorIsReadAsOneMessage) {
  CollectingSink sink;
  read_mbox(message("a@example.com", "single", "just one\n"), context("one.mbox"), sink);
  ASSERT_EQ(sink.messages.size(), 1u);
  EXPECT_EQ(sink.messages[0].subject, "single");
  EXPECT_TRUE(sink.diagnostics.empty());
}

TEST(ReadMbox, NotAnMboxAtAllIsOneError) {
  CollectingSink sink;
  read_mbox("random words\nwithout anything\n", context("junk.mbox"), sink);
  EXPECT_TRUE(sink.messages.empty());
  ASSERT_EQ(sink.diagnostics.size(), 1u);
  EXPECT_EQ(sink.diagnostics[0].severity, model::Severity::error);
}

TEST(ReadMbox, TruncatedLastMessageIsStillRead) {
  const std::string data =
      "From a@example.com Mon Jan  1 10:00:00 2024\n" + message("a@example.com", "one", "ok\n") +
      "\nFrom b@example.com Mon Jan  1 11:00:00 2024\nFrom: b@example.com\nSubject: cut of";
  CollectingSink sink;
  read_mbox(data, context("t.mbox"), sink);
  ASSERT_EQ(sink.messages.size(), 2u);
  EXPECT_EQ(sink.messages[1].subject, "cut of");
}

TEST(ReadMbox, BadMessageIsReportedWithPositionAndReadingGoesOn) {
  const std::string first =
      "From a@example.com Mon Jan  1 10:00:00 2024\n" + message("a@example.com", "one", "1\n") + "\n";
  const std::string bad =
      "From x@example.com Mon Jan  1 10:30:00 2024\nthis is not a header line\nnor this\n\n";
  const std::string third =
      "From c@example.com Mon Jan  1 11:00:00 2024\n" + message("c@example.com", "three", "3\n");
  CollectingSink sink;
  read_mbox(first + bad + third, context("mixed.mbox"), sink);
  ASSERT_EQ(sink.messages.size(), 2u);
  EXPECT_EQ(sink.messages[1].subject, "three");
  EXPECT_EQ(sink.messages[1].source.position,
            "message 3 (byte " + std::to_string(first.size() + bad.size()) + ")");
  ASSERT_EQ(sink.count(model::Severity::error), 1u);
  EXPECT_EQ(sink.diagnostics[0].file, "mixed.mbox");
  EXPECT_EQ(sink.diagnostics[0].position, "message 2 (byte " + std::to_string(first.size()) + ")");
}

TEST(ReadMbox, EmptyMessageBetweenSeparatorsIsAnError) {
  const std::string data =
      "From a@example.com Mon Jan  1 10:00:00 2024\n\nFrom b@example.com Mon Jan  1 11:00:00 2024\n" +
      message("b@example.com", "two", "2\n");
  CollectingSink sink;
  read_mbox(data, context("e.mbox"), sink);
  EXPECT_EQ(sink.messages.size(), 1u);
  EXPECT_EQ(sink.count(model::Severity::error), 1u);
}

TEST(ReadMbox, NonAsciiSeparatorLine) {
  const std::string data = "From j\xf6rg@example.com  Wed Dec  1 08:26:40 2010\n" +
                           message("j@example.com", "s", "x\n") +
                           "\nFrom \xe2\x80\x9cq\xe2\x80\x9d@example.com  Wed Dec  1 09:26:40 2010\n" +
                           message("q@example.com", "t", "y\n");
  CollectingSink sink;
  read_mbox(data, context("n.mbox"), sink);
  EXPECT_EQ(sink.messages.size(), 2u);
}

TEST(ReadMbox, SeveralThreadsReadAtOnce) {
  std::string data;
  for (int i = 0; i < 40; ++i) {
    data += "From a@example.com Mon Jan  1 10:00:00 2024\n" +
            message("a@example.com", "m" + std::to_string(i),
                    "caf\xe9 \x93quoted\x94\n") +
            "\n";
  }
  std::vector<std::size_t> counts(4, 0);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < counts.size(); ++t) {
    threads.emplace_back([&data, &counts, t] {
      CollectingSink sink;
      read_mbox(data, context("threads.mbox"), sink);
      for (const auto& m : sink.messages) counts[t] += m.body == "caf\u00e9 \u201cquoted\u201d" ? 1u : 0u;
    });
  }
  for (auto& thread : threads) thread.join();
  for (const std::size_t n : counts) EXPECT_EQ(n, 40u);
}

TEST(ReadEml, OneMessageAndErrorsAreDiagnostics) {
  CollectingSink sink;
  read_eml(message("a@example.com", "s", "b\n"), context("m.eml"), sink);
  ASSERT_EQ(sink.messages.size(), 1u);
  EXPECT_EQ(sink.messages[0].source.file, "m.eml");
  CollectingSink bad;
  read_eml("", context("empty.eml"), bad);
  ASSERT_EQ(bad.diagnostics.size(), 1u);
  EXPECT_EQ(bad.diagnostics[0].file, "empty.eml");
  EXPECT_EQ(bad.diagnostics[0].severity, model::Severity::error);
}

}  // namespace
}  // namespace rapport::ingest
