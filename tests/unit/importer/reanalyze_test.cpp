// reanalyze gives a store the tags a fresh import gives: checked on the demo workspace
// after its tags were wiped.
#include "rapport/importer/reanalyze.hpp"

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <map>

#include <gtest/gtest.h>

#include "rapport/store/store.hpp"

namespace rapport::importer {
namespace {

using TagList = std::vector<std::string>;

std::string describe(const model::Tag& t) {
  return t.name + "@" + std::to_string(t.begin) + "-" + std::to_string(t.end) + ":" + t.detail;
}

class Reanalyze : public ::testing::Test {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    dir_ = std::filesystem::temp_directory_path() /
           ("rapport-reanalyze-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(dir_);
    store_ = store::open_store((dir_ / "store.db").string()).value();
    std::vector<model::Diagnostic> problems;
    const auto inputs = find_inputs({std::filesystem::path(RAPPORT_SOURCE_DIR) / "samples"}, problems);
    options_.me = {{model::IdentityKind::email, "nora.castellane@fieldnote.example"},
                   {model::IdentityKind::name, "Nora Castellane"}};
    options_.default_region = "GB";
    ASSERT_TRUE(import_files(inputs, *store_, options_, nullptr));
  }
  void TearDown() override {
    store_.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }

  // Every message's and every turn's tags, by message row and by (conversation, turn).
  std::map<std::string, TagList> all_tags() {
    std::map<std::string, TagList> out;
    const auto ws = store_->workspace({model::Timestamp{}, true, "", std::nullopt}).value();
    for (const auto& t : ws.threads)
      for (const auto& m : t.messages)
        for (const auto& tag : m.tags) out["m" + std::to_string(m.row)].push_back(describe(tag));
    for (const auto& meeting : ws.meetings)
      for (const auto& turn : meeting.turns)
        for (const auto& tag : turn.tags)
          out["t" + std::to_string(meeting.id) + "." + std::to_string(turn.index)].push_back(describe(tag));
    return out;
  }

  std::filesystem::path dir_;
  std::unique_ptr<store::Store> store_;
  ImportOptions options_;
};

TEST_F(Reanalyze, GivesBackTheTagsOfTheImport) {
  const auto imported = all_tags();
  ASSERT_GT(imported.size(), 100u);

  // Wipe every tag, as in a store imported before the analysis existed.
  std::vector<std::pair<std::int64_t, std::vector<model::Tag>>> none;
  const auto texts = store_->message_texts(0, 100000).value();
  for (const auto& t : texts) none.emplace_back(t.row, std::vector<model::Tag>{});
  ASSERT_TRUE(store_->replace_message_tags(none));
  const auto transcripts = store_->transcripts_after(0, 1000).value();
  for (const auto& [id, transcript] : transcripts)
    ASSERT_TRUE(store_->replace_turn_tags(id, std::vector<std::vector<model::Tag>>(transcript.turns.size())));
  ASSERT_TRUE(all_tags().empty());

  const auto summary = reanalyze(*store_, options_, nullptr);
  ASSERT_TRUE(summary) << summary.error().message;
  EXPECT_EQ(summary->messages, none.size());
  EXPECT_GT(summary->transcripts, 0u);
  EXPECT_EQ(all_tags(), imported);
}

}  // namespace
}  // namespace rapport::importer
