#include "rapport/analysis/fact_model.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "rapport/analysis/analyzer.hpp"

namespace rapport::analysis {
namespace {

// Only "allotment" and "pup" lean anywhere; "none" starts 2 ahead.
const char* const k_small_model =
    "@min_probability\t0.6\n"
    "@columns\tnone\thobby\tpet\n"
    "@bias\t2\t0\t0\n"
    "allotment\t0\t5\t0\n"
    "pup\t0\t0\t2.5\n"
    "the_pup\t0\t0\t1\n"
    "my_pup\t0\t0\t1\n";

std::string phrase_of(std::string_view sentence, const FactModel::Verdict& verdict) {
  return std::string(sentence.substr(verdict.phrase.begin, verdict.phrase.end - verdict.phrase.begin));
}

TEST(FactModel, NamesTheKindAboveItsFloor) {
  const auto model = FactModel::create({{"fact_model.tsv", k_small_model}});
  ASSERT_TRUE(model) << model.error().message;
  const std::string_view sentence = "We spent Sunday at the allotment.";
  const auto hobby = model->judge(sentence);
  ASSERT_TRUE(hobby);
  EXPECT_EQ(hobby->kind, "hobby");
  // hobby 5 against none 2 and pet 0.
  EXPECT_NEAR(hobby->probability, 1 / (1 + std::exp(-3) + std::exp(-5)), 1e-9);
  EXPECT_EQ(phrase_of(sentence, *hobby), "We spent Sunday at the allotment");
  EXPECT_FALSE(model->judge("The invoice is attached."));  // none is the most probable
}

TEST(FactModel, BelowTheFloorItSaysNothing) {
  const auto model = FactModel::create({{"fact_model.tsv", k_small_model}});
  ASSERT_TRUE(model) << model.error().message;
  // pet 2.5 against none 2: about 0.59, under the floor of 0.6.
  EXPECT_FALSE(model->judge("A pup"));
  const auto pet = model->judge("the pup");  // 3.5 against 2
  ASSERT_TRUE(pet);
  EXPECT_EQ(pet->kind, "pet");
}

// The phrase is the clause that speaks for the kind, read out as a reminder: without
// the clauses around it, a leading "my"/"our", or the sentence's last stop.
TEST(FactModel, ThePhraseIsTheClauseThatTellsTheFact) {
  const auto model = FactModel::create({{"fact_model.tsv", k_small_model}});
  ASSERT_TRUE(model) << model.error().message;
  const std::string_view joined = "Sorry I'm late, we were at the allotment so I missed your call.";
  const auto hobby = model->judge(joined);
  ASSERT_TRUE(hobby);
  EXPECT_EQ(phrase_of(joined, *hobby), "we were at the allotment");
  const std::string_view mine = "Apologies - my pup ate the cable (again).";
  const auto pet = model->judge(mine);
  ASSERT_TRUE(pet);
  EXPECT_EQ(phrase_of(mine, *pet), "pup ate the cable");
  // A clause longer than twelve words is cut to the ten around what tells the fact.
  const std::string_view long_clause =
      "Honestly we have been spending every single evening of this whole month up at the allotment with the kids";
  const auto long_hobby = model->judge(long_clause);
  ASSERT_TRUE(long_hobby);
  const auto phrase = phrase_of(long_clause, *long_hobby);
  EXPECT_NE(phrase.find("allotment"), std::string::npos) << phrase;
  EXPECT_EQ(std::count(phrase.begin(), phrase.end(), ' '), 9) << phrase;
}

// A condition does not tell a fact, however much its words do.
TEST(FactModel, AConditionTellsNothing) {
  const auto model = FactModel::create({{"fact_model.tsv", k_small_model}});
  ASSERT_TRUE(model) << model.error().message;
  EXPECT_FALSE(model->judge("If you see the allotment, tell them to water it."));
  EXPECT_FALSE(model->judge("And unless the pup behaves, we stay home."));
  EXPECT_TRUE(model->judge("When I'm at the allotment, I switch off."));
}

TEST(FactModel, WithoutAFileItFindsNothing) {
  const auto model = FactModel::create({});
  ASSERT_TRUE(model);
  EXPECT_TRUE(model->empty());
  EXPECT_FALSE(model->judge("We spent Sunday at the allotment."));
}

TEST(FactModel, BadFilesAreNamed) {
  const auto expect_error = [](const std::string& file, std::string_view says) {
    const auto model = FactModel::create({{"fact_model.tsv", file}});
    ASSERT_FALSE(model) << file;
    EXPECT_NE(model.error().message.find(says), std::string::npos) << model.error().message;
  };
  expect_error("@min_probability\t0.6\n@columns\thobby\tnone\n@bias\t0\t0\n", "\"none\"");
  expect_error("@min_probability\t0.6\n@columns\tnone\thobbies\n@bias\t0\t0\n", "hobbies");
  expect_error("@min_probability\t0.6\n@columns\tnone\tpet\tpet\n@bias\t0\t0\t0\n", "twice");
  expect_error("@columns\tnone\tpet\n@bias\t0\t0\n", "@min_probability");
  expect_error(std::string(k_small_model) + "word\t1\n", "fact_model.tsv:8");
}

Analysis client_turn(const Analyzer& analyzer, std::string_view text, Speaker speaker = Speaker::client) {
  TurnContext context;
  context.speaker = speaker;
  context.channel = model::Channel::phone;
  return analyzer.analyze_turn(text, context);
}

const Evidence* fact_evidence(const Analysis& analysis) {
  const auto found = std::find_if(analysis.evidence.begin(), analysis.evidence.end(),
                                  [](const Evidence& e) { return e.tag.rfind("fact.", 0) == 0; });
  return found == analysis.evidence.end() ? nullptr : &*found;
}

// The built-in model finds what the rules pass over, in a client's sentence that tells
// rather than asks, and its finding says it is the model's.
TEST(FactModel, AnalyzerAsksItWhereTheRulesFindNothing) {
  const auto analyzer = Analyzer::create();
  ASSERT_TRUE(analyzer) << analyzer.error().message;
  const std::string told = "Right, the quote is fine. Our youngest starts big school in September, so it's a busy "
                           "month here.";
  const auto found = client_turn(*analyzer, told);
  ASSERT_EQ(found.facts.size(), 1U);
  EXPECT_EQ(found.facts[0].kind, "children");
  EXPECT_TRUE(found.facts[0].learned);
  EXPECT_NE(found.facts[0].text.find("youngest starts big school"), std::string::npos) << found.facts[0].text;
  EXPECT_EQ(told.substr(found.facts[0].span.begin, found.facts[0].span.end - found.facts[0].span.begin).find("Our"),
            0U);
  const auto* because = fact_evidence(found);
  ASSERT_NE(because, nullptr);
  EXPECT_TRUE(because->learned);
  EXPECT_NE(because->rule.find("fact_model.tsv (probability"), std::string::npos) << because->rule;
  EXPECT_TRUE(std::find(found.acts.begin(), found.acts.end(), Act::small_talk) != found.acts.end());

  // Not the rep's life, and not a question about someone's.
  EXPECT_TRUE(client_turn(*analyzer, told, Speaker::rep).facts.empty());
  EXPECT_TRUE(client_turn(*analyzer, "Does your youngest start big school in September?").facts.empty());

  // One fact of a kind per text: the second sentence about the youngest adds nothing.
  const auto twice = client_turn(*analyzer, "Our youngest starts big school in September. Our youngest has been "
                                            "counting the days to big school since June.");
  EXPECT_EQ(std::count_if(twice.facts.begin(), twice.facts.end(), [](const Fact& f) { return f.kind == "children"; }),
            1);

  // What a rule finds stays the rule's.
  const auto ruled = client_turn(*analyzer, "We got back from Lisbon on Sunday.");
  ASSERT_EQ(ruled.facts.size(), 1U);
  EXPECT_FALSE(ruled.facts[0].learned);
  EXPECT_EQ(ruled.facts[0].rule.find("fact_model"), std::string::npos);
}

}  // namespace
}  // namespace rapport::analysis
