#include "rapport/importer/owner_inference.hpp"

#include <gtest/gtest.h>

namespace rapport::importer {
namespace {

using model::Identity;
using model::IdentityKind;

store::SenderCount sender(std::string email, std::string name, std::uint64_t sent, std::uint64_t from_sent) {
  return {std::move(email), std::move(name), sent, from_sent};
}

TEST(OwnerInference, SentFolderDecides) {
  const auto owner = infer_owner({sender("client@a.example", "Client", 40, 0),
                                  sender("me@b.example", "Me Myself", 10, 10),
                                  sender("alias@b.example", "", 4, 4),
                                  sender("stray@c.example", "", 1, 1)});
  ASSERT_EQ(owner.size(), 3u);
  EXPECT_EQ(owner[0], (Identity{IdentityKind::email, "me@b.example"}));
  EXPECT_EQ(owner[1], (Identity{IdentityKind::name, "Me Myself"}));
  EXPECT_EQ(owner[2], (Identity{IdentityKind::email, "alias@b.example"}));
}

TEST(OwnerInference, ClearlyMostFrequentSenderWithoutSentFolder) {
  const auto owner = infer_owner({sender("a@x.example", "", 5, 0), sender("me@x.example", "", 30, 0)});
  ASSERT_EQ(owner.size(), 1u);
  EXPECT_EQ(owner[0].value, "me@x.example");
}

TEST(OwnerInference, NothingWhenUnclear) {
  EXPECT_TRUE(infer_owner({}).empty());
  EXPECT_TRUE(infer_owner({sender("a@x.example", "", 10, 0), sender("b@x.example", "", 9, 0)}).empty());
  EXPECT_TRUE(infer_owner({sender("a@x.example", "", 2, 0)}).empty());
}

}  // namespace
}  // namespace rapport::importer
