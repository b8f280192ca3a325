// The mail reader over the real mail of the evaluation data (read, never copied).
// Skipped when the evaluation data is absent.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "collecting_sink.hpp"
#include "rapport/ingest/mail/charset.hpp"

namespace rapport::ingest {
namespace {

namespace fs = std::filesystem;
using testing::CollectingSink;
using testing::context;

const fs::path k_eval = fs::path(RAPPORT_EVAL_DIR);

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// Lines that begin with "From " — how Python's mailbox module and most readers count
// the messages of an mbox.
std::size_t count_from_lines(const std::string& data) {
  std::size_t n = data.rfind("From ", 0) == 0 ? 1 : 0;
  for (std::size_t p = data.find("\nFrom "); p != std::string::npos; p = data.find("\nFrom ", p + 1)) ++n;
  return n;
}

std::vector<fs::path> files_under(const fs::path& root) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<fs::path> mbox_files() {
  std::vector<fs::path> files = files_under(k_eval / "emails" / "mbox_samples");
  files.push_back(k_eval / "emails" / "enron_raw" / "enron_sample.mbox");
  return files;
}

// "Ã©"-style mojibake: UTF-8 that was decoded as Latin-1 once too often, i.e. U+00C3
// or U+00C2 followed by a character of U+0080..U+00BF, or "â€" (U+00E2 U+20AC).
bool has_mojibake(std::string_view text) {
  for (std::size_t i = 0; i + 3 < text.size(); ++i) {
    if (text[i] == '\xC3' && (text[i + 1] == '\x83' || text[i + 1] == '\x82') && text[i + 2] == '\xC2')
      return true;
    if (text.substr(i, 2) == "\xC3\xA2" && text.substr(i + 2, 3) == "\xE2\x82\xAC") return true;
  }
  return false;
}

bool has_replacement_character(std::string_view text) {
  return text.find("\xEF\xBF\xBD") != std::string_view::npos;
}

TEST(EvalMail, EveryMboxMessageIsAccountedFor) {
  if (!fs::exists(k_eval / "emails")) GTEST_SKIP() << "no evaluation data";
  for (const fs::path& path : mbox_files()) {
    const std::string data = slurp(path);
    CollectingSink sink;
    read_mbox_file(path, context(""), sink);
    const std::size_t expected = count_from_lines(data);
    EXPECT_EQ(sink.messages.size() + sink.count(model::Severity::error), expected) << path;
    for (const auto& m : sink.messages) {
      EXPECT_TRUE(is_valid_utf8(m.body)) << path << " " << m.source.position;
      EXPECT_TRUE(is_valid_utf8(m.subject)) << path << " " << m.source.position;
      EXPECT_TRUE(is_valid_utf8(m.from.display_name)) << path << " " << m.source.position;
      EXPECT_EQ(m.content_hash.size(), 64u);
    }
  }
}

TEST(EvalMail, EnronMboxHasNoErrorsAndMostMessagesHaveDatesAndSenders) {
  if (!fs::exists(k_eval / "emails")) GTEST_SKIP() << "no evaluation data";
  CollectingSink sink;
  read_mbox_file(k_eval / "emails" / "enron_raw" / "enron_sample.mbox", context(""), sink);
  EXPECT_EQ(sink.count(model::Severity::error), 0u);
  std::size_t dated = 0;
  std::size_t with_sender = 0;
  std::size_t with_id = 0;
  for (const auto& m : sink.messages) {
    dated += m.has_date ? 1u : 0u;
    with_sender += m.from.id.value.find('@') != std::string::npos ? 1u : 0u;
    with_id += m.message_id.empty() ? 0u : 1u;
  }
  EXPECT_EQ(dated, sink.messages.size());
  EXPECT_EQ(with_sender, sink.messages.size());
  EXPECT_EQ(with_id, sink.messages.size());
}

TEST(EvalMail, PercevalSamplesDecodeWithoutMojibake) {
  if (!fs::exists(k_eval / "emails")) GTEST_SKIP() << "no evaluation data";
  std::size_t non_ascii_names = 0;
  for (const fs::path& path : files_under(k_eval / "emails" / "mbox_samples" / "perceval")) {
    CollectingSink sink;
    read_mbox_file(path, context(""), sink);
    for (const auto& m : sink.messages) {
      for (const std::string* text : {&m.subject, &m.from.display_name, &m.body}) {
        EXPECT_FALSE(has_replacement_character(*text)) << path << " " << m.source.position << ": " << *text;
        EXPECT_FALSE(has_mojibake(*text)) << path << " " << m.source.position << ": " << *text;
      }
      const auto& name = m.from.display_name;
      non_ascii_names +=
          std::any_of(name.begin(), name.end(), [](char c) { return (c & 0x80) != 0; }) ? 1u : 0u;
    }
  }
  // The ISO-8859 samples carry accented sender names: they must come out as letters.
  EXPECT_GT(non_ascii_names, 0u);
}

TEST(EvalMail, EnronTreeEveryFileIsAccountedFor) {
  const fs::path tree = k_eval / "emails" / "enron_raw" / "maildir";
  if (!fs::exists(tree)) GTEST_SKIP() << "no evaluation data";
  const std::size_t files = files_under(tree).size();
  CollectingSink sink;
  read_maildir(tree, context(""), sink);
  EXPECT_EQ(sink.messages.size() + sink.count(model::Severity::error), files);
  EXPECT_EQ(sink.count(model::Severity::error), 0u);
  // Every message knows the folder it was found in ("user/_sent_mail").
  for (const auto& m : sink.messages) EXPECT_NE(m.folder.find('/'), std::string::npos) << m.source.file;
}

TEST(EvalMail, EnronTreeAndMboxAgreeOnContent) {
  const fs::path tree = k_eval / "emails" / "enron_raw" / "maildir";
  if (!fs::exists(tree)) GTEST_SKIP() << "no evaluation data";
  // The same messages, CRLF files in the tree and an LF mboxrd: same content hashes.
  CollectingSink from_tree;
  read_maildir(tree, context(""), from_tree);
  CollectingSink from_mbox;
  read_mbox_file(k_eval / "emails" / "enron_raw" / "enron_sample.mbox", context(""), from_mbox);
  std::vector<std::string> a;
  std::vector<std::string> b;
  for (const auto& m : from_tree.messages) a.push_back(m.content_hash);
  for (const auto& m : from_mbox.messages) b.push_back(m.content_hash);
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  std::vector<std::string> common;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
  // The mbox writer rewrote the envelope only; allow a few messages whose ">From "
  // escaping changed the body.
  EXPECT_GE(common.size() * 100, a.size() * 98) << common.size() << " of " << a.size();
}

TEST(EvalMail, MimeTestMessagesDoNotCrash) {
  const fs::path mime = k_eval / "mime";
  if (!fs::exists(mime)) GTEST_SKIP() << "no evaluation data";
  std::size_t files = 0;
  std::size_t messages = 0;
  for (const fs::path& path : files_under(mime)) {
    CollectingSink sink;
    read_eml_file(path, context(""), sink);
    ++files;
    messages += sink.messages.size();
    EXPECT_EQ(sink.messages.size() + sink.count(model::Severity::error), 1u) << path;
    for (const auto& m : sink.messages) EXPECT_TRUE(is_valid_utf8(m.body)) << path;
  }
  EXPECT_GT(messages, 50u) << "of " << files << " files";
}

// GMime's own charset test texts: the same text in several charsets must decode to
// the UTF-8 version. (Its Big5 sample is not the same text as its UTF-8 one: the
// Japanese kanji Big5 lacks are missing, so it is not compared.)
TEST(EvalMail, GmimeCharsetSamplesDecodeToTheirUtf8Version) {
  const fs::path dir = k_eval / "mime" / "gmime" / "tests" / "data" / "filters";
  if (!fs::exists(dir)) GTEST_SKIP() << "no evaluation data";
  struct Case {
    const char* file;
    const char* charset;
    const char* utf8_file;
  };
  for (const Case c : {Case{"cyrillic.cp1251.txt", "windows-1251", "cyrillic.utf-8.txt"},
                       Case{"cyrillic.iso-8859-5.txt", "iso-8859-5", "cyrillic.utf-8.txt"},
                       Case{"cyrillic.koi8-r.txt", "koi8-r", "cyrillic.utf-8.txt"},
                       Case{"japanese.shift-jis.txt", "shift_jis", "japanese.utf-8.txt"},
                       Case{"japanese.iso-2022-jp.txt", "iso-2022-jp", "japanese.utf-8.txt"}}) {
    if (!fs::exists(dir / c.file)) continue;
    std::string decoded;
    EXPECT_EQ(append_decoded(slurp(dir / c.file), c.charset, decoded), DecodeLoss::none) << c.file;
    std::string expected = slurp(dir / c.utf8_file);
    normalise_newlines(decoded);
    normalise_newlines(expected);
    EXPECT_TRUE(decoded == expected) << c.file;  // (no dump of kilobytes of text)
  }
}

}  // namespace
}  // namespace rapport::ingest
