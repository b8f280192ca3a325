#include "rapport/ingest/common/hash.hpp"

#include <string>

#include <gtest/gtest.h>

namespace rapport::ingest {
namespace {

// FIPS 180-2 / NIST CSRC example vectors.
TEST(Sha256, NistVectors) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(sha256_hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
                       "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"),
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

TEST(Sha256, MillionAs) {
  EXPECT_EQ(sha256_hex(std::string(1'000'000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, IncrementalEqualsOneShotAtEveryBlockBoundary) {
  std::string data;
  for (int i = 0; i < 200; ++i) data.push_back(static_cast<char>('a' + i % 26));
  for (std::size_t split = 0; split <= data.size(); split += 7) {
    Sha256 h;
    h.update(std::string_view{data}.substr(0, split));
    h.update(std::string_view{data}.substr(split));
    const auto digest = h.finish();
    Sha256 one;
    one.update(data);
    EXPECT_EQ(digest, one.finish()) << "split at " << split;
  }
}

TEST(ContentHash, NullViewIsTheEmptyString) {
  // Regression: a missing XML attribute is a default string_view, data() == nullptr.
  EXPECT_EQ(content_hash({std::string_view{}, "x"}), content_hash({"", "x"}));
  EXPECT_EQ(sha256_hex(std::string_view{}), sha256_hex(""));
}

TEST(ContentHash, FieldsAreSeparated) {
  EXPECT_NE(content_hash({"ab", "c"}), content_hash({"a", "bc"}));
  EXPECT_EQ(content_hash({"a", "b"}), content_hash({"a", "b"}));
  EXPECT_EQ(content_hash("x").size(), 64u);
}

}  // namespace
}  // namespace rapport::ingest
