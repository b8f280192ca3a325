#include "rapport/ingest/files/date_text.hpp"

#include <gtest/gtest.h>

namespace rapport::ingest::detail {
namespace {

std::string iso(std::optional<model::Timestamp> t) { return t ? model::to_iso8601(*t) : "none"; }

std::string parse(std::string_view s, DateOrder order = DateOrder::day_first) {
  return iso(parse_date_time(s, order));
}

TEST(ParseDateTime, Iso8601Forms) {
  EXPECT_EQ(parse("2026-03-14"), "2026-03-14T00:00:00Z");
  EXPECT_EQ(parse("2026-03-14T10:30:05Z"), "2026-03-14T10:30:05Z");
  EXPECT_EQ(parse("2026-03-14 10:30"), "2026-03-14T10:30:00Z");
  EXPECT_EQ(parse("2026-03-14T10:30:05.250+01:00"), "2026-03-14T09:30:05Z");
  EXPECT_EQ(parse("2026-03-14 10:30:00 -0500"), "2026-03-14T15:30:00Z");
  EXPECT_EQ(parse("2026/03/14 10:30 UTC"), "2026-03-14T10:30:00Z");
}

TEST(ParseDateTime, NumericDayMonthOrder) {
  EXPECT_EQ(parse("14/03/2026 10:30"), "2026-03-14T10:30:00Z");
  EXPECT_EQ(parse("03/04/2026", DateOrder::day_first), "2026-04-03T00:00:00Z");
  EXPECT_EQ(parse("03/04/2026", DateOrder::month_first), "2026-03-04T00:00:00Z");
  // A field above 12 settles the order whatever the region says.
  EXPECT_EQ(parse("14/03/2026", DateOrder::month_first), "2026-03-14T00:00:00Z");
  EXPECT_EQ(parse("03/14/2026", DateOrder::day_first), "2026-03-14T00:00:00Z");
  EXPECT_EQ(parse("14.03.2026 09:05:07"), "2026-03-14T09:05:07Z");
  EXPECT_EQ(parse("3/14/26 2:05 PM", DateOrder::month_first), "2026-03-14T14:05:00Z");
}

TEST(ParseDateTime, MonthNames) {
  EXPECT_EQ(parse("14 Mar 2026 10:30:15"), "2026-03-14T10:30:15Z");
  EXPECT_EQ(parse("Sat, 14 March 2026"), "2026-03-14T00:00:00Z");
  EXPECT_EQ(parse("Mar 14, 2026 10:30 AM"), "2026-03-14T10:30:00Z");
  EXPECT_EQ(parse("March 14th, 2026 12:15 am"), "2026-03-14T00:15:00Z");
  EXPECT_EQ(parse("14-Mar-2026"), "2026-03-14T00:00:00Z");
}

TEST(ParseDateTime, Epoch) {
  EXPECT_EQ(parse("1700000000"), "2023-11-14T22:13:20Z");
  EXPECT_EQ(parse("1700000000123"), "2023-11-14T22:13:20Z");
}

TEST(ParseDateTime, RejectsNonDates) {
  EXPECT_EQ(parse(""), "none");
  EXPECT_EQ(parse("yesterday"), "none");
  EXPECT_EQ(parse("2026-02-30"), "none");
  EXPECT_EQ(parse("31/31/2026"), "none");
  EXPECT_EQ(parse("14/03/2026 25:00"), "none");
  EXPECT_EQ(parse("14/03/2026 10:30 and more"), "none");
  EXPECT_EQ(parse("13:30 PM"), "none");
  EXPECT_EQ(parse("12345"), "none");
}

TEST(FindDate, InFreeText) {
  auto m = find_date("Recorded on 14 March 2026 at 10:02 by Zoom", DateOrder::day_first,
                     CompactDates::no);
  ASSERT_TRUE(m);
  EXPECT_EQ(iso(m->when), "2026-03-14T10:02:00Z");
  EXPECT_TRUE(m->has_time);
  m = find_date("standup-2026-03-14.vtt", DateOrder::day_first, CompactDates::no);
  ASSERT_TRUE(m);
  EXPECT_EQ(iso(m->when), "2026-03-14T00:00:00Z");
  EXPECT_FALSE(m->has_time);
  EXPECT_EQ(m->begin, 8u);
  EXPECT_EQ(m->end, 18u);
  EXPECT_FALSE(find_date("no date here, only 10:30", DateOrder::day_first, CompactDates::no));
}

TEST(FindDate, CompactOnlyWhenAsked) {
  EXPECT_FALSE(find_date("call_20260314.txt", DateOrder::day_first, CompactDates::no));
  auto m = find_date("call_20260314.txt", DateOrder::day_first, CompactDates::yes);
  ASSERT_TRUE(m);
  EXPECT_EQ(iso(m->when), "2026-03-14T00:00:00Z");
  m = find_date("GMT20260314-100211_Recording", DateOrder::day_first, CompactDates::yes);
  ASSERT_TRUE(m);
  EXPECT_EQ(iso(m->when), "2026-03-14T10:02:11Z");
  // Longer digit runs are ids, not dates.
  EXPECT_FALSE(find_date("id 202603141", DateOrder::day_first, CompactDates::yes));
}

TEST(ParseTimeOfDay, Forms) {
  EXPECT_EQ(parse_time_of_day("10:02:11"), 36131);
  EXPECT_EQ(parse_time_of_day("2:05 PM"), 14 * 3600 + 300);
  EXPECT_FALSE(parse_time_of_day("10"));
  EXPECT_FALSE(parse_time_of_day("24:00"));
}

}  // namespace
}  // namespace rapport::ingest::detail
