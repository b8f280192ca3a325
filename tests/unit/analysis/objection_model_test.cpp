#include "rapport/analysis/objection_model.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "rapport/analysis/analyzer.hpp"

namespace rapport::analysis {
namespace {

const char* const k_small_model =
    "# a test model\n"
    "@threshold\t1\n"
    "@columns\tobjects\tprice\tbudget\tvendor_risk\tfinancial_unclear\ttiming\tneed\tauthority\tcompetitor\tother\n"
    "@bias\t-1\t0\t0\t0\t0\t0\t0\t0\t0\t0\n"
    "dear\t1.5\t2\t0\t0\t0\t0\t0\t0\t0\t0\n"
    "too_dear\t1\t1\t0\t0\t0\t0\t0\t0\t0\t0\n"
    "boss\t2.5\t0\t0\t0\t0\t0\t0\t3\t0\t0\n";

TEST(ObjectionModel, JudgesBySummedWeights) {
  const auto model = ObjectionModel::create({{"objection_model.tsv", k_small_model}});
  ASSERT_TRUE(model) << model.error().message;
  // Each feature counts once; words the model does not know count nothing.
  const auto dear = model->judge(TextModel::keys("It's too dear, too dear for us this year."));
  ASSERT_TRUE(dear);
  EXPECT_EQ(dear->category, Objection::price);
  EXPECT_NEAR(dear->score, 0.5, 1e-9);  // -1 + 1.5 + 1 - 1
  EXPECT_FALSE(model->judge(TextModel::keys("It's dear for us at this time of year.")));  // -1 + 1.5 = 0.5, not above 1
  // Under eight words the model does not guess, whatever the weights say.
  EXPECT_FALSE(model->judge(TextModel::keys("My boss decides.")));
  const auto boss = model->judge(TextModel::keys("My boss decides on anything of this size, sadly."));
  ASSERT_TRUE(boss);
  EXPECT_EQ(boss->category, Objection::authority);
  EXPECT_NEAR(model->margin("nothing here"), -2, 1e-9);
}

TEST(ObjectionModel, WithoutAFileItNeverObjects) {
  const auto model = ObjectionModel::create({});
  ASSERT_TRUE(model);
  EXPECT_TRUE(model->empty());
  EXPECT_FALSE(model->judge(TextModel::keys("far too expensive for us, my boss won't have it")));
}

TEST(ObjectionModel, BadLinesNameFileAndLine) {
  const auto bad_number = ObjectionModel::create(
      {{"objection_model.tsv", "@threshold\t1\n@columns\tobjects\tprice\tbudget\tvendor_risk\tfinancial_unclear\t"
                               "timing\tneed\tauthority\tcompetitor\tother\n@bias\t0\t0\t0\t0\t0\t0\t0\t0\t0\tx\n"}});
  ASSERT_FALSE(bad_number);
  EXPECT_NE(bad_number.error().message.find("objection_model.tsv:3"), std::string::npos) << bad_number.error().message;
  const auto bad_category = ObjectionModel::create(
      {{"objection_model.tsv", "@threshold\t1\n@columns\tobjects\tprice\tcost\n@bias\t0\t0\t0\n"}});
  ASSERT_FALSE(bad_category);
  EXPECT_NE(bad_category.error().message.find("objection_model.tsv"), std::string::npos);
  EXPECT_NE(bad_category.error().message.find("categories"), std::string::npos) << bad_category.error().message;
  const auto no_threshold = ObjectionModel::create(
      {{"objection_model.tsv", "@columns\tobjects\tprice\tbudget\tvendor_risk\tfinancial_unclear\ttiming\tneed\t"
                               "authority\tcompetitor\tother\n@bias\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n"}});
  ASSERT_FALSE(no_threshold);
  EXPECT_NE(no_threshold.error().message.find("@threshold"), std::string::npos);
  const auto bad_second = ObjectionModel::create(
      {{"objection_model.tsv", "@threshold\t1\n@second\t70\n@columns\tobjects\tprice\tbudget\tvendor_risk\t"
                               "financial_unclear\ttiming\tneed\tauthority\tcompetitor\tother\n"
                               "@bias\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n"}});
  ASSERT_FALSE(bad_second);
  EXPECT_NE(bad_second.error().message.find("\"@second\" is a probability"), std::string::npos)
      << bad_second.error().message;
}

const char* const k_checking_model =
    "@threshold\t1\n"
    "@second\t0.7\n"
    "@doubt\t0.3\n"
    "@columns\tobjects\tprice\tbudget\tvendor_risk\tfinancial_unclear\ttiming\tneed\tauthority\tcompetitor\tother\n"
    "@bias\t-1\t-3\t-3\t-3\t-3\t-3\t-3\t-3\t-3\t-3\n"  // each category 0.047 by itself
    "cheaper\t0\t5\t0\t0\t0\t0\t0\t0\t0\t0\n"         // price 0.88
    "others\t0\t0\t0\t0\t0\t0\t0\t0\t5\t0\n"          // competitor 0.88
    "wait\t0\t0\t0\t0\t0\t2\t0\t0\t0\t0\n";           // timing 0.27

TEST(ObjectionModel, ChecksTheCategoriesTheRulesGave) {
  const auto model = ObjectionModel::create({{"objection_model.tsv", k_checking_model}});
  ASSERT_TRUE(model) << model.error().message;
  const auto cheaper = TextModel::keys("the others are cheaper");
  // Of two, the one it doubts goes; then one is left, and the second it is sure of comes.
  auto check = model->check_categories(cheaper, {Objection::price, Objection::authority});
  EXPECT_EQ(check.doubted, std::vector<Objection>{Objection::authority});
  ASSERT_TRUE(check.second);
  EXPECT_EQ(check.second->category, Objection::competitor);
  EXPECT_NEAR(check.second->probability, 1 / (1 + std::exp(-2.0)), 1e-3);
  // Two it does not doubt: nothing to add.
  check = model->check_categories(cheaper, {Objection::price, Objection::competitor});
  EXPECT_TRUE(check.doubted.empty());
  EXPECT_FALSE(check.second);
  // A single category is never doubted, however unlikely the model finds it.
  check = model->check_categories(cheaper, {Objection::need});
  EXPECT_TRUE(check.doubted.empty());
  ASSERT_TRUE(check.second);  // of price and competitor, equally sure, the first column
  EXPECT_EQ(check.second->category, Objection::price);
  // Never all of them: the likeliest of the doubted stays.
  check = model->check_categories(TextModel::keys("we can wait"), {Objection::need, Objection::timing});
  EXPECT_EQ(check.doubted, std::vector<Objection>{Objection::need});
  EXPECT_FALSE(check.second);  // nothing over 0.7
  EXPECT_FALSE(model->check_categories(cheaper, {}).second);  // no objection, no check

  // A file without "@second" and "@doubt" checks nothing.
  const auto plain = ObjectionModel::create({{"objection_model.tsv", k_small_model}});
  ASSERT_TRUE(plain);
  check = plain->check_categories(TextModel::keys("too dear, my boss says"), {Objection::need, Objection::timing});
  EXPECT_TRUE(check.doubted.empty());
  EXPECT_FALSE(check.second);
}

// With the built-in model: the second category goes to the sentence that objects, with
// the model named as its evidence; a message is not checked (its intent weighs its
// categories).
TEST(ObjectionModel, AnalyzerAddsASecondCategoryToAClientsObjection) {
  const auto analyzer = Analyzer::create();
  ASSERT_TRUE(analyzer) << analyzer.error().message;
  const std::string turn =
      "The demo was lovely, the team liked it. We have three quotes in already, and to be straight with you the other "
      "two are both a fair bit cheaper than yours.";
  TurnContext client;
  client.speaker = Speaker::client;
  client.channel = model::Channel::phone;
  const auto found = analyzer->analyze_turn(turn, client);
  EXPECT_EQ(found.objections, (std::vector<Objection>{Objection::price, Objection::competitor}));
  const auto second = std::find_if(found.evidence.begin(), found.evidence.end(),
                                   [](const Evidence& e) { return e.tag == "objection.competitor"; });
  ASSERT_NE(second, found.evidence.end());
  EXPECT_TRUE(second->learned);
  EXPECT_NE(second->rule.find("objection_model.tsv (probability"), std::string::npos) << second->rule;
  EXPECT_EQ(turn.substr(second->span.begin, second->span.end - second->span.begin),
            "We have three quotes in already, and to be straight with you the other two are both a fair bit cheaper "
            "than yours.");
  ASSERT_EQ(found.sentences.size(), 2u);
  EXPECT_TRUE(found.sentences[0].objections.empty());
  EXPECT_EQ(found.sentences[1].objections, (std::vector<Objection>{Objection::price, Objection::competitor}));

  TurnContext email = client;
  email.channel = model::Channel::email;
  EXPECT_EQ(analyzer->analyze_turn(turn, email).objections, std::vector<Objection>{Objection::price});
}

// The built-in model speaks only for a client's call turn the rules pass over, names
// its evidence sentence, and leaves the rep, messages and questions alone.
TEST(ObjectionModel, AnalyzerAsksItOnlyAboutClientCallTurns) {
  const auto analyzer = Analyzer::create();
  ASSERT_TRUE(analyzer) << analyzer.error().message;
  const std::string turn =
      "Bit of both. Mainly I can't take the lads off the road for training. Every engineer hour is a call-out at the "
      "moment.";
  TurnContext client;
  client.speaker = Speaker::client;
  client.channel = model::Channel::phone;
  const auto found = analyzer->analyze_turn(turn, client);
  ASSERT_EQ(found.objections.size(), 1u);
  EXPECT_TRUE(std::find(found.acts.begin(), found.acts.end(), Act::objection) != found.acts.end());
  const auto evidence = std::find_if(found.evidence.begin(), found.evidence.end(),
                                     [](const Evidence& e) { return e.tag == "objection"; });
  ASSERT_NE(evidence, found.evidence.end());
  EXPECT_NE(evidence->rule.find("objection_model.tsv"), std::string::npos);
  EXPECT_EQ(turn.substr(evidence->span.begin, evidence->span.end - evidence->span.begin),
            "Mainly I can't take the lads off the road for training.");

  TurnContext rep = client;
  rep.speaker = Speaker::rep;
  EXPECT_TRUE(analyzer->analyze_turn(turn, rep).objections.empty());
  EXPECT_TRUE(analyzer->analyze_turn("Is there anything new in the system we should know about, do you think?", client)
                  .objections.empty());
  EXPECT_TRUE(analyzer->analyze_turn("Lovely, thanks, that all sounds good to me and the team.", client)
                  .objections.empty());
}

}  // namespace
}  // namespace rapport::analysis
