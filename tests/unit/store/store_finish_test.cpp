// Store::finish_import: directions, threads, conversations, speaker links, activity.
#include <algorithm>
#include <set>

#include <gtest/gtest.h>

#include "rapport/store/store.hpp"
#include "store_fixtures.hpp"

namespace rapport::store {
namespace {

using namespace testing;
using model::Direction;
using model::IdentityKind;

const model::Party k_me = email_party("sam@rapport-sales.example", "Sam Seller");
const model::Party k_dana = email_party("dana@acme-industries.example", "Dana Kowalski");
const model::Party k_omar = email_party("omar@brightline.example", "Omar Haddad");

std::unique_ptr<Store> open_in(const ScratchDir& dir) {
  auto store = open_store(dir.file("rapport.db"));
  EXPECT_TRUE(store) << store.error().message;
  return std::move(*store);
}

ContactId id_of(Store& store, const std::string& query) {
  auto found = store.find_contacts(query);
  EXPECT_TRUE(found);
  EXPECT_EQ(found->size(), 1u) << query;
  return found->empty() ? 0 : found->front().id;
}

std::vector<TimelineEntry> messages_of(Store& store, ContactId id) {
  auto t = store.timeline(id);
  EXPECT_TRUE(t);
  std::vector<TimelineEntry> out;
  for (auto& e : *t)
    if (e.kind == TimelineKind::message) out.push_back(e);
  return out;
}

TEST(StoreFinish, DirectionsFollowTheOwnerUnlessTheFileSaidSo) {
  ScratchDir dir;
  auto store = open_in(dir);
  ImportBatch b;
  b.messages.push_back(email("m1@x", k_dana, {k_me}, "2026-03-02T09:00:00Z", "Pricing"));
  b.messages.push_back(email("m2@x", k_me, {k_dana}, "2026-03-02T10:00:00Z", "Re: Pricing"));
  auto text = sms(Direction::outbound, "+447700900123", "2026-03-02T11:00:00Z", "On my way");
  text.from = k_dana;  // a backup that names a wrong sender: the file's direction wins
  b.messages.push_back(text);
  ASSERT_TRUE(store->write(b));
  ASSERT_TRUE(store->finish_import());
  const auto dana = id_of(*store, "dana@acme-industries.example");
  for (const auto& e : messages_of(*store, dana)) {
    if (e.channel == model::Channel::sms) EXPECT_EQ(e.direction, Direction::outbound);
    else EXPECT_EQ(e.direction, Direction::unknown);  // no owner known yet
  }
  ASSERT_TRUE(store->set_owner({k_me.id}));
  ASSERT_TRUE(store->finish_import());
  const auto timeline = messages_of(*store, dana);
  ASSERT_EQ(timeline.size(), 3u);
  EXPECT_EQ(timeline[0].direction, Direction::inbound);
  EXPECT_EQ(timeline[1].direction, Direction::outbound);
  EXPECT_EQ(timeline[2].direction, Direction::outbound);
}

TEST(StoreFinish, EmailThreadsBecomeConversationsWithStableIds) {
  ScratchDir dir;
  auto store = open_in(dir);
  ASSERT_TRUE(store->set_owner({k_me.id}));
  ImportBatch b;
  auto root = email("p1@acme", k_dana, {k_me}, "2026-03-02T09:00:00Z", "Proposal for Leeds");
  auto r1 = reply("p2@rapport", root, k_me, {k_dana}, "2026-03-02T11:00:00Z");
  auto other = email("q1@bright", k_omar, {k_me}, "2026-03-03T09:00:00Z", "Brightline renewal");
  b.messages = {r1, other, root};  // out of order on purpose
  ASSERT_TRUE(store->write(b));
  ASSERT_TRUE(store->finish_import());
  const auto dana = messages_of(*store, id_of(*store, "dana@acme-industries.example"));
  ASSERT_EQ(dana.size(), 2u);
  EXPECT_EQ(dana[0].conversation, dana[1].conversation);
  const auto omar = messages_of(*store, id_of(*store, "omar@brightline.example"));
  ASSERT_EQ(omar.size(), 1u);
  EXPECT_NE(omar[0].conversation, dana[0].conversation);

  auto conversation = store->conversation(dana[0].conversation);
  ASSERT_TRUE(conversation);
  ASSERT_TRUE(conversation->has_value());
  const auto& c = **conversation;
  EXPECT_EQ(c.channel, model::Channel::email);
  EXPECT_EQ(c.subject, "Proposal for Leeds");
  ASSERT_EQ(c.items.size(), 2u);
  EXPECT_EQ(c.items[0].message_id, "p1@acme");
  EXPECT_EQ(c.items[1].message_id, "p2@rapport");
  EXPECT_EQ(c.items[1].direction, Direction::outbound);
  EXPECT_EQ(c.participants, std::vector<std::string>{"Dana Kowalski"});
  ASSERT_TRUE(c.started);
  EXPECT_EQ(*c.started, at("2026-03-02T09:00:00Z"));

  // Rethreading again, and after a later reply arrives, keeps the ids.
  ASSERT_TRUE(store->finish_import());
  ImportBatch b2;
  b2.messages.push_back(reply("p3@acme", r1, k_dana, {k_me}, "2026-03-04T08:00:00Z"));
  ASSERT_TRUE(store->write(b2));
  ASSERT_TRUE(store->finish_import());
  const auto later = messages_of(*store, id_of(*store, "dana@acme-industries.example"));
  ASSERT_EQ(later.size(), 3u);
  for (const auto& e : later) EXPECT_EQ(e.conversation, dana[0].conversation);
  EXPECT_EQ(messages_of(*store, id_of(*store, "omar@brightline.example"))[0].conversation, omar[0].conversation);
  auto counts = store->counts();
  ASSERT_TRUE(counts);
  EXPECT_EQ(counts->conversations, 2u);
}

// Regression: an empty subject became a NULL conversation subject and failed the import.
TEST(StoreFinish, MessagesWithoutSubjectOrDateStillGetAConversation) {
  ScratchDir dir;
  auto store = open_in(dir);
  ImportBatch b;
  auto m = email("bare@x", k_dana, {k_me}, "2026-03-02T09:00:00Z", "");
  m.has_date = false;
  b.messages.push_back(m);
  ASSERT_TRUE(store->write(b));
  auto done = store->finish_import();
  ASSERT_TRUE(done) << done.error().message;
  auto counts = store->counts();
  ASSERT_TRUE(counts);
  EXPECT_EQ(counts->conversations, 1u);
}

TEST(StoreFinish, AReplyThatLostItsHeadersJoinsBySubjectAndParticipant) {
  ScratchDir dir;
  auto store = open_in(dir);
  ASSERT_TRUE(store->set_owner({k_me.id}));
  ImportBatch b;
  auto root = email("p1@acme", k_me, {k_dana}, "2026-03-02T09:00:00Z", "Proposal for Leeds");
  auto lost = email("p2@acme", k_dana, {k_me}, "2026-03-20T09:00:00Z", "RE: Proposal for Leeds");
  auto stranger = email("p3@else", k_omar, {k_me}, "2026-03-21T09:00:00Z", "Re: Proposal for Leeds");
  b.messages = {root, lost, stranger};
  ASSERT_TRUE(store->write(b));
  ASSERT_TRUE(store->finish_import());
  const auto dana = messages_of(*store, id_of(*store, "dana@acme-industries.example"));
  ASSERT_EQ(dana.size(), 2u);
  EXPECT_EQ(dana[0].conversation, dana[1].conversation);
  const auto omar = messages_of(*store, id_of(*store, "omar@brightline.example"));
  ASSERT_EQ(omar.size(), 1u);
  EXPECT_NE(omar[0].conversation, dana[0].conversation);  // same subject, another person
}

TEST(StoreFinish, TextsMakeOneConversationPerPartyAndChannel) {
  ScratchDir dir;
  auto store = open_in(dir);
  ImportBatch b;
  b.messages.push_back(sms(Direction::inbound, "+447700900123", "2026-03-02T09:00:00Z", "Are we still on?"));
  b.messages.push_back(sms(Direction::outbound, "+447700900123", "2026-03-02T09:05:00Z", "Yes, 3pm"));
  b.messages.push_back(sms(Direction::inbound, "+447700900999", "2026-03-02T10:00:00Z", "Who is this?"));
  auto chat = sms(Direction::inbound, "+447700900123", "2026-03-02T12:00:00Z", "Sent you the deck");
  chat.channel = model::Channel::chat;
  b.messages.push_back(chat);
  ASSERT_TRUE(store->write(b));
  ASSERT_TRUE(store->finish_import());
  const auto first = messages_of(*store, id_of(*store, "+447700900123"));
  ASSERT_EQ(first.size(), 3u);
  EXPECT_EQ(first[0].conversation, first[1].conversation);
  EXPECT_NE(first[2].conversation, first[0].conversation);  // chat is another channel
  const auto second = messages_of(*store, id_of(*store, "+447700900999"));
  ASSERT_EQ(second.size(), 1u);
  EXPECT_NE(second[0].conversation, first[0].conversation);
  auto c = store->conversation(first[0].conversation);
  ASSERT_TRUE(c);
  ASSERT_TRUE(c->has_value());
  EXPECT_EQ((*c)->channel, model::Channel::sms);
  ASSERT_EQ((*c)->items.size(), 2u);
  EXPECT_EQ((*c)->items[1].zones.new_text, "Yes, 3pm");
}

model::Transcript meeting(std::vector<std::string> speakers, const char* when, std::string hash) {
  model::Transcript t;
  t.channel = model::Channel::video;
  t.title = "Quarterly review";
  t.started_at = at(when);
  double start = 0;
  for (const auto& s : speakers) {
    t.turns.push_back({s, start, start + 5, "Some words from " + s + ".", {"call.vtt", "cue 1", 0}, {}});
    start += 6;
  }
  t.speakers = std::move(speakers);
  t.content_hash = std::move(hash);
  t.source = {"call.vtt", "", 0};
  return t;
}

TEST(StoreFinish, TranscriptSpeakersAreLinkedToContactsByName) {
  ScratchDir dir;
  auto store = open_in(dir);
  ImportBatch b;
  b.messages.push_back(email("m1@x", k_dana, {k_me}, "2026-03-02T09:00:00Z", "Pricing"));
  b.messages.push_back(email("m2@x", k_omar, {k_me}, "2026-03-02T09:00:00Z", "Renewal"));
  b.transcripts.push_back(meeting({"Sam Seller", "dana kowalski"}, "2026-03-10T15:00:00Z", "t1"));
  b.transcripts.push_back(meeting({"Sam Seller", "Omar"}, "2026-03-11T15:00:00Z", "t2"));
  b.transcripts.push_back(meeting({"Sam Seller", "Speaker 2"}, "2026-03-12T15:00:00Z", "t3"));
  ASSERT_TRUE(store->write(b));
  ASSERT_TRUE(store->set_owner({k_me.id, {IdentityKind::name, "Sam Seller"}}));
  ASSERT_TRUE(store->finish_import());

  auto dana = store->timeline(id_of(*store, "dana@acme-industries.example"));
  ASSERT_TRUE(dana);
  ASSERT_EQ(dana->size(), 2u);
  EXPECT_EQ(dana->back().kind, TimelineKind::transcript);
  EXPECT_EQ(dana->back().channel, model::Channel::video);
  EXPECT_EQ(dana->back().summary, "Quarterly review");
  auto omar = store->timeline(id_of(*store, "omar@brightline.example"));
  ASSERT_TRUE(omar);
  ASSERT_EQ(omar->size(), 2u);  // "Omar" is the only Omar

  auto call = store->conversation(dana->back().conversation);
  ASSERT_TRUE(call);
  ASSERT_TRUE(call->has_value());
  ASSERT_EQ((*call)->items.size(), 2u);
  EXPECT_EQ((*call)->items[0].direction, Direction::outbound);  // the owner speaks
  EXPECT_EQ((*call)->items[1].direction, Direction::inbound);
  ASSERT_TRUE((*call)->items[1].start_s);
  EXPECT_DOUBLE_EQ(*(*call)->items[1].start_s, 6.0);
  EXPECT_EQ((*call)->items[1].when, at("2026-03-10T15:00:06Z"));
  EXPECT_EQ((*call)->participants, std::vector<std::string>{"Dana Kowalski"});

  auto contacts = store->contacts();
  ASSERT_TRUE(contacts);
  EXPECT_EQ(contacts->size(), 2u);  // nobody was created for "Speaker 2" or the owner
}

TEST(StoreFinish, ActivitySeparatesLiveConversationsFromMessages) {
  ScratchDir dir;
  auto store = open_in(dir);
  ImportBatch b;
  b.messages.push_back(email("m1@x", k_dana, {k_me}, "2026-03-02T09:00:00Z", "Pricing"));
  b.messages.push_back(email("m2@x", k_me, {k_dana}, "2026-03-05T09:00:00Z", "Re: Pricing"));
  auto ooo = email("m3@x", k_dana, {k_me}, "2026-03-06T09:00:00Z", "Out of office");
  ooo.automatic = model::AutomaticKind::out_of_office;
  b.messages.push_back(ooo);
  model::ContactRecord r;
  r.name = "Dana Kowalski";
  r.emails = {"dana@acme-industries.example"};
  r.phones = {"+447700900123"};
  b.contacts.push_back(r);
  model::CallLogEntry reached;
  reached.when = at("2026-03-03T10:00:00Z");
  reached.other = phone_party("+447700900123");
  reached.outcome = model::CallOutcome::reached;
  b.calls.push_back(reached);
  auto voicemail = reached;
  voicemail.when = at("2026-03-07T10:00:00Z");
  voicemail.outcome = model::CallOutcome::voicemail;
  b.calls.push_back(voicemail);
  ASSERT_TRUE(store->write(b));
  ASSERT_TRUE(store->set_owner({k_me.id}));
  ASSERT_TRUE(store->finish_import());

  auto contacts = store->contacts();
  ASSERT_TRUE(contacts);
  ASSERT_EQ(contacts->size(), 1u);
  const auto& dana = contacts->front();
  ASSERT_TRUE(dana.last_live);
  EXPECT_EQ(*dana.last_live, at("2026-03-03T10:00:00Z"));  // the voicemail was no conversation
  EXPECT_EQ(dana.last_live_channel, model::Channel::phone);
  ASSERT_TRUE(dana.last_message);
  EXPECT_EQ(*dana.last_message, at("2026-03-05T09:00:00Z"));  // the auto-reply does not count
  ASSERT_EQ(dana.channels.size(), 2u);
  EXPECT_EQ(dana.channels[0].channel, model::Channel::phone);  // most recent first
  EXPECT_EQ(dana.channels[0].count, 2u);
  EXPECT_EQ(dana.channels[1].channel, model::Channel::email);
  EXPECT_EQ(dana.channels[1].count, 2u);
}

TEST(StoreFinish, SettingTheOwnerLaterRemovesTheirContact) {
  ScratchDir dir;
  auto store = open_in(dir);
  ImportBatch b;
  b.messages.push_back(email("m1@x", k_me, {k_dana}, "2026-03-02T09:00:00Z", "Pricing"));
  ASSERT_TRUE(store->write(b));
  ASSERT_TRUE(store->finish_import());
  auto before = store->contacts();
  ASSERT_TRUE(before);
  EXPECT_EQ(before->size(), 2u);
  ASSERT_TRUE(store->set_owner({k_me.id}));
  ASSERT_TRUE(store->finish_import());
  auto after = store->contacts();
  ASSERT_TRUE(after);
  ASSERT_EQ(after->size(), 1u);
  EXPECT_EQ(after->front().name, "Dana Kowalski");
}

}  // namespace
}  // namespace rapport::store
