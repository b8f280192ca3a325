// SqlStore's playbook queries: the workspace the playbook judges, and `rapport log`.
#include <algorithm>
#include <charconv>
#include <future>
#include <limits>
#include <system_error>
#include <unordered_map>
#include <unordered_set>

#include "rapport/store/identity_rules.hpp"
#include "rapport/util/id_table.hpp"
#include "rapport/store/sql/codes.hpp"
#include "rapport/store/sql/sql_store.hpp"
#include "rapport/store/sql/statements.hpp"

namespace rapport::store::sql {
namespace st = statements;
namespace {

// Calls `fn` on each row of a query that has just been run.
template <typename Fn>
Result<void> drain(Result<Query> q, Fn&& fn) {
  if (!q) return q.take_error();
  for (;;) {
    auto row = q->next();
    if (!row) return row.take_error();
    if (!*row) return {};
    fn(*q);
  }
}

template <typename Fn>
Result<void> each_row(Connection& db, std::string_view sql, std::int64_t since, Fn&& fn) {
  return drain(query(db, sql, since), std::forward<Fn>(fn));
}

template <typename Fn>
Result<void> each_row(Connection& db, std::string_view sql, Fn&& fn) {
  return drain(query(db, sql), std::forward<Fn>(fn));
}

void add_contact(std::vector<ContactId>& contacts, ContactId id) {
  if (std::find(contacts.begin(), contacts.end(), id) == contacts.end()) contacts.push_back(id);
}

model::Tag tag_at(const Query& q, int first) {
  return {q.text(first), static_cast<std::uint32_t>(q.integer(first + 1)),
          static_cast<std::uint32_t>(q.integer(first + 2)), q.text(first + 3)};
}

// The thread key of an email conversation is "email:<root Message-ID>".
std::string root_of(std::string_view thread_key) {
  constexpr std::string_view prefix = "email:";
  if (thread_key.substr(0, prefix.size()) == prefix) return std::string(thread_key.substr(prefix.size()));
  return {};
}

// The activity of one contact: the whole-store statement restricted to it, so that the
// two can never count differently.
const std::string& activity_fill_one() {
  static const std::string sql = [] {
    std::string s(st::k_activity_fill);
    const std::string_view marker = ") a GROUP BY";
    s.replace(s.rfind(marker), marker.size(), ") a WHERE contact_id = ? GROUP BY");
    return s;
  }();
  return sql;
}

// What cache_key 'sparse' holds: the marks and the bits next_human was computed from.
std::string sparse_key(std::string_view marks_fingerprint, std::uint32_t latest) {
  return std::string(marks_fingerprint) + "/latest:" + std::to_string(latest);
}

// A statement over a set of conversations (or transcripts): its placeholder replaced.
std::string over(std::string_view sql, std::string_view placeholder, std::string_view set) {
  std::string out(sql);
  out.replace(out.find(placeholder), placeholder.size(), set);
  return out;
}

}  // namespace

template <typename... Args>
Result<void> SqlStore::read_threads(model::Workspace& ws, std::string_view conversations,
                                    std::string_view marks_fingerprint, const Args&... args) {
  auto marks_valid = fingerprint_is("marks", marks_fingerprint);
  if (!marks_valid) return marks_valid.take_error();
  constexpr std::string_view set = "{conversations}";
  std::unordered_map<ConversationId, std::size_t> thread_index;
  RAPPORT_TRY(drain(query(*db_, over(st::k_workspace_threads, set, conversations), args...), [&](const Query& r) {
    model::ThreadRecord t;
    t.id = r.integer(0);
    t.channel = channel_from(r.text_view(1));
    t.subject = r.text(2);
    t.root_message_id = root_of(r.text_view(3));
    thread_index.emplace(t.id, ws.threads.size());
    ws.threads.push_back(std::move(t));
  }));

  // Where each message sits: (thread, position), to attach tags, parties and attachments.
  std::unordered_map<std::int64_t, std::pair<std::size_t, std::size_t>> message_index;
  RAPPORT_TRY(drain(query(*db_, over(st::k_workspace_messages, set, conversations), args...), [&](const Query& r) {
    const auto it = thread_index.find(r.integer(0));
    if (it == thread_index.end()) return;
    auto& thread = ws.threads[it->second];
    model::MessageRecord m;
    m.row = r.integer(1);
    m.message_id = r.text(2);
    m.when = timestamp(r.integer(3));
    m.channel = channel_from(r.text_view(4));
    m.direction = direction_from(r.text_view(5));
    if (const auto contact = r.optional_integer(6)) {
      m.from_contact = *contact;
      add_contact(thread.contacts, *contact);
    }
    m.from_name = r.text(7);
    m.subject = r.text(8);
    m.new_text = r.text(9);
    m.automatic = automatic_from(r.text_view(10));
    if (const auto marks = r.optional_integer(11); marks && *marks_valid) m.marks = static_cast<std::uint32_t>(*marks);
    message_index.emplace(m.row, std::pair{it->second, thread.messages.size()});
    thread.messages.push_back(std::move(m));
  }));
  auto message_at = [&](std::int64_t row) -> model::MessageRecord* {
    const auto it = message_index.find(row);
    if (it == message_index.end()) return nullptr;
    return &ws.threads[it->second.first].messages[it->second.second];
  };
  RAPPORT_TRY(drain(query(*db_, over(st::k_workspace_message_tags, set, conversations), args...), [&](const Query& r) {
    if (auto* m = message_at(r.integer(0))) m->tags.push_back(tag_at(r, 1));
  }));
  RAPPORT_TRY(drain(query(*db_, over(st::k_workspace_parties, set, conversations), args...), [&](const Query& r) {
    if (const auto it = message_index.find(r.integer(0)); it != message_index.end())
      add_contact(ws.threads[it->second.first].contacts, r.integer(1));
  }));
  return drain(query(*db_, over(st::k_workspace_attachments, set, conversations), args...), [&](const Query& r) {
    if (auto* m = message_at(r.integer(0))) m->attachments.push_back(r.text(1));
  });
}

Result<void> SqlStore::read_digest(model::Workspace& ws, const WorkspaceQuery& wanted) {
  auto marks_valid = fingerprint_is("marks", wanted.marks_fingerprint);
  if (!marks_valid) return marks_valid.take_error();
  RAPPORT_TRY(each_row(*db_, st::k_conversation_digest_since, seconds(wanted.since), [&](const Query& r) {
    auto& t = ws.threads.emplace_back();
    t.id = r.integer(0);
    t.channel = channel_from(r.text_view(1));
    const auto ids = r.text_view(2);
    for (std::size_t at = 0; at < ids.size();) {
      const auto end = std::min(ids.find(' ', at), ids.size());
      ContactId id = 0;
      std::from_chars(ids.data() + at, ids.data() + end, id);
      if (id != 0) add_contact(t.contacts, id);
      at = end + 1;
    }
  }));
  // Each message row finds its thread by id: a table over the id range (ids are
  // assigned in sequence) is several times faster here than hashing 100,000 lookups.
  // The same table puts the threads in id order without sorting 35,000 records.
  constexpr auto none = std::numeric_limits<std::uint32_t>::max();
  const auto [lowest, highest] = std::minmax_element(
      ws.threads.begin(), ws.threads.end(),
      [](const model::ThreadRecord& a, const model::ThreadRecord& b) { return a.id < b.id; });
  const ConversationId first_id = ws.threads.empty() ? 0 : lowest->id;
  std::vector<std::uint32_t> thread_at(ws.threads.empty() ? 0 : static_cast<std::size_t>(highest->id - first_id + 1), none);
  for (std::size_t i = 0; i < ws.threads.size(); ++i)
    thread_at[static_cast<std::size_t>(ws.threads[i].id - first_id)] = static_cast<std::uint32_t>(i);
  {
    std::vector<model::ThreadRecord> in_order;
    in_order.reserve(ws.threads.size());
    for (auto& at : thread_at) {
      if (at == none) continue;
      in_order.push_back(std::move(ws.threads[at]));
      at = static_cast<std::uint32_t>(in_order.size() - 1);
    }
    ws.threads = std::move(in_order);
  }
  auto thread_of = [&](ConversationId id) -> std::optional<std::size_t> {
    if (id < first_id || static_cast<std::size_t>(id - first_id) >= thread_at.size()) return std::nullopt;
    const auto i = thread_at[static_cast<std::size_t>(id - first_id)];
    if (i == none) return std::nullopt;
    return i;
  };

  // Narrow rows first, then each thread's messages built in place in one allocation: a
  // MessageRecord is big, and growing and moving 170,000 of them dominated this read.
  struct Row {
    std::size_t thread;
    std::int64_t row;
    model::Timestamp when;
    std::optional<ContactId> from;
    std::optional<std::uint32_t> marks;
    model::Channel channel;
    model::Direction direction;
    model::AutomaticKind automatic;
  };
  std::vector<Row> rows;
  auto row_of = [&](const Query& r) -> std::optional<Row> {
    const auto thread = thread_of(r.integer(0));
    if (!thread) return std::nullopt;
    Row row{*thread, r.integer(1), timestamp(r.integer(2)), std::nullopt, std::nullopt,
            channel_from(r.text_view(3)), direction_from(r.text_view(4)), automatic_from(r.text_view(5))};
    if (const auto marks = r.optional_integer(6); marks && *marks_valid) row.marks = static_cast<std::uint32_t>(*marks);
    if (const auto from = r.optional_integer(7)) row.from = *from;
    return row;
  };

  auto dense_from = wanted.since;
  if (wanted.sparse && *marks_valid && wanted.sparse->from > wanted.since) {
    dense_from = wanted.sparse->from;
    const auto& sparse = *wanted.sparse;
    // Each sender's latest inbound message of the kind asked for, and its time.
    util::IdTable<std::pair<model::Timestamp, std::vector<Row>>> latest;
    auto indexed = fingerprint_is("sparse", sparse_key(wanted.marks_fingerprint, sparse.latest));
    if (!indexed) return indexed.take_error();
    RAPPORT_TRY(drain(query(*db_, *indexed ? st::k_digest_older_indexed : st::k_digest_older, seconds(wanted.since), seconds(sparse.from),
                            static_cast<std::int64_t>(sparse.keep), static_cast<std::int64_t>(sparse.latest)),
                      [&](const Query& r) {
                        auto row = row_of(r);
                        if (!row) return;
                        if (!row->marks || (*row->marks & sparse.keep) != 0) rows.push_back(*row);
                        if (row->marks && row->from && row->direction == model::Direction::inbound &&
                            (*row->marks & sparse.latest) != 0) {
                          auto& [when, kept] = latest[*row->from];
                          if (row->when > when) kept.clear();
                          if (kept.empty() || row->when == when) {
                            when = row->when;
                            kept.push_back(*row);
                          }
                        }
                      }));
    // A kept message may also be its sender's latest; read once, in time order.
    latest.for_each([&](ContactId, const std::pair<model::Timestamp, std::vector<Row>>& found) {
      for (const auto& row : found.second)
        if ((*row.marks & sparse.keep) == 0) rows.push_back(row);
    });
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
      return a.when != b.when ? a.when < b.when : a.row < b.row;
    });
  }
  RAPPORT_TRY(each_row(*db_, st::k_digest_since, seconds(dense_from), [&](const Query& r) {
    if (auto row = row_of(r)) rows.push_back(*row);
  }));

  std::vector<std::size_t> counts(ws.threads.size(), 0);
  for (const auto& row : rows) ++counts[row.thread];
  for (std::size_t i = 0; i < ws.threads.size(); ++i) ws.threads[i].messages.reserve(counts[i]);
  for (const auto& row : rows) {
    auto& m = ws.threads[row.thread].messages.emplace_back();
    m.row = row.row;
    m.when = row.when;
    m.channel = row.channel;
    m.direction = row.direction;
    m.automatic = row.automatic;
    m.from_contact = row.from;
    m.marks = row.marks;
  }
  return {};
}

namespace {

// A call-log row of k_workspace_calls (its texts when it has them), and its row id.
model::CallRecord call_at(const Query& r, bool texts) {
  model::CallRecord c;
  c.contact = r.integer(0);
  c.entry.when = timestamp(r.integer(1));
  c.entry.direction = direction_from(r.text_view(2));
  c.entry.duration_s = static_cast<std::uint32_t>(r.integer(3));
  c.entry.outcome = outcome_from(r.text_view(4));
  if (const auto stance = r.optional_integer(5)) c.stance = static_cast<int>(*stance);
  if (texts) {
    c.entry.note = r.text(7);
    c.entry.source.file = r.text(8);
    c.entry.source.position = r.text(9);
    c.entry.other.display_name = r.text(10);
  }
  return c;
}

// In time order (ties in the order they were stored), as the playbook reads them.
std::vector<model::CallRecord> in_time_order(std::vector<model::CallRecord> calls, const std::vector<std::int64_t>& rows) {
  std::vector<std::size_t> order(calls.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (calls[a].entry.when != calls[b].entry.when) return calls[a].entry.when < calls[b].entry.when;
    return rows[a] < rows[b];
  });
  std::vector<model::CallRecord> sorted;
  sorted.reserve(order.size());
  for (const auto i : order) sorted.push_back(std::move(calls[i]));
  return sorted;
}

}  // namespace

Result<void> SqlStore::read_calls_and_meetings(model::Workspace& ws, bool texts) {
  std::vector<std::int64_t> call_rows;
  std::vector<model::CallRecord> calls;
  if (auto count = query_int(*db_, st::k_count_calls)) calls.reserve(static_cast<std::size_t>(count->value_or(0)));
  RAPPORT_TRY(each_row(*db_, texts ? st::k_workspace_calls : st::k_workspace_calls_narrow, [&](const Query& r) {
    calls.push_back(call_at(r, texts));
    if (texts) call_rows.push_back(r.integer(6));
  }));
  // The narrow read comes in time order already.
  ws.calls = texts ? in_time_order(std::move(calls), call_rows) : std::move(calls);

  std::unordered_map<std::int64_t, std::size_t> meeting_index;
  RAPPORT_TRY(each_row(*db_, st::k_workspace_transcripts, [&](const Query& r) {
    model::MeetingRecord m;
    m.id = r.integer(1);
    m.channel = channel_from(r.text_view(2));
    m.title = r.text(3);
    if (const auto started = r.optional_integer(4)) m.when = timestamp(*started);
    meeting_index.emplace(r.integer(0), ws.meetings.size());
    ws.meetings.push_back(std::move(m));
  }));
  return each_row(*db_, st::k_workspace_speakers, [&](const Query& r) {
    if (const auto it = meeting_index.find(r.integer(0)); it != meeting_index.end())
      add_contact(ws.meetings[it->second].contacts, r.integer(1));
  });
}

Result<bool> SqlStore::fingerprint_is(std::string_view kind, std::string_view fingerprint) {
  auto q = query(*db_, st::k_cache_key, kind);
  if (!q) return q.take_error();
  auto row = q->next();
  if (!row) return row.take_error();
  return *row && !fingerprint.empty() && q->text_view(0) == fingerprint;
}

Result<void> SqlStore::list_conversations(const std::vector<ConversationId>& ids) {
  RAPPORT_TRY(exec(*db_, st::k_listed_create));
  RAPPORT_TRY(exec(*db_, st::k_listed_clear));
  for (const auto id : ids) RAPPORT_TRY(exec(*db_, st::k_listed_add, id));
  return {};
}

Result<SqlStore*> SqlStore::second_reader() {
  if (!second_tried_) {
    second_tried_ = true;
    auto other = db_->open_another();
    if (!other) return other.take_error();
    if (*other) second_ = std::make_unique<SqlStore>(std::move(*other));
  }
  return second_.get();
}

Result<model::Workspace> SqlStore::workspace(const WorkspaceQuery& wanted) {
  model::Workspace ws;
  auto contacts_read = contacts();
  if (!contacts_read) return contacts_read.take_error();
  ws.contacts = std::move(*contacts_read);
  auto tx = Transaction::begin(*db_, TransactionMode::read);
  if (!tx) return tx.take_error();
  if (wanted.texts) {
    RAPPORT_TRY(read_threads(ws, st::k_active_conversations, wanted.marks_fingerprint, seconds(wanted.since)));
  } else {
    RAPPORT_TRY(read_digest(ws, wanted));
  }
  RAPPORT_TRY(read_calls_and_meetings(ws, wanted.texts));
  if (wanted.texts) RAPPORT_TRY(load_turns(ws.meetings));
  return ws;
}

Result<RankingRows> SqlStore::ranking_rows(const WorkspaceQuery& query, std::string_view verdict_fingerprint) {
  WorkspaceQuery narrow = query;
  narrow.texts = false;
  // The people (contacts, calls, meetings) and the verdicts' heads, read through `from`.
  auto read_people = [&narrow, verdict_fingerprint](SqlStore& from, RankingRows& into) -> Result<void> {
    auto contacts_read = from.contacts();
    if (!contacts_read) return contacts_read.take_error();
    into.workspace.contacts = std::move(*contacts_read);
    {
      auto tx = Transaction::begin(*from.db_, TransactionMode::read);
      if (!tx) return tx.take_error();
      RAPPORT_TRY(from.read_calls_and_meetings(into.workspace, false));
    }
    auto heads = from.cached_verdicts(verdict_fingerprint, narrow.since, false);
    if (!heads) return heads.take_error();
    into.verdict_heads = std::move(*heads);
    return {};
  };
  auto read_messages = [&](model::Workspace& into) -> Result<void> {
    auto tx = Transaction::begin(*db_, TransactionMode::read);
    if (!tx) return tx.take_error();
    return read_digest(into, narrow);
  };

  // This read is most of `today`'s wait on a large store. The digest is read here; the
  // people through the second connection on another core meanwhile (some 20 ms less on
  // a million messages). Each side reads in a transaction of its own, as contacts() and
  // the verdicts always did: an import landing between them shows whole at the next
  // read, and the playbook passes over what names a contact it was not given. Without
  // a second connection or a thread, both are read here, one after the other.
  RankingRows rows;
  std::future<Result<void>> people;
  if (auto second = second_reader(); second && *second) {
    try {
      people = std::async(std::launch::async, read_people, std::ref(**second), std::ref(rows));
    } catch (const std::system_error&) {  // no thread to be had
    }
  }
  if (!people.valid()) RAPPORT_TRY(read_people(*this, rows));
  model::Workspace messages;
  auto messages_read = read_messages(messages);
  if (people.valid()) RAPPORT_TRY(people.get());
  RAPPORT_TRY(messages_read);
  rows.workspace.threads = std::move(messages.threads);
  return rows;
}

Result<std::vector<model::ThreadRecord>> SqlStore::threads(const std::vector<ConversationId>& ids,
                                                           std::string_view marks_fingerprint) {
  model::Workspace ws;
  auto tx = Transaction::begin(*db_, TransactionMode::read);
  if (!tx) return tx.take_error();
  RAPPORT_TRY(list_conversations(ids));
  RAPPORT_TRY(read_threads(ws, st::k_listed_conversations, marks_fingerprint));
  return std::move(ws.threads);
}

Result<std::vector<model::CallRecord>> SqlStore::calls(const std::vector<ContactId>& contacts) {
  auto tx = Transaction::begin(*db_, TransactionMode::read);
  if (!tx) return tx.take_error();
  RAPPORT_TRY(exec(*db_, st::k_listed_contacts_create));
  RAPPORT_TRY(exec(*db_, st::k_listed_contacts_clear));
  for (const auto id : contacts) RAPPORT_TRY(exec(*db_, st::k_listed_contacts_add, id));
  std::vector<std::int64_t> rows;
  std::vector<model::CallRecord> found;
  RAPPORT_TRY(each_row(*db_, st::k_listed_contacts_calls, [&](const Query& r) {
    found.push_back(call_at(r, true));
    rows.push_back(r.integer(6));
  }));
  return in_time_order(std::move(found), rows);
}

Result<void> SqlStore::load_turns(std::vector<model::MeetingRecord>& meetings) {
  std::vector<ConversationId> ids;
  std::unordered_map<ConversationId, model::MeetingRecord*> by_conversation;
  for (auto& m : meetings) {
    ids.push_back(m.id);
    by_conversation.emplace(m.id, &m);
  }
  RAPPORT_TRY(list_conversations(ids));
  std::unordered_map<std::int64_t, model::MeetingRecord*> by_transcript;
  RAPPORT_TRY(each_row(*db_, st::k_listed_transcript_ids, [&](const Query& r) {
    if (const auto it = by_conversation.find(r.integer(1)); it != by_conversation.end())
      by_transcript.emplace(r.integer(0), it->second);
  }));
  return each_row(*db_, over(st::k_workspace_turn_tags, "{transcripts}", st::k_listed_transcripts),
                  [&](const Query& r) {
                    const auto it = by_transcript.find(r.integer(0));
                    if (it == by_transcript.end()) return;
                    auto& turns = it->second->turns;
                    const auto index = static_cast<std::size_t>(r.integer(1));
                    if (turns.empty() || turns.back().index != index) {
                      model::MeetingTurn t;
                      t.index = index;
                      t.speaker = r.text(2);
                      t.start_s = r.optional_real(3);
                      t.text = r.text(4);
                      turns.push_back(std::move(t));
                    }
                    turns.back().tags.push_back(tag_at(r, 5));
                  });
}

Result<void> SqlStore::set_marks(std::string_view fingerprint,
                                 const std::vector<std::pair<std::int64_t, std::uint32_t>>& marks) {
  auto tx = Transaction::begin(*db_, TransactionMode::write);
  if (!tx) return tx.take_error();
  auto same = fingerprint_is("marks", fingerprint);
  if (!same) return same.take_error();
  if (!*same) {
    RAPPORT_TRY(db_->execute_script(st::k_marks_clear));
    RAPPORT_TRY(exec(*db_, st::k_cache_key_set, std::string_view("marks"), fingerprint));
  }
  if (!marks.empty()) RAPPORT_TRY(exec(*db_, st::k_sparse_key_drop));
  for (const auto& [row, value] : marks) {
    const auto bits = static_cast<std::int64_t>(value);
    RAPPORT_TRY(exec(*db_, st::k_marks_set, row, bits));
    RAPPORT_TRY(exec(*db_, st::k_digest_marks_set, row, bits));
  }
  return tx->commit();
}

Result<void> SqlStore::index_sparse_history(std::string_view marks_fingerprint, std::uint32_t latest) {
  auto tx = Transaction::begin(*db_, TransactionMode::write);
  if (!tx) return tx.take_error();
  auto marks_current = fingerprint_is("marks", marks_fingerprint);
  if (!marks_current) return marks_current.take_error();
  if (!*marks_current) return {};
  const auto key = sparse_key(marks_fingerprint, latest);
  auto done = fingerprint_is("sparse", key);
  if (!done) return done.take_error();
  if (*done) return {};
  RAPPORT_TRY(exec(*db_, st::k_next_human_clear));
  RAPPORT_TRY(exec(*db_, st::k_next_human_fill, static_cast<std::int64_t>(latest)));
  RAPPORT_TRY(exec(*db_, st::k_cache_key_set, std::string_view("sparse"), key));
  return tx->commit();
}

namespace {

CachedVerdict cached_verdict_at(const Query& r) {
  CachedVerdict v;
  v.conversation = r.integer(0);
  v.body = r.text(1);
  if (!r.is_null(2)) v.kind = r.text(2);
  v.at = timestamp(r.integer(3));
  v.pinned = r.integer(4) != 0;
  v.contact = r.optional_integer(5).value_or(0);
  v.reply_owed = r.integer(6) != 0;
  if (const auto first = r.optional_integer(7)) {
    v.first_at = timestamp(*first);
    v.first_channel = channel_from(r.text_view(8));
    v.first_conversation = r.optional_integer(9).value_or(0);
  }
  return v;
}

}  // namespace

Result<std::vector<CachedVerdict>> SqlStore::cached_verdicts(std::string_view fingerprint, model::Timestamp since,
                                                             bool bodies) {
  return read_verdicts(fingerprint, [&](auto add) -> Result<void> {
    if (bodies) return drain(query(*db_, st::k_verdicts_since, seconds(since)), add);
    return each_row(*db_, st::k_verdict_heads, add);
  });
}

Result<std::vector<CachedVerdict>> SqlStore::cached_verdicts(std::string_view fingerprint,
                                                             const std::vector<ConversationId>& ids) {
  return read_verdicts(fingerprint, [&](auto add) -> Result<void> {
    RAPPORT_TRY(list_conversations(ids));
    return each_row(*db_, st::k_verdicts_listed, add);
  });
}

template <typename Read>
Result<std::vector<CachedVerdict>> SqlStore::read_verdicts(std::string_view fingerprint, Read&& read) {
  std::vector<CachedVerdict> out;
  auto tx = Transaction::begin(*db_, TransactionMode::read);
  if (!tx) return tx.take_error();
  auto same = fingerprint_is("verdicts", fingerprint);
  if (!same) return same.take_error();
  if (!*same) return out;
  RAPPORT_TRY(read([&](const Query& r) { out.push_back(cached_verdict_at(r)); }));
  return out;
}

Result<void> SqlStore::cache_verdicts(std::string_view fingerprint, const std::vector<CachedVerdict>& verdicts) {
  auto tx = Transaction::begin(*db_, TransactionMode::write);
  if (!tx) return tx.take_error();
  auto same = fingerprint_is("verdicts", fingerprint);
  if (!same) return same.take_error();
  if (!*same) {
    RAPPORT_TRY(exec(*db_, st::k_verdicts_clear));
    RAPPORT_TRY(exec(*db_, st::k_cache_key_set, std::string_view("verdicts"), fingerprint));
  }
  for (const auto& v : verdicts) {
    std::optional<std::int64_t> contact, first_at, first_conversation;
    std::optional<std::string_view> first_channel;
    if (v.contact != 0) contact = v.contact;
    if (v.first_at) {
      first_at = seconds(*v.first_at);
      first_channel = model::to_string(v.first_channel);
      first_conversation = v.first_conversation;
    }
    RAPPORT_TRY(exec(*db_, st::k_verdict_put, v.conversation, v.kind, seconds(v.at), v.pinned, contact, v.reply_owed,
                     first_at, first_channel, first_conversation));
    RAPPORT_TRY(exec(*db_, st::k_verdict_body_put, v.conversation, v.body));
  }
  return tx->commit();
}

Result<void> SqlStore::log_call(ContactId contact, const model::CallLogEntry& call, std::optional<int> stance) {
  auto tx = Transaction::begin(*db_, TransactionMode::write);
  if (!tx) return tx.take_error();
  std::optional<std::int64_t> identity;
  std::string key = "name:" + fold_case(normalise_name(call.other.display_name));
  {
    auto q = query(*db_, st::k_contact_log_identity, contact);
    if (!q) return q.take_error();
    auto row = q->next();
    if (!row) return row.take_error();
    if (!*row) return make_error("contact " + std::to_string(contact) + " has no phone number or email to log a call against");
    identity = q->integer(0);
    key = party_key({identity_kind_from(q->text_view(1)), q->text(2)});
  }
  const auto direction = model::to_string(call.direction);
  auto known = query_int(*db_, st::k_call_find, seconds(call.when), key, direction);
  if (!known) return known.take_error();
  if (*known) return {};
  std::optional<std::int64_t> stance_value;
  if (stance) stance_value = *stance;
  RAPPORT_TRY(exec(*db_, st::k_call_insert_logged, identity, key, normalise_name(call.other.display_name),
                   seconds(call.when), direction, call.duration_s, model::to_string(call.outcome), call.note,
                   call.source.file, call.source.position, stance_value));
  RAPPORT_TRY(exec(*db_, st::k_call_digest_add_logged, seconds(call.when), key, direction));
  RAPPORT_TRY(exec(*db_, st::k_verdicts_clear_contact, contact));
  RAPPORT_TRY(exec(*db_, st::k_activity_clear_one, contact));
  RAPPORT_TRY(exec(*db_, activity_fill_one(), contact));
  return tx->commit();
}

Result<std::vector<StoredText>> SqlStore::message_texts(std::int64_t after_row, std::size_t limit) {
  std::vector<StoredText> out;
  auto tx = Transaction::begin(*db_, TransactionMode::read);
  if (!tx) return tx.take_error();
  RAPPORT_TRY(drain(query(*db_, st::k_message_texts, after_row, static_cast<std::int64_t>(limit)), [&](const Query& r) {
    StoredText t;
    t.row = r.integer(0);
    t.channel = channel_from(r.text_view(1));
    t.direction = direction_from(r.text_view(2));
    t.automatic = automatic_from(r.text_view(3));
    t.subject = r.text(4);
    t.new_text = r.text(5);
    t.from = {identity_kind_from(r.text_view(6)), r.text(7)};
    out.push_back(std::move(t));
  }));
  return out;
}

Result<void> SqlStore::replace_message_tags(const std::vector<std::pair<std::int64_t, std::vector<model::Tag>>>& tags) {
  auto tx = Transaction::begin(*db_, TransactionMode::write);
  if (!tx) return tx.take_error();
  if (!tags.empty()) RAPPORT_TRY(exec(*db_, st::k_sparse_key_drop));
  for (const auto& [row, list] : tags) {
    RAPPORT_TRY(exec(*db_, st::k_message_tags_delete, row));
    for (const auto& t : list) RAPPORT_TRY(exec(*db_, st::k_message_tag_insert, row, t.name, t.begin, t.end, t.detail));
    RAPPORT_TRY(exec(*db_, st::k_message_marks_forget, row));
    RAPPORT_TRY(exec(*db_, st::k_digest_marks_forget, row));
  }
  RAPPORT_TRY(exec(*db_, st::k_verdicts_clear));
  return tx->commit();
}

Result<std::vector<std::pair<std::int64_t, model::Transcript>>> SqlStore::transcripts_after(std::int64_t after_id,
                                                                                         std::size_t limit) {
  std::vector<std::pair<std::int64_t, model::Transcript>> out;
  auto tx = Transaction::begin(*db_, TransactionMode::read);
  if (!tx) return tx.take_error();
  RAPPORT_TRY(drain(query(*db_, st::k_transcripts_after, after_id, static_cast<std::int64_t>(limit)), [&](const Query& r) {
    model::Transcript t;
    t.title = r.text(1);
    t.channel = channel_from(r.text_view(2));
    if (const auto started = r.optional_integer(3)) t.started_at = timestamp(*started);
    out.emplace_back(r.integer(0), std::move(t));
  }));
  for (auto& [id, t] : out) {
    RAPPORT_TRY(each_row(*db_, st::k_transcript_turns, id, [&](const Query& r) {
      model::Utterance u;
      u.speaker = r.text(0);
      u.start_s = r.optional_real(1);
      u.end_s = r.optional_real(2);
      u.text = r.text(3);
      if (!u.speaker.empty() && std::find(t.speakers.begin(), t.speakers.end(), u.speaker) == t.speakers.end())
        t.speakers.push_back(u.speaker);
      t.turns.push_back(std::move(u));
    }));
  }
  return out;
}

Result<void> SqlStore::replace_turn_tags(std::int64_t transcript, const std::vector<std::vector<model::Tag>>& tags) {
  auto tx = Transaction::begin(*db_, TransactionMode::write);
  if (!tx) return tx.take_error();
  RAPPORT_TRY(exec(*db_, st::k_utterance_tags_delete, transcript));
  for (std::size_t seq = 0; seq < tags.size(); ++seq)
    for (const auto& t : tags[seq])
      RAPPORT_TRY(exec(*db_, st::k_utterance_tag_insert, transcript, static_cast<std::int64_t>(seq), t.name, t.begin,
                       t.end, t.detail));
  RAPPORT_TRY(exec(*db_, st::k_verdicts_clear));
  return tx->commit();
}

}  // namespace rapport::store::sql
