// today_from_store answers from the store's cache in two reads; these tests hold it to
// the one-read answer (playbook::today over the whole workspace with texts) on the
// demo workspace, cold and warm, and check that the cache follows the data.
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "rapport/importer/importer.hpp"
#include "rapport/playbook/today.hpp"
#include "rapport/service/playbook_data.hpp"
#include "rapport/store/store.hpp"

namespace rapport::service {
namespace {

model::Timestamp at(const char* iso) { return *model::parse_iso8601(iso); }

class TodayFromStore : public ::testing::Test {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    dir_ = std::filesystem::temp_directory_path() /
           ("rapport-service-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(dir_);
    store_ = store::open_store((dir_ / "store.db").string()).value();
    std::vector<model::Diagnostic> problems;
    const auto inputs = importer::find_inputs({std::filesystem::path(RAPPORT_SOURCE_DIR) / "samples"}, problems);
    importer::ImportOptions options;
    options.me = {{model::IdentityKind::email, "nora.castellane@fieldnote.example"},
                  {model::IdentityKind::phone, "+447700900010"},
                  {model::IdentityKind::name, "Nora Castellane"}};
    options.default_region = "GB";
    ASSERT_TRUE(importer::import_files(inputs, *store_, options, nullptr));
  }
  void TearDown() override {
    store_.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }

  // The one-read answer: every thread read whole with its text and judged afresh.
  playbook::TodayList reference(model::Timestamp now, std::unique_ptr<PlaybookData>& keep) {
    keep = load_playbook_data(*store_, now - std::chrono::days{180}, true, inbox_).value();
    std::vector<playbook::ThreadVerdict> fresh;
    for (const auto& t : keep->workspace.threads)
      fresh.push_back(playbook::judge_thread(t, *keep->live, keep->signals, inbox_));
    keep->verdicts = std::move(fresh);
    return playbook::today(keep->workspace, *keep->live, keep->verdicts, keep->signals, keep->words, settings_, now);
  }

  static void expect_same(const playbook::TodayList& expected, const playbook::TodayList& actual) {
    ASSERT_EQ(expected.calls.size(), actual.calls.size());
    for (std::size_t i = 0; i < expected.calls.size(); ++i) {
      const auto& e = expected.calls[i];
      const auto& a = actual.calls[i];
      SCOPED_TRACE(e.contact->name);
      EXPECT_EQ(e.contact->id, a.contact->id);
      EXPECT_DOUBLE_EQ(e.score, a.score);
      ASSERT_EQ(e.reasons.size(), a.reasons.size());
      for (std::size_t r = 0; r < e.reasons.size(); ++r) {
        EXPECT_EQ(e.reasons[r].code, a.reasons[r].code);
        EXPECT_EQ(e.reasons[r].text, a.reasons[r].text);
        ASSERT_EQ(e.reasons[r].evidence.size(), a.reasons[r].evidence.size());
        for (std::size_t k = 0; k < e.reasons[r].evidence.size(); ++k)
          EXPECT_EQ(e.reasons[r].evidence[k].quote, a.reasons[r].evidence[k].quote);
      }
      ASSERT_EQ(e.bring_up.size(), a.bring_up.size());
      for (std::size_t f = 0; f < e.bring_up.size(); ++f) EXPECT_EQ(e.bring_up[f].text, a.bring_up[f].text);
      EXPECT_EQ(e.opening, a.opening);
      EXPECT_EQ(e.voicemail, a.voicemail);
    }
    ASSERT_EQ(expected.left_out.size(), actual.left_out.size());
    for (std::size_t i = 0; i < expected.left_out.size(); ++i) {
      EXPECT_EQ(expected.left_out[i].contact->id, actual.left_out[i].contact->id);
      EXPECT_EQ(expected.left_out[i].code, actual.left_out[i].code);
    }
  }

  std::filesystem::path dir_;
  std::unique_ptr<store::Store> store_;
  playbook::TodaySettings settings_;
  playbook::InboxSettings inbox_;
};

TEST_F(TodayFromStore, GivesTheOneReadAnswerColdAndWarm) {
  const auto now = at("2026-11-20T09:00:00Z");
  std::unique_ptr<PlaybookData> keep;
  const auto expected = reference(now, keep);
  ASSERT_GE(expected.calls.size(), 5u) << "the demo has calls to make";
  auto cold = today_from_store(*store_, settings_, inbox_, now, true);
  ASSERT_TRUE(cold) << cold.error().message;
  expect_same(expected, cold->list);
  auto warm = today_from_store(*store_, settings_, inbox_, now, true);
  ASSERT_TRUE(warm) << warm.error().message;
  expect_same(expected, warm->list);
  // A shorter list is the longer one cut.
  auto short_settings = settings_;
  short_settings.list_size = 3;
  auto three = today_from_store(*store_, short_settings, inbox_, now, false);
  ASSERT_TRUE(three);
  ASSERT_EQ(three->list.calls.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(three->list.calls[i].contact->id, expected.calls[i].contact->id);
}

// Weeks and months on, most of the demo is older than ranking's dense read, which then
// reads only some of the older messages (proposals, unsubscribes, departures, each
// client's latest message): the answer must still be the one-read answer.
TEST_F(TodayFromStore, GivesTheOneReadAnswerWhenMostMessagesAreOld) {
  std::size_t listed = 0;
  for (const auto* when : {"2026-12-20T09:00:00Z", "2027-01-25T09:00:00Z", "2027-03-10T09:00:00Z", "2027-05-01T09:00:00Z"}) {
    SCOPED_TRACE(when);
    const auto now = at(when);
    std::unique_ptr<PlaybookData> keep;
    const auto expected = reference(now, keep);
    listed += expected.calls.size();
    auto found = today_from_store(*store_, settings_, inbox_, now, true);
    ASSERT_TRUE(found) << found.error().message;
    expect_same(expected, found->list);
  }
  EXPECT_GE(listed, 10u) << "the later lists are not empty";
}

// The sparse read keeps what it promises: every message of the dense weeks, and before
// them the long-memory ones and each client's latest from a person (of those older
// messages: a later one may be in the dense weeks).
// Either way: indexed (store::Store::index_sparse_history, as an import leaves it), and
// not (as after marks changed).
// At two dates: one where some clients wrote both before and in the dense weeks.
class SparseRead : public TodayFromStore, public ::testing::WithParamInterface<std::tuple<bool, const char*>> {};

TEST_P(SparseRead, KeepsWhatRankingReads) {
  const auto [indexed, when] = GetParam();
  SCOPED_TRACE(when);
  const auto now = at(when);
  const auto since = now - std::chrono::days{180};
  const auto dense_from = now - std::chrono::days{46};
  ASSERT_TRUE(refresh_cache(*store_, since, inbox_));
  const auto signals = playbook::Signals::create().value();
  const auto all = store_->workspace({since, false, signals.fingerprint(), std::nullopt}).value();
  if (!indexed) {
    // Writing any mark, even the same, makes the index stale.
    for (const auto& t : all.threads)
      if (!t.messages.empty()) {
        ASSERT_TRUE(store_->set_marks(signals.fingerprint(), {{t.messages.front().row, *t.messages.front().marks}}));
        break;
      }
  }
  const auto sparse = store_->workspace({since, false, signals.fingerprint(),
                                         store::SparseHistory{dense_from, playbook::Signals::long_memory_marks(),
                                                              playbook::Signals::human_marks()}})
                          .value();
  ASSERT_EQ(all.threads.size(), sparse.threads.size()) << "every active thread, with or without messages";
  std::map<model::ContactId, model::Timestamp> latest;
  for (const auto& t : all.threads)
    for (const auto& m : t.messages)
      if (m.when < dense_from && m.from_contact && m.direction == model::Direction::inbound && playbook::is_human(m))
        latest[*m.from_contact] = std::max(latest[*m.from_contact], m.when);
  std::size_t old = 0, kept = 0;
  for (std::size_t i = 0; i < all.threads.size(); ++i) {
    EXPECT_EQ(all.threads[i].contacts, sparse.threads[i].contacts);
    std::set<std::int64_t> read;
    for (const auto& m : sparse.threads[i].messages) read.insert(m.row);
    for (const auto& m : all.threads[i].messages) {
      const bool long_memory = (*m.marks & playbook::Signals::long_memory_marks()) != 0;
      const bool latest_of_sender = m.from_contact && m.direction == model::Direction::inbound &&
                                    playbook::is_human(m) && latest[*m.from_contact] == m.when;
      if (m.when < dense_from) ++old;
      const bool must = m.when >= dense_from || long_memory || latest_of_sender;
      EXPECT_EQ(must, read.contains(m.row)) << "message " << m.row;
      if (m.when < dense_from && must) ++kept;
    }
  }
  EXPECT_GT(old, 2 * kept) << "most older messages are not read";
  EXPECT_GT(kept, 0u);
}

INSTANTIATE_TEST_SUITE_P(IndexedOrNot, SparseRead,
                         ::testing::Combine(::testing::Bool(),
                                            ::testing::Values("2026-12-20T09:00:00Z", "2027-01-25T09:00:00Z")));

TEST_F(TodayFromStore, TheCacheHoldsMarksAndVerdictsAfterARead) {
  const auto now = at("2026-11-20T09:00:00Z");
  const auto since = now - std::chrono::days{180};
  auto signals = playbook::Signals::create().value();
  // Right after the import nothing is cached (the CLI's import fills it; this test
  // imports through the library).
  auto before = store_->workspace({since, false, signals.fingerprint(), std::nullopt}).value();
  ASSERT_FALSE(before.threads.empty());
  EXPECT_FALSE(before.threads.front().messages.front().marks.has_value());
  ASSERT_TRUE(refresh_cache(*store_, since, inbox_));
  auto after = store_->workspace({since, false, signals.fingerprint(), std::nullopt}).value();
  std::size_t messages = 0;
  for (const auto& t : after.threads)
    for (const auto& m : t.messages) {
      ++messages;
      EXPECT_TRUE(m.marks.has_value());
      EXPECT_TRUE(m.new_text.empty()) << "ranking reads no text";
    }
  EXPECT_GT(messages, 50u);
  // Marks read under another fingerprint are stale, and not returned.
  auto other = store_->workspace({since, false, "other-rules", std::nullopt}).value();
  EXPECT_FALSE(other.threads.front().messages.front().marks.has_value());
  // Every thread has its verdict cached.
  auto data = load_playbook_data(*store_, since, false, inbox_).value();
  auto cached = store_->cached_verdicts("no such fingerprint", since, false).value();
  EXPECT_TRUE(cached.empty());
  EXPECT_EQ(data->verdicts.size(), after.threads.size());
}

TEST_F(TodayFromStore, CachedVerdictsAreTheJudgedOnes) {
  const auto now = at("2026-11-20T09:00:00Z");
  const auto since = now - std::chrono::days{180};
  ASSERT_TRUE(refresh_cache(*store_, since, inbox_));
  // Read with texts (as the inbox reads): every verdict from the cache, each as
  // judge_thread gives it now, those with nothing to do included.
  const auto data = load_playbook_data(*store_, since, true, inbox_).value();
  ASSERT_EQ(data->verdicts.size(), data->workspace.threads.size());
  std::size_t without_kind = 0;
  for (std::size_t i = 0; i < data->verdicts.size(); ++i) {
    const auto fresh = playbook::judge_thread(data->workspace.threads[i], *data->live, data->signals, inbox_);
    const auto& cached = data->verdicts[i];
    SCOPED_TRACE(data->workspace.threads[i].subject);
    EXPECT_EQ(cached.kind, fresh.kind);
    EXPECT_EQ(cached.contact, fresh.contact);
    EXPECT_EQ(cached.reply_owed, fresh.reply_owed);
    EXPECT_EQ(cached.reason, fresh.reason);
    EXPECT_EQ(cached.evidence.size(), fresh.evidence.size());
    EXPECT_EQ(cached.thread, &data->workspace.threads[i]);
    if (!fresh.kind) ++without_kind;
  }
  EXPECT_GT(without_kind, 0u) << "the demo has threads with nothing to do";
}

TEST_F(TodayFromStore, ALoggedCallChangesTheListAtOnce) {
  const auto now = at("2026-11-20T09:00:00Z");
  auto first = today_from_store(*store_, settings_, inbox_, now, false).value();
  ASSERT_FALSE(first.list.calls.empty());
  const auto top = first.list.calls.front().contact->id;
  model::CallLogEntry call;
  call.when = now - std::chrono::hours(2);
  call.direction = model::Direction::outbound;
  call.outcome = model::CallOutcome::reached;
  call.duration_s = 600;
  const auto since = now - std::chrono::days{180};
  const auto fingerprint = verdict_fingerprint(playbook::Signals::create().value(), inbox_);
  const auto cached_before = store_->cached_verdicts(fingerprint, since, false).value().size();
  ASSERT_TRUE(store_->log_call(top, call, 8));
  EXPECT_LT(store_->cached_verdicts(fingerprint, since, false).value().size(), cached_before)
      << "the verdicts on the contact's threads are dropped";
  auto second = today_from_store(*store_, settings_, inbox_, now, true).value();
  for (const auto& c : second.list.calls) EXPECT_NE(c.contact->id, top) << "spoken with two hours ago";
  // And the cached answer is still the one-read answer.
  std::unique_ptr<PlaybookData> keep;
  expect_same(reference(now, keep), second.list);
}

TEST_F(TodayFromStore, AnotherImportEmptiesTheVerdictCache) {
  const auto now = at("2026-11-20T09:00:00Z");
  const auto since = now - std::chrono::days{180};
  ASSERT_TRUE(refresh_cache(*store_, since, inbox_));
  auto signals = playbook::Signals::create().value();
  const auto fingerprint = verdict_fingerprint(signals, inbox_);
  const auto data = load_playbook_data(*store_, since, false, inbox_).value();
  EXPECT_EQ(store_->cached_verdicts(fingerprint, since, false).value().size(), data->verdicts.size());
  ASSERT_TRUE(store_->finish_import());
  EXPECT_TRUE(store_->cached_verdicts(fingerprint, since, false).value().empty());
  // Judged again on the next read, not served stale: the same verdicts come back.
  const auto again = load_playbook_data(*store_, since, false, inbox_).value();
  ASSERT_EQ(data->verdicts.size(), again->verdicts.size());
  for (std::size_t i = 0; i < data->verdicts.size(); ++i) EXPECT_EQ(data->verdicts[i].kind, again->verdicts[i].kind);
}

}  // namespace
}  // namespace rapport::service
