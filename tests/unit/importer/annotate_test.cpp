#include "rapport/importer/annotate.hpp"

#include <algorithm>

#include <gtest/gtest.h>

namespace rapport::importer {
namespace {

bool has_tag(const std::vector<model::Tag>& tags, std::string_view name) {
  return std::any_of(tags.begin(), tags.end(), [&](const model::Tag& t) { return t.name == name; });
}

const analysis::Analyzer& analyzer() {
  static const auto created = analysis::Analyzer::create();
  EXPECT_TRUE(created.ok());
  return created.value();
}

TEST(Annotate, ClientMailGetsIntentReplyOwedAndEvidenceInItsNewText) {
  model::Message m;
  m.channel = model::Channel::email;
  m.zones.new_text = "Hi Nora,\n\nBecause of financial concerns we have decided not to go ahead.\n\nBest,\nPriya";
  annotate(analyzer(), m);
  EXPECT_TRUE(has_tag(m.tags, "intent.dismissal"));
  EXPECT_TRUE(has_tag(m.tags, "reply_owed"));
  const auto it = std::find_if(m.tags.begin(), m.tags.end(),
                               [](const model::Tag& t) { return t.name == "objection.financial_unclear"; });
  ASSERT_NE(it, m.tags.end());
  EXPECT_EQ(m.zones.new_text.substr(it->begin, it->end - it->begin).find("financial"), 0u);
}

TEST(Annotate, ACourtesyOwesNothingAndTheOwnersTextHasNoIntent) {
  model::Message thanks;
  thanks.channel = model::Channel::sms;
  thanks.direction = model::Direction::inbound;
  thanks.zones.new_text = "Thanks so much, have a lovely weekend!";
  annotate(analyzer(), thanks);
  EXPECT_TRUE(has_tag(thanks.tags, "intent.pleasantry"));
  EXPECT_FALSE(has_tag(thanks.tags, "reply_owed"));

  model::Message mine = thanks;
  mine.direction = model::Direction::outbound;
  annotate(analyzer(), mine);
  EXPECT_FALSE(std::any_of(mine.tags.begin(), mine.tags.end(),
                           [](const model::Tag& t) { return t.name.rfind("intent.", 0) == 0; }));
}

// Mail does not say which side sent it until the import has settled the owner, but a
// message from one of the owner's given identities is theirs already.
TEST(Annotate, MailFromTheOwnersAddressHasNoIntent) {
  model::Message mail;
  mail.channel = model::Channel::email;
  mail.from = {"Nora Castellane", {model::IdentityKind::email, "nora@fieldnote.example"}};
  mail.zones.new_text = "Hi Priya,\n\nCould we find half an hour on Thursday to go through the figures?\n\nNora";
  const auto intents = [](const model::Message& m) {
    return std::count_if(m.tags.begin(), m.tags.end(), [](const model::Tag& t) { return t.name.rfind("intent.", 0) == 0; });
  };
  annotate(analyzer(), mail);
  EXPECT_EQ(intents(mail), 1);  // whose it is, nobody knows yet
  annotate(analyzer(), mail, {{model::IdentityKind::email, "Nora@Fieldnote.example"}});
  EXPECT_EQ(intents(mail), 0);
  EXPECT_TRUE(has_tag(mail.tags, "question.closed"));  // acts are tagged on both sides
  annotate(analyzer(), mail, {{model::IdentityKind::email, "sam@fieldnote.example"}});
  EXPECT_EQ(intents(mail), 1);
  // Compared as the store compares identities: an address given with spaces around it
  // is the same address.
  annotate(analyzer(), mail, {{model::IdentityKind::email, " nora@fieldnote.example "}});
  EXPECT_EQ(intents(mail), 0);
}

TEST(Annotate, TranscriptTurnsUseTheRepsNameAndThePreviousTurn) {
  model::Transcript t;
  t.channel = model::Channel::phone;
  t.turns = {{"Nora", 0.0, 3.0, "How many vans do you run at the moment?", {}, {}},
             {"Priya", 3.5, 5.0, "Eleven. My daughter graduates in June, so I'm off that week.", {}, {}}};
  annotate(analyzer(), t, {"nora"});
  EXPECT_TRUE(has_tag(t.turns[0].tags, "question.semi_open"));
  const auto fact = std::find_if(t.turns[1].tags.begin(), t.turns[1].tags.end(),
                                 [](const model::Tag& tag) { return tag.name.rfind("fact.", 0) == 0; });
  ASSERT_NE(fact, t.turns[1].tags.end());
  EXPECT_NE(fact->detail.find("graduat"), std::string::npos);
}

// What only a learned model found is stored as such, so that the playbook can weigh it
// below a rule's finding.
TEST(Annotate, ALearnedModelsFindingIsMarked) {
  model::Transcript t;
  t.channel = model::Channel::phone;
  t.turns = {{"Nora", 0.0, 3.0, "Is it the cost, or the time it takes?", {}, {}},
             {"Owen", 3.5, 9.0,
              "Bit of both. Mainly I can't take the lads off the road for training. Every engineer hour is a call-out "
              "at the moment.",
              {}, {}}};
  annotate(analyzer(), t, {"nora"});
  const auto& tags = t.turns[1].tags;
  const auto objection = std::find_if(tags.begin(), tags.end(), [](const model::Tag& tag) { return tag.name == "objection"; });
  ASSERT_NE(objection, tags.end());
  EXPECT_EQ(objection->detail, model::k_learned);
  for (const auto& tag : t.turns[0].tags) EXPECT_NE(tag.detail, model::k_learned) << tag.name;
}

}  // namespace
}  // namespace rapport::importer
