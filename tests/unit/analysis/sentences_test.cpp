#include "rapport/analysis/sentences.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace rapport::analysis {
namespace {

std::vector<std::string> pieces(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& s : split_sentences(text)) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(SplitSentences, EndsAtStopsQuestionAndExclamationMarks) {
  EXPECT_EQ(pieces("We met on Monday. Did you get the quote? Great!"),
            (std::vector<std::string>{"We met on Monday.", "Did you get the quote?", "Great!"}));
  EXPECT_EQ(pieces("Really?! That's news."), (std::vector<std::string>{"Really?!", "That's news."}));
}

TEST(SplitSentences, KeepsAbbreviationsDecimalsAndTimesInside) {
  EXPECT_EQ(pieces("Hello Mr. Vogt, how are you?"), (std::vector<std::string>{"Hello Mr. Vogt, how are you?"}));
  EXPECT_EQ(pieces("Bring a few things, e.g. the bills and the plans. Thanks."),
            (std::vector<std::string>{"Bring a few things, e.g. the bills and the plans.", "Thanks."}));
  EXPECT_EQ(pieces("It costs 3.5 percent more and we start at 10.30 sharp."),
            (std::vector<std::string>{"It costs 3.5 percent more and we start at 10.30 sharp."}));
  EXPECT_EQ(pieces("Panels, inverters etc. are included. See you."),
            (std::vector<std::string>{"Panels, inverters etc. are included.", "See you."}));
  EXPECT_EQ(pieces("Invoices, receipts etc. and the rest."),
            (std::vector<std::string>{"Invoices, receipts etc. and the rest."}));
  EXPECT_EQ(pieces("Ask J. Smith first."), (std::vector<std::string>{"Ask J. Smith first."}));
}

TEST(SplitSentences, ClosingQuotesStayWithTheirSentence) {
  EXPECT_EQ(pieces("She said \"no.\" Then she left."),
            (std::vector<std::string>{"She said \"no.\"", "Then she left."}));
  // A quoted question or exclamation with the sentence going on in lower case is inside it.
  EXPECT_EQ(pieces("I read your \"Is your fleet ready?\" guide. Thanks."),
            (std::vector<std::string>{"I read your \"Is your fleet ready?\" guide.", "Thanks."}));
  EXPECT_EQ(pieces("She asked \"why?\" Then she left."),
            (std::vector<std::string>{"She asked \"why?\"", "Then she left."}));
}

TEST(SplitSentences, EmailGreetingsSignOffsAndParagraphsEndSentences) {
  const std::string mail =
      "Dear Ravi,\nthanks for the call today\n\nWe would like to wait until spring\nbecause of the roof works\n\nBest "
      "regards\nSam";
  EXPECT_EQ(pieces(mail), (std::vector<std::string>{"Dear Ravi,", "thanks for the call today",
                                                    "We would like to wait until spring\nbecause of the roof works",
                                                    "Best regards", "Sam"}));
}

TEST(SplitSentences, WrappedLinesAreOneSentence) {
  EXPECT_EQ(
      pieces("I have looked at the proposal you sent over last week and\nit looks fine to me."),
      (std::vector<std::string>{"I have looked at the proposal you sent over last week and\nit looks fine to me."}));
}

TEST(SplitSentences, NoStopIsOneSentenceAndEmptyIsNone) {
  EXPECT_EQ(pieces("what time are you coming tmrw"), (std::vector<std::string>{"what time are you coming tmrw"}));
  EXPECT_TRUE(pieces("").empty());
  EXPECT_TRUE(pieces("  ... !? ").empty());
}

TEST(SplitSentences, SpansPointIntoTheText) {
  const std::string text = "  Hi.  Bye.  ";
  const auto spans = split_sentences(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0], (Span{2, 5}));
  EXPECT_EQ(spans[1], (Span{7, 11}));
}

TEST(SplitSentences, TrailingOffEllipsisBeforeLowerCaseContinues) {
  EXPECT_EQ(pieces("I was thinking... maybe next week. Or not."),
            (std::vector<std::string>{"I was thinking... maybe next week.", "Or not."}));
}

}  // namespace
}  // namespace rapport::analysis
