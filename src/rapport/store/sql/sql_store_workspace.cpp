// SqlStore's playbook queries: the workspace the playbook judges, and `rapport log`.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "rapport/store/identity_rules.hpp"
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

}  // namespace

Result<model::Workspace> SqlStore::workspace(model::Timestamp since_time) {
  model::Workspace ws;
  auto contacts_read = contacts();
  if (!contacts_read) return contacts_read.take_error();
  ws.contacts = std::move(*contacts_read);

  auto tx = Transaction::begin(*db_, TransactionMode::read);
  if (!tx) return tx.take_error();
  const auto since = seconds(since_time);

  std::unordered_map<ConversationId, std::size_t> thread_index;
  RAPPORT_TRY(each_row(*db_, st::k_workspace_threads, since, [&](const Query& r) {
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
  RAPPORT_TRY(each_row(*db_, st::k_workspace_messages, since, [&](const Query& r) {
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
    message_index.emplace(m.row, std::pair{it->second, thread.messages.size()});
    thread.messages.push_back(std::move(m));
  }));
  auto message_at = [&](std::int64_t row) -> model::MessageRecord* {
    const auto it = message_index.find(row);
    if (it == message_index.end()) return nullptr;
    return &ws.threads[it->second.first].messages[it->second.second];
  };
  RAPPORT_TRY(each_row(*db_, st::k_workspace_message_tags, since, [&](const Query& r) {
    if (auto* m = message_at(r.integer(0))) m->tags.push_back(tag_at(r, 1));
  }));
  RAPPORT_TRY(each_row(*db_, st::k_workspace_parties, since, [&](const Query& r) {
    const auto it = message_index.find(r.integer(0));
    if (it != message_index.end()) add_contact(ws.threads[it->second.first].contacts, r.integer(1));
  }));
  RAPPORT_TRY(each_row(*db_, st::k_workspace_attachments, since, [&](const Query& r) {
    if (auto* m = message_at(r.integer(0))) m->attachments.push_back(r.text(1));
  }));

  RAPPORT_TRY(each_row(*db_, st::k_workspace_calls, [&](const Query& r) {
    model::CallRecord c;
    c.contact = r.integer(0);
    c.entry.when = timestamp(r.integer(1));
    c.entry.direction = direction_from(r.text_view(2));
    c.entry.duration_s = static_cast<std::uint32_t>(r.integer(3));
    c.entry.outcome = outcome_from(r.text_view(4));
    c.entry.note = r.text(5);
    c.entry.source.file = r.text(6);
    c.entry.source.position = r.text(7);
    if (const auto stance = r.optional_integer(8)) c.stance = static_cast<int>(*stance);
    c.entry.other.display_name = r.text(9);
    ws.calls.push_back(std::move(c));
  }));

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
  RAPPORT_TRY(each_row(*db_, st::k_workspace_speakers, [&](const Query& r) {
    if (const auto it = meeting_index.find(r.integer(0)); it != meeting_index.end())
      add_contact(ws.meetings[it->second].contacts, r.integer(1));
  }));
  RAPPORT_TRY(each_row(*db_, st::k_workspace_turn_tags, [&](const Query& r) {
    const auto it = meeting_index.find(r.integer(0));
    if (it == meeting_index.end()) return;
    auto& turns = ws.meetings[it->second].turns;
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
  }));
  return ws;
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
  RAPPORT_TRY(exec(*db_, st::k_activity_clear_one, contact));
  RAPPORT_TRY(exec(*db_, activity_fill_one(), contact));
  return tx->commit();
}

}  // namespace rapport::store::sql
