// Acts the call review reads and that depend on the conversation: a yes to a close
// attempt, close attempts phrased as requests, specific personal questions (small talk),
// and business answers that only sound personal. Sentences invented here; each rule has
// a case that must not fire.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "rapport/analysis/act_tagger.hpp"
#include "rapport/analysis/conversation_state.hpp"
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

std::vector<Act> union_of(const std::vector<SentenceActs>& sentences) {
  std::vector<Act> out;
  for (const auto& s : sentences)
    for (const auto a : s.acts)
      if (std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
  return out;
}

// The acts of the last turn of a conversation between a rep ("R: …") and a client
// ("C: …"), each turn seeing the one before as the importer shows it.
std::vector<Act> last_turn(const std::vector<std::string>& turns) {
  ConversationState state;
  std::vector<Act> acts;
  for (const auto& line : turns) {
    const bool rep = line.rfind("R: ", 0) == 0;
    const std::string text = line.substr(3);
    const std::string name = rep ? "Rita" : "Carl";
    TurnContext context;
    context.speaker = rep ? Speaker::rep : Speaker::client;
    context.channel = model::Channel::phone;
    state.fill(context, name);
    acts = union_of(tagger().tag(text, context));
    state.next(text, context.speaker, name, acts);
  }
  return acts;
}

std::vector<Act> alone(std::string_view text, Speaker speaker) {
  TurnContext context;
  context.speaker = speaker;
  context.channel = model::Channel::phone;
  return union_of(tagger().tag(text, context));
}

bool has(const std::vector<Act>& acts, Act act) { return std::find(acts.begin(), acts.end(), act) != acts.end(); }

// --- 1. a yes to a close attempt is a commitment -------------------------------------

TEST(ActTaggerCall, PlainYesToACloseAttemptIsACommitment) {
  EXPECT_TRUE(has(last_turn({"R: Shall we go ahead with the upgrade today?", "C: Yeah, go ahead then."}), Act::commitment));
  EXPECT_TRUE(has(last_turn({"R: Would you like to book the install for March?", "C: Yep."}), Act::commitment));
  EXPECT_TRUE(has(last_turn({"R: Can we sign today?", "C: Sure, why not."}), Act::commitment));
  EXPECT_TRUE(has(last_turn({"R: Are you happy to go ahead on that basis?", "C: Absolutely."}), Act::commitment));
}

TEST(ActTaggerCall, SettlingOrDecliningAPrice) {
  for (const auto* text : {"Right, we have a deal.", "Fine, I'll accept your offer.", "Deal!"})
    EXPECT_TRUE(has(alone(text, Speaker::client), Act::commitment)) << text;
  for (const auto* text : {"Sorry, we can't go that high.", "No deal, I'm afraid.", "That's far too low for us."})
    EXPECT_TRUE(has(alone(text, Speaker::client), Act::rejection)) << text;
  // A price on a condition asks for the decision rather than making it.
  const auto offer = alone("Take off the setup fee and we have a deal.", Speaker::client);
  EXPECT_FALSE(has(offer, Act::commitment));
  EXPECT_TRUE(has(offer, Act::close_attempt));
  EXPECT_FALSE(has(alone("It's a great deal for a team your size.", Speaker::rep), Act::commitment));
}

TEST(ActTaggerCall, YesWithoutACloseAttemptBeforeIsNoCommitment) {
  // The same words answering a plain question, or said with no turn before.
  EXPECT_FALSE(has(last_turn({"R: Do you keep the rota in a spreadsheet?", "C: Yeah, go ahead then."}), Act::commitment));
  EXPECT_FALSE(has(last_turn({"R: Is the van list up to date?", "C: Yep."}), Act::commitment));
  EXPECT_FALSE(has(alone("Yeah, go ahead then.", Speaker::client), Act::commitment));
  // The rep's own yes after their own close attempt.
  EXPECT_FALSE(has(last_turn({"R: Shall we go ahead?", "R: Yes, let's."}), Act::commitment));
}

TEST(ActTaggerCall, HedgedOrConditionalYesIsNoCommitment) {
  EXPECT_FALSE(has(last_turn({"R: Shall we go ahead with the upgrade?", "C: Yeah, maybe."}), Act::commitment));
  EXPECT_FALSE(
      has(last_turn({"R: Shall we go ahead with the upgrade?", "C: Sure, but I need to run it past my boss first."}),
          Act::commitment));
  EXPECT_FALSE(has(last_turn({"R: Can we sign today?", "C: Yes, if the price holds."}), Act::commitment));
  EXPECT_FALSE(has(last_turn({"R: Can we sign today?", "C: Okay."}), Act::commitment));
  EXPECT_FALSE(has(last_turn({"R: Can we sign today?", "C: Yes? Why today?"}), Act::commitment));
}

// --- 2. close attempts phrased as requests --------------------------------------------

TEST(ActTaggerCall, RequestForASignatureOrTheOrderIsACloseAttempt) {
  EXPECT_TRUE(has(alone("Could you sign it by the end of the week?", Speaker::rep), Act::close_attempt));
  EXPECT_TRUE(has(alone("Would you be able to sign the agreement before Monday?", Speaker::rep), Act::close_attempt));
  EXPECT_TRUE(has(alone("Can I email the order form across this afternoon for your signature?", Speaker::rep),
                  Act::close_attempt));
  EXPECT_TRUE(has(alone("So I can send you the order form today.", Speaker::rep), Act::close_attempt));
  // Still a question by form as well.
  EXPECT_TRUE(has(alone("Could you sign it by the end of the week?", Speaker::rep), Act::question_closed));
}

TEST(ActTaggerCall, OtherRequestsAreNoCloseAttempt) {
  EXPECT_FALSE(has(alone("Could you sign in to the portal and check the jobs?", Speaker::rep), Act::close_attempt));
  EXPECT_FALSE(has(alone("Could you send me last year's meter readings?", Speaker::rep), Act::close_attempt));
  EXPECT_FALSE(has(alone("I'll send the order form and you can sign it whenever you're ready.", Speaker::rep),
                   Act::close_attempt));
}

// --- 3. specific personal questions are small talk ------------------------------------

TEST(ActTaggerCall, SpecificPersonalQuestionsAreSmallTalk) {
  for (const auto* text : {"Did you get to see the fireworks?", "Have you been to Porto before?",
                           "How was the trip to the lakes?", "How's the knee?", "Did you manage to get away at all?",
                           "Did you enjoy the festival?", "And how was Krakow?", "Is the family going with you?"}) {
    const auto acts = alone(text, Speaker::rep);
    EXPECT_TRUE(has(acts, Act::small_talk)) << text;
    EXPECT_TRUE(has(acts, Act::question_closed) || has(acts, Act::question_open) || has(acts, Act::question_semi_open))
        << text;
  }
}

TEST(ActTaggerCall, TastesAndPlansOutsideWorkAreSmallTalk) {
  for (const auto* text : {"What's your favourite walk round there?", "Do you like to fish?",
                           "What kind of dog did you get in the end?", "Where are you heading this summer?",
                           "Are you going away at Easter?"}) {
    EXPECT_TRUE(has(alone(text, Speaker::rep), Act::small_talk)) << text;
  }
  for (const auto* text : {"What's your favourite feature so far?", "Where are you heading with the rollout?"})
    EXPECT_FALSE(has(alone(text, Speaker::rep), Act::small_talk)) << text;
}

TEST(ActTaggerCall, AgreementAfterAReactionIsNoQuestion) {
  EXPECT_FALSE(has(alone("Nice, so are we!", Speaker::client), Act::question_closed));
  EXPECT_FALSE(has(alone("Ha, neither do I.", Speaker::client), Act::question_closed));
}

TEST(ActTaggerCall, BusinessQuestionsOfTheSameShapeAreNoSmallTalk) {
  for (const auto* text : {"Did you get to see the demo recording?", "Have you been to our website?",
                           "How's Tuesday?", "Is it your sister who'd make the final call?",
                           "Did you get to see the report I sent?"})
    EXPECT_FALSE(has(alone(text, Speaker::rep), Act::small_talk)) << text;
}

TEST(ActTaggerCall, ShortQuestionFollowingUpPersonalTalkIsSmallTalk) {
  EXPECT_TRUE(has(last_turn({"C: I've booked another half marathon for the spring.", "R: Which one?"}),
                  Act::small_talk));
  // The same question after business talk, and a longer turn back to business.
  EXPECT_FALSE(has(last_turn({"C: We run four vans out of the depot.", "R: Which one?"}), Act::small_talk));
  EXPECT_FALSE(has(last_turn({"C: I've booked another half marathon for the spring.",
                              "R: So, when would the office be ready for the new scheduling system?"}),
                   Act::small_talk));
}

// --- 4. business answers that only sound personal -------------------------------------

TEST(ActTaggerCall, QuantityAnsweringABusinessQuestionIsNoSmallTalk) {
  EXPECT_FALSE(has(last_turn({"R: How many call-outs a month do you get?", "C: Eighty? Depends on the weather."}),
                   Act::small_talk));
  EXPECT_FALSE(has(last_turn({"R: How many sites do you cover?", "C: About 40. Fewer when the weather turns."}),
                   Act::small_talk));
}

TEST(ActTaggerCall, PersonalAnswersKeepTheirSmallTalk) {
  // The same shape answering a personal question, and weather talk that is no answer.
  EXPECT_TRUE(has(last_turn({"R: How was your summer?", "C: Two weeks by the sea. Lovely weather."}),
                  Act::small_talk));
  EXPECT_TRUE(has(alone("Sounds like winter's arrived up there.", Speaker::rep), Act::small_talk));
  EXPECT_TRUE(has(alone("Isn't it mad how fast the summer flew by?", Speaker::rep), Act::small_talk));
}

TEST(ActTaggerCall, SeasonsAndWeatherAsBusinessAreNoSmallTalk) {
  for (const auto* text : {"So what stops it is mainly the time this winter?",
                           "The weather module moves jobs when rain is forecast.", "Winter rates start in November."})
    EXPECT_FALSE(has(alone(text, Speaker::rep), Act::small_talk)) << text;
}

// --- leave-taking forms ----------------------------------------------------------------

TEST(ActTaggerCall, GeneralLeaveTakingFormsAreClosings) {
  EXPECT_TRUE(has(alone("Well, it has been delightful chatting with you.", Speaker::rep), Act::closing));
  EXPECT_TRUE(has(alone("Hope we get to talk again.", Speaker::client), Act::closing));
  EXPECT_TRUE(has(alone("Well, thanks a lot for calling.", Speaker::client), Act::closing));
  EXPECT_TRUE(has(alone("Thank you for the chat.", Speaker::rep), Act::closing));
  EXPECT_TRUE(has(alone("I should probably get back to my desk.", Speaker::client), Act::closing));
  EXPECT_TRUE(has(alone("Okay, you take care out there.", Speaker::rep), Act::closing));
  EXPECT_TRUE(has(alone("Well, God bless.", Speaker::client), Act::closing));
  EXPECT_TRUE(has(alone("And best of luck with the move.", Speaker::rep), Act::closing));
  EXPECT_TRUE(has(alone("And I thank you for calling.", Speaker::client), Act::closing));
  EXPECT_TRUE(has(alone("Okay, we'll see you.", Speaker::client), Act::closing));
  EXPECT_TRUE(has(alone("Well, great to chat.", Speaker::rep), Act::closing));
  EXPECT_TRUE(has(alone("This was a lovely talk with you.", Speaker::rep), Act::closing));
  EXPECT_TRUE(has(alone("Have a merry Christmas.", Speaker::client), Act::closing));
  EXPECT_TRUE(has(alone("So, good luck to you.", Speaker::rep), Act::closing));
  EXPECT_TRUE(has(alone("I just wanted to say goodbye.", Speaker::client), Act::closing));
}

TEST(ActTaggerCall, LookAlikesOfLeaveTakingAreNoClosings) {
  // Thanks for the call that goes on to business; a task to take care of; talk about a
  // goodbye; talking again in another sense.
  EXPECT_FALSE(has(alone("Thanks for calling, how can I help today?", Speaker::rep), Act::closing));
  EXPECT_FALSE(has(alone("You take care of the invoices and I'll do the rota.", Speaker::client), Act::closing));
  EXPECT_FALSE(has(alone("We had to say goodbye to two drivers last spring.", Speaker::client), Act::closing));
  EXPECT_FALSE(has(alone("He never wants to kiss his aunt goodbye.", Speaker::client), Act::closing));
  EXPECT_FALSE(has(alone("It was delightful weather in May.", Speaker::client), Act::closing));
  // A bare thanks for calling also opens calls; a plan to talk again is a next step;
  // going back to someone about something; the same words with more after them.
  EXPECT_FALSE(has(alone("Thanks for calling.", Speaker::rep), Act::closing));
  EXPECT_FALSE(has(alone("Could we talk again on Friday?", Speaker::client), Act::closing));
  EXPECT_FALSE(has(alone("I should get back to my partner about the quote.", Speaker::client), Act::closing));
  EXPECT_FALSE(has(alone("Okay, I'll see you get the full refund.", Speaker::rep), Act::closing));
  EXPECT_FALSE(has(alone("It's good to talk about budgets early.", Speaker::rep), Act::closing));
  EXPECT_FALSE(has(alone("We had a good talk with your finance lead.", Speaker::rep), Act::closing));
}

TEST(ActTaggerCall, ShortRepliesAfterAGoodbyeCloseToo) {
  for (const char* reply : {"C: Same here.", "C: Me too.", "C: You do the same.", "C: Oh, I enjoyed it.",
                            "C: So did I.", "C: It's been fun.", "C: You bet."})
    EXPECT_TRUE(has(last_turn({"R: I've really enjoyed talking with you.", reply}), Act::closing)) << reply;
}

TEST(ActTaggerCall, TheSameRepliesWithoutAGoodbyeAreNoClosings) {
  for (const char* reply : {"C: Same here.", "C: Me too.", "C: So did I.", "C: It's been fun.", "C: You bet."})
    EXPECT_FALSE(has(last_turn({"R: We moved the depot to the ring road last year.", reply}), Act::closing)) << reply;
}

}  // namespace
}  // namespace rapport::analysis
