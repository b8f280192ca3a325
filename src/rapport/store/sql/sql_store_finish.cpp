// SqlStore::finish_import: everything that depends on the whole store rather than on
// one batch. One transaction; on a re-run over unchanged data it writes nothing
// (every update compares first), so conversation ids stay put.
#include <algorithm>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include "rapport/model/threading.hpp"
#include "rapport/store/freemail_domains.hpp"
#include "rapport/store/identity_rules.hpp"
#include "rapport/store/sql/codes.hpp"
#include "rapport/store/sql/sql_store.hpp"
#include "rapport/store/sql/statements.hpp"

namespace rapport::store::sql {
namespace st = statements;
namespace {

// Append-only storage for the header strings of a million messages: blocks that
// never move, so views into them stay valid, and no allocation per string.
class TextArena {
 public:
  std::string_view add(std::string_view text) {
    if (text.empty()) return {};
    if (text.size() > k_block / 4) {
      big_.push_back(std::make_unique<char[]>(text.size()));
      std::copy(text.begin(), text.end(), big_.back().get());
      return {big_.back().get(), text.size()};
    }
    if (blocks_.empty() || used_ + text.size() > k_block) {
      blocks_.push_back(std::make_unique<char[]>(k_block));
      used_ = 0;
    }
    char* out = blocks_.back().get() + used_;
    std::copy(text.begin(), text.end(), out);
    used_ += text.size();
    return {out, text.size()};
  }

 private:
  static constexpr std::size_t k_block = 1 << 20;
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::vector<std::unique_ptr<char[]>> big_;
  std::size_t used_ = 0;
};

struct ExistingConversation {
  std::int64_t id = 0;
  std::string subject;
  std::optional<std::int64_t> started, last;
  bool used = false;
};

using ConversationMap = std::unordered_map<std::string, ExistingConversation>;

Result<ConversationMap> load_message_conversations(Connection& db) {
  ConversationMap map;
  auto q = query(db, st::k_message_conversations);
  if (!q) return q.take_error();
  for (;;) {
    auto row = q->next();
    if (!row) return row.take_error();
    if (!*row) break;
    map.emplace(q->text(2), ExistingConversation{q->integer(0), q->text(3), q->optional_integer(4),
                                                 q->optional_integer(5)});
  }
  return map;
}

// The conversation for `key`, created or updated to the given subject and times.
Result<std::int64_t> settle_conversation(Connection& db, ConversationMap& existing, model::Channel channel,
                                         const std::string& key, std::string_view subject,
                                         std::optional<std::int64_t> started, std::optional<std::int64_t> last) {
  auto it = existing.find(key);
  if (it == existing.end()) {
    auto id = query_int(db, st::k_conversation_insert, model::to_string(channel), key, subject, started, last);
    if (!id) return id.take_error();
    if (!*id) return make_error("database " + db.name() + ": no id for a new conversation");
    existing.emplace(key, ExistingConversation{**id, std::string(subject), started, last, true});
    return **id;
  }
  auto& c = it->second;
  c.used = true;
  if (c.subject != subject || c.started != started || c.last != last) {
    RAPPORT_TRY(exec(db, st::k_conversation_update, subject, started, last, c.id));
  }
  return c.id;
}

// Points messages at their conversations, writing only the changes.
Result<void> assign(Connection& db, const std::vector<std::int64_t>& ids,
                    const std::vector<std::int64_t>& current, const std::vector<std::int64_t>& wanted) {
  for (std::size_t i = 0; i < ids.size(); ++i)
    if (current[i] != wanted[i]) RAPPORT_TRY(exec(db, st::k_message_set_conversation, wanted[i], ids[i]));
  return {};
}

Result<std::unordered_set<std::int64_t>> owner_identity_ids(Connection& db) {
  std::unordered_set<std::int64_t> ids;
  auto q = query(db, st::k_owner_identity_ids);
  if (!q) return q.take_error();
  for (;;) {
    auto row = q->next();
    if (!row) return row.take_error();
    if (!*row) break;
    ids.insert(q->integer(0));
  }
  return ids;
}

Result<void> detach_owner(Connection& db, const std::vector<model::Identity>& owner) {
  RAPPORT_TRY(exec(db, st::k_detach_owner_identities));
  for (const auto& id : owner) {
    if (id.kind == model::IdentityKind::name) {
      RAPPORT_TRY(exec(db, st::k_detach_owner_name, fold_case(normalise_name(id.value))));
    } else if (id.kind == model::IdentityKind::email) {
      // Colleagues at the owner's company are not a client account.
      const auto email = normalise_email(id.value);
      const auto domain = email_domain(email);
      if (!domain.empty() && !is_freemail_domain(domain)) RAPPORT_TRY(exec(db, st::k_unlink_domain_account, domain));
    }
  }
  RAPPORT_TRY(exec(db, st::k_delete_orphan_contacts));
  return exec(db, st::k_delete_orphan_accounts);
}

Result<void> thread_email(Connection& db, const std::unordered_set<std::int64_t>& owner_ids,
                          ConversationMap& conversations) {
  // Each Message-ID recurs in the References of every later message of its thread,
  // and each subject in every reply: each is kept once, not once per mention (for a
  // million synthetic messages, 0.5 GB at the peak of finish_import instead of 0.7).
  TextArena arena;
  std::unordered_set<std::string_view> interned;
  auto intern = [&](std::string_view text) -> std::string_view {
    if (text.empty()) return {};
    if (auto it = interned.find(text); it != interned.end()) return *it;
    const auto stored = arena.add(text);
    interned.insert(stored);
    return stored;
  };
  // The references of all messages, each message's contiguous and never moved, so
  // that the inputs can view them while later ones are read.
  std::vector<std::unique_ptr<std::string_view[]>> ref_blocks;
  constexpr std::size_t k_ref_block = 1 << 16;
  std::size_t ref_used = k_ref_block;
  std::vector<std::string_view> refs;  // one message's, reused
  std::vector<std::int64_t> ids, current, from;
  std::vector<model::ThreadInput> inputs;
  {
    auto q = query(db, st::k_email_headers);
    if (!q) return q.take_error();
    for (;;) {
      auto more = q->next();
      if (!more) return more.take_error();
      if (!*more) break;
      model::ThreadInput in;
      ids.push_back(q->integer(0));
      in.message_id = intern(q->text_view(1));
      in.in_reply_to = intern(q->text_view(2));
      const auto all = q->text_view(3);
      refs.clear();
      for (std::size_t p = 0; p < all.size();) {
        const auto space = std::min(all.find(' ', p), all.size());
        if (space > p) refs.push_back(intern(all.substr(p, space - p)));
        p = space + 1;
      }
      if (!refs.empty()) {
        if (ref_used + refs.size() > k_ref_block) {
          ref_blocks.push_back(std::make_unique<std::string_view[]>(std::max(k_ref_block, refs.size())));
          ref_used = 0;
        }
        auto* out = ref_blocks.back().get() + ref_used;
        std::copy(refs.begin(), refs.end(), out);
        ref_used += refs.size();
        in.references = std::span<const std::string_view>(out, refs.size());
      }
      in.subject = intern(q->text_view(4));
      if (q->integer(6) != 0) in.date = timestamp(q->integer(5));
      current.push_back(q->optional_integer(7).value_or(0));
      from.push_back(q->optional_integer(8).value_or(0));
      inputs.push_back(in);
    }
  }
  interned = {};
  if (ids.empty()) return {};
  // Participants other than the owner: the sender, then the recipients, merged in
  // message order (both queries are ordered by message id). Spans are set once the
  // vector has stopped growing.
  std::vector<std::uint64_t> people;
  std::vector<std::uint32_t> people_begin(ids.size() + 1);
  {
    auto q = query(db, st::k_email_parties);
    if (!q) return q.take_error();
    bool pending = false;
    std::int64_t party_msg = 0, party_identity = 0;
    auto fetch = [&]() -> Result<void> {
      auto more = q->next();
      if (!more) return more.take_error();
      pending = *more;
      if (pending) {
        party_msg = q->integer(0);
        party_identity = q->integer(1);
      }
      return {};
    };
    RAPPORT_TRY(fetch());
    for (std::size_t i = 0; i < ids.size(); ++i) {
      people_begin[i] = static_cast<std::uint32_t>(people.size());
      if (from[i] != 0 && !owner_ids.contains(from[i])) people.push_back(static_cast<std::uint64_t>(from[i]));
      while (pending && party_msg <= ids[i]) {
        if (party_msg == ids[i] && !owner_ids.contains(party_identity))
          people.push_back(static_cast<std::uint64_t>(party_identity));
        RAPPORT_TRY(fetch());
      }
    }
    people_begin[ids.size()] = static_cast<std::uint32_t>(people.size());
  }
  from = {};
  for (std::size_t i = 0; i < ids.size(); ++i)
    inputs[i].participants = std::span<const std::uint64_t>(people.data() + people_begin[i],
                                                            people_begin[i + 1] - people_begin[i]);
  const auto threads = model::thread_messages(inputs);

  // Each thread's span of dates.
  std::vector<std::optional<std::int64_t>> first(threads.threads.size()), last(threads.threads.size());
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (!inputs[i].date) continue;
    const auto t = threads.thread_of[i];
    const auto s = seconds(*inputs[i].date);
    if (!first[t] || s < *first[t]) first[t] = s;
    if (!last[t] || s > *last[t]) last[t] = s;
  }
  std::vector<std::int64_t> conversation_of_thread(threads.threads.size());
  for (std::size_t t = 0; t < threads.threads.size(); ++t) {
    const auto& thread = threads.threads[t];
    std::string key = "email:";
    if (!thread.root_id.empty()) {
      key += thread.root_id;
    } else {
      // No Message-ID at the root: the representative's content hash names the thread.
      auto q = query(db, st::k_message_hash, ids[thread.representative]);
      if (!q) return q.take_error();
      auto row = q->next();
      if (!row) return row.take_error();
      key += "hash:";
      if (*row) key += q->text_view(0);
    }
    auto id = settle_conversation(db, conversations, model::Channel::email, key,
                                  inputs[thread.representative].subject, first[t], last[t]);
    if (!id) return id.take_error();
    conversation_of_thread[t] = *id;
  }
  std::vector<std::int64_t> wanted(ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) wanted[i] = conversation_of_thread[threads.thread_of[i]];
  return assign(db, ids, current, wanted);
}

// Texts, chats and other non-email messages: one conversation per channel and set of
// other parties. From the owner: the recipients; to the owner: the sender.
Result<void> group_other_messages(Connection& db, const std::unordered_set<std::int64_t>& owner_ids,
                                  ConversationMap& conversations) {
  struct Row {
    std::int64_t id = 0;
    model::Channel channel = model::Channel::sms;
    model::Direction direction = model::Direction::unknown;
    std::int64_t from = 0;
    std::string from_value;
    std::string subject;
    std::optional<std::int64_t> date;
    std::int64_t current = 0;
    std::vector<std::string> recipients;  // other than the owner
  };
  std::vector<Row> rows;
  {
    auto q = query(db, st::k_other_headers);
    if (!q) return q.take_error();
    for (;;) {
      auto more = q->next();
      if (!more) return more.take_error();
      if (!*more) break;
      Row r;
      r.id = q->integer(0);
      r.channel = channel_from(q->text_view(1));
      r.direction = direction_from(q->text_view(2));
      r.from = q->optional_integer(3).value_or(0);
      r.from_value = q->text(4);
      r.subject = q->text(5);
      if (q->integer(7) != 0) r.date = q->integer(6);
      r.current = q->optional_integer(8).value_or(0);
      rows.push_back(std::move(r));
    }
  }
  if (rows.empty()) return {};
  {
    auto q = query(db, st::k_other_parties);
    if (!q) return q.take_error();
    std::size_t i = 0;
    for (;;) {
      auto more = q->next();
      if (!more) return more.take_error();
      if (!*more) break;
      const auto msg = q->integer(0);
      while (i < rows.size() && rows[i].id < msg) ++i;
      if (i == rows.size()) break;
      if (rows[i].id == msg && !owner_ids.contains(q->integer(1))) rows[i].recipients.push_back(q->text(2));
    }
  }
  struct Group {
    model::Channel channel;
    std::string subject;
    std::optional<std::int64_t> first, last;
  };
  std::unordered_map<std::string, Group> groups;
  std::vector<std::string> key_of(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    auto& r = rows[i];
    const bool from_owner = r.direction == model::Direction::outbound || (r.from != 0 && owner_ids.contains(r.from));
    std::vector<std::string> others;
    if (from_owner) {
      others = r.recipients;
    } else if (r.direction == model::Direction::inbound && r.from != 0) {
      others.push_back(r.from_value);
    } else {
      others = r.recipients;
      if (r.from != 0 && !owner_ids.contains(r.from)) others.push_back(r.from_value);
    }
    std::sort(others.begin(), others.end());
    others.erase(std::unique(others.begin(), others.end()), others.end());
    std::string key(model::to_string(r.channel));
    key.push_back(':');
    for (std::size_t k = 0; k < others.size(); ++k) {
      if (k > 0) key.push_back(',');
      key += others[k];
    }
    if (others.empty()) key += "unknown";
    auto& g = groups.try_emplace(key, Group{r.channel, {}, {}, {}}).first->second;
    if (r.date) {
      if (!g.first || *r.date < *g.first) {
        g.first = r.date;
        if (!r.subject.empty()) g.subject = r.subject;
      }
      if (!g.last || *r.date > *g.last) g.last = r.date;
    }
    if (g.subject.empty()) g.subject = r.subject;
    key_of[i] = std::move(key);
  }
  std::unordered_map<std::string, std::int64_t> ids_by_key;
  for (const auto& [key, g] : groups) {
    auto id = settle_conversation(db, conversations, g.channel, key, g.subject, g.first, g.last);
    if (!id) return id.take_error();
    ids_by_key.emplace(key, *id);
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto wanted = ids_by_key[key_of[i]];
    if (rows[i].current != wanted) RAPPORT_TRY(exec(db, st::k_message_set_conversation, wanted, rows[i].id));
  }
  return {};
}

Result<void> link_speakers(Connection& db, const std::vector<model::Identity>& owner) {
  SpeakerMatcher matcher;
  {
    auto q = query(db, st::k_contact_names);
    if (!q) return q.take_error();
    for (;;) {
      auto more = q->next();
      if (!more) return more.take_error();
      if (!*more) break;
      matcher.add(q->integer(0), q->text_view(1));
    }
  }
  std::unordered_set<std::string> owner_names;
  for (const auto& id : owner)
    if (id.kind == model::IdentityKind::name) owner_names.insert(fold_case(normalise_name(id.value)));
  struct Change {
    std::int64_t transcript;
    std::string name;
    std::optional<std::int64_t> contact;
  };
  std::vector<Change> changes;
  {
    auto q = query(db, st::k_speakers_all);
    if (!q) return q.take_error();
    for (;;) {
      auto more = q->next();
      if (!more) return more.take_error();
      if (!*more) break;
      const auto name = q->text(1);
      std::optional<std::int64_t> wanted;
      if (!owner_names.contains(fold_case(normalise_name(name)))) wanted = matcher.match(name);
      if (wanted != q->optional_integer(2)) changes.push_back({q->integer(0), name, wanted});
    }
  }
  for (const auto& c : changes) RAPPORT_TRY(exec(db, st::k_speaker_link, c.contact, c.transcript, c.name));
  return {};
}

}  // namespace

Result<void> SqlStore::finish_import() {
  auto tx = Transaction::begin(*db_, TransactionMode::write);
  if (!tx) return tx.take_error();
  auto owner = owner_in_transaction();
  if (!owner) return owner.take_error();
  RAPPORT_TRY(detach_owner(*db_, *owner));
  RAPPORT_TRY(exec(*db_, st::k_recompute_directions));
  auto owner_ids = owner_identity_ids(*db_);
  if (!owner_ids) return owner_ids.take_error();
  auto conversations = load_message_conversations(*db_);
  if (!conversations) return conversations.take_error();
  RAPPORT_TRY(thread_email(*db_, *owner_ids, *conversations));
  RAPPORT_TRY(group_other_messages(*db_, *owner_ids, *conversations));
  RAPPORT_TRY(exec(*db_, st::k_delete_empty_conversations));
  RAPPORT_TRY(link_speakers(*db_, *owner));
  RAPPORT_TRY(exec(*db_, st::k_activity_clear));
  RAPPORT_TRY(exec(*db_, st::k_activity_fill));
  // What the playbook derived from the threads and calls is rebuilt or recomputed.
  RAPPORT_TRY(exec(*db_, st::k_digest_clear));
  RAPPORT_TRY(exec(*db_, st::k_digest_fill));
  RAPPORT_TRY(exec(*db_, st::k_sparse_key_drop));
  RAPPORT_TRY(exec(*db_, st::k_conversation_digest_clear));
  RAPPORT_TRY(exec(*db_, st::k_conversation_digest_fill));
  RAPPORT_TRY(exec(*db_, st::k_call_digest_clear));
  RAPPORT_TRY(exec(*db_, st::k_call_digest_fill));
  RAPPORT_TRY(exec(*db_, st::k_verdicts_clear));
  return tx->commit();
}

}  // namespace rapport::store::sql
