#include "rapport/text/normalise.hpp"

#include <gtest/gtest.h>

namespace rapport::text {
namespace {

constexpr std::string_view k_fffd = "\xEF\xBF\xBD";

TEST(Utf8, ValidInputs) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("plain ascii"));
  EXPECT_TRUE(is_valid_utf8("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"));
  EXPECT_TRUE(is_valid_utf8(std::string_view("a\0b", 3)));
}

TEST(Utf8, InvalidInputs) {
  EXPECT_FALSE(is_valid_utf8("\x80"));                  // stray continuation
  EXPECT_FALSE(is_valid_utf8("\xC3"));                  // truncated
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));              // overlong
  EXPECT_FALSE(is_valid_utf8("\xE0\x80\xAF"));          // overlong 3-byte
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));          // surrogate
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));      // above U+10FFFF
  EXPECT_FALSE(is_valid_utf8("\xFF"));
}

TEST(Utf8, RepairReplacesMaximalSubparts) {
  EXPECT_EQ(repair_utf8("ok"), "ok");
  EXPECT_EQ(repair_utf8("a\xFF" "b"), std::string("a") + std::string(k_fffd) + "b");
  // A truncated 3-byte sequence is one replacement, then the next character.
  EXPECT_EQ(repair_utf8("\xE2\x82z"), std::string(k_fffd) + "z");
  // Two stray continuation bytes are two replacements.
  EXPECT_EQ(repair_utf8("\x80\x80"), std::string(k_fffd) + std::string(k_fffd));
  // Latin-1 text mislabelled as UTF-8.
  EXPECT_EQ(repair_utf8("caf\xE9"), std::string("caf") + std::string(k_fffd));
  EXPECT_TRUE(is_valid_utf8(repair_utf8("\xC0\xAF\xED\xA0\x80\xF4\x90\x80\x80")));
}

TEST(Nfc, ComposesDecomposedCharacters) {
  EXPECT_EQ(to_nfc("e\xCC\x81"), "\xC3\xA9");                 // e + combining acute -> é
  EXPECT_EQ(to_nfc("\xC3\xA9"), "\xC3\xA9");                  // already NFC
  EXPECT_EQ(to_nfc("A\xCC\x8A" "ngstr\xC3\xB6m"), "\xC3\x85ngstr\xC3\xB6m");
  EXPECT_EQ(to_nfc("plain"), "plain");
  EXPECT_EQ(to_nfc(""), "");
}

TEST(Nfc, RepairsInvalidInputFirst) {
  const std::string out = to_nfc("e\xCC\x81\xFF");
  EXPECT_EQ(out, std::string("\xC3\xA9") + std::string(k_fffd));
  EXPECT_TRUE(is_valid_utf8(out));
}

}  // namespace
}  // namespace rapport::text
