// The call review over invented transcripts whose turns carry hand-set tags, so each
// rule is tested apart from the analysis that fills the tags in real use.

#include "rapport/playbook/call_review.hpp"
#include "rapport/playbook/call_review_phrases.hpp"

#include <gtest/gtest.h>

#include <array>
#include <initializer_list>
#include <string>
#include <vector>

namespace rapport::playbook {
namespace {

// First, so that a broken rule file is reported here rather than by builtin()'s abort.
TEST(ReviewPhrases, BuiltinRulesCompile) {
  const auto created = ReviewPhrases::create();
  ASSERT_TRUE(created.ok()) << created.error().message;
}

struct TurnSpec {
  std::string speaker;
  double start;
  double end;
  std::string text;
  std::vector<std::string> tags;
};

// A transcript whose tags all point at the start of their turn's text.
model::Transcript make(std::initializer_list<TurnSpec> turns, model::Channel channel = model::Channel::phone) {
  model::Transcript t;
  t.channel = channel;
  t.title = "test call";
  for (const auto& spec : turns) {
    model::Utterance u;
    u.speaker = spec.speaker;
    u.start_s = spec.start;
    u.end_s = spec.end;
    u.text = spec.text;
    for (const auto& name : spec.tags)
      u.tags.push_back({name, 0, static_cast<std::uint32_t>(spec.text.size()), {}});
    if (std::find(t.speakers.begin(), t.speakers.end(), spec.speaker) == t.speakers.end())
      t.speakers.push_back(spec.speaker);
    t.turns.push_back(std::move(u));
  }
  return t;
}

std::optional<bool> value(const CallReview& r, FindingKey key) { return r.finding(key).value; }

const std::string k_rep = "Ada Rep";
const std::string k_client = "Bo Client";

TEST(CallReview, RapportFirstThenNeedsThenPitch) {
  const auto t = make({
      {k_rep, 0, 4, "How was the sailing trip?", {"small_talk", "question.open"}},
      {k_client, 5, 9, "Windy but great.", {}},
      {k_rep, 10, 14, "How do you plan the rota today?", {"question.open"}},
      {k_client, 15, 20, "On paper.", {}},
      {k_rep, 21, 25, "How many people work shifts?", {"question.semi_open"}},
      {k_client, 26, 28, "Twelve.", {}},
      {k_rep, 29, 40, "Our planner builds the rota for you.", {"pitch"}},
  });
  const auto r = review_call(t, k_rep);
  EXPECT_EQ(value(r, FindingKey::rapport_first), true);
  EXPECT_EQ(value(r, FindingKey::needs_before_pitch), true);
  EXPECT_EQ(value(r, FindingKey::pitch_before_needs), false);
  ASSERT_FALSE(r.finding(FindingKey::rapport_first).evidence.empty());
  EXPECT_EQ(r.finding(FindingKey::rapport_first).evidence.front().quote, "How was the sailing trip?");
  EXPECT_EQ(r.finding(FindingKey::rapport_first).evidence.front().direction, model::Direction::outbound);
  ASSERT_TRUE(r.steps[0].first.has_value());
  EXPECT_EQ(r.steps[0].first->at_s, 0);
  ASSERT_TRUE(r.steps[1].first.has_value());
  EXPECT_EQ(r.steps[1].first->at_s, 10);
  ASSERT_TRUE(r.steps[2].first.has_value());
  EXPECT_EQ(r.steps[2].first->at_s, 29);
  EXPECT_FALSE(r.steps[3].first.has_value());
  for (const auto& s : r.steps) EXPECT_TRUE(s.in_order);
  EXPECT_EQ(r.questions_open, 2u);
  EXPECT_EQ(r.questions_semi_open, 1u);
}

TEST(CallReview, OneNeedsQuestionIsNotEnoughBeforeThePitch) {
  const auto t = make({
      {k_rep, 0, 4, "How do you plan the rota today?", {"question.open"}},
      {k_client, 5, 9, "On paper.", {}},
      {k_rep, 10, 20, "Our planner builds the rota for you.", {"pitch"}},
  });
  auto r = review_call(t, k_rep);
  EXPECT_EQ(value(r, FindingKey::needs_before_pitch), false);
  EXPECT_EQ(value(r, FindingKey::pitch_before_needs), false);
  EXPECT_EQ(value(r, FindingKey::rapport_first), false);
  ReviewSettings one;
  one.min_needs_questions = 1;
  r = review_call(t, k_rep, one);
  EXPECT_EQ(value(r, FindingKey::needs_before_pitch), true);
}

TEST(CallReview, AdminCallThatPitchesBeforeAsking) {
  const auto t = make({
      {k_rep, 0, 8, "Do you want to renew, or shall we close the account?", {"admin_ask", "question.closed"}},
      {k_client, 9, 12, "Not sure yet.", {}},
      {k_rep, 13, 30, "The premium plan adds reminders.", {"pitch"}},
      {k_client, 31, 33, "Hm.", {}},
      {k_rep, 34, 38, "How many vets do you have?", {"question.semi_open"}},
  });
  const auto r = review_call(t, k_rep);
  EXPECT_EQ(value(r, FindingKey::admin_ask), true);
  EXPECT_EQ(value(r, FindingKey::pitch_before_needs), true);
  EXPECT_EQ(value(r, FindingKey::needs_before_pitch), false);
  EXPECT_EQ(value(r, FindingKey::rapport_first), false);
  ASSERT_FALSE(r.finding(FindingKey::admin_ask).evidence.empty());
  EXPECT_EQ(r.finding(FindingKey::admin_ask).evidence.front().at_s, 0);
}

TEST(CallReview, NoPitchMeansNeitherPitchFinding) {
  const auto t = make({
      {k_rep, 0, 4, "What made you get in touch?", {"question.open"}},
      {k_client, 5, 9, "Growth.", {}},
  });
  const auto r = review_call(t, k_rep);
  EXPECT_EQ(value(r, FindingKey::needs_before_pitch), false);
  EXPECT_EQ(value(r, FindingKey::pitch_before_needs), false);
}

TEST(CallReview, PersonalQuestionShownByTheClientsSmallTalkAnswer) {
  // The question alone carries no small-talk tag; the answer does.
  const auto t = make({
      {k_rep, 0, 3, "Did the puppy settle in?", {"question.closed"}},
      {k_client, 4, 8, "She sleeps all day now.", {"small_talk"}},
      {k_rep, 9, 12, "What brings you to us now?", {"question.open"}},
      {k_client, 13, 15, "Costs.", {}},
      {k_rep, 16, 20, "How many sites?", {"question.semi_open"}},
      {k_client, 21, 22, "Two.", {}},
      {k_rep, 23, 30, "Our plan covers both.", {"pitch"}},
  });
  const auto r = review_call(t, k_rep);
  EXPECT_EQ(value(r, FindingKey::rapport_first), true);
  EXPECT_EQ(value(r, FindingKey::needs_before_pitch), true);
}

TEST(CallReview, WonWhenTheClientAcceptsTheClose) {
  const auto t = make({
      {k_rep, 0, 10, "The plan is six pounds a payslip.", {"pitch"}},
      {k_client, 11, 13, "A bit more than we hoped.", {"objection", "objection.price"}},
      {k_rep, 14, 17, "Shall we start in September?", {"close_attempt", "question.closed"}},
      {k_client, 18, 20, "Yes, let's do it.", {"commitment"}},
      {k_rep, 21, 30, "Thank you. You made the right call: it saves your Sundays.", {"thanks", "decision_justification"}},
      {k_client, 31, 33, "I hope so.", {}},
      {k_rep, 34, 38, "Is your son still racing?", {"small_talk", "question.closed"}},
      {k_client, 39, 41, "Every weekend.", {}},
  });
  const auto r = review_call(t, k_rep);
  EXPECT_EQ(r.outcome, Outcome::won);
  ASSERT_EQ(r.outcome_evidence.size(), 1u);
  EXPECT_EQ(r.outcome_evidence.front().who, k_client);
  EXPECT_EQ(r.outcome_evidence.front().direction, model::Direction::inbound);
  EXPECT_EQ(value(r, FindingKey::thanked_customer), true);
  EXPECT_EQ(value(r, FindingKey::justified_decision), true);
  EXPECT_EQ(value(r, FindingKey::stayed_after_order), true);
  EXPECT_TRUE(r.steps[3].first.has_value());
  EXPECT_EQ(r.steps[3].first->at_s, 14);
  EXPECT_FALSE(r.learnings.main_objection.has_value());  // nothing to carry: it was won
}

TEST(CallReview, WonButLeftAtOnce) {
  const auto t = make({
      {k_rep, 0, 3, "Shall I set up the standing order?", {"close_attempt", "question.closed"}},
      {k_client, 4, 5, "Yes, go ahead.", {"commitment"}},
      {k_rep, 6, 8, "Great. Bye.", {"closing"}},
  });
  const auto r = review_call(t, k_rep);
  EXPECT_EQ(r.outcome, Outcome::won);
  EXPECT_EQ(value(r, FindingKey::thanked_customer), false);
  EXPECT_EQ(value(r, FindingKey::justified_decision), false);
  EXPECT_EQ(value(r, FindingKey::stayed_after_order), false);
}

TEST(CallReview, AgreeingToANextStepIsNoOrder) {
  const auto t = make({
      {k_rep, 0, 5, "Could I come by on Tuesday to show the team?", {"next_step", "question.closed"}},
      {k_client, 6, 8, "Tuesday works.", {"commitment"}},
      {k_rep, 9, 12, "Thanks, see you then.", {"thanks", "closing"}},
  });
  const auto r = review_call(t, k_rep);
  EXPECT_EQ(r.outcome, Outcome::no_decision);
  EXPECT_EQ(value(r, FindingKey::thanked_customer), true);  // thanked after an agreed next step
  EXPECT_EQ(value(r, FindingKey::stayed_after_order), false);
}

// A commitment or refusal only the act model guessed (detail "learned") decides nothing:
// the call is won or lost on what a rule found.
TEST(CallReview, ALearnedCommitmentOrRefusalDecidesNothing) {
  const auto learned_at = [](model::Transcript t, std::size_t turn) {
    for (auto& tag : t.turns[turn].tags) tag.detail = std::string(model::k_learned);
    return t;
  };
  const auto t = make({
      {k_rep, 0, 5, "Shall I put you down for the premium plan?", {"close_attempt", "question.closed"}},
      {k_client, 6, 9, "No. Please just send me an email with the options.", {"commitment"}},
      {k_rep, 10, 12, "Will do, thank you.", {"thanks"}},
      {k_client, 13, 15, "Not this year, I think.", {"rejection"}},
  });
  EXPECT_EQ(review_call(t, k_rep).outcome, Outcome::not_won);  // the rules' refusal, last
  const auto guessed = review_call(learned_at(learned_at(t, 1), 3), k_rep);
  EXPECT_EQ(guessed.outcome, Outcome::no_decision);
  EXPECT_TRUE(guessed.outcome_evidence.empty());
  const auto ordered = review_call(learned_at(t, 3), k_rep);
  EXPECT_EQ(ordered.outcome, Outcome::won);
  ASSERT_EQ(ordered.outcome_evidence.size(), 1u);
  EXPECT_EQ(ordered.outcome_evidence.front().at_s, 6);
}

TEST(CallReview, CommitmentVolunteeredAfterAnOpenQuestionIsTheOrder) {
  const auto t = make({
      {k_rep, 0, 5, "So, where have you got to with the trial?", {"question.open"}},
      {k_client, 6, 10, "We've talked it over and we want to go ahead with all six vans.", {"commitment"}},
      {k_rep, 11, 14, "That's great, thank you.", {"appreciation", "thanks"}},
  });
  const auto r = review_call(t, k_rep);
  EXPECT_EQ(r.outcome, Outcome::won);
  ASSERT_EQ(r.outcome_evidence.size(), 1u);
  EXPECT_EQ(r.outcome_evidence.front().at_s, 6);
  EXPECT_EQ(value(r, FindingKey::thanked_customer), true);
}

TEST(CallReview, NextStepAcceptedAfterAnOpenQuestionIsNoOrder) {
  // The same open question, answered by agreeing to a meeting; and a yes to a closed
  // question that was no request for the order.
  const auto meeting = make({
      {k_rep, 0, 5, "What would be the best way forward for you?", {"question.open"}},
      {k_client, 6, 10, "Come over on Thursday and show the team, that works for me.", {"commitment", "next_step"}},
  });
  EXPECT_EQ(review_call(meeting, k_rep).outcome, Outcome::no_decision);
  const auto closed = make({
      {k_rep, 0, 5, "Shall I email you the notes?", {"question.closed"}},
      {k_client, 6, 10, "Yes please, send them over.", {"commitment"}},
  });
  EXPECT_EQ(review_call(closed, k_rep).outcome, Outcome::no_decision);
}

TEST(CallReview, NotWonTeachesTheMainObjection) {
  const auto t = make({
      {k_client, 0, 6, "We've decided to stay with our current supplier.", {"rejection", "objection", "objection.need"}},
      {k_rep, 7, 10, "Thank you for telling me.", {"thanks"}},
      {k_rep, 11, 14, "What did you value most in our offer?", {"question.open"}},
      {k_client, 15, 18, "The tracking.", {}},
      {k_rep, 19, 22, "What had already convinced you?", {"question.open"}},
      {k_client, 23, 26, "The trial run.", {}},
      {k_rep, 27, 30, "What kept you from saying yes?", {"question.semi_open"}},
      {k_client, 31, 36, "Switching felt risky right now.", {"objection", "objection.timing"}},
      {k_rep, 37, 40, "That's on me, I explained the plan badly.", {"self_blame"}},
      {k_client, 41, 43, "Maybe.", {}},
      {k_rep, 44, 48, "Are you racing again this autumn?", {"question.closed"}},
      {k_client, 49, 53, "In October, if the boat survives.", {"small_talk"}},
      {k_rep, 54, 60, "Oh, one more thing: would January have changed anything?", {"one_more_thing", "question.closed"}},
      {k_client, 61, 66, "Yes. My director decides, and he wanted no change.", {"objection", "objection.authority"}},
  });
  const auto r = review_call(t, k_rep);
  EXPECT_EQ(r.outcome, Outcome::not_won);
  EXPECT_EQ(value(r, FindingKey::thanked_customer), true);
  EXPECT_EQ(value(r, FindingKey::three_questions_asked), true);
  EXPECT_EQ(value(r, FindingKey::self_blame_disarm), true);
  EXPECT_EQ(value(r, FindingKey::neutral_topic_disarm), true);
  EXPECT_EQ(value(r, FindingKey::one_more_thing), true);
  EXPECT_EQ(value(r, FindingKey::stayed_after_order), false);
  const auto& l = r.learnings;
  ASSERT_EQ(l.values.size(), 1u);
  EXPECT_EQ(l.values.front().quote, "The tracking.");
  ASSERT_EQ(l.convinced.size(), 1u);
  EXPECT_EQ(l.convinced.front().quote, "The trial run.");
  ASSERT_EQ(l.keeps_from_yes.size(), 1u);
  EXPECT_EQ(l.keeps_from_yes.front().at_s, 31);
  // The honest answer to "one more thing" wins over the first reason given.
  ASSERT_TRUE(l.main_objection.has_value());
  EXPECT_EQ(l.main_objection->tag, "objection.authority");
  EXPECT_EQ(l.main_objection_categories, std::vector<std::string>{"authority"});
}

// The objection model's finding (detail "learned") is a guess from the words: a rule's
// earlier finding comes first, and the guess is used only when there is nothing else.
TEST(CallReview, MainObjectionPrefersWhatARuleFound) {
  const auto learned = [](model::Transcript t, std::size_t turn) {
    for (auto& tag : t.turns[turn].tags) tag.detail = std::string(model::k_learned);
    return t;
  };
  const auto t = make({
      {k_rep, 0, 4, "How do you plan the week?", {"question.open"}},
      {k_client, 5, 9, "My finance director signs anything over ten grand.", {"objection", "objection.authority"}},
      {k_rep, 10, 14, "Understood.", {}},
      {k_client, 15, 20, "Mainly the lads can't come off the road for training.", {"objection", "objection.price"}},
  });
  const auto both = review_call(learned(t, 3), k_rep).learnings;
  ASSERT_TRUE(both.main_objection);
  EXPECT_EQ(both.main_objection->at_s, 5);
  EXPECT_EQ(both.main_objection_categories, std::vector<std::string>{"authority"});
  EXPECT_FALSE(both.main_objection_guessed);

  // Both found by rules: the last one, as before.
  const auto rules = review_call(t, k_rep).learnings;
  ASSERT_TRUE(rules.main_objection);
  EXPECT_EQ(rules.main_objection->at_s, 15);
  EXPECT_FALSE(rules.main_objection_guessed);

  // Only guesses: the last guess, marked as one.
  const auto guesses = review_call(learned(learned(t, 1), 3), k_rep).learnings;
  ASSERT_TRUE(guesses.main_objection);
  EXPECT_EQ(guesses.main_objection->at_s, 15);
  EXPECT_EQ(guesses.main_objection_categories, std::vector<std::string>{"price"});
  EXPECT_TRUE(guesses.main_objection_guessed);
}

TEST(CallReview, TwoQuestionsAreNotTheThree) {
  const auto t = make({
      {k_client, 0, 6, "We'll pass.", {"rejection"}},
      {k_rep, 11, 14, "What did you value most?", {"question.open"}},
      {k_client, 15, 18, "The app.", {}},
      {k_rep, 19, 22, "What kept you from yes?", {"question.open"}},
      {k_client, 23, 26, "Price.", {"objection", "objection.price"}},
  });
  const auto r = review_call(t, k_rep);
  EXPECT_EQ(value(r, FindingKey::three_questions_asked), false);
  ASSERT_TRUE(r.learnings.main_objection.has_value());
  EXPECT_EQ(r.learnings.main_objection->tag, "objection.price");
}

TEST(CallReview, TensionHandledByBusinessIsNoDisarm) {
  // A pitch after the objection answers it with business; small talk later is no disarm.
  const auto t = make({
      {k_client, 0, 4, "It's more than we budgeted.", {"objection", "objection.budget"}},
      {k_rep, 5, 12, "The yearly plan costs less.", {"pitch"}},
      {k_client, 13, 15, "Okay.", {}},
      {k_rep, 16, 20, "How was the marathon?", {"small_talk", "question.open"}},
  });
  const auto r = review_call(t, k_rep);
  EXPECT_EQ(value(r, FindingKey::neutral_topic_disarm), false);
}

TEST(CallReview, PushingAfterTheClientDefersToAPartner) {
  auto t = make({
      {k_rep, 0, 10, "Premium adds online booking.", {"pitch"}},
      {k_client, 11, 15, "I'd have to talk to my partner.", {"objection", "objection.authority"}},
      {k_rep, 16, 20, "Could we at least do the renewal today?", {"question.closed"}},
      {k_client, 21, 24, "I'd rather wait.", {}},
      {k_rep, 25, 30, "Shall I put you down for Premium?", {"close_attempt", "question.closed"}},
      {k_client, 31, 33, "No. Send me an email.", {}},
  });
  auto r = review_call(t, k_rep);
  EXPECT_EQ(value(r, FindingKey::pushed_decision_on_phone), true);
  EXPECT_EQ(r.finding(FindingKey::pushed_decision_on_phone).evidence.size(), 3u);  // the deferral and two pushes

  // One push is not "more than once".
  t.turns[4].tags.clear();
  r = review_call(t, k_rep);
  EXPECT_EQ(value(r, FindingKey::pushed_decision_on_phone), false);
}

TEST(CallReview, ClosingBeforeAnyDeferralIsNoPush) {
  const auto t = make({
      {k_rep, 0, 3, "Shall we sign today?", {"close_attempt", "question.closed"}},
      {k_client, 4, 6, "Not yet.", {}},
      {k_rep, 7, 10, "Can we sign this week then?", {"close_attempt", "question.closed"}},
  });
  EXPECT_EQ(value(review_call(t, k_rep), FindingKey::pushed_decision_on_phone), false);
}

TEST(CallReview, VideoSignOffWithNextStepsAndClientsLast) {
  const auto t = make(
      {
          {k_rep, 0, 10, "I'll email the outline today and see you on Tuesday.", {"next_step"}},
          {k_client, 11, 12, "Great.", {"appreciation"}},
          {k_rep, 13, 16, "I'll wait for you to sign off first. Bye!", {"sign_off_notice", "closing"}},
          {k_client, 17, 18, "Bye!", {"closing"}},
          {"Cy Client", 18, 19, "Bye, thanks!", {"closing", "thanks"}},
      },
      model::Channel::video);
  const auto r = review_call(t, k_rep);
  EXPECT_EQ(value(r, FindingKey::verbal_sign_off), true);
  EXPECT_EQ(value(r, FindingKey::let_client_sign_off_first), true);
  EXPECT_EQ(r.clients, (std::vector<std::string>{k_client, "Cy Client"}));
  ASSERT_EQ(r.finding(FindingKey::let_client_sign_off_first).evidence.size(), 2u);
  EXPECT_EQ(r.finding(FindingKey::let_client_sign_off_first).evidence.back().who, "Cy Client");
}

TEST(CallReview, RepHavingTheLastWordDidNotLetTheClientGoFirst) {
  const auto t = make(
      {
          {k_rep, 0, 10, "I'll send the summary, and I'll wait for you to leave.", {"next_step", "sign_off_notice"}},
          {k_client, 11, 12, "Bye!", {"closing"}},
          {k_rep, 13, 14, "Bye!", {"closing"}},
      },
      model::Channel::video);
  const auto r = review_call(t, k_rep);
  EXPECT_EQ(value(r, FindingKey::verbal_sign_off), true);
  EXPECT_EQ(value(r, FindingKey::let_client_sign_off_first), false);
}

TEST(CallReview, AbruptVideoEndHasNoSignOff) {
  const auto t = make(
      {
          {k_rep, 0, 5, "So, I'll... sorry, I have to go.", {"apology"}},
          {k_client, 6, 7, "Hello?", {"question.closed"}},
      },
      model::Channel::video);
  const auto r = review_call(t, k_rep);
  EXPECT_EQ(value(r, FindingKey::verbal_sign_off), false);
  EXPECT_EQ(value(r, FindingKey::let_client_sign_off_first), false);
}

TEST(CallReview, LeavingMidMeetingWithAPromiseIsNoSignOff) {
  // The next step and the goodbye in the rep's last words, with nobody left to answer:
  // an abrupt end. The same words with the client answering before the goodbye sign off.
  const auto abrupt = make(
      {
          {k_rep, 0, 10, "Here is the scheduling screen.", {"pitch"}},
          {k_client, 11, 14, "Looks useful.", {"appreciation"}},
          {k_rep, 15, 20, "Sorry, I have to run. I'll email you the rest. Bye!", {"apology", "next_step", "closing"}},
      },
      model::Channel::video);
  EXPECT_EQ(value(review_call(abrupt, k_rep), FindingKey::verbal_sign_off), false);
  const auto answered = make(
      {
          {k_rep, 0, 10, "Here is the scheduling screen.", {"pitch"}},
          {k_rep, 11, 14, "I'll email you the rest today.", {"next_step"}},
          {k_client, 15, 17, "Perfect, thanks.", {"thanks"}},
          {k_rep, 18, 20, "Bye for now!", {"closing"}},
      },
      model::Channel::video);
  EXPECT_EQ(value(review_call(answered, k_rep), FindingKey::verbal_sign_off), true);
}

TEST(CallReview, SignOffFindingsCannotApplyToAPhoneCall) {
  const auto t = make({
      {k_rep, 0, 5, "I'll send it today. I'll let you go now.", {"next_step", "sign_off_notice"}},
      {k_client, 6, 7, "Bye.", {"closing"}},
  });
  const auto r = review_call(t, k_rep);
  EXPECT_FALSE(value(r, FindingKey::verbal_sign_off).has_value());
  EXPECT_FALSE(value(r, FindingKey::let_client_sign_off_first).has_value());
  EXPECT_TRUE(value(r, FindingKey::awkward_silence).has_value());
}

TEST(CallReview, AwkwardSilenceFromTheThreshold) {
  auto t = make({
      {k_rep, 0, 10, "That's fourteen thousand a month.", {"pitch"}},
      {k_client, 18, 20, "That's a lot.", {}},
  });
  auto r = review_call(t, k_rep);
  EXPECT_EQ(value(r, FindingKey::awkward_silence), true);
  ASSERT_EQ(r.finding(FindingKey::awkward_silence).evidence.size(), 1u);
  EXPECT_EQ(r.finding(FindingKey::awkward_silence).evidence.front().at_s, 10);
  EXPECT_EQ(r.finding(FindingKey::awkward_silence).evidence.front().tag, "silence");

  t.turns[1].start_s = 17.9;
  EXPECT_EQ(value(review_call(t, k_rep), FindingKey::awkward_silence), false);
  ReviewSettings strict;
  strict.silence_s = 5;
  EXPECT_EQ(value(review_call(t, k_rep, strict), FindingKey::awkward_silence), true);
}

TEST(CallReview, MeasuresBesideTheirReferences) {
  const auto t = make({
      {k_rep, 0, 30, "one two three four five six seven eight", {}},
      {k_client, 31, 41, "one two", {}},
  });
  auto r = review_call(t, k_rep);
  ASSERT_TRUE(r.measures.rep_talk_share_words.has_value());
  EXPECT_NEAR(*r.measures.rep_talk_share_words, 0.8, 1e-9);
  auto find = [&](const CallReview& review, const std::string& name) -> const MeasureCheck* {
    for (const auto& c : review.checks)
      if (c.name == name) return &c;
    return nullptr;
  };
  const auto* share = find(r, "rep_talk_share_words");
  ASSERT_NE(share, nullptr);
  EXPECT_FALSE(share->within);
  EXPECT_DOUBLE_EQ(share->reference, 0.60);
  const auto* monologue = find(r, "longest_monologue_s");
  ASSERT_NE(monologue, nullptr);
  EXPECT_DOUBLE_EQ(monologue->value, 30);
  EXPECT_TRUE(monologue->within);

  ReviewSettings lenient;
  lenient.max_rep_talk_share = 0.85;
  lenient.max_monologue_s = 20;
  r = review_call(t, k_rep, lenient);
  EXPECT_TRUE(find(r, "rep_talk_share_words")->within);
  EXPECT_FALSE(find(r, "longest_monologue_s")->within);
}

TEST(CallReview, LongUntaggedPresentationCountsAsThePitch) {
  std::string slides;
  for (int i = 0; i < 70; ++i) slides += "word ";
  auto t = make({
      {k_rep, 0, 40, slides, {}},
      {k_client, 41, 42, "Mm.", {"backchannel"}},
      {k_rep, 43, 47, "How many shifts do you run?", {"question.semi_open"}},
  });
  auto r = review_call(t, k_rep);
  EXPECT_EQ(value(r, FindingKey::pitch_before_needs), true);
  ASSERT_TRUE(r.steps[2].first.has_value());
  EXPECT_EQ(r.steps[2].first->at_s, 0);

  ReviewSettings off;
  off.presentation_words = 0;
  r = review_call(t, k_rep, off);
  EXPECT_EQ(value(r, FindingKey::pitch_before_needs), false);
}

TEST(CallReview, StepsOutOfOrderAreMarked) {
  const auto t = make({
      {k_rep, 0, 5, "Shall we sign today?", {"close_attempt", "question.closed"}},
      {k_client, 6, 8, "Hang on.", {}},
      {k_rep, 9, 12, "What matters most to your team?", {"question.open"}},
  });
  const auto r = review_call(t, k_rep);
  EXPECT_TRUE(r.steps[static_cast<std::size_t>(Step::needs)].first.has_value());
  EXPECT_FALSE(r.steps[static_cast<std::size_t>(Step::needs)].in_order);
  EXPECT_FALSE(r.steps[static_cast<std::size_t>(Step::close)].in_order);
}

TEST(CallReview, RepNameIsMatchedIgnoringCase) {
  const auto t = make({
      {k_rep, 0, 5, "Shall we sign today?", {"close_attempt", "question.closed"}},
      {k_client, 6, 8, "Yes.", {"commitment"}},
  });
  const auto r = review_call(t, "ada rep");
  EXPECT_EQ(r.rep, k_rep);
  EXPECT_EQ(r.outcome, Outcome::won);
  EXPECT_EQ(r.clients, std::vector<std::string>{k_client});
}

TEST(CallReview, EmptyAndUntimedTranscripts) {
  const auto empty = review_call(model::Transcript{}, k_rep);
  EXPECT_EQ(empty.outcome, Outcome::no_decision);
  for (const auto& f : empty.findings)
    if (f.key != FindingKey::verbal_sign_off && f.key != FindingKey::let_client_sign_off_first) {
      EXPECT_EQ(f.value, false);
    }

  model::Transcript untimed;
  untimed.channel = model::Channel::phone;
  untimed.speakers = {k_rep, k_client};
  untimed.turns.push_back({k_rep, std::nullopt, std::nullopt, "How is the new office?", {}, {{"small_talk", 0, 5, {}}}});
  untimed.turns.push_back({k_client, std::nullopt, std::nullopt, "Bigger.", {}, {}});
  const auto r = review_call(untimed, k_rep);
  EXPECT_EQ(value(r, FindingKey::rapport_first), true);
  EXPECT_EQ(value(r, FindingKey::awkward_silence), false);
  ASSERT_TRUE(r.finding(FindingKey::rapport_first).evidence.size() == 1);
  EXPECT_FALSE(r.finding(FindingKey::rapport_first).evidence.front().at_s.has_value());
}

TEST(CallReview, EvidenceQuotesTheSentenceOfTheTag) {
  auto t = make({{k_rep, 0, 9, "Great to hear. Our plan costs ten pounds. Any questions?", {}}});
  t.turns[0].tags = {{"pitch", 15, 40, {}}};
  const auto r = review_call(t, k_rep);
  ASSERT_TRUE(r.steps[static_cast<std::size_t>(Step::solution)].first.has_value());
  EXPECT_EQ(r.steps[static_cast<std::size_t>(Step::solution)].first->quote, "Our plan costs ten pounds.");
}

TEST(CallReview, ThreeQuestionsFoundByTheirWordsBeforeAnyObjection) {
  // A follow-up call: the offer was made before, the questions come first.
  const auto t = make({
      {k_rep, 0, 4, "Which parts of the demo did you value the most?", {"question.semi_open"}},
      {k_client, 5, 9, "The planning screen.", {}},
      {k_rep, 10, 14, "Is there anything that has already convinced you?", {"question.closed"}},
      {k_client, 15, 19, "The price is fair.", {}},
      {k_rep, 20, 24, "So what is holding you back?", {"question.open"}},
      {k_client, 25, 30, "You are a small company.", {"objection", "objection.vendor_risk"}},
  });
  const auto r = review_call(t, k_rep);
  EXPECT_EQ(value(r, FindingKey::three_questions_asked), true);
  EXPECT_EQ(r.finding(FindingKey::three_questions_asked).evidence.size(), 3u);
  ASSERT_EQ(r.learnings.convinced.size(), 1u);
  EXPECT_EQ(r.learnings.convinced.front().quote, "The price is fair.");
  ASSERT_TRUE(r.learnings.main_objection.has_value());
  EXPECT_EQ(r.learnings.main_objection->tag, "objection.vendor_risk");
}

TEST(CallReview, ClarifyingQuestionsAfterAnObjectionAreNotTheThree) {
  const auto t = make({
      {k_client, 0, 4, "We're too busy for this right now.", {"objection", "objection.timing"}},
      {k_rep, 5, 8, "What makes it a six and not a two?", {"question.open"}},
      {k_client, 9, 12, "The overtime.", {}},
      {k_rep, 13, 16, "What happened with the audit?", {"question.open"}},
      {k_client, 17, 20, "We nearly failed it.", {}},
      {k_rep, 21, 24, "And what would make it a ten?", {"question.open"}},
      {k_client, 25, 28, "Losing a contract.", {}},
  });
  EXPECT_EQ(value(review_call(t, k_rep), FindingKey::three_questions_asked), false);
}

TEST(ReviewPhrases, TheThreeQuestionsInOtherWords) {
  const auto& p = ReviewPhrases::builtin();
  EXPECT_TRUE(p.has(ReviewPhrase::value_most, "What did you like best about the proposal?"));
  EXPECT_TRUE(p.has(ReviewPhrase::value_most, "Which part mattered most to the team?"));
  EXPECT_FALSE(p.has(ReviewPhrase::value_most, "Would you like to start in May?"));
  EXPECT_TRUE(p.has(ReviewPhrase::convinced, "What won you over in the trial?"));
  EXPECT_FALSE(p.has(ReviewPhrase::convinced, "What did you have for lunch?"));
  EXPECT_TRUE(p.has(ReviewPhrase::keeps_from_yes, "What's stopping you from going ahead?"));
  EXPECT_TRUE(p.has(ReviewPhrase::keeps_from_yes, "What stands in the way?"));
  EXPECT_FALSE(p.has(ReviewPhrase::keeps_from_yes, "How many vans do you keep?"));
}

TEST(ReviewPhrases, AnOrganisationsOwnFileAddsWords) {
  auto p = ReviewPhrases::create({{"review.local.rules", "convinced: tipped the balance\n"}});
  ASSERT_TRUE(p.ok());
  EXPECT_TRUE(p->has(ReviewPhrase::convinced, "What tipped the balance for you?"));
  auto bad = ReviewPhrases::create({{"review.bad.rules", "convinced\n"}});
  EXPECT_FALSE(bad.ok());
  auto ignored = ReviewPhrases::create({{"other.rules", "convinced\n"}});
  EXPECT_TRUE(ignored.ok());
}

TEST(CallReview, OneMoreThingMustBeAQuestion) {
  auto t = make({
      {k_client, 0, 4, "We'll pass for now.", {"rejection"}},
      {k_rep, 5, 9, "Oh, one more thing: what would have changed your mind?", {"one_more_thing", "question.open"}},
  });
  EXPECT_EQ(value(review_call(t, k_rep), FindingKey::one_more_thing), true);
  t.turns[1].text = "Let me show you one more thing, the report.";
  t.turns[1].tags = {{"one_more_thing", 0, 10, {}}, {"pitch", 0, 10, {}}};
  EXPECT_EQ(value(review_call(t, k_rep), FindingKey::one_more_thing), false);
}

TEST(CallReview, AnyTagsAnyOrderKeepTheContract) {
  // Random tags on random turns (a fixed seed): no crash, every evidence inside the call,
  // sign-off findings null exactly off video.
  static constexpr std::array<const char*, 16> k_tags{
      "small_talk", "question.open", "question.semi_open", "question.closed", "pitch", "close_attempt",
      "commitment", "rejection", "objection", "objection.timing", "objection.authority", "thanks",
      "next_step", "sign_off_notice", "closing", "one_more_thing"};
  std::uint32_t seed = 12345;
  auto next = [&seed](std::uint32_t n) {
    seed = seed * 1664525u + 1013904223u;
    return (seed >> 8) % n;
  };
  for (int round = 0; round < 200; ++round) {
    model::Transcript t;
    t.channel = round % 2 == 0 ? model::Channel::video : model::Channel::phone;
    t.speakers = {k_rep, k_client};
    double at = 0;
    const auto turns = next(30);
    for (std::uint32_t i = 0; i < turns; ++i) {
      model::Utterance u;
      u.speaker = next(2) == 0 ? k_rep : k_client;
      u.text = "One sentence here. Another one?";
      u.start_s = at;
      at += 1 + next(12);
      u.end_s = at;
      for (std::uint32_t k = next(4); k > 0; --k)
        u.tags.push_back({k_tags[next(static_cast<std::uint32_t>(k_tags.size()))], next(40), 40, {}});
      t.turns.push_back(std::move(u));
    }
    const auto r = review_call(t, k_rep);
    const bool video = t.channel == model::Channel::video;
    EXPECT_EQ(r.finding(FindingKey::verbal_sign_off).value.has_value(), video);
    EXPECT_EQ(r.finding(FindingKey::let_client_sign_off_first).value.has_value(), video);
    for (const auto& f : r.findings) {
      if (!f.value.value_or(false)) continue;
      for (const auto& e : f.evidence) {
        ASSERT_TRUE(e.at_s.has_value());
        EXPECT_LE(*e.at_s, at);
      }
    }
  }
}

TEST(CallReview, NamesOfTheContract) {
  EXPECT_EQ(to_string(FindingKey::rapport_first), "rapport_first");
  EXPECT_EQ(to_string(FindingKey::awkward_silence), "awkward_silence");
  EXPECT_EQ(to_string(FindingKey::let_client_sign_off_first), "let_client_sign_off_first");
  EXPECT_EQ(to_string(Outcome::not_won), "not_won");
  EXPECT_EQ(to_string(Outcome::no_decision), "no_decision");
  EXPECT_EQ(to_string(Step::solution), "solution");
}

}  // namespace
}  // namespace rapport::playbook
