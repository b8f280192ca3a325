#include "rapport/analysis/intent_model.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "rapport/analysis/analyzer.hpp"

namespace rapport::analysis {
namespace {

// Columns in the trainer's order; only "renew" and "stop" lean anywhere.
const char* const k_small_model =
    "@min_probability\t0.6\n"
    "@columns\tunsubscribe\tauto_reply\tdismissal\tobjection\tinterest\tquestion\tscheduling\tinfo\tpleasantry\n"
    "@bias\t0\t0\t0\t0\t0\t0\t0\t0\t1\n"
    "renew\t0\t0\t4\t0\t0\t0\t0\t0\t0\n"
    "won't_renew\t0\t0\t2\t0\t0\t0\t0\t0\t0\n"
    "stop\t2\t0\t0\t0\t0\t0\t0\t0\t0\n";

TEST(IntentModel, NamesTheMostProbableIntentAboveItsFloor) {
  const auto model = IntentModel::create({{"intent_model.tsv", k_small_model}});
  ASSERT_TRUE(model) << model.error().message;
  // dismissal 6 against pleasantry 1 and seven zeros: 1 / (1 + e^-5 + 7 e^-6).
  const auto renew = model->judge("We won't renew.");
  ASSERT_TRUE(renew);
  EXPECT_EQ(renew->intent, Intent::dismissal);
  EXPECT_NEAR(renew->probability, 1 / (1 + std::exp(-5) + 7 * std::exp(-6)), 1e-9);
  // unsubscribe 2 against pleasantry 1: about 0.43, under the floor of 0.6.
  EXPECT_FALSE(model->judge("stop"));
  EXPECT_FALSE(model->judge("Nothing it knows."));
  EXPECT_NEAR(model->lead("time to renew", Intent::dismissal), 3, 1e-9);
  EXPECT_NEAR(model->lead("hello", Intent::dismissal), -1, 1e-9);
}

TEST(IntentModel, WithoutAFileItHasNoOpinion) {
  const auto model = IntentModel::create({});
  ASSERT_TRUE(model);
  EXPECT_TRUE(model->empty());
  EXPECT_FALSE(model->judge("please stop, we won't renew"));
}

TEST(IntentModel, BadFilesAreNamed) {
  const auto wrong_intent = IntentModel::create(
      {{"intent_model.tsv",
        "@min_probability\t0.6\n@columns\tunsubscribe\tauto_reply\tdismissal\tobjection\tinterest\tquestion\t"
        "scheduling\tinfo\tsmall_talk\n@bias\t0\t0\t0\t0\t0\t0\t0\t0\t0\n"}});
  ASSERT_FALSE(wrong_intent);
  EXPECT_NE(wrong_intent.error().message.find("small_talk"), std::string::npos) << wrong_intent.error().message;
  const auto twice = IntentModel::create(
      {{"intent_model.tsv",
        "@min_probability\t0.6\n@columns\tinfo\tauto_reply\tdismissal\tobjection\tinterest\tquestion\t"
        "scheduling\tinfo\tpleasantry\n@bias\t0\t0\t0\t0\t0\t0\t0\t0\t0\n"}});
  ASSERT_FALSE(twice);
  EXPECT_NE(twice.error().message.find("twice"), std::string::npos) << twice.error().message;
  const auto no_floor = IntentModel::create({{"intent_model.tsv", std::string(k_small_model).substr(21)}});
  ASSERT_FALSE(no_floor);
  EXPECT_NE(no_floor.error().message.find("@min_probability"), std::string::npos) << no_floor.error().message;
  const auto bad_line = IntentModel::create({{"intent_model.tsv", std::string(k_small_model) + "word\t1\n"}});
  ASSERT_FALSE(bad_line);
  EXPECT_NE(bad_line.error().message.find("intent_model.tsv:7"), std::string::npos) << bad_line.error().message;
}

IntentResult message_intent(const Analyzer& analyzer, std::string_view text, std::vector<Evidence>* evidence = nullptr) {
  TurnContext client;
  client.speaker = Speaker::client;
  client.channel = model::Channel::email;
  MessageContext message;
  const auto out = analyzer.analyze_message(text, client, message);
  if (evidence != nullptr) *evidence = out.evidence;
  return {out.intent.value_or(Intent::info), out.reply_owed.value_or(false), out.objections, {}};
}

const Evidence* intent_evidence(const std::vector<Evidence>& evidence) {
  const auto found = std::find_if(evidence.begin(), evidence.end(),
                                  [](const Evidence& e) { return e.tag.rfind("intent.", 0) == 0; });
  return found == evidence.end() ? nullptr : &*found;
}

// The built-in model speaks where the rules fall back, and names itself and the
// sentence it read.
TEST(IntentModel, AnalyzerAsksItWhereTheRulesFallBack) {
  const auto analyzer = Analyzer::create();
  ASSERT_TRUE(analyzer) << analyzer.error().message;
  std::vector<Evidence> evidence;
  const std::string refusal =
      "Hi Priya, we've had a think and it's not something we'll be taking forward this year. Thanks for your time. Tom";
  const auto dismissed = message_intent(*analyzer, refusal, &evidence);
  EXPECT_EQ(dismissed.intent, Intent::dismissal);
  EXPECT_TRUE(dismissed.reply_owed);  // a dismissal is answered, by phone
  const auto* because = intent_evidence(evidence);
  ASSERT_NE(because, nullptr);
  EXPECT_EQ(because->tag, "intent.dismissal");
  EXPECT_NE(because->rule.find("intent_model.tsv (probability"), std::string::npos) << because->rule;
  EXPECT_NE(refusal.substr(because->span.begin, because->span.end - because->span.begin).find("taking forward"),
            std::string::npos);

  const auto paid = message_intent(*analyzer, "Hi, the invoice went through to accounts yesterday and should be "
                                              "paid by Friday. Tom");
  EXPECT_EQ(paid.intent, Intent::info);
  EXPECT_FALSE(paid.reply_owed);

  // An answer the rules are sure of is theirs, and names their rule.
  const auto off = message_intent(*analyzer, "Please take me off your mailing list.", &evidence);
  EXPECT_EQ(off.intent, Intent::unsubscribe);
  ASSERT_NE(intent_evidence(evidence), nullptr);
  EXPECT_EQ(intent_evidence(evidence)->rule.find("intent_model"), std::string::npos);

  // The rep's messages have no intent.
  TurnContext rep;
  rep.speaker = Speaker::rep;
  rep.channel = model::Channel::email;
  EXPECT_FALSE(analyzer->analyze_message(refusal, rep, MessageContext{}).intent);
}

}  // namespace
}  // namespace rapport::analysis
