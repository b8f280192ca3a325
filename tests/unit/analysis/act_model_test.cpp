#include "rapport/analysis/act_model.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "rapport/analysis/analyzer.hpp"

namespace rapport::analysis {
namespace {

// "stacks" leans to pitch, "deal" to commitment, "lovely" to appreciation; the speaker
// features move them too.
const char* const k_small_model =
    "@min_probability\t0.6\n"
    "@columns\trep.pitch\tclient.commitment\tappreciation\n"
    "@bias\t-2\t-2\t-2\n"
    "stacks\t3\t0\t0\n"
    "deal\t0\t3\t0\n"
    "lovely\t0\t0\t3\n"
    "speaker:client\t0\t0\t-0.5\n";

bool has(const std::vector<ActModel::Verdict>& verdicts, Act act) {
  return std::any_of(verdicts.begin(), verdicts.end(), [&](const ActModel::Verdict& v) { return v.act == act; });
}

TEST(ActModel, AddsTheActsAboveItsFloor) {
  const auto model = ActModel::create({{"act_model.tsv", k_small_model}});
  ASSERT_TRUE(model) << model.error().message;
  const auto pitch = model->judge(TextModel::keys("The driver stacks it in the barn. Lovely."), Speaker::rep);
  ASSERT_EQ(pitch.size(), 2U);
  EXPECT_EQ(pitch[0].act, Act::pitch);  // in column order
  EXPECT_NEAR(pitch[0].probability, 1 / (1 + std::exp(-1.0)), 1e-9);
  EXPECT_EQ(pitch[1].act, Act::appreciation);
  EXPECT_TRUE(model->judge(TextModel::keys("The invoice is attached."), Speaker::rep).empty());
  // "speaker:client" takes appreciation to 0.5 log-odds, about 0.62: still above 0.6...
  EXPECT_TRUE(has(model->judge(TextModel::keys("lovely"), Speaker::client), Act::appreciation));
  // ...and the log-odds the analyzer ranks sentences by count it too.
  EXPECT_NEAR(model->log_odds("lovely", Speaker::client, Act::appreciation), 0.5, 1e-9);
  EXPECT_NEAR(model->log_odds("lovely", Speaker::rep, Act::appreciation), 1.0, 1e-9);
}

// "rep.pitch" is the rep's act and "client.commitment" the client's, whatever the words;
// a speaker of no known side gets nothing.
TEST(ActModel, ASidedColumnIsForThatSideOnly) {
  const auto model = ActModel::create({{"act_model.tsv", k_small_model}});
  ASSERT_TRUE(model) << model.error().message;
  const auto keys = TextModel::keys("Deal. He stacks them Fridays.");
  const auto by_rep = model->judge(keys, Speaker::rep);
  EXPECT_TRUE(has(by_rep, Act::pitch));
  EXPECT_FALSE(has(by_rep, Act::commitment));
  const auto by_client = model->judge(keys, Speaker::client);
  EXPECT_FALSE(has(by_client, Act::pitch));
  EXPECT_TRUE(has(by_client, Act::commitment));
  EXPECT_TRUE(model->judge(keys, Speaker::unknown).empty());
}

TEST(ActModel, WithoutAFileItAddsNothing) {
  const auto model = ActModel::create({});
  ASSERT_TRUE(model);
  EXPECT_TRUE(model->empty());
  EXPECT_TRUE(model->judge(TextModel::keys("The driver stacks it in the barn."), Speaker::rep).empty());
}

TEST(ActModel, BadFilesAreNamed) {
  const auto expect_error = [](const std::string& file, std::string_view says) {
    const auto model = ActModel::create({{"act_model.tsv", file}});
    ASSERT_FALSE(model) << file;
    EXPECT_NE(model.error().message.find(says), std::string::npos) << model.error().message;
  };
  expect_error("@min_probability\t0.6\n@columns\tpitches\n@bias\t0\n", "pitches");
  expect_error("@min_probability\t0.6\n@columns\tboss.pitch\n@bias\t0\n", "boss.pitch");
  expect_error("@min_probability\t0.6\n@columns\trep.pitch\tpitch\n@bias\t0\t0\n", "twice");
  expect_error("@columns\tpitch\n@bias\t0\n", "@min_probability");
  expect_error("@min_probability\t1\n@columns\tpitch\n@bias\t0\n", "@min_probability");
  expect_error(std::string(k_small_model) + "word\t1\n", "act_model.tsv:8");
}

Analysis call_turn(const Analyzer& analyzer, std::string_view text, Speaker speaker, TurnContext context = {}) {
  context.speaker = speaker;
  context.channel = model::Channel::phone;
  return analyzer.analyze_turn(text, context);
}

bool has_act(const Analysis& analysis, Act act) {
  return std::find(analysis.acts.begin(), analysis.acts.end(), act) != analysis.acts.end();
}

const Evidence* evidence_for(const Analysis& analysis, Act act) {
  const auto found = std::find_if(analysis.evidence.begin(), analysis.evidence.end(),
                                  [&](const Evidence& e) { return e.tag == to_string(act); });
  return found == analysis.evidence.end() ? nullptr : &*found;
}

// The built-in model finds acts the rules pass over, on the side that performs them,
// and says the finding is its own.
TEST(ActModel, AnalyzerAsksItAboutCallTurns) {
  const auto analyzer = Analyzer::create();
  ASSERT_TRUE(analyzer) << analyzer.error().message;
  const std::string pitch = "Every order ships the same day if it's in by two, and the courier texts your team "
                            "before they arrive.";
  const auto by_rep = call_turn(*analyzer, pitch, Speaker::rep);
  ASSERT_TRUE(has_act(by_rep, Act::pitch));
  const auto* because = evidence_for(by_rep, Act::pitch);
  ASSERT_NE(because, nullptr);
  EXPECT_TRUE(because->learned);
  EXPECT_NE(because->rule.find("act_model.tsv (probability"), std::string::npos) << because->rule;
  EXPECT_EQ(because->span, (Span{0, pitch.size()}));
  EXPECT_FALSE(has_act(call_turn(*analyzer, pitch, Speaker::client), Act::pitch));
  EXPECT_FALSE(has_act(call_turn(*analyzer, pitch, Speaker::unknown), Act::pitch));

  const std::string agreed = "Fine by me, Thursday at ten then.";
  EXPECT_TRUE(has_act(call_turn(*analyzer, agreed, Speaker::client), Act::commitment));
  EXPECT_FALSE(has_act(call_turn(*analyzer, agreed, Speaker::rep), Act::commitment));

  // Not in a message: the model learned from calls.
  MessageContext email;
  email.channel = model::Channel::email;
  TurnContext from_rep;
  from_rep.speaker = Speaker::rep;
  from_rep.channel = model::Channel::email;
  EXPECT_FALSE(has_act(analyzer->analyze_message(pitch, from_rep, email), Act::pitch));
}

// A short no to a question that offered nothing answers it: no rejection. After an
// offer, or with no turn before, the same words decline.
TEST(ActModel, AShortAnswerToAQuestionThatOfferedNothingDeclinesNothing) {
  const auto analyzer = Analyzer::create();
  ASSERT_TRUE(analyzer) << analyzer.error().message;
  const std::string no = "No, I don't think so. Not this year.";
  EXPECT_TRUE(has_act(call_turn(*analyzer, no, Speaker::client), Act::rejection));

  const auto after = [&](const std::string& question) {
    TurnContext context;
    context.previous_text = &question;
    context.previous_speaker = Speaker::rep;
    context.previous_acts = act_set(call_turn(*analyzer, question, Speaker::rep).acts);
    return call_turn(*analyzer, no, Speaker::client, context);
  };
  EXPECT_FALSE(has_act(after("Is there anything else on your side?"), Act::rejection));
  EXPECT_TRUE(has_act(after("Shall we go ahead and get the order in today?"), Act::rejection));
}

}  // namespace
}  // namespace rapport::analysis
