// The store's read side: contacts, search, timelines, conversations, counts, senders.
#include <algorithm>

#include <gtest/gtest.h>

#include "rapport/store/store.hpp"
#include "store_fixtures.hpp"

namespace rapport::store {
namespace {

using namespace testing;
using model::Direction;
using model::IdentityKind;

const model::Party k_me = email_party("sam@rapport-sales.example", "Sam Seller");

class StoreQuery : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = open_store(dir_.file("rapport.db"));
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
  }
  ScratchDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(StoreQuery, ContactsAreSortedByNameIgnoringCase) {
  ImportBatch b;
  for (const auto* name : {"zoe Quinn", "Ángel Ruiz", "adam Ng", "Bea Holt"}) {
    model::ContactRecord r;
    r.name = name;
    r.emails = {"x" + std::to_string(b.contacts.size()) + "@firm.example"};
    b.contacts.push_back(r);
  }
  ASSERT_TRUE(store_->write(b));
  auto contacts = store_->contacts();
  ASSERT_TRUE(contacts);
  std::vector<std::string> names;
  for (const auto& c : *contacts) names.push_back(c.name);
  EXPECT_EQ(names, (std::vector<std::string>{"adam Ng", "Bea Holt", "zoe Quinn", "Ángel Ruiz"}));
}

TEST_F(StoreQuery, FindsContactsByIdIdentityOrPartOfTheName) {
  ImportBatch b;
  model::ContactRecord dana;
  dana.name = "Dana Kowalski";
  dana.emails = {"dana@acme-industries.example"};
  dana.phones = {"+447700900123"};
  model::ContactRecord elodie;
  elodie.name = "Élodie Marchand";
  elodie.emails = {"elodie@vitrine.example"};
  model::ContactRecord danny;
  danny.name = "Danny Ortiz";
  danny.phones = {"+15550142000"};
  b.contacts = {dana, elodie, danny};
  ASSERT_TRUE(store_->write(b));

  auto by_email = store_->find_contacts("DANA@Acme-Industries.example");
  ASSERT_TRUE(by_email);
  ASSERT_EQ(by_email->size(), 1u);
  EXPECT_EQ(by_email->front().name, "Dana Kowalski");
  const auto dana_id = by_email->front().id;

  auto by_id = store_->find_contacts(std::to_string(dana_id));
  ASSERT_TRUE(by_id);
  ASSERT_FALSE(by_id->empty());
  EXPECT_EQ(by_id->front().id, dana_id);

  for (const char* phone : {"07700 900123", "+44 7700 900123", "447700900123"}) {
    auto found = store_->find_contacts(phone);
    ASSERT_TRUE(found);
    ASSERT_EQ(found->size(), 1u) << phone;
    EXPECT_EQ(found->front().id, dana_id) << phone;
  }

  auto by_part = store_->find_contacts("dan");
  ASSERT_TRUE(by_part);
  ASSERT_EQ(by_part->size(), 2u);
  EXPECT_EQ(by_part->at(0).name, "Dana Kowalski");
  EXPECT_EQ(by_part->at(1).name, "Danny Ortiz");

  auto accented = store_->find_contacts("élodie");
  ASSERT_TRUE(accented);
  ASSERT_EQ(accented->size(), 1u);
  EXPECT_EQ(accented->front().emails, std::vector<std::string>{"elodie@vitrine.example"});

  auto nobody = store_->find_contacts("Zebedee");
  ASSERT_TRUE(nobody);
  EXPECT_TRUE(nobody->empty());
  auto blank = store_->find_contacts("   ");
  ASSERT_TRUE(blank);
  EXPECT_TRUE(blank->empty());
}

TEST_F(StoreQuery, TimelineMixesMessagesTranscriptsAndCallsInTimeOrder) {
  ASSERT_TRUE(store_->set_owner({k_me.id, {IdentityKind::name, "Sam Seller"}}));
  const auto dana = email_party("dana@acme-industries.example", "Dana Kowalski");
  ImportBatch b;
  model::ContactRecord r;
  r.name = "Dana Kowalski";
  r.emails = {"dana@acme-industries.example"};
  r.phones = {"+447700900123"};
  b.contacts.push_back(r);
  b.messages.push_back(email("m2@x", k_me, {dana}, "2026-03-09T09:00:00Z", "Follow-up",
                             "Great talking today. As promised, the pricing sheet is attached and "
                             "I have added the two options we discussed for the Leeds site."));
  b.messages.push_back(email("m1@x", dana, {k_me}, "2026-03-01T09:00:00Z", "Pricing"));
  model::Transcript t;
  t.channel = model::Channel::phone;
  t.title = "Call with Dana";
  t.started_at = at("2026-03-08T16:00:00Z");
  t.turns = {{"Dana Kowalski", 0.0, 3.0, "Hello, Dana speaking.", {}, {}}};
  t.content_hash = "t-dana";
  b.transcripts.push_back(t);
  model::CallLogEntry c;
  c.when = at("2026-03-05T12:00:00Z");
  c.other = phone_party("+447700900123");
  c.outcome = model::CallOutcome::no_answer;
  c.note = "left no message";
  b.calls.push_back(c);
  ASSERT_TRUE(store_->write(b));
  ASSERT_TRUE(store_->finish_import());

  auto found = store_->find_contacts("Dana");
  ASSERT_TRUE(found);
  ASSERT_EQ(found->size(), 1u);
  auto timeline = store_->timeline(found->front().id);
  ASSERT_TRUE(timeline);
  ASSERT_EQ(timeline->size(), 4u);
  EXPECT_EQ((*timeline)[0].kind, TimelineKind::message);
  EXPECT_EQ((*timeline)[0].summary, "Pricing");
  EXPECT_EQ((*timeline)[0].direction, Direction::inbound);
  EXPECT_EQ((*timeline)[1].kind, TimelineKind::call);
  EXPECT_EQ((*timeline)[1].outcome, model::CallOutcome::no_answer);
  EXPECT_EQ((*timeline)[1].excerpt, "left no message");
  EXPECT_EQ((*timeline)[1].conversation, 0);
  EXPECT_EQ((*timeline)[2].kind, TimelineKind::transcript);
  EXPECT_EQ((*timeline)[2].channel, model::Channel::phone);
  EXPECT_EQ((*timeline)[2].excerpt, "Hello, Dana speaking.");
  EXPECT_EQ((*timeline)[3].direction, Direction::outbound);
  EXPECT_EQ((*timeline)[3].source.file, "inbox.mbox");
  EXPECT_LE((*timeline)[3].excerpt.size(), 160u + 3u);
  EXPECT_EQ((*timeline)[3].excerpt.rfind("Great talking today.", 0), 0u);

  auto missing = store_->timeline(987654);
  ASSERT_TRUE(missing);
  EXPECT_TRUE(missing->empty());
}

// ranking_rows reads through a second connection on another thread: it must give what
// the two reads it stands for give on the one connection.
TEST_F(StoreQuery, RankingRowsAreTheNarrowWorkspaceAndTheVerdictHeads) {
  ASSERT_TRUE(store_->set_owner({k_me.id}));
  const auto dana = email_party("dana@acme-industries.example", "Dana Kowalski");
  const auto eli = email_party("eli@vitrine.example", "Eli Marchand");
  ImportBatch b;
  b.messages.push_back(email("d1@x", dana, {k_me}, "2026-03-01T09:00:00Z", "Pricing"));
  b.messages.push_back(reply("d2@x", b.messages.back(), k_me, {dana}, "2026-03-02T09:00:00Z"));
  b.messages.push_back(email("e1@x", eli, {k_me, dana}, "2026-03-04T09:00:00Z", "Shop fit"));
  model::CallLogEntry c;
  c.when = at("2026-03-05T12:00:00Z");
  c.other = email_party("eli@vitrine.example");
  c.outcome = model::CallOutcome::reached;
  c.duration_s = 300;
  b.calls.push_back(c);
  ASSERT_TRUE(store_->write(b));
  ASSERT_TRUE(store_->finish_import());
  const WorkspaceQuery narrow{at("2026-01-01T00:00:00Z"), false, "", std::nullopt};
  const auto alone = store_->workspace(narrow).value();
  ASSERT_EQ(alone.threads.size(), 2u);
  CachedVerdict v;
  v.conversation = alone.threads.front().id;
  v.kind = "answer_owed";
  v.at = at("2026-03-01T09:00:00Z");
  v.contact = alone.contacts.front().id;
  ASSERT_TRUE(store_->cache_verdicts("fp", {v}));

  const auto rows = store_->ranking_rows(narrow, "fp");
  ASSERT_TRUE(rows) << rows.error().message;
  const auto& ws = rows->workspace;
  ASSERT_EQ(ws.contacts.size(), alone.contacts.size());
  for (std::size_t i = 0; i < ws.contacts.size(); ++i) EXPECT_EQ(ws.contacts[i].id, alone.contacts[i].id);
  ASSERT_EQ(ws.threads.size(), alone.threads.size());
  for (std::size_t i = 0; i < ws.threads.size(); ++i) {
    EXPECT_EQ(ws.threads[i].id, alone.threads[i].id);
    EXPECT_EQ(ws.threads[i].contacts, alone.threads[i].contacts);
    EXPECT_EQ(ws.threads[i].messages.size(), alone.threads[i].messages.size());
  }
  ASSERT_EQ(ws.calls.size(), 1u);
  EXPECT_EQ(ws.calls.front().contact, alone.calls.front().contact);
  EXPECT_EQ(ws.calls.front().entry.when, at("2026-03-05T12:00:00Z"));
  ASSERT_EQ(rows->verdict_heads.size(), 1u);
  EXPECT_EQ(rows->verdict_heads.front().conversation, v.conversation);
  EXPECT_EQ(rows->verdict_heads.front().kind, "answer_owed");
  EXPECT_TRUE(store_->ranking_rows(narrow, "another fingerprint").value().verdict_heads.empty());
}

TEST_F(StoreQuery, ConversationCarriesZonesAttachmentsAndSources) {
  ImportBatch b;
  auto m = email("m1@x", email_party("dana@acme-industries.example", "Dana Kowalski"), {k_me},
                 "2026-03-01T09:00:00Z", "Contract");
  m.zones.quoted = "> earlier text";
  m.zones.signature = "Dana\nHead of Operations";
  m.zones.footer = "This email is confidential.";
  m.attachments = {{"contract.pdf", "application/pdf", 48213}, {"logo.png", "image/png", 1200}};
  m.source = {"work.mbox", "message 7 (byte 5120)", 5120};
  b.messages.push_back(m);
  ASSERT_TRUE(store_->write(b));
  ASSERT_TRUE(store_->finish_import());
  auto dana = store_->find_contacts("dana@acme-industries.example");
  ASSERT_TRUE(dana);
  ASSERT_EQ(dana->size(), 1u);
  auto timeline = store_->timeline(dana->front().id);
  ASSERT_TRUE(timeline);
  ASSERT_EQ(timeline->size(), 1u);
  auto c = store_->conversation(timeline->front().conversation);
  ASSERT_TRUE(c);
  ASSERT_TRUE(c->has_value());
  ASSERT_EQ((*c)->items.size(), 1u);
  const auto& item = (*c)->items[0];
  EXPECT_EQ(item.speaker, "Dana Kowalski");
  EXPECT_EQ(item.zones.new_text, m.zones.new_text);
  EXPECT_EQ(item.zones.quoted, m.zones.quoted);
  EXPECT_EQ(item.zones.signature, m.zones.signature);
  EXPECT_EQ(item.zones.footer, m.zones.footer);
  ASSERT_EQ(item.attachments.size(), 2u);
  EXPECT_EQ(item.attachments[0].filename, "contract.pdf");
  EXPECT_EQ(item.attachments[0].size, 48213u);
  EXPECT_EQ(item.source.position, "message 7 (byte 5120)");
  EXPECT_EQ(item.source.byte_offset, 5120u);

  auto none = store_->conversation(424242);
  ASSERT_TRUE(none);
  EXPECT_FALSE(none->has_value());
}

TEST_F(StoreQuery, SenderCountsNameTheSentFolders) {
  ImportBatch b;
  int n = 0;
  auto add = [&](const model::Party& from, const char* folder) {
    const auto tag = std::to_string(n++);
    auto m = email("s" + tag + "@x", from, {email_party("client@firm.example")}, "2026-03-01T09:00:00Z",
                   "Subject " + tag);
    m.folder = folder;
    b.messages.push_back(m);
  };
  const auto me_plain = email_party("sam@rapport-sales.example", "sam");
  add(k_me, "Sent Items");
  add(k_me, "[Gmail]/Sent Mail");
  add(k_me, "INBOX");
  add(me_plain, ".Sent");
  add(email_party("client@firm.example", "Client"), "INBOX");
  add(email_party("client@firm.example", "Client"), "Presentations");
  ASSERT_TRUE(store_->write(b));
  auto senders = store_->sender_counts();
  ASSERT_TRUE(senders);
  ASSERT_EQ(senders->size(), 2u);
  EXPECT_EQ(senders->at(0).email, "sam@rapport-sales.example");
  EXPECT_EQ(senders->at(0).display_name, "Sam Seller");  // the name used most
  EXPECT_EQ(senders->at(0).sent, 4u);
  EXPECT_EQ(senders->at(0).sent_from_sent_folder, 3u);
  EXPECT_EQ(senders->at(1).email, "client@firm.example");
  EXPECT_EQ(senders->at(1).sent, 2u);
  EXPECT_EQ(senders->at(1).sent_from_sent_folder, 0u);
}

TEST_F(StoreQuery, CountsEverything) {
  auto empty = store_->counts();
  ASSERT_TRUE(empty);
  EXPECT_EQ(empty->contacts + empty->conversations + empty->messages + empty->transcripts + empty->calls, 0u);
  ImportBatch b;
  b.messages.push_back(email("m1@x", email_party("a@firm.example"), {k_me}, "2026-03-01T09:00:00Z", "One"));
  b.messages.push_back(email("m2@x", email_party("b@firm.example"), {k_me}, "2026-03-01T10:00:00Z", "Two"));
  model::CallLogEntry c;
  c.when = at("2026-03-02T09:00:00Z");
  c.other = phone_party("+447700900555");
  b.calls.push_back(c);
  ASSERT_TRUE(store_->write(b));
  ASSERT_TRUE(store_->set_owner({k_me.id}));
  ASSERT_TRUE(store_->finish_import());
  auto counts = store_->counts();
  ASSERT_TRUE(counts);
  EXPECT_EQ(counts->contacts, 3u);
  EXPECT_EQ(counts->conversations, 2u);
  EXPECT_EQ(counts->messages, 2u);
  EXPECT_EQ(counts->transcripts, 0u);
  EXPECT_EQ(counts->calls, 1u);
}

}  // namespace
}  // namespace rapport::store
