#include "rapport/report/terminal.hpp"

#include <gtest/gtest.h>

namespace rapport::report {
namespace {

TEST(Color, OnlyOnTerminalAndWithoutNoColor) {
  EXPECT_EQ(choose_color(true, nullptr), ColorMode::on);
  EXPECT_EQ(choose_color(false, nullptr), ColorMode::off);
  EXPECT_EQ(choose_color(true, "1"), ColorMode::off);
  // NO_COLOR set but empty does not count (no-color.org).
  EXPECT_EQ(choose_color(true, ""), ColorMode::on);
}

TEST(Paint, PlainWhenColorIsOff) {
  EXPECT_EQ(paint("x", Tint::red, ColorMode::off), "x");
  EXPECT_EQ(paint("x", Tint::red, ColorMode::on), "\x1b[31mx\x1b[0m");
}

TEST(Width, CountsColumnsNotBytes) {
  EXPECT_EQ(display_width("abc"), 3u);
  EXPECT_EQ(display_width("café"), 4u);
  EXPECT_EQ(display_width("日本"), 4u);
  EXPECT_EQ(display_width("\xff"), 1u);
}

TEST(Truncate, EndsInEllipsisWithinWidth) {
  EXPECT_EQ(truncate_to_width("short", 10), "short");
  const auto cut = truncate_to_width("a rather long name", 8);
  EXPECT_EQ(cut, "a rathe…");
  EXPECT_EQ(display_width(cut), 8u);
  EXPECT_LE(display_width(truncate_to_width("日本語のテキスト", 5)), 5u);
}

TEST(Table, AlignsAndShrinksToFit) {
  const std::vector<Column> columns{{"Name", Align::left, true, Tint::none},
                                    {"N", Align::right, false, Tint::none}};
  const std::vector<std::vector<std::string>> rows{{"Alexandra Montgomery-Smythe", "7"}, {"Bo", "12"}};
  const auto wide = render_table(columns, rows, 80, ColorMode::off);
  EXPECT_EQ(wide,
            "Name                          N\n"
            "Alexandra Montgomery-Smythe   7\n"
            "Bo                           12\n");
  const auto narrow = render_table(columns, rows, 16, ColorMode::off);
  for (std::size_t start = 0, end; (end = narrow.find('\n', start)) != std::string::npos; start = end + 1)
    EXPECT_LE(display_width(narrow.substr(start, end - start)), 16u);
  EXPECT_NE(narrow.find("…"), std::string::npos);
}

}  // namespace
}  // namespace rapport::report
