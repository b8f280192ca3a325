// SqlStore::write: one batch, one transaction. The rules are listed in sql_store.hpp.
#include <algorithm>
#include <chrono>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "rapport/store/freemail_domains.hpp"
#include "rapport/store/identity_rules.hpp"
#include "rapport/store/sql/codes.hpp"
#include "rapport/store/sql/sql_store.hpp"
#include "rapport/store/sql/statements.hpp"

namespace rapport::store::sql {
namespace st = statements;
namespace {

using model::IdentityKind;

// How a contact's name was learnt, weakest first; a stronger source replaces a weaker.
enum class NameSource : std::uint8_t { address, display, record };

std::string_view to_string(NameSource s) {
  switch (s) {
    case NameSource::address: return "address";
    case NameSource::display: return "display";
    case NameSource::record: return "record";
  }
  return "address";
}

NameSource name_source_from(std::string_view s) {
  if (s == "record") return NameSource::record;
  if (s == "display") return NameSource::display;
  return NameSource::address;
}

std::string identity_key(const model::Identity& stored) {
  std::string key(model::to_string(stored.kind));
  key.push_back('\x1f');
  key += stored.value;
  return key;
}

// A display name worth naming a contact by: not empty, not the address again.
std::string clean_display_name(std::string_view display, std::string_view value) {
  auto name = normalise_name(display);
  while (name.size() >= 2 && (name.front() == '"' || name.front() == '\'') && name.back() == name.front())
    name = normalise_name(std::string_view(name).substr(1, name.size() - 2));
  if (name.find('@') != std::string::npos || fold_case(name) == fold_case(value)) return {};
  return name;
}

std::optional<std::string> optional_text(std::string_view s) {
  if (s.empty()) return std::nullopt;
  return std::string(s);
}

struct IdentityRef {
  std::int64_t id = 0;
  std::optional<std::int64_t> contact;
  NameSource name_source = NameSource::address;
};

struct ContactRow {
  std::string name;
  NameSource name_source = NameSource::address;
  std::optional<std::int64_t> account;
  std::string account_source;  // "", "domain", "record"
  std::string title;
  std::string notes;

  friend bool operator==(const ContactRow&, const ContactRow&) = default;
};

class Writer {
 public:
  explicit Writer(Connection& db)
      : db_(db),
        now_(std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
                 .count()) {}

  Result<void> load_owner();
  Result<void> message(const model::Message& m);
  Result<void> transcript(const model::Transcript& t);
  Result<void> contact(const model::ContactRecord& r);
  Result<void> call(const model::CallLogEntry& c);

  ImportCounts counts;

 private:
  bool is_owner(const model::Identity& stored) const { return owner_keys_.contains(identity_key(stored)); }
  bool is_company_domain(std::string_view domain) const {
    return !domain.empty() && !is_freemail_domain(domain) && !owner_domains_.contains(std::string(domain));
  }

  Result<std::optional<IdentityRef>> find_identity(const model::Identity& stored);
  Result<std::int64_t> insert_identity(std::optional<std::int64_t> contact, const model::Identity& stored);
  Result<std::optional<IdentityRef>> resolve(const model::Party& party);
  Result<std::optional<IdentityRef>> resolve_name(const model::Party& party);
  Result<std::int64_t> create_contact(const ContactRow& row);
  Result<std::optional<std::int64_t>> contact_by_phone_key(const std::string& phone);
  Result<ContactRow> load_contact(std::int64_t id);
  Result<void> save_contact(std::int64_t id, const ContactRow& row);
  Result<void> merge_contacts(std::int64_t target, std::int64_t other);
  Result<void> rename_from_display(IdentityRef& ref, const std::string& name);

  Result<void> load_accounts();
  Result<std::optional<std::int64_t>> account_for_domain(std::string_view domain);
  Result<std::int64_t> account_for_company(const std::string& company, const std::vector<std::string>& domains);
  Result<void> load_names();

  Connection& db_;
  std::int64_t now_;
  std::unordered_set<std::string> owner_keys_;
  std::unordered_set<std::string> owner_domains_;
  std::unordered_map<std::string, IdentityRef> identities_;  // by identity_key, this batch

  bool accounts_loaded_ = false;
  std::unordered_map<std::string, std::int64_t> account_by_domain_;
  std::unordered_map<std::string, std::int64_t> account_by_name_;  // folded name
  std::unordered_map<std::int64_t, std::string> account_names_;

  bool names_loaded_ = false;
  std::unordered_map<std::string, std::int64_t> contact_by_name_;  // folded; -1 when several
};

Result<void> Writer::load_owner() {
  auto q = query(db_, st::k_owner_list);
  if (!q) return q.take_error();
  for (;;) {
    auto row = q->next();
    if (!row) return row.take_error();
    if (!*row) break;
    const auto id = comparable_identity({identity_kind_from(q->text_view(0)), q->text(1)});
    owner_keys_.insert(identity_key(id));
    if (id.kind == IdentityKind::email) {
      const auto domain = email_domain(id.value);
      if (!domain.empty() && !is_freemail_domain(domain)) owner_domains_.emplace(domain);
    }
  }
  return {};
}

Result<std::optional<IdentityRef>> Writer::find_identity(const model::Identity& stored) {
  const auto key = identity_key(stored);
  if (auto it = identities_.find(key); it != identities_.end()) return std::optional(it->second);
  auto q = query(db_, st::k_identity_find, model::to_string(stored.kind), stored.value);
  if (!q) return q.take_error();
  auto row = q->next();
  if (!row) return row.take_error();
  if (!*row) return std::optional<IdentityRef>{};
  IdentityRef ref{q->integer(0), q->optional_integer(1), name_source_from(q->text_view(2))};
  identities_.emplace(key, ref);
  return std::optional(ref);
}

Result<std::int64_t> Writer::insert_identity(std::optional<std::int64_t> contact, const model::Identity& stored) {
  std::optional<std::string> key;
  if (stored.kind == IdentityKind::phone) key = optional_text(phone_key(stored.value));
  auto id = query_int(db_, st::k_identity_insert, contact, model::to_string(stored.kind), stored.value, key);
  if (!id) return id.take_error();
  if (!*id) return make_error("database " + db_.name() + ": no id for a new identity");
  return **id;
}

Result<void> Writer::rename_from_display(IdentityRef& ref, const std::string& name) {
  if (!ref.contact || ref.name_source != NameSource::address || name.empty()) return {};
  RAPPORT_TRY(exec(db_, st::k_contact_rename_from_display, name, *ref.contact));
  ref.name_source = NameSource::display;
  for (auto& [key, other] : identities_)
    if (other.contact == ref.contact) other.name_source = NameSource::display;
  if (names_loaded_) contact_by_name_.try_emplace(fold_case(name), *ref.contact);
  return {};
}

Result<std::optional<IdentityRef>> Writer::resolve(const model::Party& party) {
  if (party.id.kind == IdentityKind::name) return resolve_name(party);
  const auto stored = comparable_identity(party.id);
  if (stored.value.empty()) return std::optional<IdentityRef>{};
  const auto display = clean_display_name(party.display_name, stored.value);
  auto found = find_identity(stored);
  if (!found) return found.take_error();
  if (*found) {
    auto& cached = identities_[identity_key(stored)];
    RAPPORT_TRY(rename_from_display(cached, display));
    return std::optional(cached);
  }
  IdentityRef ref;
  if (!is_owner(stored) && stored.kind == IdentityKind::phone) {
    auto same_number = contact_by_phone_key(stored.value);
    if (!same_number) return same_number.take_error();
    ref.contact = *same_number;
  }
  if (!is_owner(stored) && !ref.contact) {
    ContactRow row;
    row.name = display.empty() ? stored.value : display;
    row.name_source = display.empty() ? NameSource::address : NameSource::display;
    if (stored.kind == IdentityKind::email) {
      auto account = account_for_domain(email_domain(stored.value));
      if (!account) return account.take_error();
      if (*account) {
        row.account = *account;
        row.account_source = "domain";
      }
    }
    auto contact = create_contact(row);
    if (!contact) return contact.take_error();
    ref.contact = *contact;
    ref.name_source = row.name_source;
  }
  auto id = insert_identity(ref.contact, stored);
  if (!id) return id.take_error();
  ref.id = *id;
  identities_.emplace(identity_key(stored), ref);
  return std::optional(ref);
}

// A party known only by name (a call log without numbers): the name identity, else
// the one contact with that name, else a new contact.
Result<std::optional<IdentityRef>> Writer::resolve_name(const model::Party& party) {
  const auto name = normalise_name(party.id.value.empty() ? party.display_name : party.id.value);
  const auto stored = comparable_identity({IdentityKind::name, name});
  if (stored.value.empty()) return std::optional<IdentityRef>{};
  auto found = find_identity(stored);
  if (!found) return found.take_error();
  if (*found) return *found;
  IdentityRef ref;
  if (!is_owner(stored)) {
    RAPPORT_TRY(load_names());
    if (auto it = contact_by_name_.find(stored.value); it != contact_by_name_.end() && it->second >= 0) {
      ref.contact = it->second;
    } else {
      ContactRow row;
      row.name = name;
      row.name_source = NameSource::display;
      auto contact = create_contact(row);
      if (!contact) return contact.take_error();
      ref.contact = *contact;
    }
  }
  auto id = insert_identity(ref.contact, stored);
  if (!id) return id.take_error();
  ref.id = *id;
  identities_.emplace(identity_key(stored), ref);
  return std::optional(ref);
}

// A number written without its country code in a file whose region is not the
// number's own ("(602) 555-0147" in a British call log) normalises differently from
// the same number written in full; its last nine digits still name it. Only a
// unique match counts.
Result<std::optional<std::int64_t>> Writer::contact_by_phone_key(const std::string& phone) {
  const auto key = phone_key(phone);
  if (key.empty()) return std::optional<std::int64_t>{};
  auto q = query(db_, st::k_find_by_phone_key, key);
  if (!q) return q.take_error();
  std::optional<std::int64_t> found;
  for (;;) {
    auto row = q->next();
    if (!row) return row.take_error();
    if (!*row) break;
    if (found) return std::optional<std::int64_t>{};  // several people share it: don't guess
    found = q->integer(0);
  }
  return found;
}

Result<std::int64_t> Writer::create_contact(const ContactRow& row) {
  auto id = query_int(db_, st::k_contact_insert, row.name, to_string(row.name_source), row.account,
                      optional_text(row.account_source), row.title, row.notes, now_);
  if (!id) return id.take_error();
  if (!*id) return make_error("database " + db_.name() + ": no id for a new contact");
  if (names_loaded_ && !row.name.empty()) {
    auto [it, inserted] = contact_by_name_.try_emplace(fold_case(row.name), **id);
    if (!inserted && it->second != **id) it->second = -1;
  }
  return **id;
}

Result<ContactRow> Writer::load_contact(std::int64_t id) {
  auto q = query(db_, st::k_contact_get, id);
  if (!q) return q.take_error();
  auto row = q->next();
  if (!row) return row.take_error();
  if (!*row) return make_error("database " + db_.name() + ": contact " + std::to_string(id) + " vanished");
  ContactRow c;
  c.name = q->text(0);
  c.name_source = name_source_from(q->text_view(1));
  c.account = q->optional_integer(2);
  c.account_source = q->text(3);
  c.title = q->text(4);
  c.notes = q->text(5);
  return c;
}

Result<void> Writer::save_contact(std::int64_t id, const ContactRow& row) {
  return exec(db_, st::k_contact_update, row.name, to_string(row.name_source), row.account,
              optional_text(row.account_source), row.title, row.notes, id);
}

// Moves everything of `other` to `target` and deletes `other`. Messages and calls
// follow their identities; transcript speakers are linked to contacts directly.
Result<void> Writer::merge_contacts(std::int64_t target, std::int64_t other) {
  auto t = load_contact(target);
  if (!t) return t.take_error();
  auto o = load_contact(other);
  if (!o) return o.take_error();
  ContactRow merged = *t;
  if (o->name_source > t->name_source && !o->name.empty()) {
    merged.name = o->name;
    merged.name_source = o->name_source;
  }
  if (!t->account || (t->account_source == "domain" && o->account_source == "record")) {
    merged.account = o->account;
    merged.account_source = o->account_source;
  }
  if (merged.title.empty()) merged.title = o->title;
  if (merged.notes.empty()) merged.notes = o->notes;
  RAPPORT_TRY(exec(db_, st::k_identity_move, target, other));
  RAPPORT_TRY(exec(db_, st::k_speaker_move, target, other));
  RAPPORT_TRY(exec(db_, st::k_contact_delete, other));
  RAPPORT_TRY(save_contact(target, merged));
  identities_.clear();  // entries may name `other`
  names_loaded_ = false;
  contact_by_name_.clear();
  return {};
}

Result<void> Writer::load_accounts() {
  if (accounts_loaded_) return {};
  auto q = query(db_, st::k_account_list);
  if (!q) return q.take_error();
  for (;;) {
    auto row = q->next();
    if (!row) return row.take_error();
    if (!*row) break;
    const auto id = q->integer(0);
    account_names_[id] = q->text(1);
    account_by_name_.try_emplace(fold_case(q->text_view(1)), id);
    if (!q->is_null(2)) account_by_domain_.emplace(q->text(2), id);
  }
  accounts_loaded_ = true;
  return {};
}

Result<std::optional<std::int64_t>> Writer::account_for_domain(std::string_view domain) {
  if (!is_company_domain(domain)) return std::optional<std::int64_t>{};
  RAPPORT_TRY(load_accounts());
  const std::string d(domain);
  if (auto it = account_by_domain_.find(d); it != account_by_domain_.end()) return std::optional(it->second);
  auto id = query_int(db_, st::k_account_insert, d, d);
  if (!id) return id.take_error();
  if (!*id) return make_error("database " + db_.name() + ": no id for a new account");
  account_by_domain_.emplace(d, **id);
  account_by_name_.try_emplace(fold_case(d), **id);
  account_names_[**id] = d;
  return *id;
}

// The account a record's company names: one of that name; else the account derived
// from the record's company domain, still named after the domain, renamed; else new.
Result<std::int64_t> Writer::account_for_company(const std::string& company, const std::vector<std::string>& domains) {
  RAPPORT_TRY(load_accounts());
  const auto folded = fold_case(company);
  if (auto it = account_by_name_.find(folded); it != account_by_name_.end()) return it->second;
  for (const auto& d : domains) {
    auto it = account_by_domain_.find(d);
    if (it == account_by_domain_.end() || account_names_[it->second] != d) continue;
    RAPPORT_TRY(exec(db_, st::k_account_rename, company, it->second));
    account_names_[it->second] = company;
    account_by_name_[folded] = it->second;
    return it->second;
  }
  std::optional<std::string> domain;
  for (const auto& d : domains) {
    if (!account_by_domain_.contains(d)) {
      domain = d;
      break;
    }
  }
  auto id = query_int(db_, st::k_account_insert, company, domain);
  if (!id) return id.take_error();
  if (!*id) return make_error("database " + db_.name() + ": no id for a new account");
  account_names_[**id] = company;
  account_by_name_[folded] = **id;
  if (domain) account_by_domain_.emplace(*domain, **id);
  return **id;
}

Result<void> Writer::load_names() {
  if (names_loaded_) return {};
  auto q = query(db_, st::k_contact_names);
  if (!q) return q.take_error();
  for (;;) {
    auto row = q->next();
    if (!row) return row.take_error();
    if (!*row) break;
    auto [it, inserted] = contact_by_name_.try_emplace(fold_case(normalise_name(q->text_view(1))), q->integer(0));
    if (!inserted && it->second != q->integer(0)) it->second = -1;
  }
  names_loaded_ = true;
  return {};
}

// --- records --------------------------------------------------------------------

Result<void> Writer::message(const model::Message& m) {
  const std::string hash = !m.content_hash.empty()
                               ? m.content_hash
                               : fallback_hash({model::to_string(m.channel), m.from.id.value,
                                                std::to_string(seconds(m.date)), m.subject, m.body});
  const auto message_id = normalise_name(m.message_id);
  if (!message_id.empty()) {
    auto known = query_int(db_, st::k_message_by_id, message_id);
    if (!known) return known.take_error();
    if (*known) {
      ++counts.already_known;
      return {};
    }
  }
  auto known = query_int(db_, st::k_message_by_hash, hash);
  if (!known) return known.take_error();
  if (*known) {
    ++counts.already_known;
    return {};
  }

  auto from = resolve(m.from);
  if (!from) return from.take_error();
  auto direction = m.direction;
  const bool direction_known = direction != model::Direction::unknown;
  if (!direction_known && !owner_keys_.empty() && *from) {
    direction = is_owner(comparable_identity(m.from.id)) ? model::Direction::outbound : model::Direction::inbound;
  }
  std::string refs;
  for (const auto& r : m.references) {
    const auto id = normalise_name(r);
    if (id.empty()) continue;
    if (!refs.empty()) refs.push_back(' ');
    refs += id;
  }
  std::optional<std::int64_t> from_id;
  if (*from) from_id = (*from)->id;
  auto id = query_int(db_, st::k_message_insert, model::to_string(m.channel), model::to_string(direction),
                      direction_known, optional_text(message_id), hash, from_id,
                      normalise_name(m.from.display_name), seconds(m.date), m.has_date, m.subject,
                      model::to_string(m.automatic), m.folder, normalise_name(m.in_reply_to), refs,
                      m.source.file, m.source.position, m.source.byte_offset);
  if (!id) return id.take_error();
  if (!*id) return make_error("database " + db_.name() + ": no id for a new message");
  RAPPORT_TRY(exec(db_, st::k_body_insert, **id, m.zones.new_text, m.zones.quoted, m.zones.signature,
                   m.zones.footer));

  for (const auto* parties : {&m.to, &m.cc}) {
    const std::string_view role = parties == &m.to ? "to" : "cc";
    for (const auto& party : *parties) {
      auto ref = resolve(party);
      if (!ref) return ref.take_error();
      if (!*ref) continue;
      RAPPORT_TRY(exec(db_, st::k_party_insert, **id, (*ref)->id, role, normalise_name(party.display_name)));
    }
  }
  std::int64_t seq = 0;
  for (const auto& a : m.attachments)
    RAPPORT_TRY(exec(db_, st::k_attachment_insert, **id, seq++, a.filename, a.mime_type, a.size));
  for (const auto& tag : m.tags)
    RAPPORT_TRY(exec(db_, st::k_message_tag_insert, **id, tag.name, std::int64_t{tag.begin}, std::int64_t{tag.end},
                     tag.detail));
  ++counts.imported;
  return {};
}

Result<void> Writer::transcript(const model::Transcript& t) {
  std::string hash = t.content_hash;
  if (hash.empty()) {
    std::string all;
    for (const auto& turn : t.turns) all += turn.speaker + '\x1f' + turn.text + '\x1e';
    hash = fallback_hash({t.title, t.source.file, all});
  }
  auto known = query_int(db_, st::k_transcript_by_hash, hash);
  if (!known) return known.take_error();
  if (*known) {
    ++counts.already_known;
    return {};
  }
  std::optional<std::int64_t> started, last;
  if (t.started_at) {
    started = seconds(*t.started_at);
    double end = 0;
    for (const auto& turn : t.turns) end = std::max({end, turn.end_s.value_or(0), turn.start_s.value_or(0)});
    last = *started + static_cast<std::int64_t>(end);
  }
  auto conversation = query_int(db_, st::k_conversation_upsert, model::to_string(t.channel), "transcript:" + hash,
                                t.title, started, last);
  if (!conversation) return conversation.take_error();
  if (!*conversation) return make_error("database " + db_.name() + ": no id for a new conversation");
  auto id = query_int(db_, st::k_transcript_insert, **conversation, hash, t.title, model::to_string(t.channel),
                      started, t.source.file, t.source.position);
  if (!id) return id.take_error();
  if (!*id) return make_error("database " + db_.name() + ": no id for a new transcript");
  std::int64_t seq = 0;
  for (const auto& turn : t.turns) {
    RAPPORT_TRY(exec(db_, st::k_utterance_insert, **id, seq, normalise_name(turn.speaker), turn.start_s,
                     turn.end_s, turn.text, turn.source.position));
    for (const auto& tag : turn.tags)
      RAPPORT_TRY(exec(db_, st::k_utterance_tag_insert, **id, seq, tag.name, std::int64_t{tag.begin},
                       std::int64_t{tag.end}, tag.detail));
    ++seq;
  }
  // Speakers in order of appearance: the reader's list, then any turn's speaker it missed.
  std::vector<std::string> speakers;
  auto add = [&](std::string_view s) {
    auto name = normalise_name(s);
    if (!name.empty() && std::find(speakers.begin(), speakers.end(), name) == speakers.end())
      speakers.push_back(std::move(name));
  };
  for (const auto& s : t.speakers) add(s);
  for (const auto& turn : t.turns) add(turn.speaker);
  for (std::size_t i = 0; i < speakers.size(); ++i)
    RAPPORT_TRY(exec(db_, st::k_speaker_insert, **id, speakers[i], i));
  ++counts.imported;
  return {};
}

Result<void> Writer::contact(const model::ContactRecord& r) {
  std::vector<model::Identity> ids;
  bool had_any = false;
  auto add = [&](IdentityKind kind, const std::string& value) {
    auto stored = comparable_identity({kind, value});
    if (stored.value.empty()) return;
    had_any = true;
    if (is_owner(stored)) return;  // the owner's own card, or a shared line: not a client's
    if (std::find(ids.begin(), ids.end(), stored) == ids.end()) ids.push_back(std::move(stored));
  };
  for (const auto& e : r.emails) add(IdentityKind::email, e);
  for (const auto& p : r.phones) add(IdentityKind::phone, p);
  const auto name = normalise_name(r.name);
  if (ids.empty()) {
    if (had_any || name.empty()) {
      ++counts.already_known;
      return {};
    }
    ids.push_back(comparable_identity({IdentityKind::name, name}));
  }

  std::set<std::int64_t> contacts;
  std::vector<const model::Identity*> missing;
  for (const auto& id : ids) {
    auto found = find_identity(id);
    if (!found) return found.take_error();
    if (!*found) missing.push_back(&id);
    else if ((*found)->contact) contacts.insert(*(*found)->contact);
  }
  // A call log or transcript that named this person before the address book arrived
  // left a contact known by name alone; the record with the same name absorbs it.
  if (!name.empty() && ids.front().kind != IdentityKind::name) {
    auto by_name = find_identity(comparable_identity({IdentityKind::name, name}));
    if (!by_name) return by_name.take_error();
    if (*by_name && (*by_name)->contact) contacts.insert(*(*by_name)->contact);
  }
  if (contacts.empty() && ids.front().kind == IdentityKind::name) {
    RAPPORT_TRY(load_names());
    if (auto it = contact_by_name_.find(ids.front().value); it != contact_by_name_.end() && it->second >= 0)
      contacts.insert(it->second);
  }

  bool changed = false;
  std::int64_t target = 0;
  std::vector<std::string> domains;
  for (const auto& id : ids) {
    if (id.kind != IdentityKind::email) continue;
    const std::string d(email_domain(id.value));
    if (is_company_domain(d) && std::find(domains.begin(), domains.end(), d) == domains.end()) domains.push_back(d);
  }
  if (contacts.empty()) {
    ContactRow row;
    row.name = !name.empty() ? name : ids.front().value;
    row.name_source = !name.empty() ? NameSource::record : NameSource::address;
    if (!domains.empty()) {
      auto account = account_for_domain(domains.front());
      if (!account) return account.take_error();
      if (*account) {
        row.account = *account;
        row.account_source = "domain";
      }
    }
    auto created = create_contact(row);
    if (!created) return created.take_error();
    target = *created;
    changed = true;
  } else {
    target = *contacts.begin();
    for (auto it = std::next(contacts.begin()); it != contacts.end(); ++it) {
      RAPPORT_TRY(merge_contacts(target, *it));
      changed = true;
    }
  }
  for (const auto* id : missing) {
    auto inserted = insert_identity(target, *id);
    if (!inserted) return inserted.take_error();
    identities_.emplace(identity_key(*id), IdentityRef{*inserted, target, NameSource::record});
    changed = true;
  }

  auto before = load_contact(target);
  if (!before) return before.take_error();
  ContactRow after = *before;
  if (!name.empty()) {
    after.name = name;
    after.name_source = NameSource::record;
  }
  if (!r.title.empty()) after.title = normalise_name(r.title);
  if (!r.notes.empty()) after.notes = r.notes;
  if (const auto company = normalise_name(r.company); !company.empty()) {
    auto account = account_for_company(company, domains);
    if (!account) return account.take_error();
    after.account = *account;
    after.account_source = "record";
  }
  if (!(after == *before)) {
    RAPPORT_TRY(save_contact(target, after));
    for (auto& [key, ref] : identities_)
      if (ref.contact == target) ref.name_source = after.name_source;
    if (after.name != before->name) {
      names_loaded_ = false;
      contact_by_name_.clear();
    }
    changed = true;
  }
  if (changed) ++counts.imported;
  else ++counts.already_known;
  return {};
}

Result<void> Writer::call(const model::CallLogEntry& c) {
  const auto key = party_key(c.other.id);
  const auto direction = model::to_string(c.direction);
  auto known = query_int(db_, st::k_call_find, seconds(c.when), key, direction);
  if (!known) return known.take_error();
  if (*known) {
    ++counts.already_known;
    return {};
  }
  auto ref = resolve(c.other);
  if (!ref) return ref.take_error();
  std::optional<std::int64_t> identity;
  if (*ref) identity = (*ref)->id;
  std::string party_name = normalise_name(c.other.display_name);
  if (party_name.empty() && c.other.id.kind == IdentityKind::name) party_name = normalise_name(c.other.id.value);
  RAPPORT_TRY(exec(db_, st::k_call_insert, identity, key, party_name, seconds(c.when), direction, c.duration_s,
                   model::to_string(c.outcome), c.note, c.source.file, c.source.position));
  ++counts.imported;
  return {};
}

}  // namespace

Result<ImportCounts> SqlStore::write(const ImportBatch& batch) {
  auto tx = Transaction::begin(*db_, TransactionMode::write);
  if (!tx) return tx.take_error();
  Writer writer(*db_);
  RAPPORT_TRY(writer.load_owner());
  // Contact records first, so that the people of this batch's messages and calls are
  // found under the names and companies the records give.
  for (const auto& r : batch.contacts) RAPPORT_TRY(writer.contact(r));
  for (const auto& m : batch.messages) RAPPORT_TRY(writer.message(m));
  for (const auto& t : batch.transcripts) RAPPORT_TRY(writer.transcript(t));
  for (const auto& c : batch.calls) RAPPORT_TRY(writer.call(c));
  RAPPORT_TRY(tx->commit());
  return writer.counts;
}

}  // namespace rapport::store::sql
