// SqlStore: the owner, counts and the queries behind owner inference. The write path
// is in sql_store_write.cpp, finish_import in sql_store_finish.cpp, the contact and
// conversation queries in sql_store_query.cpp.
#include "rapport/store/sql/sql_store.hpp"

#include <algorithm>
#include <map>

#include "rapport/store/identity_rules.hpp"
#include "rapport/store/sql/codes.hpp"
#include "rapport/store/sql/statements.hpp"

namespace rapport::store::sql {
namespace st = statements;

Result<void> SqlStore::set_owner(const std::vector<model::Identity>& identities) {
  auto tx = Transaction::begin(*db_, TransactionMode::write);
  if (!tx) return tx.take_error();
  RAPPORT_TRY(exec(*db_, st::k_owner_clear));
  for (const auto& identity : identities) {
    const auto id = normalise_identity(identity);
    if (id.value.empty()) continue;
    RAPPORT_TRY(exec(*db_, st::k_owner_add, model::to_string(id.kind), id.value));
  }
  return tx->commit();
}

Result<std::vector<model::Identity>> SqlStore::owner_in_transaction() {
  std::vector<model::Identity> out;
  auto q = query(*db_, st::k_owner_list);
  if (!q) return q.take_error();
  for (;;) {
    auto row = q->next();
    if (!row) return row.take_error();
    if (!*row) break;
    out.push_back({identity_kind_from(q->text_view(0)), q->text(1)});
  }
  return out;
}

Result<std::vector<model::Identity>> SqlStore::owner() { return owner_in_transaction(); }

Result<std::vector<SenderCount>> SqlStore::sender_counts() {
  auto tx = Transaction::begin(*db_, TransactionMode::read);
  if (!tx) return tx.take_error();
  std::map<std::int64_t, SenderCount> by_identity;
  {
    auto q = query(*db_, st::k_sender_folders);
    if (!q) return q.take_error();
    for (;;) {
      auto row = q->next();
      if (!row) return row.take_error();
      if (!*row) break;
      auto& s = by_identity[q->integer(0)];
      s.email = q->text(1);
      const auto n = static_cast<std::uint64_t>(q->integer(3));
      s.sent += n;
      if (is_sent_folder(q->text_view(2))) s.sent_from_sent_folder += n;
    }
  }
  {
    // The display name an address sends under most often.
    std::map<std::int64_t, std::uint64_t> best;
    auto q = query(*db_, st::k_sender_names);
    if (!q) return q.take_error();
    for (;;) {
      auto row = q->next();
      if (!row) return row.take_error();
      if (!*row) break;
      auto it = by_identity.find(q->integer(0));
      if (it == by_identity.end()) continue;
      const auto n = static_cast<std::uint64_t>(q->integer(2));
      auto& b = best[q->integer(0)];
      if (n > b || (n == b && q->text_view(1) < it->second.display_name)) {
        b = n;
        it->second.display_name = q->text(1);
      }
    }
  }
  std::vector<SenderCount> out;
  out.reserve(by_identity.size());
  for (auto& [id, s] : by_identity) out.push_back(std::move(s));
  std::sort(out.begin(), out.end(), [](const SenderCount& a, const SenderCount& b) {
    if (a.sent != b.sent) return a.sent > b.sent;
    return a.email < b.email;
  });
  return out;
}

Result<Store::Counts> SqlStore::counts() {
  auto tx = Transaction::begin(*db_, TransactionMode::read);
  if (!tx) return tx.take_error();
  Counts c;
  const std::pair<std::string_view, std::uint64_t*> queries[] = {
      {st::k_count_contacts, &c.contacts},         {st::k_count_conversations, &c.conversations},
      {st::k_count_messages, &c.messages},         {st::k_count_transcripts, &c.transcripts},
      {st::k_count_calls, &c.calls}};
  for (const auto& [sql, out] : queries) {
    auto n = query_int(*db_, sql);
    if (!n) return n.take_error();
    *out = static_cast<std::uint64_t>(n->value_or(0));
  }
  return c;
}

}  // namespace rapport::store::sql
