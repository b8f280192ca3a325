#include <gtest/gtest.h>

#include "rapport/report/text_block.hpp"
#include "rapport/report/time_text.hpp"

namespace rapport::report {
namespace {

TEST(Clock, MinutesAndHours) {
  EXPECT_EQ(clock_text(0), "0:00");
  EXPECT_EQ(clock_text(65.4), "1:05");
  EXPECT_EQ(clock_text(3725), "1:02:05");
}

TEST(Wrap, IndentsAndKeepsParagraphs) {
  EXPECT_EQ(indent_wrapped("one two three four five six", 2, 34), "  one two three four five six\n");
  const auto wrapped = indent_wrapped("aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii", 2, 24);
  EXPECT_EQ(wrapped, "  aaaa bbbb cccc dddd\n  eeee ffff gggg hhhh\n  iiii\n");
  EXPECT_EQ(indent_wrapped("para one\n\n\n\npara two", 0, 40), "para one\n\npara two\n");
}

TEST(Excerpt, FlattensWhitespace) {
  EXPECT_EQ(excerpt("Hi Nora,\n\n  thanks   for the call.", 100), "Hi Nora, thanks for the call.");
  EXPECT_EQ(excerpt("abcdefghij", 5), "abcd…");
  EXPECT_EQ(count_lines("a\n\n  \nb\r\n"), 2u);
}

}  // namespace
}  // namespace rapport::report
