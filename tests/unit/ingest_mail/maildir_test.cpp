// Maildir walking and the file wrappers, on temporary directories made by the test.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include "collecting_sink.hpp"

namespace rapport::ingest {
namespace {

namespace fs = std::filesystem;
using testing::CollectingSink;
using testing::context;

class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() /
            ("rapport_mail_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter_++));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

void write(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string mail(const std::string& subject) {
  return "From: a@example.com\r\nSubject: " + subject +
         "\r\nDate: Tue, 3 Mar 2026 09:00:00 +0000\r\n\r\nbody\r\n";
}

std::string folder_of(const CollectingSink& sink, const std::string& subject) {
  for (const auto& m : sink.messages)
    if (m.subject == subject) return m.folder;
  return "<missing>";
}

TEST(ReadMaildir, CurNewAndMaildirPlusPlusFolders) {
  TempDir dir;
  const fs::path root = dir.path();
  write(root / "cur" / "1700000000.M1P1.host:2,S", mail("in cur"));
  write(root / "new" / "1700000001.M2P1.host", mail("in new"));
  write(root / "tmp" / "1700000002.M3P1.host", mail("in tmp"));
  write(root / ".Sent" / "cur" / "1700000003.M4P1.host:2,S", mail("sent one"));
  write(root / ".Archive.2020" / "new" / "1700000004.M5P1.host", mail("archived"));
  write(root / ".Sent" / "maildirfolder", "");
  write(root / "dovecot.index", "not mail");
  fs::create_directories(root / ".Sent" / "tmp");

  CollectingSink sink;
  read_maildir(root, context("", "INBOX"), sink);
  EXPECT_TRUE(sink.diagnostics.empty()) << sink.diagnostics[0].reason;
  ASSERT_EQ(sink.messages.size(), 4u);
  EXPECT_EQ(folder_of(sink, "in cur"), "INBOX");
  EXPECT_EQ(folder_of(sink, "in new"), "INBOX");
  EXPECT_EQ(folder_of(sink, "sent one"), "Sent");
  EXPECT_EQ(folder_of(sink, "archived"), "Archive/2020");
  EXPECT_EQ(folder_of(sink, "in tmp"), "<missing>");
  for (const auto& m : sink.messages) {
    EXPECT_TRUE(fs::exists(m.source.file)) << m.source.file;
    EXPECT_EQ(m.body, "body");
  }
}

TEST(ReadMaildir, NestedMaildirsAndPlainTrees) {
  TempDir dir;
  const fs::path root = dir.path();
  write(root / "work" / "clients" / "cur" / "1:2,S", mail("nested"));
  write(root / "export" / "sent_items" / "12.", mail("plain tree"));
  write(root / ".hidden" / "x", mail("hidden"));

  CollectingSink sink;
  read_maildir(root, context(""), sink);
  ASSERT_EQ(sink.messages.size(), 2u);
  EXPECT_EQ(folder_of(sink, "nested"), "work/clients");
  EXPECT_EQ(folder_of(sink, "plain tree"), "export/sent_items");
}

TEST(ReadMaildir, BadFilesAreDiagnosticsNamingTheFile) {
  TempDir dir;
  write(dir.path() / "cur" / "a", mail("good"));
  write(dir.path() / "cur" / "b", "no headers at all, just words\n");
  CollectingSink sink;
  read_maildir(dir.path(), context(""), sink);
  ASSERT_EQ(sink.messages.size(), 1u);
  ASSERT_EQ(sink.count(model::Severity::error), 1u);
  EXPECT_EQ(fs::path(sink.diagnostics[0].file).filename(), "b");
}

TEST(ReadMaildir, MissingDirectoryIsOneError) {
  CollectingSink sink;
  read_maildir("/nonexistent/rapport/maildir", context(""), sink);
  EXPECT_TRUE(sink.messages.empty());
  ASSERT_EQ(sink.diagnostics.size(), 1u);
  EXPECT_EQ(sink.diagnostics[0].severity, model::Severity::error);
}

TEST(ReadFiles, MboxAndEmlFilesAndMissingFiles) {
  TempDir dir;
  write(dir.path() / "box.mbox", "From a@example.com Mon Jan  1 10:00:00 2024\n" + mail("one") +
                                     "\nFrom b@example.com Mon Jan  1 11:00:00 2024\n" + mail("two"));
  write(dir.path() / "one.eml", mail("single"));
  write(dir.path() / "empty.mbox", "");

  CollectingSink sink;
  read_mbox_file(dir.path() / "box.mbox", context(""), sink);
  read_eml_file(dir.path() / "one.eml", context(""), sink);
  read_mbox_file(dir.path() / "empty.mbox", context(""), sink);
  ASSERT_EQ(sink.messages.size(), 3u);
  EXPECT_EQ(sink.messages[0].source.file, (dir.path() / "box.mbox").string());
  EXPECT_EQ(sink.messages[2].subject, "single");
  EXPECT_TRUE(sink.diagnostics.empty());

  CollectingSink missing;
  read_mbox_file(dir.path() / "nope.mbox", context(""), missing);
  ASSERT_EQ(missing.diagnostics.size(), 1u);
  EXPECT_NE(missing.diagnostics[0].reason.find("nope.mbox"), std::string::npos);
}

}  // namespace
}  // namespace rapport::ingest
