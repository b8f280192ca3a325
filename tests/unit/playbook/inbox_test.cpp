#include "rapport/playbook/inbox.hpp"

#include <gtest/gtest.h>

#include "workspace_builder.hpp"

namespace rapport::playbook {
namespace {

using testing::day;
using testing::WorkspaceBuilder;

class InboxTest : public ::testing::Test {
 protected:
  ThreadVerdict judge(const model::ThreadRecord& t) {
    live_ = std::make_unique<LiveIndex>(b.workspace());
    return judge_thread(t, *live_, signals_, settings_);
  }

  WorkspaceBuilder b;
  Signals signals_ = Signals::create().value();
  InboxSettings settings_;
  std::unique_ptr<LiveIndex> live_;
};

TEST_F(InboxTest, DismissalNotAnsweredIsADismissalWithReplyOwed) {
  const auto c = b.add_contact("Ada Quill", "ada@quill.example");
  auto& t = b.thread(c, "Proposal");
  WorkspaceBuilder::from_me(t, day(1), "Here is the proposal for your team, attached.");
  WorkspaceBuilder::from_client(t, c, day(5), "For budget reasons we have decided not to go ahead.",
                                {"objection.budget", "intent.dismissal", "reply_owed"});
  const auto v = judge(t);
  ASSERT_TRUE(v.kind);
  EXPECT_EQ(*v.kind, InboxKind::dismissal);
  EXPECT_TRUE(v.reply_owed);
  EXPECT_EQ(v.contact, c);
  EXPECT_EQ(v.clarity, Clarity::clear);
  EXPECT_EQ(v.reason, "For budget reasons we have decided not to go ahead.");
  ASSERT_FALSE(v.evidence.empty());
  EXPECT_EQ(v.evidence.front().when, day(5));
}

TEST_F(InboxTest, AMoneyConcernWithNoOwnerMustBeClarified) {
  const auto c = b.add_contact("Ada Quill", "ada@quill.example");
  auto& t = b.thread(c, "Proposal");
  WorkspaceBuilder::from_client(t, c, day(5), "Due to financial reasons we will stop here.",
                                {"objection.financial_unclear", "intent.dismissal", "reply_owed"});
  EXPECT_EQ(judge(t).clarity, Clarity::must_clarify);
}

TEST_F(InboxTest, ADismissalFollowedByALiveCallIsNoLongerADismissal) {
  const auto c = b.add_contact("Ada Quill", "ada@quill.example");
  auto& t = b.thread(c, "Proposal");
  WorkspaceBuilder::from_client(t, c, day(5), "We are too busy right now.", {"objection.timing", "intent.dismissal", "reply_owed"});
  b.call(c, day(6), model::CallOutcome::reached);
  const auto v = judge(t);
  EXPECT_FALSE(v.kind && (*v.kind == InboxKind::dismissal || *v.kind == InboxKind::dismissal_answered_in_writing));
}

TEST_F(InboxTest, AVoicemailDoesNotAnswerADismissal) {
  const auto c = b.add_contact("Ada Quill", "ada@quill.example");
  auto& t = b.thread(c, "Proposal");
  WorkspaceBuilder::from_client(t, c, day(5), "We are too busy right now.", {"objection.timing", "intent.dismissal", "reply_owed"});
  b.call(c, day(6), model::CallOutcome::voicemail);
  EXPECT_EQ(judge(t).kind, InboxKind::dismissal);
}

TEST_F(InboxTest, ALongWrittenReplyToADismissalIsFlagged) {
  const auto c = b.add_contact("Ada Quill", "ada@quill.example");
  auto& t = b.thread(c, "Proposal");
  WorkspaceBuilder::from_client(t, c, day(5), "We have chosen another supplier.", {"objection.competitor", "intent.dismissal", "reply_owed"});
  std::string rebuttal = "I understand, but let me set out why that would be a mistake.";
  for (int i = 0; i < 30; ++i) rebuttal += " Point number " + std::to_string(i) + " matters a great deal here.";
  WorkspaceBuilder::from_me(t, day(5, 20), rebuttal);
  const auto v = judge(t);
  EXPECT_EQ(v.kind, InboxKind::dismissal_answered_in_writing);
  EXPECT_TRUE(v.long_written_reply);
  EXPECT_GT(v.written_reply_words, settings_.long_reply_words);
  EXPECT_FALSE(v.reply_owed);  // the salesperson wrote last
}

TEST_F(InboxTest, AShortNoteAskingForACallIsNotAnAnswerInWriting) {
  const auto c = b.add_contact("Ada Quill", "ada@quill.example");
  auto& t = b.thread(c, "Proposal");
  WorkspaceBuilder::from_client(t, c, day(5), "We have chosen another supplier.", {"objection.competitor", "intent.dismissal", "reply_owed"});
  WorkspaceBuilder::from_me(t, day(5, 20), "Thanks for letting me know. Could I give you a ring tomorrow?");
  EXPECT_EQ(judge(t).kind, InboxKind::dismissal);
}

TEST_F(InboxTest, ADismissalThatAsksNotToBeContactedOwesNoReply) {
  const auto c = b.add_contact("Ada Quill", "ada@quill.example");
  auto& t = b.thread(c, "Proposal");
  WorkspaceBuilder::from_client(t, c, day(5), "We went elsewhere. Please do not contact us again.", {"intent.dismissal"});
  const auto v = judge(t);
  EXPECT_EQ(v.kind, InboxKind::dismissal);
  EXPECT_FALSE(v.reply_owed);
}

TEST_F(InboxTest, AProposalChasedByEmailOnly) {
  const auto c = b.add_contact("Ada Quill", "ada@quill.example");
  auto& t = b.thread(c, "Proposal");
  WorkspaceBuilder::from_me(t, day(1), "Please find our proposal attached.");
  WorkspaceBuilder::from_me(t, day(8), "Just checking you received the proposal?");
  WorkspaceBuilder::from_me(t, day(15), "Any thoughts on the proposal?");
  const auto v = judge(t);
  EXPECT_EQ(v.kind, InboxKind::proposal_followed_up_by_email_only);
  EXPECT_EQ(v.email_chasers, 2u);
  EXPECT_EQ(v.evidence.front().when, day(1));  // the proposal itself, then the chasers
  EXPECT_EQ(v.evidence.size(), 3u);
}

TEST_F(InboxTest, AProposalChasedOnceOrFollowedByACallIsNot) {
  const auto c = b.add_contact("Ada Quill", "ada@quill.example");
  auto& once = b.thread(c, "Proposal");
  WorkspaceBuilder::from_me(once, day(1), "Please find our proposal attached.");
  WorkspaceBuilder::from_me(once, day(8), "Just checking you received the proposal?");
  EXPECT_FALSE(judge(once).kind);

  const auto d = b.add_contact("Ben Roe", "ben@roe.example");
  auto& called = b.thread(d, "Proposal");
  WorkspaceBuilder::from_me(called, day(1), "Please find our proposal attached.");
  WorkspaceBuilder::from_me(called, day(8), "Just checking you received the proposal?");
  WorkspaceBuilder::from_me(called, day(15), "Any thoughts on the proposal?");
  b.call(d, day(16), model::CallOutcome::reached);
  EXPECT_FALSE(judge(b.workspace().threads.back()).kind);
}

TEST_F(InboxTest, TheLatestQuestionUnansweredIsAnAnswerOwed) {
  const auto c = b.add_contact("Ada Quill", "ada@quill.example");
  auto& t = b.thread(c, "Question");
  WorkspaceBuilder::from_client(t, c, day(3), "Does the licence cover the warehouse staff?",
                                {"question.closed", "intent.question", "reply_owed"});
  const auto v = judge(t);
  EXPECT_EQ(v.kind, InboxKind::answer_owed);
  EXPECT_TRUE(v.reply_owed);
  EXPECT_EQ(v.waiting_since, day(3));
}

TEST_F(InboxTest, AQuestionThatLaterMessagesNeverTookUpIsStillOwed) {
  const auto c = b.add_contact("Ada Quill", "ada@quill.example");
  auto& t = b.thread(c, "Question");
  WorkspaceBuilder::from_client(t, c, day(3), "Does the licence cover the warehouse staff?",
                                {"question.closed", "intent.question", "reply_owed"});
  WorkspaceBuilder::from_me(t, day(4), "Lovely to hear from you! We're looking forward to starting in May.");
  WorkspaceBuilder::from_client(t, c, day(4, 12), "Thanks!", {"thanks", "intent.pleasantry"});
  EXPECT_EQ(judge(t).kind, InboxKind::answer_owed);
}

TEST_F(InboxTest, AQuestionAnsweredInALaterMessageIsNotOwed) {
  const auto c = b.add_contact("Ada Quill", "ada@quill.example");
  auto& t = b.thread(c, "Question");
  WorkspaceBuilder::from_client(t, c, day(3), "Does the licence cover the warehouse staff?",
                                {"question.closed", "intent.question", "reply_owed"});
  WorkspaceBuilder::from_me(t, day(4), "Yes: the licence covers everyone at the warehouse.");
  WorkspaceBuilder::from_client(t, c, day(4, 12), "Thanks!", {"thanks", "intent.pleasantry"});
  const auto v = judge(t);
  EXPECT_FALSE(v.kind);
  EXPECT_FALSE(v.reply_owed);
}

TEST_F(InboxTest, AChainOfCourtesiesIsACourtesyLoop) {
  const auto c = b.add_contact("Ada Quill", "ada@quill.example");
  auto& t = b.thread(c, "Handover");
  WorkspaceBuilder::from_me(t, day(1), "Your account is live; the guide is attached.", {"intent.info"});
  WorkspaceBuilder::from_client(t, c, day(2), "Thank you so much!", {"thanks", "intent.pleasantry"});
  WorkspaceBuilder::from_me(t, day(2, 12), "My pleasure, have a great week!", {"closing"});
  WorkspaceBuilder::from_client(t, c, day(3), "You too!", {"closing", "intent.pleasantry"});
  const auto v = judge(t);
  EXPECT_EQ(v.kind, InboxKind::courtesy_loop);
  EXPECT_FALSE(v.reply_owed);
  EXPECT_EQ(v.evidence.size(), 3u);
}

TEST_F(InboxTest, ASingleThanksIsNotALoop) {
  const auto c = b.add_contact("Ada Quill", "ada@quill.example");
  auto& t = b.thread(c, "Handover");
  WorkspaceBuilder::from_me(t, day(1), "Your account is live; the guide is attached.", {"intent.info"});
  WorkspaceBuilder::from_client(t, c, day(2), "Thank you so much!", {"thanks", "intent.pleasantry"});
  EXPECT_FALSE(judge(t).kind);
}

TEST_F(InboxTest, AnOpenObjectionWaitingForAnAnswer) {
  const auto c = b.add_contact("Ada Quill", "ada@quill.example");
  auto& t = b.thread(c, "Quote");
  WorkspaceBuilder::from_client(t, c, day(3), "The quote is well above what we pay today.",
                                {"objection.price", "intent.objection", "reply_owed"});
  const auto v = judge(t);
  EXPECT_EQ(v.kind, InboxKind::objection);
  ASSERT_EQ(v.objections.size(), 1u);
  EXPECT_EQ(v.objections.front(), analysis::Objection::price);
}

TEST_F(InboxTest, AutoRepliesAreNotTheClientSpeaking) {
  const auto c = b.add_contact("Ada Quill", "ada@quill.example");
  auto& t = b.thread(c, "Quote");
  WorkspaceBuilder::from_me(t, day(1), "Here is the information you asked for.");
  auto& ooo = WorkspaceBuilder::from_client(t, c, day(1, 10), "I am out of the office until Monday.", {"intent.auto_reply"});
  ooo.automatic = model::AutomaticKind::out_of_office;
  EXPECT_FALSE(judge(t).kind);
}

TEST_F(InboxTest, InboxListsDismissalsFirstAndSkipsOldThreads) {
  const auto a = b.add_contact("Ada Quill", "ada@quill.example");
  const auto c = b.add_contact("Cy Doe", "cy@doe.example");
  const auto old = b.add_contact("Old Timer", "old@timer.example");
  auto& q = b.thread(a, "Question");
  WorkspaceBuilder::from_client(q, a, day(40), "Does the licence cover the warehouse staff?",
                                {"question.closed", "intent.question", "reply_owed"});
  auto& d = b.thread(c, "Proposal");
  WorkspaceBuilder::from_client(d, c, day(45), "We have decided not to go ahead.", {"intent.dismissal", "reply_owed"});
  auto& o = b.thread(old, "Ancient");
  WorkspaceBuilder::from_client(o, old, day(1), "Does it cover the warehouse staff too?", {"question.closed", "intent.question", "reply_owed"});
  const LiveIndex live(b.workspace());
  settings_.lookback_days = 30;
  std::vector<ThreadVerdict> verdicts;
  for (const auto& t : b.workspace().threads) verdicts.push_back(judge_thread(t, live, signals_, settings_));
  const auto items = inbox(b.workspace(), verdicts, settings_, day(50));
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(*items[0]->kind, InboxKind::dismissal);
  EXPECT_EQ(*items[1]->kind, InboxKind::answer_owed);
}

}  // namespace
}  // namespace rapport::playbook
