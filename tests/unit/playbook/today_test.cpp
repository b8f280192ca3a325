#include "rapport/playbook/today.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "rapport/playbook/plan.hpp"
#include "rapport/playbook/wording.hpp"
#include "workspace_builder.hpp"

namespace rapport::playbook {
namespace {

using testing::day;
using testing::WorkspaceBuilder;

class TodayTest : public ::testing::Test {
 protected:
  TodayList run(model::Timestamp now) {
    live_ = std::make_unique<LiveIndex>(b.workspace());
    verdicts_.clear();
    for (const auto& t : b.workspace().threads) verdicts_.push_back(judge_thread(t, *live_, signals_, inbox_settings_));
    return today(b.workspace(), *live_, verdicts_, signals_, words_, settings_, now);
  }

  static const CallSuggestion* find(const TodayList& list, model::ContactId id) {
    const auto it = std::find_if(list.calls.begin(), list.calls.end(), [&](const CallSuggestion& c) { return c.contact->id == id; });
    return it == list.calls.end() ? nullptr : &*it;
  }
  static const LeftOut* left(const TodayList& list, model::ContactId id) {
    const auto it = std::find_if(list.left_out.begin(), list.left_out.end(), [&](const LeftOut& l) { return l.contact->id == id; });
    return it == list.left_out.end() ? nullptr : &*it;
  }

  WorkspaceBuilder b;
  Signals signals_ = Signals::create().value();
  Phrasebook words_ = Phrasebook::create().value();
  TodaySettings settings_;
  InboxSettings inbox_settings_;
  std::unique_ptr<LiveIndex> live_;
  std::vector<ThreadVerdict> verdicts_;
};

TEST_F(TodayTest, AnUnansweredDismissalOutranksALongSilence) {
  const auto quiet = b.add_contact("Quiet Client", "quiet@a.example");
  b.call(quiet, day(1), model::CallOutcome::reached);
  const auto leaving = b.add_contact("Leaving Client", "leaving@b.example");
  b.call(leaving, day(50), model::CallOutcome::reached);
  auto& t = b.thread(leaving, "Proposal");
  WorkspaceBuilder::from_client(t, leaving, day(58), "We have decided to go another direction.", {"intent.dismissal", "reply_owed"});

  const auto list = run(day(60));
  ASSERT_EQ(list.calls.size(), 2u);
  EXPECT_EQ(list.calls[0].contact->id, leaving);
  EXPECT_EQ(list.calls[0].reasons.front().code, "dismissal");
  EXPECT_FALSE(list.calls[0].reasons.front().evidence.empty());
  EXPECT_EQ(list.calls[1].contact->id, quiet);
  EXPECT_EQ(list.calls[1].reasons.front().code, "overdue_live");
  EXPECT_FALSE(list.calls[0].opening.empty());
  EXPECT_FALSE(list.calls[0].voicemail.empty());
}

TEST_F(TodayTest, NobodySpokenWithLiveYesterday) {
  const auto c = b.add_contact("Just Called", "called@a.example");
  auto& t = b.thread(c, "Question");
  WorkspaceBuilder::from_client(t, c, day(58), "Does it work offline on the vans?", {"question.closed", "intent.question", "reply_owed"});
  b.call(c, day(59), model::CallOutcome::reached);
  const auto list = run(day(60));
  EXPECT_EQ(find(list, c), nullptr);
}

TEST_F(TodayTest, ColleaguesAndTheUnsubscribedAreNeverListed) {
  const auto colleague = b.add_contact("Desk Mate", "mate@us.example", model::ContactKind::colleague);
  auto& ct = b.thread(colleague, "Pipeline");
  WorkspaceBuilder::from_client(ct, colleague, day(59), "Can you ring me about the pipeline?", {"intent.question", "reply_owed"});
  const auto gone = b.add_contact("No Thanks", "no@b.example");
  b.call(gone, day(1), model::CallOutcome::reached);
  auto& gt = b.thread(gone, "Offer");
  WorkspaceBuilder::from_client(gt, gone, day(55), "Please remove me from your list.", {"intent.unsubscribe"});
  const auto list = run(day(60));
  EXPECT_EQ(find(list, colleague), nullptr);
  EXPECT_EQ(find(list, gone), nullptr);
  ASSERT_NE(left(list, gone), nullptr);
  EXPECT_EQ(left(list, gone)->code, "unsubscribed");
}

TEST_F(TodayTest, AVoicemailIsTriedAgainAfterTheRetryDays) {
  const auto c = b.add_contact("Hard To Reach", "reach@a.example");
  b.call(c, day(1), model::CallOutcome::reached);
  b.call(c, day(55), model::CallOutcome::voicemail);
  auto list = run(day(60));
  ASSERT_NE(find(list, c), nullptr);
  const auto& reasons = find(list, c)->reasons;
  EXPECT_TRUE(std::any_of(reasons.begin(), reasons.end(), [](const Reason& r) { return r.code == "voicemail_retry"; }));

  b.call(c, day(59, 17), model::CallOutcome::voicemail);
  list = run(day(60));
  EXPECT_EQ(find(list, c), nullptr);
  ASSERT_NE(left(list, c), nullptr);
  EXPECT_EQ(left(list, c)->code, "tried_recently");
}

TEST_F(TodayTest, TheTimesInTheReasonsReadAsThePast) {
  const auto c = b.add_contact("Hard To Reach", "reach@a.example");
  b.call(c, day(1), model::CallOutcome::reached);
  b.call(c, day(55), model::CallOutcome::voicemail);
  auto list = run(day(60));
  ASSERT_NE(find(list, c), nullptr);
  const auto& reasons = find(list, c)->reasons;
  const auto retry =
      std::find_if(reasons.begin(), reasons.end(), [](const Reason& r) { return r.code == "voicemail_retry"; });
  ASSERT_NE(retry, reasons.end());
  EXPECT_NE(retry->text.find("the last 5 days ago"), std::string::npos) << retry->text;

  // Tried again three days ago, with a week to wait between tries.
  settings_.voicemail_retry_days = 7;
  b.call(c, day(57), model::CallOutcome::voicemail);
  list = run(day(60));
  ASSERT_NE(left(list, c), nullptr);
  EXPECT_NE(left(list, c)->text.find("tried 3 days ago (no answer)"), std::string::npos) << left(list, c)->text;
}

TEST_F(TodayTest, ARequestToBeCalledIsAReasonUntilACallIsMade) {
  const auto c = b.add_contact("Ring Me", "ring@a.example");
  auto& t = b.thread(c, "Timing");
  WorkspaceBuilder::from_client(t, c, day(55), "Sure, give me a ring next week.", {"intent.scheduling"});
  auto list = run(day(60));
  ASSERT_NE(find(list, c), nullptr);
  EXPECT_EQ(find(list, c)->reasons.front().code, "call_request");
  b.call(c, day(59), model::CallOutcome::no_answer);
  list = run(day(60));
  const auto* entry = find(list, c);
  EXPECT_TRUE(entry == nullptr || entry->reasons.front().code != "call_request");
}

TEST_F(TodayTest, TheListIsCutToItsSizeBestFirst) {
  for (int i = 0; i < 5; ++i) {
    const auto c = b.add_contact("Client " + std::to_string(i), "c" + std::to_string(i) + "@a.example");
    b.call(c, day(1 + i * 5), model::CallOutcome::reached);
  }
  settings_.list_size = 3;
  const auto list = run(day(100));
  ASSERT_EQ(list.calls.size(), 3u);
  EXPECT_GE(list.calls[0].score, list.calls[1].score);
  EXPECT_GE(list.calls[1].score, list.calls[2].score);
  EXPECT_EQ(list.calls[0].contact->name, "Client 0");  // the longest silence
}

TEST_F(TodayTest, PersonalFactsComeFromTheClientsOwnWords) {
  const auto c = b.add_contact("Runner Client", "run@a.example");
  auto& t = b.thread(c, "Catch-up");
  auto& m = WorkspaceBuilder::from_client(t, c, day(10), "I'm running the city marathon in April, wish me luck.", {"intent.pleasantry"});
  m.tags.push_back({"fact.sport", 4, 37, "running the city marathon in April"});
  const auto facts = personal_facts(b.workspace(), b.workspace().contacts.front());
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].kind, "sport");
  EXPECT_EQ(facts[0].text, "running the city marathon in April");
  EXPECT_EQ(facts[0].said.when, day(10));
  EXPECT_NE(facts[0].said.quote.find("marathon"), std::string::npos);
}

TEST_F(TodayTest, AWinBackPlanAnswersTheFourQuestionsAndWalksTheCall) {
  const auto c = b.add_contact("Leaving Client", "leaving@b.example");
  auto& t = b.thread(c, "Proposal");
  WorkspaceBuilder::from_client(t, c, day(58), "Because of financial concerns we will not go ahead at this stage.",
                                {"objection.financial_unclear", "intent.dismissal", "reply_owed"});
  run(day(60));
  const auto plan = plan_call(b.workspace(), verdicts_, words_, b.workspace().contacts.front(), day(60));
  EXPECT_TRUE(plan.win_back);
  ASSERT_EQ(plan.before_calling.size(), 4u);
  EXPECT_NE(plan.before_calling[1].detail.find("clarify"), std::string::npos);
  EXPECT_NE(plan.before_calling[2].detail.find("at this stage"), std::string::npos);
  EXPECT_EQ(plan.call_steps.size(), 9u);
  ASSERT_TRUE(plan.stance);
  EXPECT_FALSE(plan.stance->logged);
  EXPECT_LE(plan.stance->value, 3);
}

TEST_F(TodayTest, ALoggedStanceInTheMiddleIsFlaggedAsStuck) {
  const auto c = b.add_contact("Undecided", "u@b.example");
  b.call(c, day(30), model::CallOutcome::reached, 5);
  run(day(60));
  const auto stance = stance_of(b.workspace(), verdicts_, b.workspace().contacts.front());
  ASSERT_TRUE(stance);
  EXPECT_TRUE(stance->logged);
  EXPECT_EQ(stance->value, 5);
  EXPECT_TRUE(stance->stuck);
}

// The call list tells when with the same words as the contact views.
TEST(Wording, AgoReadsAsATimeInThePast) {
  EXPECT_EQ(model::relative_day(day(10), day(10, 17)), "today");
  EXPECT_EQ(model::relative_day(day(9), day(10)), "yesterday");
  EXPECT_EQ(model::relative_day(day(6), day(10)), "4 days ago");
  EXPECT_EQ(model::relative_day(day(1), day(22)), "3 weeks ago");
}

}  // namespace
}  // namespace rapport::playbook
