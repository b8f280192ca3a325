#include "rapport/analysis/objection_finder.hpp"

#include <algorithm>
#include <optional>

#include <gtest/gtest.h>

namespace rapport::analysis {
namespace {

const ObjectionFinder& finder() {
  static const ObjectionFinder f = [] {
    auto made = ObjectionFinder::create(builtin_rule_files());
    if (!made) ADD_FAILURE() << made.error().message;
    return std::move(made).value();
  }();
  return f;
}

std::vector<Objection> categories(std::string_view text) {
  std::vector<Objection> out;
  for (const auto& hit : finder().find(text))
    if (std::find(out.begin(), out.end(), hit.category) == out.end()) out.push_back(hit.category);
  std::sort(out.begin(), out.end());
  return out;
}

using V = std::vector<Objection>;

TEST(ObjectionFinder, Price) {
  EXPECT_EQ(categories("Honestly it's far too expensive for a firm our size."), V{Objection::price});
  EXPECT_EQ(categories("Your installation fee is much higher than the other bids we had."),
            (V{Objection::price, Objection::competitor}));
  EXPECT_EQ(categories("The hourly rate went up again since spring"), V{Objection::price});
}

TEST(ObjectionFinder, ARivalQuoteAndAskingToMatchIt) {
  EXPECT_EQ(categories("The quote from Brightline came in about 15% under yours."),
            (V{Objection::price, Objection::competitor}));
  EXPECT_EQ(categories("Can you match it?"), V{Objection::price});
  EXPECT_TRUE(categories("Can you match the invoice to our PO number?").empty());
}

TEST(ObjectionFinder, MidProjectAndOtherHesitations) {
  EXPECT_EQ(categories("We're mid-migration and can't take anything else on."), V{Objection::timing});
  EXPECT_EQ(categories("Let's revisit it in Q3."), V{Objection::timing});
  EXPECT_EQ(categories("One hesitation: a five-year term feels long for us."), V{Objection::other});
}

TEST(ObjectionFinder, ObjectionsSaidInPassing) {
  EXPECT_EQ(categories("I'd love to say yes, but the budget's frozen."), V{Objection::budget});
  EXPECT_EQ(categories("Honestly, it really is the timing."), V{Objection::timing});
  EXPECT_EQ(categories("We just haven't had time to look at it."), V{Objection::timing});
  EXPECT_EQ(categories("The problem is financial, really."), V{Objection::financial_unclear});
  EXPECT_EQ(categories("We're already talking to another agency about it."), V{Objection::competitor});
  EXPECT_EQ(categories("Your yearly fee is more than we pay the cleaner."), V{Objection::price});
  EXPECT_EQ(categories("We're covered on that front, thanks."), V{Objection::need});
}

TEST(ObjectionFinder, EachCategoryInEverydayWords) {
  EXPECT_EQ(categories("We just don't have it in the budget this year."), V{Objection::budget});
  EXPECT_EQ(categories("The monthly figure is a bit of a stretch for us."), V{Objection::budget});
  EXPECT_EQ(categories("Look, it comes down to money, really."), V{Objection::financial_unclear});
  EXPECT_EQ(categories("Honestly our funding is uncertain at the moment."), V{Objection::financial_unclear});
  EXPECT_EQ(categories("We chose them because they were local."), V{Objection::competitor});
  EXPECT_EQ(categories("I'd sign tomorrow if it was half the price."), V{Objection::price});
  EXPECT_EQ(categories("We've gone with a firm from Truro instead."), V{Objection::competitor});
  EXPECT_EQ(categories("We've already had two others out to quote."), V{Objection::competitor});
  EXPECT_EQ(categories("Honestly the lads just use a spreadsheet and it works grand."), V{Objection::need});
  EXPECT_EQ(categories("No thanks, we're sorted for window cleaners."), V{Objection::need});
  EXPECT_EQ(categories("Let me sleep on it."), V{Objection::timing});
  EXPECT_EQ(categories("I can't sign off on that myself, it goes to the partners."), V{Objection::authority});
  EXPECT_EQ(categories("I read you'd been bought by a bigger group."), V{Objection::vendor_risk});
  EXPECT_EQ(categories("It's being locked in for three years that bothers me."), V{Objection::other});
  // The same words where nothing stands in the way.
  EXPECT_TRUE(categories("We have it in the budget already, so that's fine.").empty());
  EXPECT_TRUE(categories("The quote came in at the figure we expected.").empty());
}

TEST(ObjectionFinder, Budget) {
  EXPECT_EQ(categories("We do not have the budget for a new van this year."), V{Objection::budget});
  EXPECT_EQ(categories("Money is really tight until the harvest is sold, sorry"), V{Objection::budget});
  EXPECT_EQ(categories("We can't afford two subscriptions."), V{Objection::budget});
  EXPECT_EQ(categories("Honestly, the budget for anything new is gone until April."), V{Objection::budget});
  EXPECT_TRUE(categories("The budget for new kit isn't gone yet, so we can talk.").empty());
}

TEST(ObjectionFinder, VendorRisk) {
  EXPECT_EQ(categories("We'd be your first client outside London, which worries the team."),
            V{Objection::vendor_risk});
  EXPECT_EQ(categories("What happens if your firm goes under next year? You're a very small outfit."),
            V{Objection::vendor_risk});
}

TEST(ObjectionFinder, FinancialUnclearOnlyWithoutOwner) {
  EXPECT_EQ(categories("For financial reasons the project is paused."), V{Objection::financial_unclear});
  EXPECT_EQ(categories("There are some money concerns on our side."), V{Objection::financial_unclear});
  // Once the owner is named, the concern is no longer unclear.
  EXPECT_EQ(categories("For financial reasons: we simply can't afford it."), V{Objection::budget});
}

TEST(ObjectionFinder, TimingNeedAuthorityCompetitor) {
  EXPECT_EQ(categories("We're snowed under with the stocktake at the moment."), V{Objection::timing});
  EXPECT_EQ(categories("We are staying with our existing accountant."), V{Objection::need});
  EXPECT_EQ(categories("I don't think we'd need the premium tier."), V{Objection::need});
  EXPECT_EQ(categories("I have to run this by my wife first."), V{Objection::authority});
  EXPECT_EQ(categories("We decided to go with a different supplier."), V{Objection::competitor});
}

TEST(ObjectionFinder, CallingLaterIsTimingOnlyOverALongHorizon) {
  EXPECT_EQ(categories("Try us again next quarter."), V{Objection::timing});
  EXPECT_EQ(categories("Give me a ring in a few months."), V{Objection::timing});
  EXPECT_EQ(categories("Call me later in the year."), V{Objection::timing});
  // A call arranged for the coming days is no objection.
  EXPECT_EQ(categories("Sure, ring me next week."), V{});
  EXPECT_EQ(categories("Call me tomorrow after ten."), V{});
}

TEST(ObjectionFinder, Other) {
  EXPECT_EQ(categories("The freeholder won't let us put anything on the roof."), V{Objection::other});
  EXPECT_EQ(categories("I'm worried about the noise of the units."), V{Objection::other});
}

TEST(ObjectionFinder, NegationAndCancellingPhrases) {
  EXPECT_TRUE(categories("We are not going with another vendor.").empty());
  EXPECT_TRUE(categories("It's not too expensive at all.").empty());
  EXPECT_TRUE(categories("The price isn't the issue here.").empty());
  EXPECT_TRUE(categories("Budget is fine, we have it approved.").empty());
  EXPECT_TRUE(categories("We have chosen to work with you.").empty());
  // Negation does not reach across a clause boundary.
  EXPECT_EQ(categories("We're not in a rush, but the price is too high."), V{Objection::price});
}

TEST(ObjectionFinder, NegationDoesNotUndoTimeLimits) {
  EXPECT_EQ(categories("We can't start anything until after the merger."), V{Objection::timing});
}

TEST(ObjectionFinder, HedgedObjectionsCount) {
  EXPECT_EQ(categories("I'm not convinced we need the reporting add-on."), V{Objection::need});
  EXPECT_EQ(categories("I'm not sure it would work with our old machines."), V{Objection::other});
}

TEST(ObjectionFinder, OtherGivesWayToANamedCategory) {
  // "worried" alone is "other"; with the seller's company named it is vendor_risk only.
  EXPECT_EQ(categories("I'm worried about the noise."), V{Objection::other});
  EXPECT_EQ(categories("We're worried about your company's stability."), V{Objection::vendor_risk});
}

TEST(ObjectionFinder, MoneyWordsInEverydayForms) {
  EXPECT_EQ(categories("Cash is a bit tight this side of Christmas."), V{Objection::budget});
  EXPECT_EQ(categories("Our budget's been slashed for next year."), V{Objection::budget});
  EXPECT_EQ(categories("The budget has been reallocated to the new wing."), V{Objection::budget});
  EXPECT_EQ(categories("We've got cash-flow problems until the grant lands."), V{Objection::budget});
  EXPECT_EQ(categories("I can't justify that sort of money for a rota app."), V{Objection::price});
  // Fearing a loss is not lacking money.
  EXPECT_TRUE(categories("We can't afford to lose the Bristol contract.").empty());
}

TEST(ObjectionFinder, WhoDecidesAndApprovalAlreadyGiven) {
  EXPECT_EQ(categories("Head office decides anything over five hundred pounds."), V{Objection::authority});
  EXPECT_EQ(categories("If it were up to me we'd sign today."), V{Objection::authority});
  EXPECT_TRUE(categories("I've got the go-ahead from our MD.").empty());
  EXPECT_TRUE(categories("The board signed off the spend yesterday.").empty());
}

TEST(ObjectionFinder, TheDeciderNamedEitherWayRound) {
  EXPECT_EQ(categories("the final call is with our cfo so he will want to see it"), V{Objection::authority});
  EXPECT_EQ(categories("I'll need the MD to sign off on it before we do anything."), V{Objection::authority});
  EXPECT_EQ(categories("i really don't think the partners will go for anything over ten grand"),
            V{Objection::authority});
  EXPECT_EQ(categories("To be honest that's with finance."), V{Objection::authority});
  // A department is a decider only where the words say the decision is theirs.
  EXPECT_TRUE(categories("Our finance software doesn't talk to the bank.").empty());
  EXPECT_TRUE(categories("The partners will love the new reports.").empty());
}

TEST(ObjectionFinder, AConcernTakesTheCategoryOfWhatItIsAbout) {
  EXPECT_EQ(categories("I'm a bit nervous about the support side of things."), V{Objection::vendor_risk});
  // The explanation names both lines: the concern's and the subject's.
  const auto typed = finder().find("My only worry is the monthly cost.");
  ASSERT_FALSE(typed.empty());
  EXPECT_NE(typed.front().rule.find(" typed by objections.rules:"), std::string::npos) << typed.front().rule;
  EXPECT_EQ(categories("My only worry is the monthly cost."), V{Objection::price});
  EXPECT_EQ(categories("I'm not sure about the timing, to be honest."), V{Objection::timing});
  EXPECT_EQ(categories("Honestly I have doubts about whether we'd use it."), V{Objection::need});
  EXPECT_EQ(categories("The only thing is the lead time on the panels."), V{Objection::timing});
  // A plain worry with no subject stays "other"; a vague doubt with none is no objection.
  EXPECT_EQ(categories("My worry is the team just won't take to it."), V{Objection::other});
  EXPECT_TRUE(categories("I'm not sure about the exact number of desks.").empty());
  EXPECT_TRUE(categories("Quick question on the invoice: is the setup fee on there?").empty());
  // A subject in another sentence does not type it.
  EXPECT_TRUE(categories("I'm not sure about Friday. The support team were great.").empty());
}

TEST(ObjectionFinder, DoubtingTheNeedInQuestionForm) {
  EXPECT_EQ(categories("Why would I pay for monitoring when my neighbour keeps an eye on the place?"),
            V{Objection::need});
  EXPECT_EQ(categories("What's the point of a new ERP if nobody's going to use it?"), V{Objection::need});
  EXPECT_TRUE(categories("What's the point of contact for billing?").empty());
  EXPECT_TRUE(categories("Why would you need the larger unit?").empty());
}

TEST(ObjectionFinder, PeersAreNoCompetitorsAndContentmentIsNoNeed) {
  EXPECT_TRUE(categories("What do other practices in our position usually do?").empty());
  EXPECT_EQ(categories("Honestly, we're content with what we've got."), V{Objection::need});
  EXPECT_EQ(categories("Why would we switch when the old system works?"), V{Objection::need});
  // Starting a course or a school year is no timing objection; starting to look is.
  EXPECT_TRUE(categories("My son has just started college, so it's quiet at home.").empty());
  EXPECT_EQ(categories("We've only just started looking at options."), V{Objection::timing});
}

TEST(ObjectionFinder, CompetitorThatIsCheaperIsAlsoPrice) {
  EXPECT_EQ(categories("Another installer quoted us a cheaper price."),
            (V{Objection::price, Objection::competitor}));
}

TEST(ObjectionFinder, NothingInPlainStatements) {
  EXPECT_TRUE(categories("Thanks for the call, see you on Thursday at ten.").empty());
  EXPECT_TRUE(categories("We'd like to go ahead with the larger package.").empty());
  EXPECT_TRUE(categories("").empty());
  EXPECT_TRUE(categories("That's more than I expected, in a good way: the team loves it.").empty());
  EXPECT_TRUE(categories("We picked you over the other providers because of your support.").empty());
}

TEST(ObjectionFinder, SpansPointAtTheCause) {
  const std::string text = "All good here. Sadly we can't afford it right now.";
  const auto hits = finder().find(text);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits.front().category, Objection::budget);
  EXPECT_EQ(text.substr(hits.front().span.begin, hits.front().span.end - hits.front().span.begin), "can't afford");
  EXPECT_NE(hits.front().rule.find("objections.rules:"), std::string::npos);
}

TEST(ObjectionFinder, UnknownLabelIsAnError) {
  const auto made = ObjectionFinder::create({{"objections.extra.rules", "pricing: too dear\n"}});
  ASSERT_FALSE(made.ok());
  EXPECT_NE(made.error().message.find("pricing"), std::string::npos);
}

TEST(ObjectionFinder, OrganisationRulesAddCompetitors) {
  auto made = ObjectionFinder::create({{"objections.org.rules", "competitor: acme|globex\n"}});
  ASSERT_TRUE(made.ok());
  const auto hits = made->find("Globex offered us a pilot.");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits.front().category, Objection::competitor);
}

TEST(ObjectionFinder, OrganisationRulesUseTheirOwnListsAndTheBuiltInOnes) {
  auto files = builtin_rule_files();
  files.push_back({"objections.org.rules",
                   "@rivals = zentrix|north star\ncompetitor: @rivals\nauthority: @decider ... buying group\n"});
  auto made = ObjectionFinder::create(files);
  ASSERT_TRUE(made.ok()) << made.error().message;
  const auto first = [&](std::string_view text) {
    const auto hits = made->find(text);
    return hits.empty() ? std::optional<Objection>{} : hits.front().category;
  };
  EXPECT_EQ(first("We had a demo from North Star last week."), Objection::competitor);
  EXPECT_EQ(first("Our owners joined a buying group in May."), Objection::authority);
}

TEST(ObjectionFinder, ReasonsGivenInPassing) {
  EXPECT_EQ(categories("Mostly the price, if I'm honest."), V{Objection::price});
  EXPECT_EQ(categories("They came in about four bucks a head under you."), V{Objection::price});
  EXPECT_EQ(categories("Even with 20% off, we'd struggle with the fees as they are."), V{Objection::budget});
  EXPECT_EQ(categories("Look, you're a two-man band, what happens if one of you is off sick?"), V{Objection::vendor_risk});
  EXPECT_EQ(categories("Only now is not good time, we are changing the software."), V{Objection::timing});
  EXPECT_EQ(categories("We already use Fleetwise and honestly they're fine."), V{Objection::need});
  EXPECT_EQ(categories("Honestly, I don't see that we'd use half of it."), V{Objection::need});
  EXPECT_EQ(categories("It's not the price, it's that Graham has to approve anything over five grand."),
            V{Objection::authority});
  EXPECT_EQ(categories("We're going to go with the other quote."), V{Objection::competitor});
  EXPECT_EQ(categories("The thing is, we're in a conservation area."), V{Objection::other});
  EXPECT_TRUE(categories("We're fine for Thursday, and the price is what we expected.").empty());
}

TEST(ObjectionFinder, DearerThanNowAndSumsThatDoNotWork) {
  EXPECT_EQ(categories("That's a bit more than we're paying now, to be fair."), V{Objection::price});
  EXPECT_EQ(categories("The price of the homestay is quite high for us."), V{Objection::price});
  EXPECT_EQ(categories("At thirty-eight pence a unit we just can't make the margin work."), V{Objection::price});
  EXPECT_TRUE(categories("The cost of living is very high here.").empty());
}

TEST(ObjectionFinder, DecidersNamedInEverydayWays) {
  EXPECT_EQ(categories("I'll need to take it back to the committee."), V{Objection::authority});
  EXPECT_EQ(categories("My partner and I need to talk it through, she does the books."), V{Objection::authority});
  EXPECT_EQ(categories("The bank manager'd have to see the numbers before I sign anything."),
            V{Objection::authority});
  const auto head = categories("Our head of HR makes the final call on agencies.");
  EXPECT_NE(std::find(head.begin(), head.end(), Objection::authority), head.end());
}

TEST(ObjectionFinder, TheSellersRecordAndTheCalendar) {
  EXPECT_EQ(categories("How long have you actually been trading?"), V{Objection::vendor_risk});
  EXPECT_EQ(categories("It's that you lot took four months to pay out on the claim."), V{Objection::vendor_risk});
  EXPECT_EQ(categories("It's year-end for us, nobody's looking at anything new till March."), V{Objection::timing});
  EXPECT_EQ(categories("We went with the other guys in the end."), V{Objection::competitor});
  EXPECT_EQ(categories("We've decided to self-insure the vehicles."), V{Objection::need});
}

// A subject said to be fine types no concern: the one thing named stays untyped.
TEST(ObjectionFinder, ASubjectSaidToBeFineTypesNothing) {
  EXPECT_EQ(categories("The oven is fine, price is fine, my issue is the install."), V{Objection::other});
  EXPECT_EQ(categories("My only issue is the monthly cost."), V{Objection::price});
}

// Staying with what one has, in the words clients use for it.
TEST(ObjectionFinder, TheStatusQuoInEverydayWords) {
  EXPECT_EQ(categories("We'll stick with who we have, I think."), V{Objection::need});
  EXPECT_EQ(categories("i think we're okay for now with the current setup"), V{Objection::need});
  EXPECT_EQ(categories("We've been with Harlows for twenty years, my dad set that up."), V{Objection::need});
  EXPECT_EQ(categories("we already get our boilers serviced by the installer"), V{Objection::need});
  EXPECT_TRUE(categories("We've been with you for years and we love it.").empty());
  EXPECT_EQ(categories("We're happy with our supplier."), V{Objection::need});
  EXPECT_EQ(categories("we're fine with what we've got"), V{Objection::need});
}

TEST(ObjectionFinder, TheTermTheSumsAndTheSellersTroubles) {
  EXPECT_EQ(categories("It's not the price, it's the three-year lock-in."), V{Objection::other});
  EXPECT_TRUE(categories("Is there a minimum term?").empty());
  EXPECT_EQ(categories("that's quite a bit over what we set aside"), V{Objection::budget});
  EXPECT_EQ(categories("it's a lot of money you know what i mean"), V{Objection::price});
  EXPECT_EQ(categories("I'd need to get this past the board of governors."), V{Objection::authority});
  EXPECT_EQ(categories("I read that your insurer is in some kind of trouble."), V{Objection::vendor_risk});
}

// Money, time, contentment and the seller's future, as clients put them in passing.
TEST(ObjectionFinder, PlainWordsForEachKindOfNo) {
  EXPECT_EQ(categories("the new cabling is the scary bit, we hadn't budgeted for that at all"), V{Objection::budget});
  EXPECT_EQ(categories("I appreciate that, but we can't stretch to it."), V{Objection::budget});
  EXPECT_EQ(categories("the cashflow's really tight until the grant lands"), V{Objection::budget});
  EXPECT_EQ(categories("Your rate is a good fifth higher than everyone else's."), V{Objection::price});
  EXPECT_EQ(categories("Could you try me again in the new financial year?"), V{Objection::timing});
  EXPECT_EQ(categories("Our lease still has eighteen months to run."), V{Objection::timing});
  EXPECT_EQ(categories("We're happy enough with the joiner we use."), V{Objection::need});
  EXPECT_EQ(categories("They've never let us down, so I'm not looking to change."), V{Objection::need});
  EXPECT_EQ(categories("Send me a brochure by all means, but honestly, we're fine."), V{Objection::need});
  EXPECT_TRUE(categories("We're fine, thanks, how are you?").empty());
  EXPECT_EQ(categories("I heard you're being bought by a bigger group and I'm worried the service will change."),
            V{Objection::vendor_risk});
  EXPECT_EQ(categories("Under a new owner, I just don't know."), V{Objection::vendor_risk});
  EXPECT_EQ(categories("Our cleaners won't use an app, they barely read the rota."), V{Objection::other});
  EXPECT_EQ(categories("We've gone with the county's own collection service."), V{Objection::competitor});
  // A past choice told as a story is no rival chosen now.
  const auto story = categories("Last time we went with a small supplier the install was late.");
  EXPECT_EQ(std::count(story.begin(), story.end(), Objection::competitor), 0);
}

// Bound to the current supplier for now is timing; disliking the seller's terms is other.
TEST(ObjectionFinder, TiedInForNowAndProofFirst) {
  EXPECT_EQ(categories("I mean we're tied in with the current lot till March anyway."), V{Objection::timing});
  EXPECT_EQ(categories("We're locked into a five-year lease on the current machines."), V{Objection::timing});
  EXPECT_TRUE(categories("Can we cancel at any point, or are we tied in?").empty());
  EXPECT_EQ(categories("I'd need to see it working somewhere like ours before I'd trust it."),
            V{Objection::vendor_risk});
  EXPECT_EQ(categories("Honestly, they'd never use it, half of them barely read email."), V{Objection::other});
}

// An "other.fixed" rule names an objection of its own: a topic in the sentence ("we only
// need two thousand") does not retype it, and a named category does not drown it.
TEST(ObjectionFinder, AnObjectionOfItsOwnKeepsItsCategory) {
  EXPECT_EQ(categories("But the MOQ five thousand is too much for us, we only need maybe two thousand per month."),
            V{Objection::other});
  EXPECT_EQ(categories("Before anything goes in a van, the drivers' union will ask."), V{Objection::other});
  // Asking what the minimum order is raises nothing.
  EXPECT_TRUE(categories("What's the minimum order for Dutch tulips before Mother's Day?").empty());
}

TEST(ObjectionFinder, ObjectionsFromSetTen) {
  EXPECT_EQ(categories("But that's really a question for Rajesh, he holds the purse strings."),
            V{Objection::authority});
  EXPECT_EQ(categories("We've had the same pest fella for twelve years and he's never really let us down."),
            V{Objection::need});
  EXPECT_EQ(categories("No thanks, we're alright for toner."), V{Objection::need});
  EXPECT_EQ(categories("Yeah mate, we've gone with Coates on it."), V{Objection::competitor});
  EXPECT_EQ(categories("To be fair the price is keen. I just don't know you lads."), V{Objection::vendor_risk});
  EXPECT_EQ(categories("the transport charge from Limuru has gone up twice this year"), V{Objection::price});
  // The same words elsewhere: a tender's closing date, a mortgage going up, "I don't
  // know, you know", going with the seller, a good budget.
  EXPECT_TRUE(categories("The closing date for the tender is the thirtieth, so get it in before then.").empty());
  EXPECT_TRUE(categories("I don't know, you know, how it is down there.").empty());
  EXPECT_TRUE(categories("We're going with you on this one.").empty());
  EXPECT_TRUE(categories("Budget's been approved, so we're good on that front.").empty());
  EXPECT_EQ(categories("The monthly figure is a stretch with the mortgage going up again."), V{Objection::budget});
}

}  // namespace
}  // namespace rapport::analysis
