#include "rapport/analysis/intent_classifier.hpp"

#include <gtest/gtest.h>

namespace rapport::analysis {
namespace {

const IntentClassifier& classifier() {
  static const IntentClassifier c = [] {
    auto made = IntentClassifier::create(builtin_rule_files());
    if (!made) ADD_FAILURE() << made.error().message;
    return std::move(made).value();
  }();
  return c;
}

const ObjectionFinder& finder() {
  static const ObjectionFinder f = [] {
    auto made = ObjectionFinder::create(builtin_rule_files());
    if (!made) ADD_FAILURE() << made.error().message;
    return std::move(made).value();
  }();
  return f;
}

// Without acts: the classifier splits sentences itself and reads '?' as a question.
IntentResult classify(std::string_view text, model::Channel channel = model::Channel::email) {
  MessageContext context;
  context.channel = channel;
  return classifier().classify(text, {}, finder().find(text), context);
}

Intent intent_of(std::string_view text) { return classify(text).intent; }

TEST(IntentClassifier, Unsubscribe) {
  EXPECT_EQ(intent_of("Please take my address off your mailing list."), Intent::unsubscribe);
  EXPECT_EQ(intent_of("Stop sending me these newsletters."), Intent::unsubscribe);
  EXPECT_EQ(classify("STOP", model::Channel::sms).intent, Intent::unsubscribe);
  EXPECT_FALSE(classify("unsubscribe me").reply_owed);
  // Asked to confirm the removal in writing, the seller owes that confirmation.
  const auto erase = classify("Under GDPR, please delete all personal data you hold about me and confirm in writing "
                              "when this has been done.");
  EXPECT_EQ(erase.intent, Intent::unsubscribe);
  EXPECT_TRUE(erase.reply_owed);
  EXPECT_EQ(classify("Stop. Wrong number.", model::Channel::sms).intent, Intent::unsubscribe);
}

TEST(IntentClassifier, ABareRefusalDoesNotOutrankAnUnsubscribe) {
  EXPECT_EQ(intent_of("Not interested. Stop texting me."), Intent::unsubscribe);
  EXPECT_EQ(intent_of("Not interested, thanks."), Intent::dismissal);
}

// Unsubscribe comes first in the order of precedence: asked off a list, a client who
// has also said no unsubscribes. "Don't call me about this" ends the deal only.
TEST(IntentClassifier, AskingOffAListOutranksTheDismissalWithIt) {
  auto r = classify("We've gone with another supplier, so please take us off your mailing list.");
  EXPECT_EQ(r.intent, Intent::unsubscribe);
  EXPECT_FALSE(r.reply_owed);
  EXPECT_EQ(intent_of("We decided not to go ahead. And no more marketing emails please."), Intent::unsubscribe);
  EXPECT_EQ(intent_of("We decided not to go ahead. Please don't call me about it."), Intent::dismissal);
}

TEST(IntentClassifier, AnAbsenceNoteThatHasReadTheMessageIsAPerson) {
  EXPECT_EQ(intent_of("I'm out of the office until Wednesday, but I saw your email on my phone: could your "
                      "engineer ring me from the gate?"),
            Intent::question);
  EXPECT_EQ(intent_of("I am out of the office until Monday. I will read your email when I return."),
            Intent::auto_reply);
}

TEST(IntentClassifier, PlainWordsForAYesANoAndATime) {
  EXPECT_EQ(intent_of("Kindly note we shall not proceed with the order for now."), Intent::dismissal);
  EXPECT_EQ(intent_of("just so u know the board said no to it this year, sorry"), Intent::dismissal);
  EXPECT_EQ(intent_of("Would the board say no to a trial?"), Intent::objection);
  EXPECT_EQ(intent_of("I saw your offer and we are interested. Can you come and present it?"), Intent::interest);
  EXPECT_EQ(intent_of("We are not interested."), Intent::dismissal);
  EXPECT_EQ(intent_of("Management is agreed to proceed. Please share the agreement for signature."),
            Intent::interest);
  EXPECT_EQ(intent_of("weds 2 ok for the walkthrough?"), Intent::scheduling);
  EXPECT_EQ(intent_of("Could we talk again on the 14th once I have the figures?"), Intent::scheduling);
  // A thing brought back is returned, not a meeting moved.
  EXPECT_EQ(intent_of("The kettle makes a noise, is that normal or do we bring it back?"), Intent::question);
  EXPECT_EQ(intent_of("Could we bring Thursday forward to the morning?"), Intent::scheduling);
  EXPECT_EQ(intent_of("Our bookkeeper is Mrs Ndlovu, I have copied her in for the invoices."), Intent::info);
}

TEST(IntentClassifier, StopInARunningDealIsADismissal) {
  const auto r = classify("Please halt the implementation, we won't be continuing. Take us off your follow-up list.");
  EXPECT_EQ(r.intent, Intent::dismissal);
}

TEST(IntentClassifier, AutoReplyByWordingOrFlag) {
  EXPECT_EQ(intent_of("I am out of the office until 3 March with no access to email."), Intent::auto_reply);
  EXPECT_EQ(intent_of("Kim Ahn no longer works at Bellbrook. Please write to office@bellbrook.invalid."),
            Intent::auto_reply);
  MessageContext flagged;
  flagged.automatic = true;
  const auto r = classifier().classify("Thanks, we will get back to you.", {}, {}, flagged);
  EXPECT_EQ(r.intent, Intent::auto_reply);
  EXPECT_FALSE(r.reply_owed);
  // An automatic footer that says "reply STOP" is no unsubscribe.
  EXPECT_EQ(intent_of("This is an automated response. To stop these notices, reply STOP."), Intent::auto_reply);
}

TEST(IntentClassifier, WantingToLearnMoreOrToStartIsInterestEvenAsAQuestion) {
  EXPECT_EQ(intent_of("This is just what we need. Could you send more details on the team plan?"), Intent::interest);
  EXPECT_EQ(intent_of("The numbers work for us. When can we get started?"), Intent::interest);
  EXPECT_EQ(intent_of("Could you send the March figures again?"), Intent::question);
}

TEST(IntentClassifier, PhonesAndMailProgramsAnswerOnTheirOwn) {
  EXPECT_EQ(classify("Sorry I can't take your call right now, I'm on site. I'll call you back as soon as I can.",
                     model::Channel::sms)
                .intent,
            Intent::auto_reply);
  EXPECT_EQ(intent_of("Your message\n\n  To: Mark Bell\n  Subject: Proposal v3\n\nwas read on 03/04/2025 11:02."),
            Intent::auto_reply);
  EXPECT_EQ(classify("Who is this? Please don't text this number again.", model::Channel::sms).intent,
            Intent::unsubscribe);
  // Taking a call later is no automatic answer.
  EXPECT_NE(intent_of("I was on site so couldn't take your call, what did you need?"), Intent::auto_reply);
}

TEST(IntentClassifier, MovingOrSettingATimeIsScheduling) {
  EXPECT_EQ(classify("Can we move tmrw to 11 instead of 10? Got a delivery coming", model::Channel::sms).intent,
            Intent::scheduling);
  EXPECT_EQ(intent_of("Please schedule the call on 18th at 3 PM IST. Kindly share the Teams link."),
            Intent::scheduling);
  EXPECT_NE(intent_of("We're moving our offices to Leeds in spring, can you update the address?"),
            Intent::scheduling);
}

TEST(IntentClassifier, AskingForAnInviteToATimeIsScheduling) {
  EXPECT_EQ(intent_of("Please send me a calendar invite for Tuesday at 3."), Intent::scheduling);
}

TEST(IntentClassifier, ARequestOwesAnAnswerLikeAQuestion) {
  for (const auto* text : {"Please correct the VAT number on the last invoice.",
                           "Hi Priya, resend the contract with the new start date.",
                           "Thanks for the call. Let me know when the trial accounts are live.",
                           "We need the signed order form back by the 30th.",
                           "I'd be grateful if you could check the delivery address.",
                           "Also, keep me posted on the install date.",
                           "You need to send the revised quote."}) {
    const auto r = classify(text);
    EXPECT_EQ(r.intent, Intent::question) << text;
    EXPECT_TRUE(r.reply_owed) << text;
    ASSERT_FALSE(r.evidence.empty()) << text;
    EXPECT_EQ(r.evidence.front().tag, "intent.question") << text;
  }
}

TEST(IntentClassifier, AnOrganisationAddsRequestsInAFileOfTheirOwn) {
  RuleFiles files = builtin_rule_files();
  files.push_back({"intents.requests-acme.rules", "request: ^ quote me\n"});
  auto made = IntentClassifier::create(files);
  ASSERT_TRUE(made) << made.error().message;
  MessageContext context;
  const auto r = made.value().classify("Quote me for twelve vans.", {}, {}, context);
  EXPECT_EQ(r.intent, Intent::question);
  ASSERT_FALSE(r.evidence.empty());
  EXPECT_EQ(r.evidence.front().rule, "intents.requests-acme.rules:1");

  files.back().text = "interest: quote me\n";
  const auto wrong = IntentClassifier::create(files);
  ASSERT_FALSE(wrong);
  EXPECT_NE(wrong.error().message.find("interest"), std::string::npos);
}

TEST(IntentClassifier, AVerbThatIsANounStartsNoRequest) {
  EXPECT_FALSE(classify("Call went well, thanks.").reply_owed);
  EXPECT_FALSE(classify("Update: the board met and the budget is fine.").reply_owed);
  EXPECT_TRUE(classify("Call me after lunch.").reply_owed);
}

TEST(IntentClassifier, HelpOfferedOnTheReadersTermsOwesNothing) {
  for (const auto* text : {"Let me know if you need anything else.", "If you have any questions, please call me.",
                           "If you have any questions or need more detail for the board, please get in touch.",
                           "Feel free to ring me."}) {
    const auto r = classify(text);
    EXPECT_FALSE(r.reply_owed) << text;
    EXPECT_EQ(r.intent, Intent::pleasantry) << text;
  }
  // A request further from the offer still asks.
  EXPECT_TRUE(classify("Please fix the invoice address and let me know if you need anything from us.").reply_owed);
}

TEST(IntentClassifier, AStandingInstructionIsNotedNotAnswered) {
  EXPECT_FALSE(classify("Please send invoices to accounts@ridge.example from now on.").reply_owed);
  EXPECT_FALSE(classify("Our office has moved to 4 Quay Road, please update your records.").reply_owed);
  EXPECT_FALSE(classify("Please find attached the signed form.").reply_owed);
}

TEST(IntentClassifier, AcceptingACallIsNotAskingForOne) {
  const auto accepts = classify("Yes, call me on Thursday.");
  EXPECT_EQ(accepts.intent, Intent::scheduling);
  EXPECT_FALSE(accepts.reply_owed);
  EXPECT_TRUE(classify("Call me on Thursday.").reply_owed);
}

TEST(IntentClassifier, BackFromLeaveIsAPersonWriting) {
  EXPECT_NE(intent_of("Sorry for the delay, I was on annual leave last week. The signed form is attached."),
            Intent::auto_reply);
  EXPECT_EQ(intent_of("I've been out of the office, but yes, we'd like to go ahead with the pilot."), Intent::interest);
  EXPECT_EQ(intent_of("I'm on annual leave until 14 September."), Intent::auto_reply);
}

TEST(IntentClassifier, DismissalOwesACallUnlessTheClientSaysNo) {
  auto r = classify("After some thought we have decided not to go ahead this season.");
  EXPECT_EQ(r.intent, Intent::dismissal);
  EXPECT_TRUE(r.reply_owed);
  r = classify("We've gone with another agency. Please do not call me about this.");
  EXPECT_EQ(r.intent, Intent::dismissal);
  EXPECT_FALSE(r.reply_owed);
  EXPECT_EQ(r.objections, std::vector<Objection>{Objection::competitor});
  r = classify("Because of financial pressures we're putting the project on hold.");
  EXPECT_EQ(r.intent, Intent::dismissal);
  EXPECT_EQ(r.objections, std::vector<Objection>{Objection::financial_unclear});
  EXPECT_EQ(intent_of("Let's leave it there for now, thanks for your help."), Intent::dismissal);
  EXPECT_EQ(intent_of("We've decided to go in a different direction."), Intent::dismissal);
}

TEST(IntentClassifier, DecidingToGoAheadIsNoDismissal) {
  EXPECT_EQ(intent_of("We've decided to go ahead with the bigger system."), Intent::interest);
  EXPECT_EQ(intent_of("We have decided not to go ahead with the bigger system."), Intent::dismissal);
  EXPECT_EQ(intent_of("We're not going with anyone else. Let's proceed."), Intent::interest);
}

TEST(IntentClassifier, ObjectionKeepsTheDoorOpen) {
  auto r = classify("We like the plan, but the monthly price is too steep for us. Any room to move?");
  EXPECT_EQ(r.intent, Intent::objection);
  EXPECT_TRUE(r.reply_owed);
  EXPECT_EQ(r.objections, std::vector<Objection>{Objection::price});
  EXPECT_EQ(intent_of("I'd need to get my business partner on board first."), Intent::objection);
  // Interest with a concern is an objection.
  EXPECT_EQ(intent_of("Let's go ahead, though the budget is tight until April."), Intent::objection);
}

TEST(IntentClassifier, ADecisionWithAReasonIsADismissal) {
  const auto r = classify("We've decided our in-house team covers all our needs.");
  EXPECT_EQ(r.intent, Intent::dismissal);
  EXPECT_EQ(r.objections, std::vector<Objection>{Objection::need});
  // Undecided, the same concern keeps the door open.
  EXPECT_EQ(intent_of("We haven't decided yet, but our in-house team covers all our needs."), Intent::objection);
}

TEST(IntentClassifier, PausingAskedAsAQuestionKeepsTheDoorOpen) {
  EXPECT_EQ(intent_of("Could we hold off until after the inspection?"), Intent::objection);
  EXPECT_EQ(intent_of("We'll hold off until after the inspection."), Intent::dismissal);
}

TEST(IntentClassifier, Interest) {
  EXPECT_EQ(intent_of("We'd like to proceed with the three-site package."), Intent::interest);
  EXPECT_EQ(intent_of("Could you quote for a second warehouse as well?"), Intent::interest);
  EXPECT_EQ(intent_of("Would love to learn more about your payroll service."), Intent::interest);
  EXPECT_TRUE(classify("Sign us up!").reply_owed);
}

TEST(IntentClassifier, Question) {
  auto r = classify("Does the annual plan include the training days?");
  EXPECT_EQ(r.intent, Intent::question);
  EXPECT_TRUE(r.reply_owed);
  EXPECT_EQ(intent_of("Could you send me a copy of the signed contract?"), Intent::question);
  EXPECT_EQ(intent_of("My business partner asked whether the warranty covers labour."), Intent::question);
}

TEST(IntentClassifier, QuestionFromTheActsNotFromTheQuestionMark) {
  const std::string text = "Who doesn't love a long weekend? Thanks again!";
  MessageContext context;
  // The act tagger found no question in the rhetorical sentence: nothing to answer.
  const std::vector<SentenceActs> acts{{Span{0, 34}, {}, {}, {}}, {Span{35, 47}, {Act::thanks}, {}, {}}};
  auto r = classifier().classify(text, acts, {}, context);
  EXPECT_EQ(r.intent, Intent::pleasantry);
  // A question act on a sentence without a '?' makes it a question.
  const std::string asks = "what time is the engineer coming tomorrow";
  const std::vector<SentenceActs> asking{{Span{0, asks.size()}, {Act::question_semi_open}, {}, {}}};
  r = classifier().classify(asks, asking, {}, context);
  EXPECT_EQ(r.intent, Intent::question);
}

TEST(IntentClassifier, SchedulingOwesAReplyOnlyWhenItProposes) {
  auto r = classify("Could we shift the review call to Friday afternoon?");
  EXPECT_EQ(r.intent, Intent::scheduling);
  EXPECT_TRUE(r.reply_owed);
  r = classify("Wednesday at 4 works for me, see you then.");
  EXPECT_EQ(r.intent, Intent::scheduling);
  EXPECT_FALSE(r.reply_owed);
  // Confirming one time while proposing another still owes an answer.
  r = classify("Thursday works for me. Could we also do a call at 9 on Friday?");
  EXPECT_EQ(r.intent, Intent::scheduling);
  EXPECT_TRUE(r.reply_owed);
  r = classify("I'm free Monday morning or any time Tuesday.");
  EXPECT_EQ(r.intent, Intent::scheduling);
  EXPECT_TRUE(r.reply_owed);
  // Moving a meeting because of a busy week is scheduling, not a timing objection.
  EXPECT_EQ(intent_of("Things are hectic this week, can we push the demo to next Thursday?"), Intent::scheduling);
}

TEST(IntentClassifier, AQuestionAboutATimeIsScheduling) {
  auto r = classify("Would Friday at 10 work for a quick call?");
  EXPECT_EQ(r.intent, Intent::scheduling);
  EXPECT_TRUE(r.reply_owed);
  EXPECT_EQ(intent_of("What time are you arriving on Monday?"), Intent::scheduling);
  EXPECT_EQ(intent_of("What time is it over there?"), Intent::question);
  // A slot booked in the seller's calendar, or word of being late, needs no answer.
  r = classify("I've booked a slot in your calendar for the 14th.");
  EXPECT_EQ(r.intent, Intent::scheduling);
  EXPECT_FALSE(r.reply_owed);
  r = classify("Running ten minutes late, sorry!", model::Channel::sms);
  EXPECT_EQ(r.intent, Intent::scheduling);
  EXPECT_FALSE(r.reply_owed);
  EXPECT_TRUE(classify("Running late, can we push to 3?", model::Channel::sms).reply_owed);
  // "Rather than" a time moves it; rather than a number it does not.
  EXPECT_EQ(intent_of("Could we do Thursday rather than Wednesday?"), Intent::scheduling);
  EXPECT_NE(intent_of("We now have 40 seats rather than 25."), Intent::scheduling);
}

TEST(IntentClassifier, LeavingANewsletterUnsubscribesButAskingForStaffDoesNot) {
  EXPECT_EQ(intent_of("Please take me off your newsletter, thanks."), Intent::unsubscribe);
  EXPECT_EQ(intent_of("How can our users unsubscribe from the weekly digest in the app?"), Intent::question);
}

TEST(IntentClassifier, BouncesAndChatAssistantsAreAutomatic) {
  auto r = classify("Your message couldn't be delivered to anna@north.example. The address couldn't be found.");
  EXPECT_EQ(r.intent, Intent::auto_reply);
  EXPECT_FALSE(r.reply_owed);
  EXPECT_EQ(intent_of("Hello! The team is offline now; we'll reply during business hours."), Intent::auto_reply);
  EXPECT_EQ(intent_of("Thanks for getting in touch. I'll reply on my next working day."), Intent::auto_reply);
  EXPECT_NE(intent_of("The courier couldn't deliver the parcel on Tuesday."), Intent::auto_reply);
}

TEST(IntentClassifier, TheBusinessOrThePersonMovingOnIsADismissal) {
  auto r = classify("No longer required, we've sold the shop.", model::Channel::sms);
  EXPECT_EQ(r.intent, Intent::dismissal);
  EXPECT_TRUE(r.reply_owed);
  EXPECT_EQ(intent_of("I've changed roles, so please talk to Dana about the rollout from now on."),
            Intent::dismissal);
  // What the offer replaces is no longer needed: no dismissal.
  EXPECT_NE(intent_of("Once your system is live the old spreadsheet is no longer needed."), Intent::dismissal);
}

TEST(IntentClassifier, NeedingAReplacementSupplierIsInterest) {
  EXPECT_EQ(intent_of("Our cleaners let us down and we need a replacement - could you help?"), Intent::interest);
  EXPECT_NE(intent_of("We need a replacement invoice with the right VAT number."), Intent::interest);
}

TEST(IntentClassifier, WantingToGoOnInOtherWords) {
  EXPECT_EQ(intent_of("A friend at the chamber recommended you. We're after a new payroll provider."),
            Intent::interest);
  EXPECT_EQ(intent_of("I left your bulletin by mistake, could you add me back on?"), Intent::interest);
  EXPECT_EQ(intent_of("Would you be able to quote for the Leeds office as well?"), Intent::interest);
  EXPECT_EQ(intent_of("Sorry for the silence, still very keen though."), Intent::interest);
  EXPECT_EQ(intent_of("We've talked it over and we want the bigger package."), Intent::interest);
  // Interested in a reason is a question, not interest.
  EXPECT_EQ(intent_of("I'm interested to know why the standing charge went up?"), Intent::question);
}

TEST(IntentClassifier, LeavingAListInOtherWords) {
  EXPECT_EQ(intent_of("Remove me from all future mailings."), Intent::unsubscribe);
  EXPECT_EQ(intent_of("Third time I've asked to be taken off this list."), Intent::unsubscribe);
}

TEST(IntentClassifier, CourtesyAndOffersInOtherWords) {
  EXPECT_EQ(intent_of("You're welcome!"), Intent::pleasantry);
  EXPECT_EQ(intent_of("Glad it all worked out. Speak soon."), Intent::pleasantry);
  EXPECT_FALSE(classify("Any questions, give me a shout.").reply_owed);
  // A two-word name before the comma is still skipped: the request after it asks.
  EXPECT_TRUE(classify("Mr Patel, please resend the signed copy.").reply_owed);
}

TEST(IntentClassifier, PausingAndPriceInOtherWords) {
  EXPECT_EQ(intent_of("we're too busy to look at this right now, maybe in the new year"), Intent::dismissal);
  EXPECT_EQ(intent_of("The price is out of reach for us, so we're going to leave it this year."),
            Intent::dismissal);
  EXPECT_EQ(intent_of("the price is the issue tbh. can u do anything on it"), Intent::objection);
  // "Instead of" a person moves no meeting.
  EXPECT_NE(intent_of("Send the price list to Mark instead of me."), Intent::scheduling);
  EXPECT_EQ(intent_of("Could we meet Thursday instead of Monday?"), Intent::scheduling);
}

TEST(IntentClassifier, AssistantsAndModerationAreAutomaticButAColleaguesNoticeIsNot) {
  EXPECT_EQ(intent_of("Hi! I'm Bea, the shop's virtual assistant. What can I help you with?"), Intent::auto_reply);
  EXPECT_EQ(intent_of("Your message to the buyers' group is awaiting moderator approval."), Intent::auto_reply);
  EXPECT_NE(intent_of("Declan has left the company. Aoife Ryan will be your contact from Monday."),
            Intent::auto_reply);
  // A date that no longer works moves a meeting; it is no departure.
  EXPECT_EQ(intent_of("The 14th no longer works for us. Could we look at the 21st instead?"), Intent::scheduling);
}

TEST(IntentClassifier, BuyingSignalsAndTimesInOtherWords) {
  EXPECT_EQ(intent_of("Could you send me details and prices for the 6m mower?"), Intent::interest);
  EXPECT_EQ(intent_of("We're looking for a venue for about 80 people in May, have you anything?"),
            Intent::interest);
  EXPECT_EQ(intent_of("I'll call into the showroom on Saturday to have a proper look."), Intent::interest);
  EXPECT_EQ(intent_of("I want to know if the trainers are native speakers."), Intent::question);
  EXPECT_EQ(intent_of("what days are you free next week for the tasting"), Intent::scheduling);
  auto r = classify("I've sent you a calendar invite for Monday at 2, shout if it doesn't suit.");
  EXPECT_EQ(r.intent, Intent::scheduling);
  EXPECT_FALSE(r.reply_owed);
  EXPECT_FALSE(classify("Perfect, 9:30 on the 2nd it is.").reply_owed);
}

TEST(IntentClassifier, EndingInOtherWordsButNotAServiceBreak) {
  EXPECT_EQ(intent_of("Thanks for the info, but we'll be going with another provider."), Intent::dismissal);
  EXPECT_EQ(intent_of("Sorry, we ended up buying one privately."), Intent::dismissal);
  EXPECT_EQ(intent_of("Please stop with the DMs, thanks."), Intent::unsubscribe);
}

TEST(IntentClassifier, PleasantryAndInfo) {
  auto r = classify("Thanks so much, have a lovely weekend!\n\nRuth");
  EXPECT_EQ(r.intent, Intent::pleasantry);
  EXPECT_FALSE(r.reply_owed);
  EXPECT_EQ(intent_of("Congratulations on the award! Well deserved."), Intent::pleasantry);
  EXPECT_EQ(intent_of("You too, take care."), Intent::pleasantry);
  r = classify("The signed delivery note is attached.");
  EXPECT_EQ(r.intent, Intent::info);
  EXPECT_FALSE(r.reply_owed);
  EXPECT_EQ(intent_of("Our office moves to 4 Mill Lane from next month."), Intent::info);
}

TEST(IntentClassifier, QuotedHistoryIsIgnored) {
  const std::string text =
      "Thanks a lot!\n\nOn Tue, 3 Mar 2026 at 10:00, Sam <sam@example.invalid> wrote:\n"
      "> Could you tell me which day suits you? The price goes up in April.\n";
  const auto r = classify(text);
  EXPECT_EQ(r.intent, Intent::pleasantry);
  EXPECT_TRUE(r.objections.empty());
  EXPECT_EQ(intent_of("Received, thanks.\n> Are you free on Monday?\n> Is the quote too high?"), Intent::pleasantry);
  EXPECT_EQ(intent_of("Noted with thanks.\n\n-----Original Message-----\nFrom: Sam\nSent: today\n"
                      "Do you want to cancel?"),
            Intent::pleasantry);
}

TEST(IntentClassifier, ObjectionsOnlyOnDismissalsObjectionsAndUnsubscribes) {
  // An interest message that mentions another vendor in passing names no objection.
  const auto r = classify("Please send the contract; we'd like to start in May.");
  EXPECT_EQ(r.intent, Intent::interest);
  EXPECT_TRUE(r.objections.empty());
}

TEST(IntentClassifier, EvidencePointsIntoTheText) {
  const std::string text = "Sorry, we have decided not to renew the contract.";
  const auto r = classify(text);
  ASSERT_EQ(r.intent, Intent::dismissal);
  ASSERT_FALSE(r.evidence.empty());
  const auto& e = r.evidence.front();
  EXPECT_EQ(e.tag, "intent.dismissal");
  EXPECT_LE(e.span.end, text.size());
  EXPECT_NE(text.substr(e.span.begin, e.span.end - e.span.begin).find("decided"), std::string::npos);
}

TEST(IntentClassifier, UnknownLabelIsAnError) {
  const auto made = IntentClassifier::create({{"intents.extra.rules", "greeting: hello there\n"}});
  ASSERT_FALSE(made.ok());
  EXPECT_NE(made.error().message.find("greeting"), std::string::npos);
}

TEST(IntentClassifier, EmptyMessage) {
  const auto r = classify("");
  EXPECT_EQ(r.intent, Intent::pleasantry);
  EXPECT_FALSE(r.reply_owed);
}

TEST(IntentClassifier, ATimeAsTheQuestionArrangesIt) {
  EXPECT_EQ(intent_of("Riaan can only do Thursday after 3, not 2. Does 3:30 work?"), Intent::scheduling);
  EXPECT_EQ(intent_of("is 9am too early for the measure up? kids are at school by 8:45"), Intent::scheduling);
  EXPECT_EQ(intent_of("Would Thursday 14th or Friday 15th be possible for the tour?"), Intent::scheduling);
  EXPECT_EQ(intent_of("See you Weds at 10 then"), Intent::scheduling);
  EXPECT_EQ(intent_of("Does the price include delivery?"), Intent::question);
}

TEST(IntentClassifier, AnswersForAnAbsentOwnerAreAutomatic) {
  EXPECT_EQ(intent_of("Sarah is away right now. She'll get back to you as soon as she can."), Intent::auto_reply);
}

TEST(IntentClassifier, APlaceTakenElsewhereOrAPauseEnds) {
  EXPECT_EQ(intent_of("We have decided to accept a place at Hollins Grammar for Maya."), Intent::dismissal);
  EXPECT_EQ(intent_of("We are putting the hiring for the supervisor role on hold till next quarter."),
            Intent::dismissal);
  EXPECT_EQ(intent_of("Following our call, we'd love to come and look around the school."), Intent::interest);
  EXPECT_EQ(intent_of("Thanks for the quote. We'll revisit it in the new year."), Intent::dismissal);
  EXPECT_NE(intent_of("Not before the autumn, but I'd like to revisit in October."), Intent::dismissal);
}

TEST(IntentClassifier, AskingNotToBeContactedInPoliteWords) {
  EXPECT_EQ(intent_of("We'd rather not receive any more emails or calls about it."), Intent::unsubscribe);
  EXPECT_EQ(intent_of("I'd rather not be contacted by your recruiters any more, thank you."), Intent::unsubscribe);
  EXPECT_EQ(intent_of("Could you take us off your call list please?"), Intent::unsubscribe);
}

// A person who will look at it on their return is no absence note.
TEST(IntentClassifier, ReplyingOnReturnIsAnAbsenceNoteLookingIsNot) {
  EXPECT_EQ(intent_of("I'm on leave and will respond when I'm back on the 3rd."), Intent::auto_reply);
  EXPECT_NE(intent_of("Thanks for the figures. I'll have a look when I'm back from leave next week."),
            Intent::auto_reply);
}

TEST(IntentClassifier, AskingForPricesOrACallIsInterest) {
  EXPECT_EQ(intent_of("Could you send over a brochure and price list?"), Intent::interest);
  EXPECT_EQ(intent_of("We would like to receive an offer for a group of 28 students."), Intent::interest);
  EXPECT_EQ(intent_of("We're hiring three supervisors, can someone call me today?"), Intent::interest);
}

TEST(IntentClassifier, EndingItAndArrangingTimes) {
  EXPECT_EQ(intent_of("The committee voted for the village hall, so we won't need you."), Intent::dismissal);
  EXPECT_EQ(intent_of("gonna leave the solar for now, cant justify it this yr"), Intent::dismissal);
  EXPECT_EQ(intent_of("Thursday week doesn't suit any more - would the Monday after work instead?"),
            Intent::scheduling);
  EXPECT_EQ(intent_of("I've sent you a calendar invite for Wednesday at 11."), Intent::scheduling);
  EXPECT_EQ(intent_of("which day are you coming to measure up?"), Intent::scheduling);
  EXPECT_EQ(intent_of("Our new premises has a sprinkler system, in case that affects anything."), Intent::info);
}

TEST(IntentClassifier, BouncesErasureAndPushingThrough) {
  EXPECT_EQ(intent_of("Delivery to the following recipient failed permanently:\n\n  orders@example.com\n"),
            Intent::auto_reply);
  EXPECT_EQ(intent_of("Under GDPR I ask you to erase all the personal data you hold on me."), Intent::unsubscribe);
  EXPECT_NE(intent_of("Please tell your driver not to contact me directly, go through the office."),
            Intent::unsubscribe);
  EXPECT_EQ(intent_of("I would like to inform you that we will not push through with the order."),
            Intent::dismissal);
}

TEST(IntentClassifier, WishesToVisitOrRentAndTimesOffered) {
  EXPECT_EQ(intent_of("We'd love to come see the venue again, this time with my parents!"), Intent::interest);
  EXPECT_EQ(intent_of("We want to rent 3 desks in your space from February."), Intent::interest);
  EXPECT_EQ(intent_of("Kindly note that I will be available for the site inspection on Tuesday. Please confirm "
                      "if this is convenient for your team."),
            Intent::scheduling);
  EXPECT_EQ(intent_of("Sat morning ok for looking at the boat?"), Intent::scheduling);
  EXPECT_EQ(intent_of("The fitting day will have to be the 12th now, not the 5th."), Intent::scheduling);
  EXPECT_NE(intent_of("The price has to be right now, not in six months."), Intent::scheduling);
}

// An absence note never asks when to meet; a person who is away may.
TEST(IntentClassifier, AwayButAskingForAnotherTime) {
  EXPECT_EQ(intent_of("I'm out of the office next week, so could we do the call on the 22nd instead?"),
            Intent::scheduling);
  EXPECT_EQ(intent_of("I'm out of the office until the 3rd. Could you contact Jane in the meantime?"),
            Intent::auto_reply);
}

// Passing something on to a colleague is not passing on the offer.
TEST(IntentClassifier, PassingOnIsNotPassing) {
  EXPECT_EQ(intent_of("Got the samples, all arrived fine. Will pass them to the team."), Intent::info);
  EXPECT_EQ(intent_of("I'll pass this on to Dave in accounts."), Intent::info);
  EXPECT_EQ(intent_of("We'll pass on this one, thanks."), Intent::dismissal);
  EXPECT_EQ(intent_of("We will pass this time."), Intent::dismissal);
  EXPECT_EQ(intent_of("We had some issues with your delivery last time so I'm hesitant to reorder."),
            Intent::objection);
  EXPECT_EQ(intent_of("Prices seem high compared to last year, is there any flexibility?"), Intent::objection);
}

// Asking to be contacted months later pauses the process, however it is put; a time
// offered with "let me know" is still arranging the time.
TEST(IntentClassifier, PausesPromptsAndInvitations) {
  EXPECT_EQ(intent_of("We're mid-merger and it's chaos here. Can you come back to me in February?"),
            Intent::dismissal);
  EXPECT_EQ(intent_of("Offer is interesting, but we must wait. Please write me in September."), Intent::dismissal);
  EXPECT_EQ(intent_of("We won't have the kitchen back until October. Can we revisit then?"), Intent::dismissal);
  EXPECT_NE(intent_of("Can you get back to me next week with the spec?"), Intent::dismissal);
  EXPECT_EQ(intent_of("I'm free Monday morning or any time Wednesday after 1. Let me know."), Intent::scheduling);
  EXPECT_TRUE(classify("I'm free Monday morning or any time Wednesday after 1. Let me know.").reply_owed);
  EXPECT_EQ(intent_of("Could you send the spec? Let me know."), Intent::question);
  EXPECT_FALSE(classify("let's push the demo to next week, sprint review clashed. I'll send a new invite").reply_owed);
  EXPECT_TRUE(classify("Sorry, running late, can we push to 10:30?").reply_owed);
  EXPECT_EQ(intent_of("Sat 8am at the yard is fine"), Intent::scheduling);
  EXPECT_EQ(intent_of("Having reviewed the proposals, the committee has selected another supplier."),
            Intent::dismissal);
}

// English as a second language, a phone's canned text and a one-word thanks.
TEST(IntentClassifier, PlainWordsForLeaveMeAlone) {
  EXPECT_EQ(intent_of("Hello, please I do not want receive more emails. Delete my contact please."),
            Intent::unsubscribe);
  EXPECT_EQ(intent_of("Kindly don't send me the newsletters anymore."), Intent::unsubscribe);
  EXPECT_EQ(intent_of("Sorry, I can't talk right now. I'll call you back later."), Intent::auto_reply);
  EXPECT_EQ(intent_of("legend"), Intent::pleasantry);
  EXPECT_EQ(intent_of("We want to try the water cooler for our clinic. How to apply?"), Intent::interest);
  EXPECT_EQ(intent_of("sounds good, send me the sample pack and I'll show the lab managers"), Intent::interest);
  EXPECT_EQ(intent_of("We're currently with Aquaflow and to be fair they've been fine. What would make it worth "
                      "switching?"),
            Intent::objection);
}

// A second question beside a moved meeting, an invitation the client sends, a contract
// with somebody else, and a human who read the message while away.
TEST(IntentClassifier, QuestionsBesideMovesAndInvitationsSent) {
  EXPECT_EQ(intent_of("What's the price for the extra lift on the Leeds job? And can we move Thursday's call to 3?"),
            Intent::question);
  EXPECT_EQ(intent_of("The 14th no longer works for us. Could we look at the 21st instead?"), Intent::scheduling);
  EXPECT_EQ(intent_of("Thursday at 2 works for me. I'll send a Teams invite."), Intent::scheduling);
  EXPECT_FALSE(classify("Thursday at 2 works for me. I'll send a Teams invite.").reply_owed);
  EXPECT_TRUE(classify("Could we do Thursday at 2? Let me know.").reply_owed);
  EXPECT_EQ(intent_of("Kindly do not contact me further. We already have an annual contract with our existing "
                      "vendor."),
            Intent::unsubscribe);
  EXPECT_EQ(intent_of("Please stop emailing me about the contract, we've decided not to renew."), Intent::dismissal);
  EXPECT_EQ(intent_of("I'm out of the office this week but saw your note on my phone. Yes, go ahead with the order."),
            Intent::interest);
  EXPECT_EQ(intent_of("I am out of the office until Monday and will reply on my return."), Intent::auto_reply);
  EXPECT_EQ(intent_of("Take this address off your database."), Intent::unsubscribe);
  EXPECT_EQ(intent_of("Please could you send over a quote for 5,000 of the boxes?"), Intent::interest);
  EXPECT_EQ(intent_of("wed or thu next wk for the stocktake lift?"), Intent::scheduling);
  EXPECT_EQ(intent_of("We can meet on 5th at 11am at our office if it is okay with you."), Intent::scheduling);
}

}  // namespace
}  // namespace rapport::analysis
