#include "rapport/analysis/analyzer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace rapport::analysis {
namespace {

const Analyzer& analyzer() {
  static const auto created = Analyzer::create();
  EXPECT_TRUE(created.ok());
  return created.value();
}

bool has(const Analysis& a, Act act) { return std::find(a.acts.begin(), a.acts.end(), act) != a.acts.end(); }

Analysis turn(std::string_view text, Speaker speaker) {
  TurnContext context;
  context.speaker = speaker;
  context.channel = model::Channel::phone;
  return analyzer().analyze_turn(text, context);
}

TEST(Analyzer, TalkAboutOnesOwnLifeIsSmallTalkFromEitherSide) {
  const auto client = turn("We've only just got back from a week in Tenerife, so I'm catching up.", Speaker::client);
  EXPECT_TRUE(has(client, Act::small_talk));
  EXPECT_EQ(client.facts.size(), 1U);
  // The rep's life is small talk too, but not a fact to bring up about the client.
  const auto rep = turn("My daughter starts university in October, so it's all go at home.", Speaker::rep);
  EXPECT_TRUE(has(rep, Act::small_talk));
  EXPECT_TRUE(rep.facts.empty());
  // Business talk with the same words is neither.
  const auto business = turn("We're moving the servers to the new data centre next week.", Speaker::client);
  EXPECT_FALSE(has(business, Act::small_talk));
  EXPECT_TRUE(business.facts.empty());
}

TEST(Analyzer, ANeedWithAPersonalReasonIsBusinessButTheFactIsKept) {
  const auto need = turn("We really need two more seats now that my son has joined the firm after graduating.",
                         Speaker::client);
  EXPECT_FALSE(has(need, Act::small_talk));
  const auto life = turn("My son has just graduated from Leeds.", Speaker::client);
  EXPECT_TRUE(has(life, Act::small_talk));
  EXPECT_FALSE(life.facts.empty());
}

TEST(Analyzer, SmallTalkFromAFactQuotesTheSentenceAndTheRule) {
  const std::string text = "Right, the quote. Oh, and I've done my ankle in at netball.";
  const auto a = turn(text, Speaker::client);
  const auto it = std::find_if(a.evidence.begin(), a.evidence.end(), [](const Evidence& e) { return e.tag == "small_talk"; });
  ASSERT_NE(it, a.evidence.end());
  EXPECT_EQ(text.substr(it->span.begin, it->span.end - it->span.begin), "Oh, and I've done my ankle in at netball.");
  EXPECT_TRUE(it->rule.starts_with("facts.rules:")) << it->rule;
}

TEST(Analyzer, AWishWithAQuestionMarkIsCourtesyInAMessage) {
  TurnContext context;
  context.speaker = Speaker::client;
  MessageContext message;
  message.channel = model::Channel::email;
  const auto a = analyzer().analyze_message("Hope you had a lovely break? Thanks again for sorting the van.", context,
                                            message);
  EXPECT_EQ(a.intent, Intent::pleasantry);
  EXPECT_EQ(a.reply_owed, false);
}

}  // namespace
}  // namespace rapport::analysis
