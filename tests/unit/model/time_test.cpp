#include "rapport/model/time.hpp"

#include <gtest/gtest.h>

namespace rapport::model {
namespace {

TEST(Time, RoundTripsUtc) {
  const auto t = parse_iso8601("2026-11-22T09:30:05Z");
  ASSERT_TRUE(t);
  EXPECT_EQ(to_iso8601(*t), "2026-11-22T09:30:05Z");
}

TEST(Time, AppliesOffset) {
  const auto t = parse_iso8601("2026-11-22T10:30:00+01:00");
  ASSERT_TRUE(t);
  EXPECT_EQ(to_iso8601(*t), "2026-11-22T09:30:00Z");
}

TEST(Time, DateOnlyIsMidnightUtc) {
  EXPECT_EQ(to_iso8601(*parse_iso8601("2026-02-28")), "2026-02-28T00:00:00Z");
}

TEST(Time, RejectsMalformed) {
  EXPECT_FALSE(parse_iso8601("2026-13-01"));
  EXPECT_FALSE(parse_iso8601("2026-02-30"));
  EXPECT_FALSE(parse_iso8601("22/11/2026"));
  EXPECT_FALSE(parse_iso8601("2026-11-22T09:30:00+0100"));
  EXPECT_FALSE(parse_iso8601(""));
}

Timestamp at(const char* iso) { return *parse_iso8601(iso); }

TEST(RelativeDay, ByCalendarDay) {
  const auto now = at("2026-11-20T09:00:00Z");
  EXPECT_EQ(relative_day(at("2026-11-20T00:10:00Z"), now), "today");
  EXPECT_EQ(relative_day(at("2026-11-19T23:59:00Z"), now), "yesterday");
  EXPECT_EQ(relative_day(at("2026-11-15T12:00:00Z"), now), "5 days ago");
  EXPECT_EQ(relative_day(at("2026-10-09T12:00:00Z"), now), "6 weeks ago");
  EXPECT_EQ(relative_day(at("2026-05-01T12:00:00Z"), now), "6 months ago");
  EXPECT_EQ(relative_day(at("2026-11-23T12:00:00Z"), now), "in 3 days");
}

}  // namespace
}  // namespace rapport::model
