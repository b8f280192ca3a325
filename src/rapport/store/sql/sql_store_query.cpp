// SqlStore's contact and conversation queries. Contact summaries read the activity
// that finish_import() computed; timelines and conversations read the records.
#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "rapport/store/freemail_domains.hpp"
#include "rapport/store/identity_rules.hpp"
#include "rapport/store/sql/codes.hpp"
#include "rapport/store/sql/sql_store.hpp"
#include "rapport/store/sql/statements.hpp"
#include "rapport/util/id_table.hpp"

namespace rapport::store::sql {
namespace st = statements;
namespace {

// Adds one identity or activity row to the summary it belongs to.
void add_identity(ContactSummary& s, std::string_view kind, std::string value) {
  if (kind == "email") s.emails.push_back(std::move(value));
  else if (kind == "phone") s.phones.push_back(std::move(value));
}

void add_activity(ContactSummary& s, const Query& q) {
  ChannelActivity a;
  a.channel = channel_from(q.text_view(1));
  a.last = timestamp(q.integer(2));
  a.count = static_cast<std::uint64_t>(q.integer(3));
  s.channels.push_back(a);
  if (const auto live = q.optional_integer(4)) {
    if (!s.last_live || timestamp(*live) > *s.last_live) {
      s.last_live = timestamp(*live);
      s.last_live_channel = a.channel;
    }
  }
  if (!model::is_live(a.channel) && (!s.last_message || a.last > *s.last_message)) s.last_message = a.last;
}

void finish_summary(ContactSummary& s) {
  std::sort(s.channels.begin(), s.channels.end(), [](const ChannelActivity& a, const ChannelActivity& b) {
    if (a.last != b.last) return a.last > b.last;
    return a.channel < b.channel;
  });
}

ContactSummary summary_head(const Query& q) {
  ContactSummary s;
  s.id = q.integer(0);
  s.name = q.text(1);
  s.title = q.text(2);
  s.account = q.text(3);
  return s;
}

template <typename Fn>
Result<void> for_each_row(Query& q, Fn&& fn) {
  for (;;) {
    auto row = q.next();
    if (!row) return row.take_error();
    if (!*row) return {};
    fn(q);
  }
}

model::SourceRef source_ref(const Query& q, int file, int position, int offset = -1) {
  model::SourceRef ref;
  ref.file = q.text(file);
  ref.position = q.text(position);
  if (offset >= 0) ref.byte_offset = static_cast<std::uint64_t>(q.integer(offset));
  return ref;
}

model::Tag tag_of(const Query& q) {
  return {q.text(0), static_cast<std::uint32_t>(q.integer(1)), static_cast<std::uint32_t>(q.integer(2)), q.text(3)};
}

bool only_phone_characters(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == '+' || c == ' ' || c == '-' || c == '.' || c == '(' || c == ')';
  });
}

}  // namespace

Result<std::vector<ContactSummary>> SqlStore::contacts() {
  auto tx = Transaction::begin(*db_, TransactionMode::read);
  if (!tx) return tx.take_error();
  std::vector<ContactSummary> out;
  util::IdTable<std::size_t> index;
  {
    auto q = query(*db_, st::k_contacts_all);
    if (!q) return q.take_error();
    RAPPORT_TRY(for_each_row(*q, [&](const Query& r) {
      index[r.integer(0)] = out.size();
      out.push_back(summary_head(r));
    }));
  }
  {
    auto q = query(*db_, st::k_identities_all);
    if (!q) return q.take_error();
    RAPPORT_TRY(for_each_row(*q, [&](const Query& r) {
      if (const auto* at = index.find(r.integer(0))) add_identity(out[*at], r.text_view(1), r.text(2));
    }));
  }
  {
    auto q = query(*db_, st::k_activity_all);
    if (!q) return q.take_error();
    RAPPORT_TRY(for_each_row(*q, [&](const Query& r) {
      if (const auto* at = index.find(r.integer(0))) add_activity(out[*at], r);
    }));
  }
  for (auto& s : out) finish_summary(s);
  RAPPORT_TRY(classify(out));
  std::vector<std::pair<std::string, std::size_t>> order;
  order.reserve(out.size());
  for (std::size_t i = 0; i < out.size(); ++i) order.emplace_back(fold_case(out[i].name), i);
  std::sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    return out[a.second].id < out[b.second].id;
  });
  std::vector<ContactSummary> sorted;
  sorted.reserve(out.size());
  for (const auto& [key, i] : order) sorted.push_back(std::move(out[i]));
  return sorted;
}

Result<void> SqlStore::classify(std::vector<ContactSummary>& summaries) {
  std::unordered_set<std::string> owner_domains;
  {
    auto q = query(*db_, st::k_owner_list);
    if (!q) return q.take_error();
    RAPPORT_TRY(for_each_row(*q, [&](const Query& r) {
      if (r.text_view(0) != "email") return;
      const auto domain = email_domain(r.text_view(1));
      if (!domain.empty() && !is_freemail_domain(domain)) owner_domains.emplace(domain);
    }));
  }
  std::unordered_set<ContactId> sent_automatic;
  {
    auto q = query(*db_, st::k_contacts_with_automatic_mail);
    if (!q) return q.take_error();
    RAPPORT_TRY(for_each_row(*q, [&](const Query& r) { sent_automatic.insert(r.integer(0)); }));
  }
  for (auto& s : summaries) {
    const bool colleague = std::any_of(s.emails.begin(), s.emails.end(), [&](const std::string& e) {
      return owner_domains.contains(std::string(email_domain(e)));
    });
    if (colleague) s.kind = ContactKind::colleague;
    // Activity counts only mail that is not automatic, and calls and texts.
    else if (s.channels.empty() && sent_automatic.contains(s.id)) s.kind = ContactKind::automated;
  }
  return {};
}

Result<std::optional<ContactSummary>> SqlStore::summary_of(ContactId id) {
  std::optional<ContactSummary> s;
  {
    auto q = query(*db_, st::k_contact_one, id);
    if (!q) return q.take_error();
    auto row = q->next();
    if (!row) return row.take_error();
    if (!*row) return s;
    s = summary_head(*q);
  }
  {
    auto q = query(*db_, st::k_identities_one, id);
    if (!q) return q.take_error();
    RAPPORT_TRY(for_each_row(*q, [&](const Query& r) { add_identity(*s, r.text_view(1), r.text(2)); }));
  }
  {
    auto q = query(*db_, st::k_activity_one, id);
    if (!q) return q.take_error();
    RAPPORT_TRY(for_each_row(*q, [&](const Query& r) { add_activity(*s, r); }));
  }
  finish_summary(*s);
  std::vector<ContactSummary> one{std::move(*s)};
  RAPPORT_TRY(classify(one));
  return std::optional(std::move(one.front()));
}

Result<std::vector<ContactSummary>> SqlStore::find_contacts(const std::string& text) {
  const auto needle = normalise_name(text);
  std::vector<ContactSummary> out;
  if (needle.empty()) return out;
  auto tx = Transaction::begin(*db_, TransactionMode::read);
  if (!tx) return tx.take_error();
  std::vector<ContactId> ids;
  auto add_ids = [&](Query& q) {
    return for_each_row(q, [&](const Query& r) {
      const auto id = r.integer(0);
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    });
  };
  // A contact's number, as `rapport contacts` prints it.
  const bool digits_only = std::all_of(needle.begin(), needle.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (digits_only && needle.size() <= 12) {
    auto q = query(*db_, st::k_contact_exists, std::stoll(needle));
    if (!q) return q.take_error();
    RAPPORT_TRY(add_ids(*q));
  }
  if (needle.find('@') != std::string::npos) {
    auto q = query(*db_, st::k_find_by_email, normalise_email(needle));
    if (!q) return q.take_error();
    RAPPORT_TRY(add_ids(*q));
  }
  if (only_phone_characters(needle)) {
    if (const auto key = phone_key(needle); !key.empty()) {
      auto q = query(*db_, st::k_find_by_phone_key, key);
      if (!q) return q.take_error();
      RAPPORT_TRY(add_ids(*q));
    }
  }
  {
    // A part of the name, case-insensitively; compared here rather than with SQL's
    // LIKE, whose case rules differ between engines.
    const auto folded = fold_case(needle);
    std::vector<std::pair<std::string, ContactId>> by_name;
    auto q = query(*db_, st::k_contact_names);
    if (!q) return q.take_error();
    RAPPORT_TRY(for_each_row(*q, [&](const Query& r) {
      auto name = fold_case(r.text_view(1));
      if (name.find(folded) != std::string::npos) by_name.emplace_back(std::move(name), r.integer(0));
    }));
    std::sort(by_name.begin(), by_name.end());
    for (const auto& [name, id] : by_name)
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  for (const auto id : ids) {
    auto s = summary_of(id);
    if (!s) return s.take_error();
    if (*s) out.push_back(std::move(**s));
  }
  return out;
}

Result<std::vector<TimelineEntry>> SqlStore::timeline(ContactId contact) {
  auto tx = Transaction::begin(*db_, TransactionMode::read);
  if (!tx) return tx.take_error();
  struct Keyed {
    TimelineEntry entry;
    std::int64_t id;
  };
  std::vector<Keyed> items;
  {
    auto q = query(*db_, st::k_timeline_messages, contact, contact);
    if (!q) return q.take_error();
    RAPPORT_TRY(for_each_row(*q, [&](const Query& r) {
      TimelineEntry e;
      e.when = timestamp(r.integer(0));
      e.channel = channel_from(r.text_view(1));
      e.direction = direction_from(r.text_view(2));
      e.kind = TimelineKind::message;
      e.conversation = r.integer(3);
      e.summary = r.text(4);
      e.excerpt = excerpt(r.text_view(5));
      e.automatic = automatic_from(r.text_view(6));
      e.source = source_ref(r, 7, 8, 9);
      items.push_back({std::move(e), r.integer(10)});
    }));
  }
  {
    auto q = query(*db_, st::k_timeline_transcripts, contact);
    if (!q) return q.take_error();
    RAPPORT_TRY(for_each_row(*q, [&](const Query& r) {
      TimelineEntry e;
      e.when = timestamp(r.optional_integer(0).value_or(0));
      e.channel = channel_from(r.text_view(1));
      e.kind = TimelineKind::transcript;
      e.conversation = r.integer(2);
      e.summary = r.text(3);
      e.excerpt = excerpt(r.text_view(4));
      e.source = source_ref(r, 5, 6);
      items.push_back({std::move(e), r.integer(7)});
    }));
  }
  {
    auto q = query(*db_, st::k_timeline_calls, contact);
    if (!q) return q.take_error();
    RAPPORT_TRY(for_each_row(*q, [&](const Query& r) {
      TimelineEntry e;
      e.when = timestamp(r.integer(0));
      e.channel = model::Channel::phone;
      e.direction = direction_from(r.text_view(1));
      e.kind = TimelineKind::call;
      e.outcome = outcome_from(r.text_view(3));
      e.summary = std::string(model::to_string(e.outcome));
      if (const auto duration = r.integer(2); duration > 0)
        e.summary += ", " + std::to_string((duration + 59) / 60) + " min";
      e.excerpt = excerpt(r.text_view(4));
      e.source = source_ref(r, 5, 6);
      items.push_back({std::move(e), r.integer(7)});
    }));
  }
  std::sort(items.begin(), items.end(), [](const Keyed& a, const Keyed& b) {
    if (a.entry.when != b.entry.when) return a.entry.when < b.entry.when;
    if (a.entry.kind != b.entry.kind) return a.entry.kind < b.entry.kind;
    return a.id < b.id;
  });
  std::vector<TimelineEntry> out;
  out.reserve(items.size());
  for (auto& k : items) out.push_back(std::move(k.entry));
  return out;
}

Result<std::optional<Conversation>> SqlStore::conversation(ConversationId id) {
  auto tx = Transaction::begin(*db_, TransactionMode::read);
  if (!tx) return tx.take_error();
  std::optional<Conversation> out;
  {
    auto q = query(*db_, st::k_conversation_get, id);
    if (!q) return q.take_error();
    auto row = q->next();
    if (!row) return row.take_error();
    if (!*row) return out;
    out.emplace();
    out->id = id;
    out->channel = channel_from(q->text_view(0));
    out->subject = q->text(1);
    if (const auto started = q->optional_integer(2)) out->started = timestamp(*started);
  }
  auto owner = owner_in_transaction();
  if (!owner) return owner.take_error();
  std::unordered_set<std::string> owner_names, owner_values;
  for (const auto& o : *owner) {
    const auto n = normalise_identity(o);
    if (n.kind == model::IdentityKind::name) owner_names.insert(fold_case(n.value));
    else owner_values.insert(n.value);
  }

  // A call or meeting: its turns.
  std::optional<std::int64_t> transcript;
  std::optional<std::int64_t> started;
  {
    auto q = query(*db_, st::k_conversation_transcript, id);
    if (!q) return q.take_error();
    auto row = q->next();
    if (!row) return row.take_error();
    if (*row) {
      transcript = q->integer(0);
      started = q->optional_integer(1);
    }
  }
  if (transcript) {
    std::string file;
    {
      auto q = query(*db_, st::k_transcript_source, *transcript);
      if (!q) return q.take_error();
      auto row = q->next();
      if (!row) return row.take_error();
      if (*row) file = q->text(0);
    }
    {
      auto q = query(*db_, st::k_transcript_turns, *transcript);
      if (!q) return q.take_error();
      RAPPORT_TRY(for_each_row(*q, [&](const Query& r) {
        ConversationItem item;
        item.speaker = r.text(0);
        item.start_s = r.optional_real(1);
        item.end_s = r.optional_real(2);
        item.zones.new_text = r.text(3);
        item.source.file = file;
        item.source.position = r.text(4);
        const auto offset = static_cast<std::int64_t>(std::floor(item.start_s.value_or(0)));
        item.when = timestamp(started.value_or(0) + offset);
        if (!owner_names.empty())
          item.direction = owner_names.contains(fold_case(item.speaker)) ? model::Direction::outbound
                                                                         : model::Direction::inbound;
        out->items.push_back(std::move(item));
      }));
    }
    // Turns are numbered from 0 in the order they were read, as the items are.
    for (std::size_t seq = 0; seq < out->items.size(); ++seq) {
      auto q = query(*db_, st::k_utterance_tags, *transcript, static_cast<std::int64_t>(seq));
      if (!q) return q.take_error();
      RAPPORT_TRY(for_each_row(*q, [&](const Query& r) { out->items[seq].tags.push_back(tag_of(r)); }));
    }
    {
      auto q = query(*db_, st::k_transcript_speakers, *transcript);
      if (!q) return q.take_error();
      RAPPORT_TRY(for_each_row(*q, [&](const Query& r) {
        if (owner_names.contains(fold_case(r.text_view(0)))) return;
        out->participants.push_back(r.text_view(1).empty() ? r.text(0) : r.text(1));
      }));
    }
    return out;
  }

  // A thread of messages.
  std::unordered_map<std::int64_t, std::size_t> index;
  {
    auto q = query(*db_, st::k_conversation_messages, id);
    if (!q) return q.take_error();
    RAPPORT_TRY(for_each_row(*q, [&](const Query& r) {
      ConversationItem item;
      item.when = timestamp(r.integer(1));
      item.direction = direction_from(r.text_view(2));
      item.speaker = r.text_view(3).empty() ? r.text(4) : r.text(3);
      item.subject = r.text(5);
      item.message_id = r.text(6);
      item.zones.new_text = r.text(7);
      item.zones.quoted = r.text(8);
      item.zones.signature = r.text(9);
      item.zones.footer = r.text(10);
      item.automatic = automatic_from(r.text_view(11));
      item.source = source_ref(r, 12, 13, 14);
      index.emplace(r.integer(0), out->items.size());
      out->items.push_back(std::move(item));
    }));
  }
  for (const auto& [msg_id, item] : index) {
    auto q = query(*db_, st::k_message_tags, msg_id);
    if (!q) return q.take_error();
    RAPPORT_TRY(for_each_row(*q, [&](const Query& r) { out->items[item].tags.push_back(tag_of(r)); }));
  }
  {
    auto q = query(*db_, st::k_conversation_attachments, id);
    if (!q) return q.take_error();
    RAPPORT_TRY(for_each_row(*q, [&](const Query& r) {
      auto it = index.find(r.integer(0));
      if (it == index.end()) return;
      out->items[it->second].attachments.push_back(
          {r.text(1), r.text(2), static_cast<std::uint64_t>(r.integer(3))});
    }));
  }
  {
    auto q = query(*db_, st::k_conversation_people, id, id);
    if (!q) return q.take_error();
    RAPPORT_TRY(for_each_row(*q, [&](const Query& r) {
      if (owner_values.contains(r.text(2))) return;
      out->participants.push_back(r.text_view(3).empty() ? r.text(2) : r.text(3));
    }));
  }
  return out;
}

}  // namespace rapport::store::sql
