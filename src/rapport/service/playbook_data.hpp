#pragma once
// The playbook over a store: what the playbook commands read (the workspace, the
// live-conversation index, every thread's verdict), loaded through the store's cache,
// and today's list answered from narrow rows.
//
// The cache (store.hpp): each message's marks and each thread's verdict are computed
// once, from texts, and kept in the store, so that ranking reads neither texts nor
// tags. Whatever the cache lacks or holds under other rules or settings is computed
// here when read, and written back; a store that cannot be written to is read the
// slow way, with the same results.

#include <memory>
#include <unordered_map>
#include <vector>

#include "rapport/model/workspace.hpp"
#include "rapport/playbook/inbox.hpp"
#include "rapport/playbook/live_index.hpp"
#include "rapport/playbook/phrasebook.hpp"
#include "rapport/playbook/settings.hpp"
#include "rapport/playbook/signals.hpp"
#include "rapport/playbook/today.hpp"
#include "rapport/store/store.hpp"

namespace rapport::service {

struct PlaybookData {
  model::Workspace workspace;
  std::unique_ptr<playbook::LiveIndex> live;  // points into workspace: never moved apart
  playbook::Signals signals;
  playbook::Phrasebook words;
  std::vector<playbook::ThreadVerdict> verdicts;  // every thread judged, in workspace order
  std::unordered_map<model::ContactId, std::size_t> contact_index;  // into workspace.contacts

  const model::ContactSummary* contact(model::ContactId id) const;
};

// The fingerprint verdicts are cached under: the signal rules, the inbox thresholds
// judge_thread reads and the encoding.
std::string verdict_fingerprint(const playbook::Signals& signals, const playbook::InboxSettings& inbox);

// Ranking's cut-down read: messages before `dense_from` read sparsely (what rank_calls
// reads of them: store::SparseHistory with Signals' marks), verdicts as their heads
// (verdict_from_head: they rank, but carry no quotes).
struct RankingRead {
  model::Timestamp dense_from{};
};

// Reads the workspace for threads active at or after `since`: with texts (for the
// inbox, plans, contacts, reports), or marks only (for ranking; see WorkspaceQuery),
// then cut down further with `ranking`.
// `rules`: the organisation's own rule files (signals…, wording…) beside the built-in
// ones, here and below.
Result<std::unique_ptr<PlaybookData>> load_playbook_data(store::Store& store, model::Timestamp since, bool texts,
                                                         const playbook::InboxSettings& inbox,
                                                         std::optional<RankingRead> ranking = std::nullopt,
                                                         const analysis::RuleFiles& rules = {});

// After an import: computes the marks and verdicts of the threads active at or after
// `since` that the cache lacks, so that the next `today` reads only narrow rows.
Result<void> refresh_cache(store::Store& store, model::Timestamp since, const playbook::InboxSettings& inbox,
                           const analysis::RuleFiles& rules = {});

// Where the time of a `today` went, for benchmarks.
struct TodayTimings {
  double rank_read_ms = 0;  // marks, calls, contacts and cached verdicts
  double rank_ms = 0;
  double detail_ms = 0;  // the listed clients' threads read whole, ranked again with quotes
};

struct TodayResult {
  std::unique_ptr<PlaybookData> ranked;  // every client, without texts
  std::unique_ptr<PlaybookData> data;  // the listed clients' data, read whole
  playbook::TodayList list;  // points into `data` (and, for left_out without `explain`, `ranked`)
};

// Today's list as playbook::today gives it on the whole workspace, read in two steps:
// every client ranked from marks (no text), then the listed ones (and, with
// `explain`, those left out) read whole and ranked again, for the quotes, what to
// bring up and how to open. Without `explain`, the left-out entries carry no quotes.
Result<TodayResult> today_from_store(store::Store& store, const playbook::TodaySettings& settings,
                                     const playbook::InboxSettings& inbox, model::Timestamp now, bool explain,
                                     const analysis::RuleFiles& rules = {}, TodayTimings* timings = nullptr);

}  // namespace rapport::service
