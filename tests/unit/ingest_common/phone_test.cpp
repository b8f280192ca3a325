#include "rapport/ingest/common/phone.hpp"

#include <gtest/gtest.h>

namespace rapport::ingest {
namespace {

TEST(NormalisePhone, NationalNumberUsesDefaultRegion) {
  EXPECT_EQ(normalise_phone("07700 900123", "GB"), "+447700900123");
  EXPECT_EQ(normalise_phone("07700 900123", "gb"), "+447700900123");
  EXPECT_EQ(normalise_phone("(202) 555-0143", "US"), "+12025550143");
}

TEST(NormalisePhone, InternationalNumberIgnoresDefaultRegion) {
  EXPECT_EQ(normalise_phone("+44 7700 900123", "US"), "+447700900123");
  EXPECT_EQ(normalise_phone("+1 202.555.0143", "GB"), "+12025550143");
}

TEST(NormalisePhone, TrunkZeroInBracketsAfterCountryCode) {
  EXPECT_EQ(normalise_phone("+44 (0)161 496 0231", "US"), "+441614960231");
}

TEST(NormalisePhone, ExtensionIsDropped) {
  EXPECT_EQ(normalise_phone("(555) 010-4477 ext. 12", "US"), "+15550104477");
  EXPECT_EQ(normalise_phone("202-555-0143 x7", "US"), "+12025550143");
}

TEST(NormalisePhone, DoubleZeroInternationalPrefix) {
  EXPECT_EQ(normalise_phone("0044 7700 900123", "GB"), "+447700900123");
  // The US dials 011 abroad; "00" still means "international" to most writers.
  EXPECT_EQ(normalise_phone("0044 7700 900123", "US"), "+447700900123");
  EXPECT_EQ(normalise_phone("011 44 7700 900123", "US"), "+447700900123");
}

TEST(NormalisePhone, TelUri) {
  EXPECT_EQ(normalise_phone("tel:+1-202-555-0143", "GB"), "+12025550143");
  EXPECT_EQ(normalise_phone("tel:+44-161-496-0231;ext=5", "US"), "+441614960231");
}

TEST(NormalisePhone, UnparseableFallsBackToDigits) {
  EXPECT_EQ(normalise_phone("12", "US"), "12");
  EXPECT_EQ(normalise_phone("+9 99", "US"), "+999");
  // No region to read a national number with: keep its digits.
  EXPECT_EQ(normalise_phone("07700 900123", ""), "07700900123");
}

TEST(NormalisePhone, NoDigitsIsEmpty) {
  EXPECT_EQ(normalise_phone("", "GB"), "");
  EXPECT_EQ(normalise_phone("unknown", "GB"), "");
  EXPECT_EQ(normalise_phone("+ ( ) -", "GB"), "");
}

TEST(NormalisePhone, SameNumberDifferentSpellingsAgree) {
  const std::string a = normalise_phone("+44 161 496 0231", "GB");
  EXPECT_EQ(normalise_phone("0161 496 0231", "GB"), a);
  EXPECT_EQ(normalise_phone("0161-496-0231", "GB"), a);
  EXPECT_EQ(normalise_phone("00441614960231", "GB"), a);
  EXPECT_NE(normalise_phone("0161 496 0232", "GB"), a);
}

}  // namespace
}  // namespace rapport::ingest
