#include "rapport/analysis/act_tagger.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "rapport/analysis/rule_files.hpp"

namespace rapport::analysis {
namespace {

const ActTagger& tagger() {
  static const ActTagger t = [] {
    auto r = ActTagger::create(builtin_rule_files());
    if (!r) throw std::runtime_error(r.error().message);
    return std::move(r.value());
  }();
  return t;
}

std::vector<Act> acts(std::string_view text, Speaker speaker = Speaker::unknown,
                      std::optional<model::Channel> channel = model::Channel::phone,
                      const std::string* previous = nullptr, Speaker previous_speaker = Speaker::unknown) {
  TurnContext context;
  context.speaker = speaker;
  context.channel = channel;
  context.previous_text = previous;
  context.previous_speaker = previous_speaker;
  std::vector<Act> out;
  for (const auto& s : tagger().tag(text, context))
    for (const auto a : s.acts)
      if (std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
  std::sort(out.begin(), out.end());
  return out;
}

bool has(const std::vector<Act>& acts, Act act) { return std::find(acts.begin(), acts.end(), act) != acts.end(); }

std::optional<Act> question_type(std::string_view text, Speaker speaker = Speaker::unknown,
                                 std::optional<model::Channel> channel = model::Channel::phone,
                                 const std::string* previous = nullptr) {
  std::optional<Act> found;
  for (const auto a : acts(text, speaker, channel, previous)) {
    if (!is_question(a)) continue;
    EXPECT_FALSE(found) << "two question types for: " << text;
    found = a;
  }
  return found;
}

TEST(ActTaggerQuestions, InversionIsClosedWithOrWithoutQuestionMark) {
  EXPECT_EQ(question_type("Does your team track overtime by hand?"), Act::question_closed);
  EXPECT_EQ(question_type("so do you, uh, do you have a renewal date"), Act::question_closed);
  EXPECT_EQ(question_type("Is the warehouse heated?"), Act::question_closed);
  EXPECT_EQ(question_type("Can Priya sign off on it herself?"), Act::question_closed);
  EXPECT_EQ(question_type("Could you send me the meter readings?"), Act::question_closed);
}

TEST(ActTaggerQuestions, WhQuestionsAreSemiOpenOrOpen) {
  EXPECT_EQ(question_type("How many vans are on the road?"), Act::question_semi_open);
  EXPECT_EQ(question_type("When does the lease run out?"), Act::question_semi_open);
  EXPECT_EQ(question_type("what time are you coming tmrw", Speaker::client, model::Channel::sms),
            Act::question_semi_open);
  EXPECT_EQ(question_type("Which supplier do you use for cleaning?"), Act::question_semi_open);
  EXPECT_EQ(question_type("Why did the last rollout stall?"), Act::question_open);
  EXPECT_EQ(question_type("How do your planners build the weekly schedule?"), Act::question_open);
  EXPECT_EQ(question_type("What would a good year look like for the shop?"), Act::question_open);
}

TEST(ActTaggerQuestions, RequestsToElaborateAreOpenWithoutQuestionForm) {
  EXPECT_EQ(question_type("Tell me about the way bookings reach you today."), Act::question_open);
  EXPECT_EQ(question_type("Could you walk me through a typical Monday?"), Act::question_open);
  EXPECT_EQ(question_type("Help me understand where the paperwork piles up."), Act::question_open);
}

TEST(ActTaggerQuestions, ChoicesTagsAndDeclarativesAreClosed) {
  EXPECT_EQ(question_type("Mornings or evenings?"), Act::question_closed);
  EXPECT_EQ(question_type("Which package suits you, the basic or the plus?"), Act::question_closed);
  EXPECT_EQ(question_type("The board meets in May, right?"), Act::question_closed);
  EXPECT_EQ(question_type("So the fleet is all diesel?"), Act::question_closed);
}

TEST(ActTaggerQuestions, NotQuestions) {
  EXPECT_EQ(question_type("Who doesn't like a shorter commute?"), std::nullopt);
  EXPECT_EQ(question_type("My partner asked whether the van can be leased."), std::nullopt);
  EXPECT_EQ(question_type("We checked the figures last night."), std::nullopt);
  EXPECT_EQ(question_type("What we need is a simpler rota."), std::nullopt);
  EXPECT_EQ(question_type("I have uploaded the invoice you wanted?", Speaker::client, model::Channel::email),
            std::nullopt);
  EXPECT_EQ(question_type("Have a lovely evening!"), std::nullopt);
  EXPECT_EQ(question_type("They sold the farm, which was a shame."), std::nullopt);
}

TEST(ActTaggerQuestions, WellBeingFormulasAreGreetings) {
  const auto a = acts("Hey Lotte, how are you doing?");
  EXPECT_TRUE(has(a, Act::greeting));
  EXPECT_FALSE(has(a, Act::question_open));
  const auto b = acts("Hi Ben, how's it going, and did the parts arrive?");
  EXPECT_TRUE(has(b, Act::greeting));
  EXPECT_TRUE(has(b, Act::question_closed));
}

TEST(ActTaggerQuestions, EllipticalFollowUpTakesTheTypeOfTheQuestionBefore) {
  const std::string before = "How many litres of diesel do you order a month?";
  EXPECT_EQ(question_type("And AdBlue?", Speaker::rep, model::Channel::phone, &before), Act::question_semi_open);
  EXPECT_EQ(question_type("And AdBlue?", Speaker::rep, model::Channel::phone, nullptr), Act::question_closed);
}

TEST(ActTaggerBackchannel, ShortListeningTurnsButNotAnswers) {
  const std::string statement = "We moved the depot to Leeds last spring.";
  const std::string question = "Did you move the depot?";
  EXPECT_TRUE(has(acts("Uh-huh.", Speaker::rep, model::Channel::phone, &statement, Speaker::client), Act::backchannel));
  EXPECT_TRUE(
      has(acts("Oh, I see.", Speaker::rep, model::Channel::phone, &statement, Speaker::client), Act::backchannel));
  EXPECT_FALSE(has(acts("Yeah.", Speaker::rep, model::Channel::phone, &question, Speaker::client), Act::backchannel));
  EXPECT_FALSE(
      has(acts("Yeah, we moved it in March.", Speaker::rep, model::Channel::phone, &statement, Speaker::client),
          Act::backchannel));
  // "Right?" after one's own statement asks for agreement.
  const auto tag = acts("Right?", Speaker::rep, model::Channel::phone, &statement, Speaker::rep);
  EXPECT_FALSE(has(tag, Act::backchannel));
  EXPECT_TRUE(has(tag, Act::question_closed));
}

TEST(ActTaggerOtherActs, CourtesiesAndClosings) {
  EXPECT_TRUE(has(acts("Thanks so much for fitting me in."), Act::thanks));
  EXPECT_FALSE(has(acts("No thanks, we're fine."), Act::thanks));
  EXPECT_TRUE(has(acts("Sorry for the late reply."), Act::apology));
  EXPECT_FALSE(has(acts("Sorry to hear about the flooding."), Act::apology));
  EXPECT_TRUE(has(acts("That sounds really useful."), Act::appreciation));
  EXPECT_TRUE(has(acts("Dear Mrs Okoro,", Speaker::rep, model::Channel::email), Act::greeting));
  EXPECT_TRUE(has(acts("Speak soon, bye."), Act::closing));
  EXPECT_TRUE(has(acts("I'll wait for you both to sign off first.", Speaker::rep, model::Channel::video),
                  Act::sign_off_notice));
}

TEST(ActTaggerOtherActs, SalesActsRespectTheSpeaker) {
  EXPECT_TRUE(has(acts("Our package covers servicing for five years.", Speaker::rep), Act::pitch));
  EXPECT_FALSE(has(acts("Our package covers servicing for five years.", Speaker::client), Act::pitch));
  const auto close = acts("Shall we go ahead and sign today?", Speaker::rep);
  EXPECT_TRUE(has(close, Act::close_attempt));
  EXPECT_TRUE(has(close, Act::question_closed));
  EXPECT_TRUE(has(acts("Okay, let's do it.", Speaker::client), Act::commitment));
  EXPECT_TRUE(has(acts("We'll pass for this year.", Speaker::client), Act::rejection));
  EXPECT_TRUE(has(acts("Could we meet at your office next week?", Speaker::rep), Act::next_step));
  EXPECT_TRUE(has(acts("I think I explained the delivery terms badly.", Speaker::rep), Act::self_blame));
  EXPECT_TRUE(has(acts("Oh, one more thing before I go.", Speaker::rep), Act::one_more_thing));
  EXPECT_TRUE(has(acts("Do you want to renew the licence, or let it lapse?", Speaker::rep), Act::admin_ask));
  EXPECT_TRUE(
      has(acts("Good decision, the heat pump will pay for itself.", Speaker::rep), Act::decision_justification));
  EXPECT_TRUE(has(acts("How was the trip to the lakes?", Speaker::rep), Act::small_talk));
}

TEST(ActTaggerContext, RepliesToAGoodbyeCloseToo) {
  const std::string goodbye = "Have a lovely weekend, bye.";
  const std::string statement = "The vans are booked in for Tuesday.";
  EXPECT_TRUE(has(acts("Likewise.", Speaker::client, model::Channel::phone, &goodbye, Speaker::rep), Act::closing));
  EXPECT_FALSE(has(acts("Likewise.", Speaker::client, model::Channel::phone, &statement, Speaker::rep), Act::closing));
  const auto okay = acts("Okay.", Speaker::client, model::Channel::phone, &goodbye, Speaker::rep);
  EXPECT_TRUE(has(okay, Act::closing));
  EXPECT_FALSE(has(okay, Act::backchannel));
  EXPECT_FALSE(has(acts("Okay.", Speaker::client, model::Channel::phone, &statement, Speaker::rep), Act::closing));
}

TEST(ActTaggerContext, IntroductionsGreetOnlyAtTheStart) {
  TurnContext early;
  early.index_in_conversation = 1;
  TurnContext late = early;
  late.index_in_conversation = 40;
  const auto greets = [](const TurnContext& c) {
    for (const auto& s : tagger().tag("And I'm calling from Harlow.", c))
      if (has(s.acts, Act::greeting)) return true;
    return false;
  };
  EXPECT_TRUE(greets(early));
  EXPECT_FALSE(greets(late));
}

TEST(ActTaggerQuestions, QuotedQuestionsInAStoryAreNotAsked) {
  EXPECT_EQ(question_type("And then she goes, are you sure about that?"), std::nullopt);
  EXPECT_EQ(question_type("So are you sure about that?"), Act::question_closed);
}

TEST(ActTaggerOtherActs, AskingForARepeatIsNoApology) {
  EXPECT_FALSE(has(acts("Sorry?"), Act::apology));
  EXPECT_TRUE(has(acts("Sorry for the wait."), Act::apology));
  EXPECT_FALSE(has(acts("I felt really sorry for the drivers."), Act::apology));
}

TEST(ActTagger, EvidencePointsIntoTheTextAndNamesTheRule) {
  const std::string text = "Hi Ana. Thank you for the samples!";
  const auto sentences = tagger().tag(text, {});
  ASSERT_EQ(sentences.size(), 2u);
  for (const auto& s : sentences) {
    ASSERT_EQ(s.acts.size(), s.evidence.size());
    for (const auto& e : s.evidence) {
      EXPECT_GE(e.span.begin, s.span.begin);
      EXPECT_LE(e.span.end, s.span.end);
      EXPECT_FALSE(e.rule.empty());
    }
  }
  EXPECT_EQ(sentences[1].evidence.front().tag, "thanks");
  EXPECT_EQ(text.substr(sentences[1].evidence.front().span.begin, 9), "Thank you");
}

TEST(ActTagger, UnknownLabelsAndBadPatternsAreErrors) {
  const auto bad = ActTagger::create({{"acts.test.rules", "thankz: thank you\n"}});
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("thankz"), std::string::npos);
  EXPECT_FALSE(ActTagger::create({{"acts.test.rules", "thanks thank you\n"}}));
  EXPECT_TRUE(ActTagger::create({{"acts.test.rules", "rep.pitch: our plan\nnot.thanks: no thanks\n"}}));
}

TEST(ActTagger, EmptyAndPunctuationOnlyTextHasNoSentences) {
  EXPECT_TRUE(tagger().tag("", {}).empty());
  EXPECT_TRUE(tagger().tag(" ?! ", {}).empty());
  EXPECT_TRUE(acts("uh, um").empty());
}

}  // namespace
}  // namespace rapport::analysis
