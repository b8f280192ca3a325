#include "rapport/analysis/act_tagger.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

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

TEST(ActTaggerQuestions, IThinkHedgesATagQuestionRatherThanQuotingIt) {
  EXPECT_EQ(question_type("I think the renewal went to Leeds, didn't it?"), Act::question_closed);
  EXPECT_EQ(question_type("I think you're on the old tariff, aren't you?"), Act::question_closed);
  // Someone else's thinking is still quoted: "she thinks, is it worth it".
  EXPECT_EQ(question_type("and she thinks, is it worth the hassle?"), std::nullopt);
}

TEST(ActTaggerQuestions, AGreetingRunIntoAQuestionDoesNotHideIt) {
  EXPECT_EQ(question_type("Good morning can I get the rates for the van hire please", Speaker::client,
                          model::Channel::sms),
            Act::question_closed);
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
  EXPECT_EQ(question_type("So, tell me how the drivers' week is planned."), Act::question_open);
  EXPECT_EQ(question_type("Can you tell me why the last rollout stalled."), Act::question_open);
  EXPECT_EQ(question_type("Please tell me where the forms go."), Act::question_semi_open);
  // Reported, not asked: someone else tells the speaker.
  EXPECT_EQ(question_type("My manager can just tell me what he wants."), std::nullopt);
  EXPECT_EQ(question_type("They tell me when the stock arrives."), std::nullopt);
}

TEST(ActTaggerQuestions, ARequestToElaborateIsQuotedFromItsVerb) {
  const auto sentences = tagger().tag("So, uh, tell me how you plan the week.", {});
  ASSERT_EQ(sentences.size(), 1U);
  ASSERT_EQ(sentences[0].evidence.size(), 1U);
  EXPECT_EQ(sentences[0].evidence[0].tag, "question.open");
  EXPECT_EQ(sentences[0].evidence[0].span.begin, 8U);
}

TEST(ActTaggerQuestions, AfterALeadInALaterClauseAsksWithoutAQuestionMark) {
  EXPECT_EQ(question_type("Oh, just one more thing, who should the invoice go to"), Act::question_semi_open);
  EXPECT_EQ(question_type("Before I let you go, one last question, are you the right person for the renewal"),
            Act::question_closed);
  // Without a lead-in a late clause needs its '?': "which was" continues a statement.
  EXPECT_EQ(question_type("We tried three other suppliers last year, which was a mistake"), std::nullopt);
}

TEST(ActTaggerQuestions, ProposalsAndConditionsAskWithoutAQuestionMark) {
  EXPECT_EQ(question_type("Let's get the van booked in, shall we"), Act::question_closed);
  EXPECT_EQ(question_type("So, with all that in mind, shall we send the paperwork over today"),
            Act::question_closed);
  EXPECT_EQ(question_type("If I email the contract this afternoon, can you sign it by Friday"),
            Act::question_closed);
  EXPECT_EQ(question_type("How about a quick demo for the whole team next week?"), Act::question_closed);
}

TEST(ActTaggerQuestions, AWhNounThenAnInversionAsksWithoutAQuestionMark) {
  EXPECT_EQ(question_type("Which CRM are you on at the moment"), Act::question_semi_open);
  EXPECT_EQ(question_type("What booking tool do they use"), Act::question_semi_open);
  EXPECT_EQ(question_type("What CRM we use is up to IT."), std::nullopt);
}

TEST(ActTaggerQuestions, AnAuxiliaryAsksOnlyBeforeASubjectItAgreesWith) {
  EXPECT_EQ(question_type("Do I need to sign both copies"), Act::question_closed);
  EXPECT_EQ(question_type("Was I right about the delivery date?"), Act::question_closed);
  EXPECT_EQ(question_type("I'm a bit late, aren't I?"), Act::question_closed);
  EXPECT_EQ(question_type("Does it come with the charger"), Act::question_closed);
  // "is we", "does they": the auxiliary belongs to what came before.
  EXPECT_EQ(question_type("The trouble with it is we have no room."), std::nullopt);
  EXPECT_EQ(question_type("One of the reasons is they never ring back."), std::nullopt);
}

TEST(ActTaggerQuestions, ChoicesTagsAndDeclarativesAreClosed) {
  EXPECT_EQ(question_type("Mornings or evenings?"), Act::question_closed);
  EXPECT_EQ(question_type("Which package suits you, the basic or the plus?"), Act::question_closed);
  EXPECT_EQ(question_type("The board meets in May, right?"), Act::question_closed);
  EXPECT_EQ(question_type("So the fleet is all diesel?"), Act::question_closed);
}

TEST(ActTaggerQuestions, ANegativeTagAsksWithoutItsComma) {
  EXPECT_EQ(question_type("That puts the price up doesn't it."), Act::question_closed);
  EXPECT_EQ(question_type("Well, the old depot closed last spring didn't it"), Act::question_closed);
  EXPECT_EQ(question_type("You run the night shift as well don't you."), Act::question_closed);
  // A flat positive ending, "there" or a short clause state.
  EXPECT_EQ(question_type("I don't know how they do it."), std::nullopt);
  EXPECT_EQ(question_type("The old benefits weren't there."), std::nullopt);
  EXPECT_EQ(question_type("But that wasn't it."), std::nullopt);
}

TEST(ActTaggerQuestions, NotQuestions) {
  EXPECT_EQ(question_type("Who doesn't like a shorter commute?"), std::nullopt);
  EXPECT_EQ(question_type("Can you imagine the hours that would save?"), std::nullopt);
  EXPECT_EQ(question_type("Honestly, what was I thinking."), std::nullopt);
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
  const auto late = acts("Hi hi, sorry, the camera froze on me.");
  EXPECT_TRUE(has(late, Act::greeting));
  EXPECT_TRUE(has(late, Act::apology));
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

// Praise of what the seller showed, said before a "but", is appreciation; praise of one's
// own weekend is not.
TEST(ActTaggerOtherActs, PraiseOfTheDemoBeforeAnObjection) {
  EXPECT_TRUE(has(acts("To be fair I liked what I saw on Tuesday, but the timing is all wrong for us."),
                  Act::appreciation));
  EXPECT_TRUE(has(acts("The whole team enjoyed the demo, honestly."), Act::appreciation));
  EXPECT_TRUE(has(acts("We really like what you're offering, it's just the money."), Act::appreciation));
  EXPECT_FALSE(has(acts("We enjoyed the weekend in Whitby, it was gorgeous."), Act::appreciation));
  EXPECT_FALSE(has(acts("I didn't see what you sent, the email went to junk."), Act::appreciation));
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

TEST(ActTaggerOtherActs, AskingForTheOrderInEverydayWords) {
  EXPECT_TRUE(has(acts("What would it take to get this over the line before Easter?", Speaker::rep),
                  Act::close_attempt));
  EXPECT_TRUE(has(acts("Let's get you set up today, shall we?", Speaker::rep), Act::close_attempt));
  EXPECT_TRUE(has(acts("The vans can be fitted by Friday if you give me the green light now.", Speaker::rep),
                  Act::close_attempt));
  // The client saying they are, or are not, ready asks for nothing.
  EXPECT_FALSE(has(acts("We're actually ready to go from March.", Speaker::client), Act::close_attempt));
  EXPECT_FALSE(has(acts("I'm not ready to commit yet.", Speaker::client), Act::close_attempt));
}

TEST(ActTaggerOtherActs, PhrasesThatOnlyLookLikeAnAct) {
  // Being in the middle of something, or taking care of a task, commits to nothing.
  EXPECT_FALSE(has(acts("We're in the middle of a restructure until June.", Speaker::client), Act::commitment));
  EXPECT_FALSE(has(acts("We'll take care of the scaffolding ourselves.", Speaker::client), Act::commitment));
  EXPECT_TRUE(has(acts("Yeah, we're in.", Speaker::client), Act::commitment));
  // "Take care of yourself" is a goodbye; passing thanks on thanks nobody here.
  EXPECT_TRUE(has(acts("Take care of yourself, bye."), Act::closing));
  EXPECT_FALSE(has(acts("I'll pass your thanks on to the fitters."), Act::thanks));
  EXPECT_TRUE(has(acts("Appreciate you making the time."), Act::thanks));
  EXPECT_TRUE(has(acts("Good to hear."), Act::appreciation));
  EXPECT_FALSE(has(acts("Good to hear from you, Sam."), Act::appreciation));
  EXPECT_TRUE(has(acts("we've we've decided to go another way", Speaker::client), Act::rejection));
}

TEST(ActTaggerOtherActs, NextStepsAndShowingTheProduct) {
  EXPECT_TRUE(has(acts("Would it help if I put together a short summary for your partner?", Speaker::rep),
                  Act::next_step));
  EXPECT_TRUE(has(acts("I'll loop in our engineer and we can do a call together.", Speaker::rep), Act::next_step));
  EXPECT_TRUE(has(acts("Let me share my screen and show you the dashboard.", Speaker::rep), Act::pitch));
}

TEST(ActTaggerOtherActs, OneMoreThingIsTheLastQuestionNotARemark) {
  EXPECT_TRUE(has(acts("Oh, just one more thing before you go.", Speaker::rep), Act::one_more_thing));
  EXPECT_TRUE(has(acts("One last thing, how did you hear about us?", Speaker::rep), Act::one_more_thing));
  EXPECT_TRUE(has(acts("Oh, just before you go, what would have made this an easy yes?", Speaker::rep),
                  Act::one_more_thing));
  EXPECT_FALSE(has(acts("One more thing on the order, we'd need it in white.", Speaker::client), Act::one_more_thing));
  EXPECT_FALSE(has(acts("One more thing the app does is send reminders.", Speaker::rep), Act::one_more_thing));
}

TEST(ActTaggerOtherActs, EverydayWaysToBlameOneselfSignOffAndDecline) {
  EXPECT_TRUE(has(acts("Sorry, I'm rambling, the short version is this.", Speaker::rep), Act::self_blame));
  EXPECT_TRUE(has(acts("Ignore me, I got the dates muddled.", Speaker::rep), Act::self_blame));
  EXPECT_TRUE(has(acts("I'll let you leave first, so nobody gets cut off.", Speaker::rep), Act::sign_off_notice));
  EXPECT_TRUE(has(acts("I'm going to stop sharing now.", Speaker::rep), Act::sign_off_notice));
  EXPECT_TRUE(has(acts("Cheers then, ta-ra."), Act::closing));
  EXPECT_TRUE(has(acts("nah we're alright ta", Speaker::client), Act::rejection));
  EXPECT_TRUE(has(acts("We're going to keep it in-house for now.", Speaker::client), Act::rejection));
  EXPECT_TRUE(has(acts("Okay, let's trial it with one depot first.", Speaker::client), Act::commitment));
  EXPECT_TRUE(has(acts("Nice, that's exactly what we need."), Act::appreciation));
  EXPECT_TRUE(has(acts("Are you renewing or not?", Speaker::rep), Act::admin_ask));
}

TEST(ActTaggerQuestions, WhoAsSubjectAndRoughlyFirstAsk) {
  EXPECT_EQ(question_type("and who signs off on the budget"), Act::question_semi_open);
  EXPECT_EQ(question_type("roughly how many vans do you run"), Act::question_semi_open);
  // "Who knows", "who cares": said for effect.
  EXPECT_EQ(question_type("who knows what next year brings"), std::nullopt);
  EXPECT_EQ(question_type("well who cares, honestly"), std::nullopt);
}

TEST(ActTaggerQuestions, TheSellerSummingUpAsksForConfirmation) {
  EXPECT_TRUE(has(acts("So you run three depots.", Speaker::rep), Act::question_closed));
  EXPECT_TRUE(has(acts("Right, so you've already got a system in place then.", Speaker::rep), Act::question_closed));
  // What the client will get is the pitch; the client, or an unknown speaker, narrates.
  EXPECT_FALSE(has(acts("So you can see every van on one screen.", Speaker::rep), Act::question_closed));
  EXPECT_FALSE(has(acts("So you run three depots.", Speaker::client), Act::question_closed));
  EXPECT_FALSE(has(acts("So you just flip through it until you find it."), Act::question_closed));
}

TEST(ActTaggerOtherActs, PausingDeliveriesOverABreakIsNoRejection) {
  EXPECT_FALSE(has(acts("Can you pause the deliveries over Christmas?", Speaker::client), Act::rejection));
  EXPECT_TRUE(has(acts("We're going to pause it for now.", Speaker::client), Act::rejection));
}

TEST(ActTaggerOtherActs, SalesActsInRegionalAndEverydayWords) {
  EXPECT_TRUE(has(acts("Will I put the deposit through so?", Speaker::rep), Act::close_attempt));
  EXPECT_TRUE(has(acts("So will we book you in for Monday?", Speaker::rep), Act::close_attempt));
  EXPECT_TRUE(has(acts("With us, every visit is logged on the app.", Speaker::rep), Act::pitch));
  EXPECT_TRUE(has(acts("It'd come down to about ninety a month.", Speaker::rep), Act::pitch));
  EXPECT_FALSE(has(acts("So it's goodbye to paper timesheets.", Speaker::rep), Act::closing));
  EXPECT_FALSE(has(acts("You can log out of the portal and it's all saved.", Speaker::rep), Act::sign_off_notice));
  EXPECT_TRUE(has(acts("Cheers Mick, catch ya."), Act::closing));
  EXPECT_TRUE(has(acts("Right, I'd better go, the cows won't milk themselves."), Act::closing));
  EXPECT_TRUE(has(acts("Yep, send me the DocuSign and I'll do it tonight.", Speaker::client), Act::commitment));
  EXPECT_TRUE(has(acts("Ah no, we're going to give it a miss this year.", Speaker::client), Act::rejection));
  EXPECT_FALSE(has(acts("Thanks, but no thanks.", Speaker::client), Act::thanks));
  EXPECT_TRUE(has(acts("Fair play, that's a slick bit of kit."), Act::appreciation));
  EXPECT_TRUE(has(acts("Legend."), Act::appreciation));
  EXPECT_TRUE(has(acts("Did you want to renew, or should I cancel it?", Speaker::rep), Act::admin_ask));
  EXPECT_TRUE(has(acts("Would you mind if I checked in with you next spring?", Speaker::rep), Act::next_step));
  EXPECT_FALSE(has(acts("Would you mind if I asked a couple of questions?", Speaker::rep), Act::next_step));
  // Holidays and sailings as the business are no small talk.
  EXPECT_FALSE(has(acts("How are you handling holiday requests at the minute?", Speaker::rep), Act::small_talk));
}

TEST(ActTaggerQuestions, SoftenedAndStoryRequests) {
  EXPECT_EQ(question_type("I was wondering how many drivers you'd need."), Act::question_semi_open);
  EXPECT_EQ(question_type("I'd love to hear how the pilot went in Bristol."), Act::question_open);
  EXPECT_EQ(question_type("I'd be curious how other clinics have got on with it."), Act::question_open);
  EXPECT_EQ(question_type("So, I wanted to see whether you'd thought any more about it."), Act::question_closed);
  EXPECT_EQ(question_type("Just wanted to check if you got my email."), Act::question_closed);
  EXPECT_EQ(question_type("I'd be curious to see it in action."), std::nullopt);
  // Wondering about someone else is no question to the listener.
  EXPECT_EQ(question_type("I was wondering how many of them would turn up."), std::nullopt);
}

TEST(ActTaggerOtherActs, TheSellerDescribingTheirSideIsAPitch) {
  EXPECT_TRUE(has(acts("Our fitters only work weekends in school holidays.", Speaker::rep), Act::pitch));
  EXPECT_TRUE(has(acts("Ours includes the disposal of the old boiler.", Speaker::rep), Act::pitch));
  EXPECT_TRUE(has(acts("Any new starter is covered automatically.", Speaker::rep), Act::pitch));
  EXPECT_TRUE(has(acts("So what we'd suggest is a half-day session for the leads.", Speaker::rep), Act::pitch));
  EXPECT_FALSE(has(acts("Our accountant is off until Monday.", Speaker::client), Act::pitch));
}

TEST(ActTaggerOtherActs, ClosingOnTheOrderNotOnTheMeeting) {
  EXPECT_TRUE(has(acts("Shall I put the order through for both sites then?", Speaker::rep), Act::close_attempt));
  EXPECT_TRUE(has(acts("Are you happy for us to go ahead with the fitting on the ninth?", Speaker::rep),
                  Act::close_attempt));
  EXPECT_TRUE(has(acts("Which start date suits you, the third or the tenth?", Speaker::rep), Act::close_attempt));
  EXPECT_FALSE(has(acts("Right, shall we make a start?", Speaker::rep), Act::close_attempt));
  EXPECT_FALSE(has(acts("Who else would need to sign this off?", Speaker::rep), Act::close_attempt));
  EXPECT_TRUE(has(acts("Could we set up a quick call with your operations lead?", Speaker::rep), Act::next_step));
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
  const auto greets = [](std::string_view text, const TurnContext& c) {
    for (const auto& s : tagger().tag(text, c))
      if (has(s.acts, Act::greeting)) return true;
    return false;
  };
  EXPECT_TRUE(greets("And I'm calling from Harlow.", early));
  EXPECT_FALSE(greets("And I'm calling from Harlow.", late));
  // A name introduces; "I'm sorry", "I'm ready" and where one lives do not.
  EXPECT_TRUE(greets("And I'm Priya.", early));
  EXPECT_FALSE(greets("I'm sorry.", early));
  EXPECT_FALSE(greets("I'm ready.", early));
  EXPECT_FALSE(greets("I live in Harlow.", early));
  EXPECT_TRUE(greets("It's Sam from Northwind.", early));
  EXPECT_TRUE(greets("Morning Femi, thanks for making the time.", early));
  EXPECT_FALSE(greets("It's a no from us, I'm afraid.", early));
}

TEST(ActTaggerQuestions, QuotedQuestionsInAStoryAreNotAsked) {
  EXPECT_EQ(question_type("And then she goes, are you sure about that?"), std::nullopt);
  EXPECT_EQ(question_type("So are you sure about that?"), Act::question_closed);
}

TEST(ActTaggerOtherActs, EverydayWaysToSayYesNoAndMyFault) {
  EXPECT_TRUE(has(acts("Let's give it a go, then.", Speaker::client), Act::commitment));
  EXPECT_TRUE(has(acts("We'll go with the standard plan.", Speaker::client), Act::commitment));
  EXPECT_FALSE(has(acts("Why would we change something that works?", Speaker::client), Act::commitment));
  EXPECT_TRUE(has(acts("I'm afraid it's a no from the partners.", Speaker::client), Act::rejection));
  EXPECT_TRUE(has(acts("Please don't ring me again.", Speaker::client), Act::rejection));
  EXPECT_TRUE(has(acts("That one's on me, I skipped the set-up costs.", Speaker::rep), Act::self_blame));
  EXPECT_TRUE(has(acts("I probably rushed through the pricing there.", Speaker::rep), Act::self_blame));
  EXPECT_TRUE(has(acts("Nice one, that saves you a trip.", Speaker::rep), Act::appreciation));
}

TEST(ActTaggerOtherActs, ShowingWhatTheProductDoesIsAPitch) {
  EXPECT_TRUE(has(acts("The nice thing is nobody has to install anything.", Speaker::rep), Act::pitch));
  EXPECT_TRUE(has(acts("Thanks to the new booking engine, clinics fill gaps the same day.", Speaker::rep),
                  Act::pitch));
  EXPECT_TRUE(has(acts("What we do is read your rota and flag the gaps.", Speaker::rep), Act::pitch));
  EXPECT_FALSE(has(acts("What do you use for rotas at the moment?", Speaker::rep), Act::pitch));
  EXPECT_FALSE(has(acts("Thanks for walking me through the rota.", Speaker::rep), Act::pitch));
}

TEST(ActTaggerOtherActs, AccountChoresAskedOutright) {
  EXPECT_TRUE(has(acts("Can we pause your subscription over August?", Speaker::rep), Act::admin_ask));
  EXPECT_TRUE(has(acts("Would you like me to reset your password while we're on?", Speaker::rep), Act::admin_ask));
  EXPECT_TRUE(has(acts("Do you still want paper invoices?", Speaker::rep), Act::admin_ask));
  EXPECT_FALSE(has(acts("Can we switch to a video call instead?", Speaker::rep), Act::admin_ask));
  EXPECT_TRUE(has(acts("Can I put you down as a cancellation for now then?", Speaker::rep), Act::admin_ask));
  EXPECT_TRUE(has(acts("Are we renewing the two licences then?", Speaker::rep), Act::admin_ask));
  EXPECT_FALSE(has(acts("I'll put you down for two tickets to the expo.", Speaker::rep), Act::admin_ask));
}

TEST(ActTaggerOtherActs, OhNoWorriesIsNoDismay) {
  EXPECT_FALSE(has(acts("oh no worries at all um so last time you said", Speaker::rep), Act::appreciation));
  EXPECT_TRUE(has(acts("Oh no, that's awful.", Speaker::rep), Act::appreciation));
}

TEST(ActTaggerOtherActs, SigningOffAMeetingNotABudget) {
  EXPECT_TRUE(has(acts("I'm going to drop off the call now, thanks all.", Speaker::rep), Act::sign_off_notice));
  EXPECT_TRUE(has(acts("I'll end the meeting now and send the recording.", Speaker::rep), Act::sign_off_notice));
  EXPECT_TRUE(has(acts("Right, I'll let you drop off first.", Speaker::rep), Act::sign_off_notice));
  EXPECT_TRUE(has(acts("shall i end the meeting from my side or", Speaker::rep), Act::sign_off_notice));
  EXPECT_TRUE(has(acts("I'll stay on till you've left the call.", Speaker::rep), Act::sign_off_notice));
  EXPECT_FALSE(has(acts("You're the one signing off on the spend, right?", Speaker::rep), Act::sign_off_notice));
  EXPECT_FALSE(has(acts("Sorry, my connection keeps dropping out.", Speaker::client), Act::sign_off_notice));
  EXPECT_FALSE(has(acts("Sorry it took me so long to get back to you.", Speaker::rep), Act::next_step));
}

TEST(ActTaggerOtherActs, AskingForARepeatIsNoApology) {
  EXPECT_FALSE(has(acts("Sorry?"), Act::apology));
  EXPECT_TRUE(has(acts("Sorry for the wait."), Act::apology));
  EXPECT_FALSE(has(acts("I felt really sorry for the drivers."), Act::apology));
}

// A turn with what is known of the turn before: its text, who said it, its acts.
std::vector<Act> after(std::string_view text, const std::string& previous, PreviousBy by,
                       std::vector<Act> previous_acts, std::optional<std::size_t> since_closing = std::nullopt) {
  TurnContext context;
  context.channel = model::Channel::phone;
  context.previous_text = &previous;
  context.previous_by = by;
  context.previous_acts = act_set(previous_acts);
  context.turns_since_closing = since_closing;
  context.index_in_conversation = 20;
  std::vector<Act> out;
  for (const auto& s : tagger().tag(text, context))
    for (const auto a : s.acts)
      if (!has(out, a)) out.push_back(a);
  return out;
}

TEST(ActTaggerContext, YesToAProposedNextStepCommits) {
  const std::string proposed = "Would it help if I came over on Saturday and went through the plans with you?";
  EXPECT_TRUE(has(after("Yes, that's fine.", proposed, PreviousBy::other_speaker, {Act::next_step, Act::question_closed}),
                  Act::commitment));
  EXPECT_TRUE(has(after("Yeah, no harm in that.", proposed, PreviousBy::other_speaker, {Act::next_step}),
                  Act::commitment));
  // A hedge, or a yes to no proposal, commits to nothing.
  EXPECT_FALSE(has(after("Yeah, maybe.", proposed, PreviousBy::other_speaker, {Act::next_step}), Act::commitment));
  EXPECT_FALSE(has(after("Yes, that's fine.", "The vans go out at six.", PreviousBy::other_speaker, {}),
                   Act::commitment));
}

TEST(ActTaggerContext, AnAnswerToAPersonalQuestionIsSmallTalk) {
  const std::string asked = "Did you get up Snowdon in the end?";
  EXPECT_TRUE(has(after("We did! In the dark, never again.", asked, PreviousBy::other_speaker,
                        {Act::small_talk, Act::question_closed}),
                  Act::small_talk));
  // Not after a business question, nor when the answer turns to business.
  EXPECT_FALSE(has(after("We did, in the end.", "Did you get the quote signed?", PreviousBy::other_speaker,
                         {Act::question_closed}),
                   Act::small_talk));
  EXPECT_FALSE(has(after("Right, let's go ahead with the order.", asked, PreviousBy::other_speaker,
                         {Act::small_talk, Act::question_closed}),
                   Act::small_talk));
}

TEST(ActTaggerContext, ThatsThePlanCommitsOnlyToAProposal) {
  const std::string proposed = "So we'll have the demo mower out to you Tuesday week?";
  EXPECT_TRUE(has(after("That's the plan, aye.", proposed, PreviousBy::other_speaker, {Act::next_step}),
                  Act::commitment));
  EXPECT_FALSE(has(after("That's the plan. If the clouds behave.", "Are you going for the northern lights?",
                         PreviousBy::other_speaker, {Act::small_talk, Act::question_closed}),
                   Act::commitment));
  EXPECT_TRUE(has(after("Course not, no harm in that.", "Would you mind if I rang you in March?",
                        PreviousBy::other_speaker, {Act::next_step}),
                  Act::commitment));
}

TEST(ActTaggerContext, YeahAfterTheOtherSidesQuestionAnswersIt) {
  // The question has no '?' and no question form: its acts say it was one.
  const std::string asked = "so you still run the night shift";
  const std::string told = "We still run the night shift.";
  EXPECT_FALSE(has(after("Yeah.", asked, PreviousBy::other_speaker, {Act::question_closed}), Act::backchannel));
  EXPECT_TRUE(has(after("Yeah.", told, PreviousBy::other_speaker, {}), Act::backchannel));
  // One's own question before is no question to answer.
  EXPECT_TRUE(has(after("Mm-hm.", asked, PreviousBy::same_speaker, {Act::question_closed}), Act::backchannel));
  // Speaker names tell "Right?" after one's own statement from a listening "Right?".
  EXPECT_TRUE(has(after("Right?", told, PreviousBy::same_speaker, {}), Act::question_closed));
  EXPECT_TRUE(has(after("Right.", told, PreviousBy::other_speaker, {}), Act::backchannel));
}

TEST(ActTaggerContext, YeahAfterOnesOwnStatementIsNoListening) {
  const std::string told = "It costs more than the van itself.";
  // Words that confirm or wind up one's own statement listen to nobody...
  EXPECT_FALSE(has(after("Yeah.", told, PreviousBy::same_speaker, {}), Act::backchannel));
  EXPECT_FALSE(has(after("Okay, right.", told, PreviousBy::same_speaker, {}), Act::backchannel));
  // ...but after one's own listening they go on listening, and sounds listen anywhere.
  EXPECT_TRUE(has(after("Yeah.", "Uh-huh.", PreviousBy::same_speaker, {Act::backchannel}), Act::backchannel));
  EXPECT_TRUE(has(after("Uh-huh.", told, PreviousBy::same_speaker, {}), Act::backchannel));
  EXPECT_TRUE(has(after("Oh.", told, PreviousBy::same_speaker, {}), Act::backchannel));
}

// "Okay. So what would it cost?": a word that can take the floor, opening a turn that
// goes on, takes it. A listening sound or phrase still listens before the turn goes on.
TEST(ActTaggerContext, AWordOpeningALongerTurnTakesTheFloor) {
  const std::string told = "We run three vans out of Leeds.";
  EXPECT_FALSE(has(after("Okay. So what would the monthly cost be?", told, PreviousBy::other_speaker, {}),
                   Act::backchannel));
  EXPECT_FALSE(has(after("Oh, right. We had a look at the brochure.", told, PreviousBy::other_speaker, {}),
                   Act::backchannel));
  EXPECT_TRUE(has(after("Okay.", told, PreviousBy::other_speaker, {}), Act::backchannel));
  EXPECT_TRUE(has(after("Okay. Yeah.", told, PreviousBy::other_speaker, {}), Act::backchannel));
  EXPECT_TRUE(has(after("Uh-huh. And what does that look like day to day?", told, PreviousBy::other_speaker, {}),
                  Act::backchannel));
  EXPECT_TRUE(
      has(after("I hear you. Is it the fee that bothers you?", told, PreviousBy::other_speaker, {}), Act::backchannel));
}

TEST(ActTaggerContext, CourtesiesAmongTheGoodbyesClose) {
  const std::string goodbye = "Well, it was lovely chatting.";
  const std::string statement = "The boiler goes in on Monday.";
  const auto okay = after("Okay.", goodbye, PreviousBy::other_speaker, {Act::closing}, 0);
  EXPECT_TRUE(has(okay, Act::closing));
  EXPECT_FALSE(has(okay, Act::backchannel));
  // The same words, with no goodbye before, listen.
  EXPECT_FALSE(has(after("Okay.", statement, PreviousBy::other_speaker, {}), Act::closing));
  // Even one's own goodbye before counts when its acts are known.
  EXPECT_TRUE(has(after("All right.", goodbye, PreviousBy::same_speaker, {Act::closing}, 0), Act::closing));
  // A short thanks among the goodbyes is thanks and closing; elsewhere thanks only.
  const auto thanks = after("Well, thank you.", goodbye, PreviousBy::other_speaker, {Act::closing}, 0);
  EXPECT_TRUE(has(thanks, Act::thanks));
  EXPECT_TRUE(has(thanks, Act::closing));
  const auto plain = after("Well, thank you.", statement, PreviousBy::other_speaker, {}, 5);
  EXPECT_TRUE(has(plain, Act::thanks));
  EXPECT_FALSE(has(plain, Act::closing));
  // A long thanks for something done stays thanks only.
  EXPECT_FALSE(has(after("Thank you for sorting out the scaffolding permit so quickly last week.", goodbye,
                         PreviousBy::other_speaker, {Act::closing}, 0),
                   Act::closing));
}

TEST(ActTaggerContext, SayingOneEnjoyedTheTalkTakesLeave) {
  EXPECT_TRUE(has(acts("Well, I've really enjoyed talking with you."), Act::closing));
  EXPECT_TRUE(has(acts("It's been a pleasure chatting."), Act::closing));
  EXPECT_TRUE(has(acts("Well, I'd better go."), Act::closing));
  EXPECT_FALSE(has(acts("We really enjoyed the boat trip."), Act::closing));
  EXPECT_FALSE(has(acts("I have to go to the depot on Friday."), Act::closing));
}

TEST(ActTaggerContext, AnswersToAWellBeingQuestionGreet) {
  const std::string how = "Hi, how are you doing?";
  const std::string statement = "The invoice went out on Tuesday.";
  EXPECT_TRUE(has(after("Fine, thanks, and you?", how, PreviousBy::other_speaker, {Act::greeting}), Act::greeting));
  EXPECT_TRUE(has(after("Not too bad.", how, PreviousBy::other_speaker, {Act::greeting}), Act::greeting));
  EXPECT_TRUE(has(after("not too bad Dan", how, PreviousBy::other_speaker, {Act::greeting}), Act::greeting));
  EXPECT_TRUE(has(after("yeah good good", how, PreviousBy::other_speaker, {Act::greeting}), Act::greeting));
  EXPECT_TRUE(has(after("Ja, fine.", how, PreviousBy::other_speaker, {Act::greeting}), Act::greeting));
  EXPECT_FALSE(has(after("Not too bad.", statement, PreviousBy::other_speaker, {}), Act::greeting));
  EXPECT_FALSE(has(after("Okay.", how, PreviousBy::other_speaker, {Act::greeting}), Act::greeting));
}

TEST(ActTaggerOtherActs, ApologiesAndThanksSaidToTheListenerOnly) {
  EXPECT_TRUE(has(acts("Excuse me, I've got a frog in my throat."), Act::apology));
  EXPECT_FALSE(has(acts("Excuse me?"), Act::apology));
  EXPECT_TRUE(has(acts("Sorry to keep you waiting."), Act::apology));
  EXPECT_FALSE(has(acts("The old fence looked so sorry."), Act::apology));
  EXPECT_FALSE(has(acts("I'm sorry, what?"), Act::apology));
  // Quoted in a story, a courtesy is not said to the listener.
  EXPECT_FALSE(has(acts("And then he goes, oh, I'm sorry."), Act::apology));
  EXPECT_FALSE(has(acts("And she said, thank you so much."), Act::thanks));
  EXPECT_TRUE(has(acts("Oh, I'm so sorry."), Act::apology));
  // Appreciating and being grateful are thanks only when said to the listener.
  EXPECT_TRUE(has(acts("I really appreciate it."), Act::thanks));
  EXPECT_FALSE(has(acts("Most customers don't appreciate it until winter."), Act::thanks));
  EXPECT_TRUE(has(acts("We're so grateful for your help."), Act::thanks));
  EXPECT_FALSE(has(acts("I'm grateful that the rain held off."), Act::thanks));
  EXPECT_TRUE(has(acts("I'm really grateful for the time you gave us."), Act::thanks));
  EXPECT_FALSE(has(acts("I'm thankful for the experience, it taught me a lot."), Act::thanks));
}

TEST(ActTaggerOtherActs, CheersAndTaThankOnlyAsACourtesy) {
  EXPECT_TRUE(has(acts("Cheers, that's sorted then."), Act::thanks));
  EXPECT_TRUE(has(acts("cheers for the link dev"), Act::thanks));
  // "Cheers" with only a name, or with goodbye words, takes leave: the writers of every
  // probe set label it a closing, not thanks.
  EXPECT_TRUE(has(acts("cheers dev"), Act::closing));
  EXPECT_FALSE(has(acts("cheers dev"), Act::thanks));
  EXPECT_FALSE(has(acts("Cheers Mel, talk Monday."), Act::thanks));
  EXPECT_TRUE(has(acts("Cheers Mel, talk Monday."), Act::closing));
  EXPECT_TRUE(has(acts("Ta very much."), Act::thanks));
  EXPECT_TRUE(has(acts("Ta."), Act::thanks));
  EXPECT_FALSE(has(acts("We mostly watch old sitcoms like Cheers."), Act::thanks));
  EXPECT_FALSE(has(acts("Cheers to a great year!"), Act::thanks));
  // A word broken off and restarted is no "ta".
  EXPECT_FALSE(has(acts("We pay a lot of ta-, uh, tax here."), Act::thanks));
  EXPECT_FALSE(has(acts("Ta-, Tom my eldest is eight."), Act::thanks));
}

TEST(ActTaggerOtherActs, RegretAndBadHabitsAreNoApology) {
  EXPECT_TRUE(has(acts("Oh, my bad."), Act::apology));
  EXPECT_TRUE(has(acts("My bad, I sent the wrong file."), Act::apology));
  EXPECT_FALSE(has(acts("It took a year to lose all my bad habits."), Act::apology));
  EXPECT_FALSE(has(acts("I'm sorry they're closing the depot, we liked it there."), Act::apology));
  EXPECT_TRUE(has(acts("I'm sorry, I sent you the wrong figures."), Act::apology));
}

TEST(ActTaggerOtherActs, ExcuseMeForAMomentOrTheFloorIsNoApology) {
  EXPECT_FALSE(has(acts("Excuse me one second, someone's at the door."), Act::apology));
  EXPECT_FALSE(has(acts("Oh, excuse me just a minute."), Act::apology));
  EXPECT_FALSE(has(acts("Excuse me, go ahead."), Act::apology));
  EXPECT_TRUE(has(acts("Excuse me, I've got a bit of a cold."), Act::apology));
  EXPECT_TRUE(has(acts("Sorry, I need one second to find the file."), Act::apology));
}

TEST(ActTaggerOtherActs, ExcuseMeTalkedOnAfterIsAnAside) {
  // A cough or a slip excused in passing is no apology to the listener...
  EXPECT_FALSE(has(acts("Excuse me. For instance, we run forty vans."), Act::apology));
  EXPECT_FALSE(has(acts("And, uh, excuse me, the vans go out at six."), Act::apology));
  // ...but excusing something, the cough itself, or a "sorry" after it apologises.
  EXPECT_TRUE(has(acts("Excuse me for butting in."), Act::apology));
  EXPECT_TRUE(has(acts("Excuse me, I didn't mean to interrupt."), Act::apology));
  EXPECT_TRUE(has(acts("Excuse me. Sorry, the line dropped."), Act::apology));
  EXPECT_TRUE(has(acts("Pardon me, my voice is going."), Act::apology));
  EXPECT_TRUE(has(acts("Excuse me."), Act::apology));
}

TEST(ActTaggerContext, ExcuseMeRightAfterTheOtherSideAsksToHearItAgain) {
  const std::string told = "We'd want it fitted by the ninth.";
  EXPECT_FALSE(has(after("Pardon me.", told, PreviousBy::other_speaker, {}), Act::apology));
  EXPECT_FALSE(has(after("I beg your pardon.", told, PreviousBy::other_speaker, {}), Act::apology));
  // After one's own words, or the other side's listening, it apologises.
  EXPECT_TRUE(has(after("Pardon me.", told, PreviousBy::same_speaker, {}), Act::apology));
  EXPECT_TRUE(has(after("Excuse me.", "Uh-huh.", PreviousBy::other_speaker, {Act::backchannel}), Act::apology));
  // With a '?' it asks, whoever spoke before; and it is no question to answer.
  const auto asked = after("I beg your pardon?", told, PreviousBy::same_speaker, {});
  EXPECT_FALSE(has(asked, Act::apology));
  EXPECT_FALSE(has(asked, Act::question_closed));
}

TEST(ActTaggerContext, SorryAfterBadNewsIsSympathy) {
  const std::string news = "My father passed away in March, so it's been a hard spring.";
  EXPECT_FALSE(has(after("Oh, I'm so sorry.", news, PreviousBy::other_speaker, {}), Act::apology));
  EXPECT_FALSE(has(after("I'm really sorry.", "He was laid off in June.", PreviousBy::other_speaker, {}),
                   Act::apology));
  // An apology for something, or "sorry" after ordinary news, is still one.
  EXPECT_TRUE(has(after("Sorry for the late reply.", news, PreviousBy::other_speaker, {}), Act::apology));
  EXPECT_TRUE(has(after("Oh, I'm so sorry.", "The delivery came two days late.", PreviousBy::other_speaker, {}),
                  Act::apology));
  // Sorry as a state, or as a habit, is no apology.
  EXPECT_FALSE(has(acts("I've never been sorry we moved out of town."), Act::apology));
  EXPECT_FALSE(has(acts("My word, isn't that sorry."), Act::apology));
  EXPECT_FALSE(has(acts("After a row we'd all apologise and go for a walk."), Act::apology));
}

TEST(ActTaggerQuestions, FormsSpeechUsesWithoutAQuestionMark) {
  EXPECT_EQ(question_type("You know what I mean?"), Act::question_closed);
  EXPECT_EQ(question_type("So the depot's moving to Hull, huh?"), Act::question_closed);
  EXPECT_EQ(question_type("It's not on the price list, is it."), Act::question_closed);
  EXPECT_EQ(question_type("That's on the price list, isn't it."), Act::question_closed);
  EXPECT_EQ(question_type("You don't run the vans at night, do you."), Act::question_closed);
  // Said flat, "huh" reacts ("That bad, huh."), and a positive tag after a positive
  // clause is mostly a question given up.
  EXPECT_EQ(question_type("That bad, huh."), std::nullopt);
  EXPECT_EQ(question_type("They sent the whole quote over, is it."), std::nullopt);
  EXPECT_EQ(question_type("We looked at the quote, did we."), std::nullopt);
  EXPECT_EQ(question_type("What happened was that the van broke down."), std::nullopt);
  EXPECT_EQ(question_type("What we run into is we have two depots."), std::nullopt);
  // A dropped subject ("did it myself") is no inversion; "did it arrive" is.
  EXPECT_EQ(question_type("Did it myself in the end."), std::nullopt);
  EXPECT_EQ(question_type("And did a full stock count."), std::nullopt);
  EXPECT_EQ(question_type("Did it arrive on time"), Act::question_closed);
  EXPECT_EQ(question_type("So do it while the rates are low."), std::nullopt);
  EXPECT_EQ(question_type("Had she not rung, we would have missed it."), std::nullopt);
  EXPECT_EQ(question_type("It's a lot of paperwork, you know?"), std::nullopt);
  EXPECT_EQ(question_type("And you think, where did I put that invoice?"), std::nullopt);
  EXPECT_EQ(question_type("They look at you like, do I know you?"), std::nullopt);
  EXPECT_EQ(question_type("I don't know if you've tried the new booking app."), Act::question_closed);
  EXPECT_EQ(question_type("I was wondering whether you'd had a chance to read it."), Act::question_closed);
  EXPECT_EQ(question_type("I don't know if it will rain."), std::nullopt);
  // Still questions: the same words asked.
  EXPECT_EQ(question_type("What happened to the van?"), Act::question_open);
  EXPECT_EQ(question_type("Do you know what I mean by a rota?"), Act::question_closed);
}

// Said flat, a reaction is listening; with a '?' it asks to confirm the news: no
// backchannel, and no question waiting for an answer either.
TEST(ActTaggerBackchannel, ReactionsInQuestionForm) {
  EXPECT_TRUE(has(acts("Did you."), Act::backchannel));
  EXPECT_TRUE(has(acts("Really."), Act::backchannel));
  EXPECT_TRUE(has(acts("Oh, is that right."), Act::backchannel));
  EXPECT_FALSE(has(acts("You did."), Act::backchannel));
  EXPECT_FALSE(has(acts("No."), Act::backchannel));
  for (const auto* news : {"Oh, do you really?", "You think so?", "Oh, it does?", "Really?", "Oh, yeah?"}) {
    const auto found = acts(news);
    EXPECT_FALSE(has(found, Act::backchannel)) << news;
    EXPECT_EQ(question_type(news), std::nullopt) << news;
  }
  EXPECT_EQ(question_type("Do you think so too about the rollout?"), Act::question_closed);
}

TEST(ActTaggerQuestions, APseudoCleftStatesSomething) {
  EXPECT_EQ(question_type("What's really neat about it is the set-up takes a day."), std::nullopt);
  EXPECT_EQ(question_type("What's happening is people are losing patience with the old system."), std::nullopt);
  EXPECT_EQ(question_type("What's your biggest headache right now?"), Act::question_open);
  EXPECT_EQ(question_type("What's the difference, is it the support?"), Act::question_semi_open);
}

TEST(ActTaggerQuestions, AskingToHearItAgainIsNoQuestion) {
  for (const auto* text : {"Huh?", "A what?", "Did what?", "What did you say?"})
    EXPECT_EQ(question_type(text), std::nullopt) << text;
  EXPECT_EQ(question_type("What did you say to the landlord?"), Act::question_open);
  EXPECT_EQ(question_type("Did what you asked work?"), Act::question_closed);
}

TEST(ConversationState, CarriesTheTurnBeforeItsSpeakerAndTheLastGoodbye) {
  ConversationState state;
  TurnContext first;
  state.fill(first, "A");
  EXPECT_EQ(first.previous_text, nullptr);
  EXPECT_FALSE(first.previous_acts);
  state.next("Bye now.", Speaker::unknown, "A", {Act::closing});
  TurnContext second;
  state.fill(second, "B");
  ASSERT_NE(second.previous_text, nullptr);
  EXPECT_EQ(*second.previous_text, "Bye now.");
  EXPECT_EQ(second.previous_by, PreviousBy::other_speaker);
  EXPECT_TRUE(second.previous_acts->test(static_cast<std::size_t>(Act::closing)));
  EXPECT_EQ(second.turns_since_closing, 0u);
  EXPECT_EQ(second.index_in_conversation, 1u);
  state.next("Bye.", Speaker::unknown, "B", {Act::backchannel});
  TurnContext third;
  state.fill(third, "B");
  EXPECT_EQ(third.previous_by, PreviousBy::same_speaker);
  EXPECT_EQ(third.turns_since_closing, 1u);
  // Without names the speakers cannot be told apart.
  TurnContext anonymous;
  state.fill(anonymous, "");
  EXPECT_EQ(anonymous.previous_by, PreviousBy::unknown);
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

TEST(ActTaggerCourtesy, ThanksHandedBackInCapitalsIsNoDecline) {
  const auto back = acts("No thank YOU! Enjoy the weekend.", Speaker::client, model::Channel::sms);
  EXPECT_FALSE(has(back, Act::rejection));
  EXPECT_TRUE(has(back, Act::thanks));
  const auto kind = acts("No, thank you, you've been so patient with us.", Speaker::client, model::Channel::phone);
  EXPECT_FALSE(has(kind, Act::rejection));
  EXPECT_TRUE(has(kind, Act::thanks));
  // The same words, unstressed and followed by a reason, still decline an offer.
  EXPECT_TRUE(has(acts("No thank you, we're fine as we are.", Speaker::client, model::Channel::email), Act::rejection));
}

// Each of these once sat behind a '|' that joined single words where a phrase was meant
// ("happy for us to go ahead|proceed" read as "go proceed"), so only one wording matched.
TEST(ActTaggerOtherActs, EveryWordingOfAnAlternativeMatches) {
  EXPECT_TRUE(has(acts("So are you happy for us to proceed with the install?", Speaker::rep), Act::close_attempt));
  EXPECT_TRUE(has(acts("We picked someone local in the end.", Speaker::client), Act::rejection));
  EXPECT_TRUE(has(acts("Choosing the annual plan makes sense for you.", Speaker::rep), Act::decision_justification));
  EXPECT_TRUE(has(acts("Sorry, I wasn't clear about the fees.", Speaker::rep), Act::self_blame));
}

TEST(ActTaggerOtherActs, ARelativeStayingIsNoRejection) {
  EXPECT_FALSE(has(acts("My sister's staying with us this week.", Speaker::client), Act::rejection));
  EXPECT_FALSE(has(acts("We're staying with my parents over Easter.", Speaker::client), Act::rejection));
  EXPECT_TRUE(has(acts("We'll be staying with our current supplier.", Speaker::client), Act::rejection));
}

TEST(ActTaggerQuestions, AskingLeaveToAskIsTypedByWhatIsAsked) {
  EXPECT_EQ(question_type("Can I ask what swung it for them?"), Act::question_open);
  EXPECT_EQ(question_type("I just wanted to ask how you found the samples we sent."), Act::question_open);
  EXPECT_EQ(question_type("I would like to know if your fridges are certified."), Act::question_closed);
  EXPECT_EQ(question_type("I'd like to know how many vans you run."), Act::question_semi_open);
  EXPECT_EQ(question_type("Could I ask what time suits you?"), Act::question_semi_open);
  EXPECT_EQ(question_type("I was wondering whether the board had a chance to look at it."), Act::question_closed);
  EXPECT_EQ(question_type("How long's the install going to take?"), Act::question_semi_open);
  EXPECT_EQ(question_type("What if I called you back in March?"), Act::question_closed);
  EXPECT_EQ(question_type("She asked me if we wanted to know whether it works."), std::nullopt);
  EXPECT_EQ(question_type("Can I just say, your installers were brilliant."), std::nullopt);
  EXPECT_EQ(question_type("How do I put this... the last agency was a disaster."), std::nullopt);
}

TEST(ActTaggerQuestions, ALastClauseThatTurnsToTheListenerAsks) {
  EXPECT_EQ(question_type("You must be loving this weather, are you getting out on the bike much"),
            Act::question_closed);
  EXPECT_EQ(question_type("We tried that last year, and the vans were late every week"), std::nullopt);
}

// A quoted question inside a sentence names a guide or reports what someone said.
TEST(ActTaggerQuestions, AQuotedQuestionInsideASentenceIsNone) {
  EXPECT_EQ(question_type("I read your \"Is your fleet ready?\" guide last night."), std::nullopt);
  EXPECT_EQ(question_type("He said \u201ccan you do Tuesday?\u201d and I said no."), std::nullopt);
  EXPECT_EQ(question_type("Have you read \"Why switch?\""), Act::question_closed);
  EXPECT_EQ(question_type("So is the \"premium\" plan the one with support?"), Act::question_closed);
}

TEST(ActTaggerQuestions, AMachineTranscriptRunsARemarkIntoTheQuestion) {
  EXPECT_EQ(question_type("hi linda hi can you hear me okay"), Act::question_closed);
  EXPECT_EQ(question_type("okay so next step i'll send the proposal over tonight and can we pencil in thursday"),
            Act::question_closed);
  EXPECT_EQ(question_type("oh and one last thing what's the main thing that's still holding you back"),
            Act::question_open);
  EXPECT_EQ(question_type("so for the lobby refresh where are you at with the lounge chairs"),
            Act::question_semi_open);
  // The question starts at the wh-word with its noun, not at the "do you" after them.
  EXPECT_EQ(question_type("that's fair how many cars do you run at the moment"), Act::question_semi_open);
  EXPECT_EQ(question_type("okay great what time do you usually close on a friday"), Act::question_semi_open);
  // Embedded, relative or inverted statements are no questions.
  EXPECT_EQ(question_type("i know where you are coming from on that one"), std::nullopt);
  EXPECT_EQ(question_type("the lad who did the yard was back on tuesday"), std::nullopt);
  EXPECT_EQ(question_type("never once have we had a complaint about them"), std::nullopt);
  EXPECT_EQ(question_type("when i do i try to keep it simple for them"), std::nullopt);
  // A typed sentence (capitals) keeps the rule that a later clause needs its comma or '?'.
  EXPECT_EQ(question_type("So I was thinking would you believe the price went up again"), std::nullopt);
}

TEST(ActTaggerOtherActs, TakingASlotOfferingAFollowUpAndAskingToHearAgain) {
  EXPECT_TRUE(has(acts("Monday's perfect. Enjoy the weekend.", Speaker::client), Act::commitment));
  EXPECT_TRUE(has(acts("wednesday's better let's say two o'clock", Speaker::client), Act::commitment));
  EXPECT_TRUE(has(acts("Aye, come round after two.", Speaker::client), Act::commitment));
  EXPECT_FALSE(has(acts("Friday was great, the whole team came.", Speaker::client), Act::commitment));
  EXPECT_FALSE(has(acts("Monday's perfect.", Speaker::rep), Act::commitment));
  EXPECT_FALSE(has(acts("Let's do one thing at a time.", Speaker::client), Act::commitment));
  EXPECT_TRUE(has(acts("could we get fifteen minutes with the two of you next week", Speaker::rep), Act::next_step));
  EXPECT_TRUE(has(acts("let me check his calendar and revert", Speaker::rep), Act::next_step));
  EXPECT_TRUE(has(acts("I can send you our last two years of accounts.", Speaker::rep), Act::next_step));
  EXPECT_TRUE(has(acts("Can we push this to half past?", Speaker::rep), Act::next_step));
  EXPECT_FALSE(has(acts("It takes thirty minutes with the old machine.", Speaker::rep), Act::next_step));
  EXPECT_TRUE(has(acts("Oh, one other quick thing, is there anything you'd change?", Speaker::rep),
                  Act::one_more_thing));
  // Asking to hear it again is no apology; saying sorry for being late is.
  EXPECT_FALSE(has(acts("Sorry, what was the monthly figure again?", Speaker::rep), Act::apology));
  EXPECT_FALSE(has(acts("sorry can you say that again you broke up a bit", Speaker::client), Act::apology));
  EXPECT_TRUE(has(acts("Sorry I'm a couple of minutes late.", Speaker::rep), Act::apology));
  // Praise run into what follows, as a machine transcript writes it.
  EXPECT_TRUE(has(acts("perfect i'll send the invite now", Speaker::rep), Act::appreciation));
  EXPECT_TRUE(has(acts("That's completely fair.", Speaker::rep), Act::appreciation));
}

TEST(ActTaggerOtherActs, TheSellerDescribingPricesAndWhatIsIncluded) {
  EXPECT_TRUE(has(acts("So if we drop the contents to basic it'd come in around eighteen-fifty.", Speaker::rep),
                  Act::pitch));
  EXPECT_TRUE(has(acts("The mailer boxes are twelve pence each at five thousand units.", Speaker::rep), Act::pitch));
  EXPECT_TRUE(has(acts("I didn't make it clear the install's included in that figure.", Speaker::rep), Act::pitch));
  EXPECT_TRUE(has(acts("And with quartz you'll never think about it again.", Speaker::rep), Act::pitch));
  EXPECT_TRUE(has(acts("You should really go with us, we're the best in the county.", Speaker::rep), Act::pitch));
  EXPECT_FALSE(has(acts("What's included in your current contract?", Speaker::rep), Act::pitch));
  EXPECT_FALSE(has(acts("The boxes are twelve pence each from the other lot.", Speaker::client), Act::pitch));
}

TEST(ActTaggerOtherActs, NewThingsInTheListenersLifeAreSmallTalk) {
  EXPECT_TRUE(has(acts("How's the new puppy settling in?", Speaker::rep), Act::small_talk));
  EXPECT_TRUE(has(acts("Has Shauna started at the new school yet?", Speaker::rep), Act::small_talk));
}

TEST(ActTaggerOtherActs, LeavingItForNowDeclines) {
  EXPECT_TRUE(has(acts("Let's leave it for now. I'll email you.", Speaker::client), Act::rejection));
  EXPECT_FALSE(has(acts("Let's leave it for now. I'll email you.", Speaker::client), Act::sign_off_notice));
  EXPECT_TRUE(has(acts("I don't think we'll be taking it any further.", Speaker::client), Act::rejection));
}

// A machine transcript runs sentences together, so "sorry" opens one mid-turn.
TEST(ActTaggerOtherActs, SorryMidTurnInARunOnTranscript) {
  EXPECT_TRUE(has(acts("yes rohit you're audible sorry i was just coming out of another meeting", Speaker::client),
                  Act::apology));
  EXPECT_TRUE(has(acts("hiya sorry am i on mute", Speaker::rep), Act::apology));
  EXPECT_FALSE(has(acts("I'm sorry to hear about your dad.", Speaker::rep), Act::apology));
}

TEST(ActTaggerOtherActs, PaperworkQuestionsAreAdministrative) {
  EXPECT_TRUE(has(acts("Can I confirm you want the extended warranty cancelled?", Speaker::rep), Act::admin_ask));
  EXPECT_TRUE(has(acts("Would you like me to keep your group on the mailing list?", Speaker::rep), Act::admin_ask));
  EXPECT_TRUE(has(acts("Can I just check, do you want the invoices going to the new email?", Speaker::rep),
                  Act::admin_ask));
  EXPECT_FALSE(has(acts("Can I confirm your order for Tuesday?", Speaker::rep), Act::admin_ask));
}

TEST(ActTaggerOtherActs, OfferingTheNextCallAndAskingForTheClose) {
  EXPECT_TRUE(has(acts("Could I give you a quick ring on the fifteenth?", Speaker::rep), Act::next_step));
  EXPECT_TRUE(has(acts("shall i check back in with you in april then", Speaker::rep), Act::next_step));
  EXPECT_TRUE(has(acts("Which would you prefer to start with, the monthly or the annual plan?", Speaker::rep),
                  Act::close_attempt));
  EXPECT_TRUE(has(acts("All I'd need from you today is a signature on the order form.", Speaker::rep),
                  Act::close_attempt));
  EXPECT_FALSE(has(acts("Which would you prefer, tea or coffee?", Speaker::rep), Act::close_attempt));
}

TEST(ActTaggerOtherActs, RegretDeniedIsNoApology) {
  EXPECT_FALSE(has(acts("I'm not sorry we left them, put it that way.", Speaker::client), Act::apology));
  EXPECT_TRUE(has(acts("I'm sorry, I'm not able to make Tuesday.", Speaker::client), Act::apology));
}

TEST(ActTaggerOtherActs, TakingAnOptionOrATime) {
  EXPECT_TRUE(has(acts("Yeah, let's do the Tuesday.", Speaker::client), Act::commitment));
  EXPECT_TRUE(has(acts("yeah okay let's go with the gold package", Speaker::client), Act::commitment));
  EXPECT_TRUE(has(acts("Okay, let us go ahead with the six-month contract.", Speaker::client), Act::commitment));
  EXPECT_TRUE(has(acts("Thursday afternoon's fine.", Speaker::client), Act::commitment));
  EXPECT_TRUE(has(acts("ja that would actually help can you send me the contact", Speaker::client),
                  Act::commitment));
  EXPECT_FALSE(has(acts("Let's go with what we have for now.", Speaker::client), Act::commitment));
  EXPECT_FALSE(has(acts("That would help, but the board won't pay for it.", Speaker::client), Act::commitment));
}

// A time the client accepts is a commitment; only asking for one proposes the next step.
TEST(ActTaggerOtherActs, TheClientAcceptsATimeOrAsksForOne) {
  EXPECT_FALSE(has(acts("yes perfect friday is good", Speaker::client), Act::next_step));
  EXPECT_TRUE(has(acts("Would Thursday at 10 or Friday at 3 suit you?", Speaker::client), Act::next_step));
  EXPECT_TRUE(has(acts("Does Friday morning work for you?", Speaker::rep), Act::next_step));
  EXPECT_FALSE(has(acts("Does it work with Xero?", Speaker::client), Act::next_step));
}

TEST(ActTaggerOtherActs, InvitationsAndCallsBack) {
  EXPECT_TRUE(has(acts("Would it make sense for the three of us to sit down next week?", Speaker::rep),
                  Act::next_step));
  EXPECT_TRUE(has(acts("would it help if you came to see the yard yourself", Speaker::rep), Act::next_step));
  EXPECT_TRUE(has(acts("Why don't you come out to the showroom on Saturday?", Speaker::rep), Act::next_step));
  EXPECT_TRUE(has(acts("Sorry, I'm driving, can I call you back in ten minutes?", Speaker::rep), Act::next_step));
  EXPECT_TRUE(has(acts("Take whatever time you need, we can talk next month.", Speaker::rep), Act::next_step));
  EXPECT_FALSE(has(acts("Why don't you like the new layout?", Speaker::rep), Act::next_step));
}

// Sympathy for the listener's own troubles is talk outside the deal, not an apology.
TEST(ActTaggerOtherActs, SympathyIsSmallTalk) {
  const auto loss = acts("I'm so sorry for your loss. Take whatever time you need.", Speaker::rep);
  EXPECT_TRUE(has(loss, Act::small_talk));
  EXPECT_FALSE(has(loss, Act::apology));
  EXPECT_TRUE(has(acts("Sorry to hear about your knee, Gav.", Speaker::rep), Act::small_talk));
  EXPECT_FALSE(has(acts("Sorry to hear about your order being late.", Speaker::rep), Act::small_talk));
  EXPECT_TRUE(has(acts("Much appreciated, honestly.", Speaker::client), Act::thanks));
}

// Asking after someone's health, place and family; a written wish is no question.
TEST(ActTaggerOtherActs, WishesAndAskingAfterLifeAreSmallTalk) {
  EXPECT_TRUE(has(acts("Ah no, the poor thing.", Speaker::rep), Act::small_talk));
  EXPECT_TRUE(has(acts("Hope your lad's better soon.", Speaker::rep), Act::small_talk));
  EXPECT_TRUE(has(acts("so how are things down in Galway", Speaker::rep), Act::small_talk));
  EXPECT_FALSE(has(acts("How are things with the new system?", Speaker::rep), Act::small_talk));
  EXPECT_TRUE(has(acts("Is that the baby I can hear in the background?", Speaker::rep), Act::small_talk));
  const auto asks = [](const std::vector<Act>& found) { return std::any_of(found.begin(), found.end(), is_question); };
  EXPECT_FALSE(asks(acts("Hope the new warehouse is treating you well?", Speaker::client)));
  EXPECT_TRUE(asks(acts("I hope that's ok?", Speaker::client)));
}

// A price offered, a time named, a meeting proposed, a call-back accepted.
TEST(ActTaggerOtherActs, OffersTimesAndAcceptances) {
  EXPECT_TRUE(has(acts("If you take the full season I'll do it at eight thousand flat.", Speaker::rep), Act::pitch));
  EXPECT_TRUE(has(acts("What we'd do is swap the mats every week.", Speaker::rep), Act::pitch));
  EXPECT_TRUE(has(acts("Could I pop in Thursday and walk the site with you?", Speaker::rep), Act::next_step));
  EXPECT_TRUE(has(acts("How about I bring the samples round on Monday?", Speaker::rep), Act::next_step));
  EXPECT_TRUE(has(acts("I'll dig out last year's figures and pull a proposal together.", Speaker::rep),
                  Act::next_step));
  EXPECT_TRUE(has(acts("Wednesday morning, say ten o'clock?", Speaker::rep), Act::next_step));
  EXPECT_FALSE(has(acts("I'd say ten percent of them never reply.", Speaker::rep), Act::next_step));
  EXPECT_TRUE(has(acts("Three o'clock is fine.", Speaker::client), Act::commitment));
  EXPECT_FALSE(has(acts("The board decides anything over ten grand.", Speaker::client), Act::commitment));
  EXPECT_TRUE(has(acts("Sure, you can ring me then.", Speaker::client), Act::commitment));
  EXPECT_TRUE(has(acts("I'm signing the order form now, actually.", Speaker::client), Act::commitment));
}

// A '?' inside a code or an address ends nothing.
TEST(ActTagger, QuestionMarkInsideATokenAsksNothing) {
  EXPECT_FALSE(question_type("The reference on the remittance is SIGN?22, no idea why."));
  EXPECT_FALSE(question_type("The form is at example.com/form?ref=mail for anyone who wants it."));
  EXPECT_TRUE(question_type("Is the reference SIGN22?"));
}

}  // namespace
}  // namespace rapport::analysis
