#include "rapport/service/playbook_data.hpp"

#include <algorithm>
#include <chrono>
#include <unordered_set>

#include <fmt/format.h>

#include "rapport/service/verdict_codec.hpp"
#include "rapport/util/id_table.hpp"

namespace rapport::service {
namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

model::Timestamp days_before(model::Timestamp now, double days) {
  return now - std::chrono::seconds(static_cast<std::int64_t>(days * 86400));
}

// How far back rank_calls reads every message; beyond, only what long_memory_marks
// and the latest message from each client give (Signals).
double dense_days(const playbook::TodaySettings& s) {
  return std::max({s.call_request_days, s.decision_memory_days, s.away_days, s.meeting_memory_days,
                   s.recent_live_days, s.awaited_reply_days, s.promised_answer_days});
}

// Messages read without text whose marks the cache lacks get them from their thread
// read whole; messages that say someone has left get their text, which ranking reads
// to see whom they name. Marks computed here are written back.
Result<void> complete_messages(store::Store& store, PlaybookData& data) {
  auto& ws = data.workspace;
  std::vector<model::ConversationId> ids;  // in id order, as the threads are
  for (const auto& t : ws.threads)
    if (std::any_of(t.messages.begin(), t.messages.end(), [&](const model::MessageRecord& m) {
          return !m.marks || data.signals.find(playbook::Signal::departed, m);
        }))
      ids.push_back(t.id);
  if (ids.empty()) return {};
  auto whole = store.threads(ids, data.signals.fingerprint());
  if (!whole) return whole.take_error();
  std::unordered_map<std::int64_t, const model::MessageRecord*> by_row;
  for (const auto& t : *whole)
    for (const auto& m : t.messages) by_row.emplace(m.row, &m);
  std::vector<std::pair<std::int64_t, std::uint32_t>> computed;
  for (auto& t : ws.threads)
    for (auto& m : t.messages) {
      const auto it = by_row.find(m.row);
      if (it == by_row.end()) continue;
      if (!m.marks) {
        m.marks = it->second->marks ? *it->second->marks : data.signals.compute_marks(*it->second);
        computed.emplace_back(m.row, *m.marks);
      }
      if (data.signals.find(playbook::Signal::departed, m)) {
        m.new_text = it->second->new_text;
        m.subject = it->second->subject;
      }
    }
  // The cache is an optimisation: a store that cannot be written to (read-only, busy)
  // still answers, the slow way.
  if (!computed.empty()) (void)store.set_marks(data.signals.fingerprint(), computed);
  return {};
}

// Marks of messages read with their text are computed in place.
void mark_in_place(store::Store& store, PlaybookData& data) {
  std::vector<std::pair<std::int64_t, std::uint32_t>> computed;
  for (auto& t : data.workspace.threads)
    for (auto& m : t.messages)
      if (!m.marks) {
        m.marks = data.signals.compute_marks(m);
        computed.emplace_back(m.row, *m.marks);
      }
  if (!computed.empty()) (void)store.set_marks(data.signals.fingerprint(), computed);
}

// Every thread's verdict: from `cached` (whole, or for ranking its head only), else
// judged (on the thread read whole) and written back.
Result<void> judge_threads(store::Store& store, PlaybookData& data, const std::vector<store::CachedVerdict>& cached,
                           bool texts, const playbook::InboxSettings& inbox, bool heads) {
  const auto fingerprint = verdict_fingerprint(data.signals, inbox);
  util::IdTable<const store::CachedVerdict*> by_thread;
  for (const auto& c : cached) by_thread[c.conversation] = &c;

  auto& threads = data.workspace.threads;
  data.verdicts.resize(threads.size());
  std::vector<std::size_t> missing;
  for (std::size_t i = 0; i < threads.size(); ++i) {
    const auto* const* found = by_thread.find(threads[i].id);
    if (heads && found && !(*found)->kind) {  // nothing to do: nothing to build
      data.verdicts[i].thread = &threads[i];
      continue;
    }
    auto read = !found ? make_error("not cached")
                : heads ? verdict_from_head(**found, threads[i])
                        : decode_verdict((*found)->body, threads[i]);
    if (read) data.verdicts[i] = std::move(*read);
    else missing.push_back(i);
  }
  if (missing.empty()) return {};

  std::vector<store::CachedVerdict> fresh;
  auto judge = [&](std::size_t i, const model::ThreadRecord& whole) {
    auto v = playbook::judge_thread(whole, *data.live, data.signals, inbox);
    v.thread = &threads[i];
    fresh.push_back(cached_verdict(v, threads[i].id));
    data.verdicts[i] = std::move(v);
  };
  if (texts) {
    for (const auto i : missing) judge(i, threads[i]);
  } else {
    std::vector<model::ConversationId> ids;
    for (const auto i : missing) ids.push_back(threads[i].id);
    auto whole = store.threads(ids, data.signals.fingerprint());
    if (!whole) return whole.take_error();
    std::unordered_map<model::ConversationId, const model::ThreadRecord*> by_id;
    for (const auto& t : *whole) by_id.emplace(t.id, &t);
    for (const auto i : missing)
      if (const auto it = by_id.find(threads[i].id); it != by_id.end()) judge(i, *it->second);
      else data.verdicts[i].thread = &threads[i];
  }
  (void)store.cache_verdicts(fingerprint, fresh);
  return {};
}

// The whole verdicts of `data`'s threads, which were read whole: from the cache, else
// (a store that cannot be written to) judged here.
Result<std::vector<playbook::ThreadVerdict>> whole_verdicts(store::Store& store, const PlaybookData& data,
                                                            const playbook::InboxSettings& inbox) {
  const auto& threads = data.workspace.threads;
  std::vector<model::ConversationId> ids;
  for (const auto& t : threads) ids.push_back(t.id);
  auto cached = store.cached_verdicts(verdict_fingerprint(data.signals, inbox), ids);
  if (!cached) return cached.take_error();
  std::unordered_map<model::ConversationId, const store::CachedVerdict*> by_thread;
  for (const auto& c : *cached) by_thread.emplace(c.conversation, &c);
  std::vector<playbook::ThreadVerdict> out(threads.size());
  for (std::size_t i = 0; i < threads.size(); ++i) {
    const auto it = by_thread.find(threads[i].id);
    auto read = it == by_thread.end() ? make_error("not cached") : decode_verdict(it->second->body, threads[i]);
    if (read) out[i] = std::move(*read);
    else out[i] = playbook::judge_thread(threads[i], *data.live, data.signals, inbox);
  }
  return out;
}

std::unique_ptr<PlaybookData> make_data(model::Workspace workspace, playbook::Signals signals, playbook::Phrasebook words) {
  auto data = std::make_unique<PlaybookData>(
      PlaybookData{std::move(workspace), nullptr, std::move(signals), std::move(words), {}, {}});
  data->live = std::make_unique<playbook::LiveIndex>(data->workspace);
  for (std::size_t i = 0; i < data->workspace.contacts.size(); ++i)
    data->contact_index.emplace(data->workspace.contacts[i].id, i);
  return data;
}

}  // namespace

std::string verdict_fingerprint(const playbook::Signals& signals, const playbook::InboxSettings& inbox) {
  return fmt::format("{}-codec{}-long{}-chasers{}", signals.fingerprint(), k_verdict_codec_version,
                     inbox.long_reply_words, inbox.email_only_chasers);
}

const model::ContactSummary* PlaybookData::contact(model::ContactId id) const {
  const auto it = contact_index.find(id);
  return it == contact_index.end() ? nullptr : &workspace.contacts[it->second];
}

Result<std::unique_ptr<PlaybookData>> load_playbook_data(store::Store& store, model::Timestamp since, bool texts,
                                                         const playbook::InboxSettings& inbox,
                                                         std::optional<RankingRead> ranking,
                                                         const analysis::RuleFiles& rules) {
  auto signals = playbook::Signals::create(rules);
  if (!signals) return signals.take_error();
  auto words = playbook::Phrasebook::create(rules);
  if (!words) return words.take_error();
  store::WorkspaceQuery query{since, texts, signals->fingerprint(), std::nullopt};
  const auto fingerprint = verdict_fingerprint(*signals, inbox);
  model::Workspace workspace;
  std::vector<store::CachedVerdict> cached;
  if (ranking && !texts) {
    query.sparse = store::SparseHistory{ranking->dense_from, playbook::Signals::long_memory_marks(),
                                        playbook::Signals::human_marks()};
    auto rows = store.ranking_rows(query, fingerprint);
    if (!rows) return rows.take_error();
    workspace = std::move(rows->workspace);
    cached = std::move(rows->verdict_heads);
  } else {
    auto read = store.workspace(query);
    if (!read) return read.take_error();
    workspace = std::move(*read);
    auto verdicts = store.cached_verdicts(fingerprint, since, true);
    if (!verdicts) return verdicts.take_error();
    cached = std::move(*verdicts);
  }
  auto data = make_data(std::move(workspace), std::move(*signals), std::move(*words));
  if (texts) mark_in_place(store, *data);
  else RAPPORT_TRY(complete_messages(store, *data));
  RAPPORT_TRY(judge_threads(store, *data, cached, texts, inbox, ranking.has_value()));
  return data;
}

Result<void> refresh_cache(store::Store& store, model::Timestamp since, const playbook::InboxSettings& inbox,
                           const analysis::RuleFiles& rules) {
  auto data = load_playbook_data(store, since, false, inbox, std::nullopt, rules);
  if (!data) return data.take_error();
  // The marks are complete now: what the sparse read needs of them can be indexed.
  return store.index_sparse_history((*data)->signals.fingerprint(), playbook::Signals::human_marks());
}

Result<TodayResult> today_from_store(store::Store& store, const playbook::TodaySettings& settings,
                                     const playbook::InboxSettings& inbox, model::Timestamp now, bool explain,
                                     const analysis::RuleFiles& rules, TodayTimings* timings) {
  TodayTimings local;
  auto& time = timings ? *timings : local;
  auto t0 = Clock::now();
  const auto since = days_before(now, settings.lookback_days);
  auto ranked =
      load_playbook_data(store, since, false, inbox, RankingRead{days_before(now, dense_days(settings) + 1)}, rules);
  if (!ranked) return ranked.take_error();
  time.rank_read_ms = ms_since(t0);

  t0 = Clock::now();
  const auto& first = **ranked;
  auto rank = playbook::rank_calls(first.workspace, *first.live, first.verdicts, first.signals, settings, now);
  time.rank_ms = ms_since(t0);

  // The listed clients (and those left out, to explain them), read whole.
  t0 = Clock::now();
  std::unordered_set<model::ContactId> chosen;
  for (std::size_t i = 0; i < rank.calls.size() && i < settings.list_size; ++i) chosen.insert(rank.calls[i].contact->id);
  if (explain)
    for (const auto& l : rank.left_out) chosen.insert(l.contact->id);
  auto involves = [&](const std::vector<model::ContactId>& contacts) {
    return std::any_of(contacts.begin(), contacts.end(), [&](model::ContactId c) { return chosen.contains(c); });
  };
  model::Workspace detail;
  for (const auto& c : first.workspace.contacts)
    if (chosen.contains(c.id)) detail.contacts.push_back(c);
  std::vector<model::ConversationId> ids;
  for (const auto& t : first.workspace.threads) {
    // A message saying someone has left may sit in a thread they are not part of.
    const bool departure = std::any_of(t.messages.begin(), t.messages.end(), [&](const model::MessageRecord& m) {
      return first.signals.find(playbook::Signal::departed, m).has_value();
    });
    if (!involves(t.contacts) && !departure) continue;
    ids.push_back(t.id);
  }
  auto threads = store.threads(ids, first.signals.fingerprint());
  if (!threads) return threads.take_error();
  detail.threads = std::move(*threads);
  auto calls = store.calls({chosen.begin(), chosen.end()});
  if (!calls) return calls.take_error();
  detail.calls = std::move(*calls);
  for (const auto& m : first.workspace.meetings)
    if (involves(m.contacts)) detail.meetings.push_back(m);
  RAPPORT_TRY(store.load_turns(detail.meetings));
  auto signals = playbook::Signals::create(rules);
  if (!signals) return signals.take_error();
  auto data = make_data(std::move(detail), std::move(*signals), first.words);
  auto verdicts = whole_verdicts(store, *data, inbox);
  if (!verdicts) return verdicts.take_error();
  data->verdicts = std::move(*verdicts);
  auto list = playbook::today(data->workspace, *data->live, data->verdicts, data->signals, data->words, settings, now);
  time.detail_ms = ms_since(t0);
  // Without `explain` they are counted, not shown: the first ranking's, without quotes.
  if (!explain) list.left_out = std::move(rank.left_out);
  return TodayResult{std::move(*ranked), std::move(data), std::move(list)};
}

}  // namespace rapport::service
