// Store::write: identities, contacts, accounts, idempotency and crash safety.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>

#include <gtest/gtest.h>

#include "rapport/store/sql/sql_store.hpp"
#include "rapport/store/sqlite/database.hpp"
#include "rapport/store/sqlite/schema.hpp"
#include "rapport/store/store.hpp"
#include "store_fixtures.hpp"

namespace rapport::store {
namespace {

using namespace testing;
using model::Direction;
using model::IdentityKind;

const model::Party k_me = email_party("sam@rapport-sales.example", "Sam Seller");
const model::Party k_dana = email_party("Dana@Acme-Industries.example", "Dana Kowalski");
const model::Party k_lee = email_party("lee.wong@gmail.com", "Lee Wong");

std::unique_ptr<Store> open_in(const ScratchDir& dir, const std::string& name = "rapport.db") {
  auto store = open_store(dir.file(name));
  EXPECT_TRUE(store) << store.error().message;
  return std::move(*store);
}

const ContactSummary* by_email(const std::vector<ContactSummary>& contacts, const std::string& email) {
  for (const auto& c : contacts)
    if (std::find(c.emails.begin(), c.emails.end(), email) != c.emails.end()) return &c;
  return nullptr;
}

ImportBatch mixed_batch() {
  ImportBatch b;
  auto first = email("m1@acme", k_dana, {k_me}, "2026-03-02T09:00:00Z", "Pricing for Leeds");
  b.messages.push_back(first);
  b.messages.push_back(reply("m2@rapport", first, k_me, {k_dana}, "2026-03-02T11:00:00Z"));
  b.messages.push_back(sms(Direction::inbound, "+447700900123", "2026-03-03T08:00:00Z", "Running late, 10 min"));
  model::Transcript t;
  t.channel = model::Channel::video;
  t.title = "Leeds kickoff";
  t.started_at = at("2026-03-05T14:00:00Z");
  t.turns = {{"Sam Seller", 0.0, 4.0, "Hi Dana, good to see you.", {}, {}},
             {"Dana Kowalski", 4.5, 9.0, "Likewise. How was the trip?", {}, {}}};
  t.speakers = {"Sam Seller", "Dana Kowalski"};
  t.content_hash = "transcript-leeds-kickoff";
  b.transcripts.push_back(t);
  model::ContactRecord r;
  r.name = "Dana Kowalski";
  r.emails = {"dana@acme-industries.example"};
  r.phones = {"+447700900123"};
  r.company = "Acme Industries";
  r.title = "Head of Operations";
  b.contacts.push_back(r);
  model::CallLogEntry c;
  c.when = at("2026-03-04T10:00:00Z");
  c.other = phone_party("+447700900123");
  c.direction = Direction::outbound;
  c.duration_s = 600;
  c.outcome = model::CallOutcome::reached;
  c.note = "Talked through the Leeds rollout";
  b.calls.push_back(c);
  return b;
}

TEST(StoreWrite, PartiesBecomeContactsWithAccountsFromCompanyDomains) {
  ScratchDir dir;
  auto store = open_in(dir);
  ImportBatch b;
  b.messages.push_back(email("m1@x", k_dana, {k_me, k_lee}, "2026-03-02T09:00:00Z", "Pricing"));
  auto counts = store->write(b);
  ASSERT_TRUE(counts) << counts.error().message;
  EXPECT_EQ(counts->imported, 1u);
  auto contacts = store->contacts();
  ASSERT_TRUE(contacts);
  ASSERT_EQ(contacts->size(), 3u);  // the owner is not known yet
  const auto* dana = by_email(*contacts, "dana@acme-industries.example");
  ASSERT_NE(dana, nullptr);
  EXPECT_EQ(dana->name, "Dana Kowalski");
  EXPECT_EQ(dana->account, "acme-industries.example");
  const auto* lee = by_email(*contacts, "lee.wong@gmail.com");
  ASSERT_NE(lee, nullptr);
  EXPECT_EQ(lee->account, "");  // free mail: a person, not a company
}

TEST(StoreWrite, AddressOnlyNameIsReplacedByALaterDisplayName) {
  ScratchDir dir;
  auto store = open_in(dir);
  ImportBatch b1;
  b1.messages.push_back(email("m1@x", email_party("ops@acme.example"), {k_me}, "2026-03-02T09:00:00Z", "Hello"));
  ASSERT_TRUE(store->write(b1));
  ImportBatch b2;
  b2.messages.push_back(email("m2@x", email_party("ops@acme.example", "Acme Operations"), {k_me},
                              "2026-03-03T09:00:00Z", "Hello again"));
  ASSERT_TRUE(store->write(b2));
  auto contacts = store->contacts();
  ASSERT_TRUE(contacts);
  const auto* ops = by_email(*contacts, "ops@acme.example");
  ASSERT_NE(ops, nullptr);
  EXPECT_EQ(ops->name, "Acme Operations");
}

TEST(StoreWrite, OwnerIsNeverAContactAndTheirDomainNoAccount) {
  ScratchDir dir;
  auto store = open_in(dir);
  ImportBatch b;
  b.messages.push_back(email("m1@x", k_me, {k_dana, email_party("kim@rapport-sales.example", "Kim Colleague")},
                             "2026-03-02T09:00:00Z", "Proposal"));
  ASSERT_TRUE(store->write(b));
  ASSERT_TRUE(store->set_owner({k_me.id, {IdentityKind::name, "Sam Seller"}}));
  ASSERT_TRUE(store->finish_import());
  auto contacts = store->contacts();
  ASSERT_TRUE(contacts);
  EXPECT_EQ(by_email(*contacts, "sam@rapport-sales.example"), nullptr);
  ASSERT_EQ(contacts->size(), 2u);
  const auto* kim = by_email(*contacts, "kim@rapport-sales.example");
  ASSERT_NE(kim, nullptr);
  EXPECT_EQ(kim->account, "");  // a colleague, not a client company
  auto owner = store->owner();
  ASSERT_TRUE(owner);
  EXPECT_EQ(owner->size(), 2u);

  // Known before the import, the owner gets no contact in the first place.
  ImportBatch b2;
  b2.messages.push_back(email("m2@x", k_me, {k_lee}, "2026-03-04T09:00:00Z", "Catching up on Leeds"));
  ASSERT_TRUE(store->write(b2));
  contacts = store->contacts();
  ASSERT_TRUE(contacts);
  EXPECT_EQ(by_email(*contacts, "sam@rapport-sales.example"), nullptr);
}

TEST(StoreWrite, RewritingTheSameBatchChangesNothing) {
  ScratchDir dir;
  auto store = open_in(dir);
  const auto batch = mixed_batch();
  auto first = store->write(batch);
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->imported, batch.size());
  EXPECT_EQ(first->already_known, 0u);
  ASSERT_TRUE(store->finish_import());
  auto before = store->counts();
  ASSERT_TRUE(before);
  auto contacts_before = store->contacts();
  ASSERT_TRUE(contacts_before);

  auto second = store->write(batch);
  ASSERT_TRUE(second) << second.error().message;
  EXPECT_EQ(second->imported, 0u);
  EXPECT_EQ(second->already_known, batch.size());
  ASSERT_TRUE(store->finish_import());
  auto after = store->counts();
  ASSERT_TRUE(after);
  EXPECT_EQ(after->contacts, before->contacts);
  EXPECT_EQ(after->conversations, before->conversations);
  EXPECT_EQ(after->messages, before->messages);
  EXPECT_EQ(after->transcripts, before->transcripts);
  EXPECT_EQ(after->calls, before->calls);
  auto contacts_after = store->contacts();
  ASSERT_TRUE(contacts_after);
  ASSERT_EQ(contacts_after->size(), contacts_before->size());
  for (std::size_t i = 0; i < contacts_after->size(); ++i) {
    EXPECT_EQ((*contacts_after)[i].id, (*contacts_before)[i].id);
    EXPECT_EQ((*contacts_after)[i].name, (*contacts_before)[i].name);
  }
}

TEST(StoreWrite, MessagesAreKnownByMessageIdElseByContentHash) {
  ScratchDir dir;
  auto store = open_in(dir);
  ImportBatch b;
  auto m = email("same@x", k_dana, {k_me}, "2026-03-02T09:00:00Z", "Pricing");
  b.messages.push_back(m);
  auto copy = m;
  copy.content_hash = "another-hash";  // the same message found in a second folder
  b.messages.push_back(copy);
  auto no_id = email("", k_dana, {k_me}, "2026-03-02T10:00:00Z", "Pricing again");
  no_id.content_hash = "hash-without-id";
  b.messages.push_back(no_id);
  b.messages.push_back(no_id);
  auto counts = store->write(b);
  ASSERT_TRUE(counts);
  EXPECT_EQ(counts->imported, 2u);
  EXPECT_EQ(counts->already_known, 2u);
  auto n = store->counts();
  ASSERT_TRUE(n);
  EXPECT_EQ(n->messages, 2u);
}

TEST(StoreWrite, AMessageWithoutAnyHashGetsOne) {
  ScratchDir dir;
  auto store = open_in(dir);
  ImportBatch b;
  auto m = email("", k_dana, {k_me}, "2026-03-02T09:00:00Z", "No id, no hash");
  m.content_hash.clear();
  b.messages.push_back(m);
  ASSERT_TRUE(store->write(b));
  auto again = store->write(b);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->already_known, 1u);
}

TEST(StoreWrite, ContactRecordMergesIntoTheContactSharingAnIdentity) {
  ScratchDir dir;
  auto store = open_in(dir);
  ImportBatch b1;
  b1.messages.push_back(email("m1@x", email_party("dana@acme-industries.example"), {k_me}, "2026-03-02T09:00:00Z",
                              "Pricing"));
  ASSERT_TRUE(store->write(b1));
  ImportBatch b2 = mixed_batch();
  b2.messages.clear();
  b2.transcripts.clear();
  b2.calls.clear();
  auto counts = store->write(b2);
  ASSERT_TRUE(counts);
  EXPECT_EQ(counts->imported, 1u);
  auto contacts = store->contacts();
  ASSERT_TRUE(contacts);
  ASSERT_EQ(contacts->size(), 2u);  // Dana and the (not yet known) owner
  const auto* dana = by_email(*contacts, "dana@acme-industries.example");
  ASSERT_NE(dana, nullptr);
  EXPECT_EQ(dana->name, "Dana Kowalski");
  EXPECT_EQ(dana->title, "Head of Operations");
  EXPECT_EQ(dana->account, "Acme Industries");  // the domain's account, renamed by the record
  EXPECT_EQ(dana->phones, std::vector<std::string>{"+447700900123"});
  // A second import of the same record is known.
  auto again = store->write(b2);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->already_known, 1u);
}

TEST(StoreWrite, ARecordThatJoinsTwoContactsMergesThem) {
  ScratchDir dir;
  auto store = open_in(dir);
  ImportBatch b1;
  b1.messages.push_back(email("m1@x", k_dana, {k_me}, "2026-03-02T09:00:00Z", "Pricing"));
  b1.messages.push_back(sms(Direction::inbound, "+447700900123", "2026-03-03T08:00:00Z", "Running late"));
  model::CallLogEntry call;
  call.when = at("2026-03-04T10:00:00Z");
  call.other = phone_party("+447700900123");
  call.outcome = model::CallOutcome::reached;
  b1.calls.push_back(call);
  ASSERT_TRUE(store->write(b1));
  ASSERT_TRUE(store->set_owner({k_me.id}));
  ASSERT_TRUE(store->finish_import());
  auto before = store->contacts();
  ASSERT_TRUE(before);
  ASSERT_EQ(before->size(), 2u);  // Dana by email, a stranger by phone

  ImportBatch b2;
  model::ContactRecord r;
  r.name = "Dana Kowalski";
  r.emails = {"dana@acme-industries.example"};
  r.phones = {"+447700900123"};
  b2.contacts.push_back(r);
  ASSERT_TRUE(store->write(b2));
  ASSERT_TRUE(store->finish_import());
  auto after = store->contacts();
  ASSERT_TRUE(after);
  ASSERT_EQ(after->size(), 1u);
  const auto& dana = after->front();
  EXPECT_EQ(dana.name, "Dana Kowalski");
  EXPECT_EQ(dana.phones.size(), 1u);
  auto timeline = store->timeline(dana.id);
  ASSERT_TRUE(timeline);
  ASSERT_EQ(timeline->size(), 3u);  // the email, the text and the call
  EXPECT_EQ((*timeline)[2].kind, TimelineKind::call);
}

TEST(StoreWrite, NameOnlyRecordMatchesByName) {
  ScratchDir dir;
  auto store = open_in(dir);
  ImportBatch b;
  b.messages.push_back(email("m1@x", k_dana, {k_me}, "2026-03-02T09:00:00Z", "Pricing"));
  ASSERT_TRUE(store->write(b));
  ImportBatch b2;
  model::ContactRecord r;
  r.name = "dana  KOWALSKI";
  r.title = "COO";
  b2.contacts.push_back(r);
  auto counts = store->write(b2);
  ASSERT_TRUE(counts);
  EXPECT_EQ(counts->imported, 1u);
  auto contacts = store->contacts();
  ASSERT_TRUE(contacts);
  EXPECT_EQ(contacts->size(), 2u);  // Dana and the owner's address: no second Dana
  const auto* dana = by_email(*contacts, "dana@acme-industries.example");
  ASSERT_NE(dana, nullptr);
  EXPECT_EQ(dana->title, "COO");
  auto again = store->write(b2);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->already_known, 1u);
}

TEST(StoreWrite, CallsResolveTheirPartyAndAreKnownByTimePartyAndDirection) {
  ScratchDir dir;
  auto store = open_in(dir);
  ImportBatch b;
  model::CallLogEntry c;
  c.when = at("2026-03-04T10:00:00Z");
  c.other = phone_party("+15550142000");
  c.outcome = model::CallOutcome::voicemail;
  b.calls.push_back(c);
  auto named = c;
  named.other = {"", {IdentityKind::name, "Dana Kowalski"}};
  b.calls.push_back(named);
  b.messages.push_back(email("m1@x", k_dana, {k_me}, "2026-03-02T09:00:00Z", "Pricing"));
  auto counts = store->write(b);
  ASSERT_TRUE(counts);
  EXPECT_EQ(counts->imported, 3u);
  auto again = b;
  again.messages.clear();
  again.calls[1].other.id.value = "DANA  KOWALSKI";  // the same party, written otherwise
  auto second = store->write(again);
  ASSERT_TRUE(second);
  EXPECT_EQ(second->already_known, 2u);
  auto other_direction = b;
  other_direction.messages.clear();
  other_direction.calls.resize(1);
  other_direction.calls[0].direction = Direction::inbound;
  auto third = store->write(other_direction);
  ASSERT_TRUE(third);
  EXPECT_EQ(third->imported, 1u);

  auto contacts = store->contacts();
  ASSERT_TRUE(contacts);
  // The stranger's number became a contact; the named call went to Dana.
  EXPECT_EQ(contacts->size(), 3u);
  auto found = store->find_contacts("+1 555 014 2000");
  ASSERT_TRUE(found);
  ASSERT_EQ(found->size(), 1u);
  auto dana = store->find_contacts("dana@acme-industries.example");
  ASSERT_TRUE(dana);
  ASSERT_EQ(dana->size(), 1u);
  auto timeline = store->timeline(dana->front().id);
  ASSERT_TRUE(timeline);
  ASSERT_EQ(timeline->size(), 2u);
  EXPECT_EQ(timeline->back().kind, TimelineKind::call);
  EXPECT_EQ(timeline->back().outcome, model::CallOutcome::voicemail);
}

TEST(StoreWrite, AFailedBatchLeavesNothingBehind) {
  ScratchDir dir;
  auto store = open_in(dir);
  ImportBatch good;
  good.messages.push_back(email("m0@x", k_lee, {k_me}, "2026-03-01T09:00:00Z", "Before"));
  ASSERT_TRUE(store->write(good));

  ImportBatch bad = mixed_batch();
  auto broken = email("m9@x", email_party("new.person@elsewhere.example", "New Person"), {k_me},
                      "2026-03-02T09:00:00Z", "Broken");
  broken.channel = static_cast<model::Channel>(42);  // not a channel: the schema's CHECK refuses it
  bad.messages.push_back(broken);
  auto result = store->write(bad);
  ASSERT_FALSE(result);
  EXPECT_NE(result.error().message.find("rapport.db"), std::string::npos);

  auto counts = store->counts();
  ASSERT_TRUE(counts);
  EXPECT_EQ(counts->messages, 1u);
  EXPECT_EQ(counts->transcripts, 0u);
  EXPECT_EQ(counts->calls, 0u);
  EXPECT_EQ(counts->contacts, 2u);  // Lee and the owner's address, from the first batch
  // The store stays usable, and the good part of the batch can be written afterwards.
  bad.messages.pop_back();
  auto retry = store->write(bad);
  ASSERT_TRUE(retry) << retry.error().message;
  EXPECT_EQ(retry->imported, bad.size());
}

// A process that dies between batches, or in the middle of one, leaves every committed
// batch and nothing of the interrupted one.
TEST(StoreWrite, AProcessKilledMidImportLeavesACommittedPrefix) {
  ScratchDir dir;
  const auto path = dir.file("rapport.db");
  { ASSERT_TRUE(open_store(path)); }
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    auto store = open_store(path);
    if (!store) ::_exit(2);
    if (!(*store)->write(mixed_batch())) ::_exit(3);
    // The next batch is begun by hand and never finished: the process ends without
    // commit, without closing the database, without running destructors.
    auto db = sqlite::Database::open(path);
    if (!db) ::_exit(4);
    if (!(*db)->begin(sql::TransactionMode::write)) ::_exit(5);
    if (!sql::exec(**db, "INSERT INTO contact (name, created) VALUES ('Half Written', 0)")) ::_exit(6);
    ::_exit(0);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status));
  ASSERT_EQ(WEXITSTATUS(status), 0);

  auto store = open_store(path);
  ASSERT_TRUE(store) << store.error().message;
  auto counts = (*store)->counts();
  ASSERT_TRUE(counts) << counts.error().message;
  EXPECT_EQ(counts->messages, 3u);
  EXPECT_EQ(counts->transcripts, 1u);
  EXPECT_EQ(counts->calls, 1u);
  auto found = (*store)->find_contacts("Half Written");
  ASSERT_TRUE(found);
  EXPECT_TRUE(found->empty());
  auto db = sqlite::Database::open(path);
  ASSERT_TRUE(db);
  auto q = sql::query(**db, "PRAGMA integrity_check");
  ASSERT_TRUE(q);
  ASSERT_TRUE(*q->next());
  EXPECT_EQ(q->text(0), "ok");
  // Importing again completes the work without duplicating the committed batch.
  auto again = (*store)->write(mixed_batch());
  ASSERT_TRUE(again);
  EXPECT_EQ(again->imported, 0u);
}

TEST(StoreWrite, ASecondConnectionSeesCommittedData) {
  ScratchDir dir;
  auto writer = open_in(dir);
  auto reader = open_in(dir);
  auto empty = reader->counts();
  ASSERT_TRUE(empty);
  EXPECT_EQ(empty->messages, 0u);
  ASSERT_TRUE(writer->write(mixed_batch()));
  auto seen = reader->counts();
  ASSERT_TRUE(seen);
  EXPECT_EQ(seen->messages, 3u);
  EXPECT_EQ(seen->transcripts, 1u);
}

TEST(StoreWrite, ALargeBatchPreparesEachStatementOnce) {
  ScratchDir dir;
  auto db = sqlite::Database::open(dir.file("rapport.db"));
  ASSERT_TRUE(db);
  ASSERT_TRUE(sqlite::migrate(**db));
  auto* raw = db->get();
  sql::SqlStore store(std::move(*db));
  auto make_batch = [](int offset) {
    ImportBatch b;
    for (int i = 0; i < 5000; ++i) {
      const auto n = std::to_string(offset + i);
      b.messages.push_back(email("bulk" + n + "@x", email_party("client" + std::to_string(i % 300) + "@firm.example"),
                                 {k_me}, "2026-03-02T09:00:00Z", "Order " + n));
    }
    return b;
  };
  auto first = store.write(make_batch(0));
  ASSERT_TRUE(first);
  EXPECT_EQ(first->imported, 5000u);
  const auto prepared = raw->cached_statements();
  EXPECT_LT(prepared, 30u);
  ASSERT_TRUE(store.write(make_batch(5000)));
  EXPECT_EQ(raw->cached_statements(), prepared);
}

}  // namespace
}  // namespace rapport::store

namespace rapport::store {
namespace {

TEST(StoreWrite, TagsOfMessagesAndTurnsComeBackWithTheirConversation) {
  ScratchDir dir;
  auto store = open_in(dir);
  ImportBatch b = mixed_batch();
  b.messages.front().tags = {{"intent.question", 0, 0, {}}, {"question.closed", 3, 20, {}}};
  b.transcripts.front().turns[1].tags = {{"fact.holiday", 10, 27, "trip to Lisbon"}};
  ASSERT_TRUE(store->write(b));
  ASSERT_TRUE(store->finish_import());

  bool saw_message = false, saw_turn = false;
  for (ConversationId id = 1; id <= 10; ++id) {
    auto conversation = store->conversation(id);
    ASSERT_TRUE(conversation) << conversation.error().message;
    if (!conversation->has_value()) continue;
    for (const auto& item : (*conversation)->items) {
      if (item.tags == b.messages.front().tags) saw_message = true;
      if (item.tags == b.transcripts.front().turns[1].tags) saw_turn = true;
    }
  }
  EXPECT_TRUE(saw_message);
  EXPECT_TRUE(saw_turn);
}

}  // namespace
}  // namespace rapport::store
