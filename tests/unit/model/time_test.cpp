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

}  // namespace
}  // namespace rapport::model
