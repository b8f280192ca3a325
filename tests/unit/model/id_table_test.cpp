// util::IdTable: the store's ids as vector positions, with a hash map beyond the limit.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "rapport/util/id_table.hpp"

namespace rapport::util {
namespace {

TEST(IdTable, FindsWhatWasAddedAndNothingElse) {
  IdTable<std::string> table;
  table[7] = "seven";
  table[2] += "two";
  ASSERT_NE(table.find(7), nullptr);
  EXPECT_EQ(*table.find(7), "seven");
  EXPECT_EQ(*table.find(2), "two");
  EXPECT_EQ(table.find(3), nullptr) << "inside the range, never added";
  EXPECT_EQ(table.find(8), nullptr) << "beyond the range";
  EXPECT_EQ(table.find(0), nullptr);
}

TEST(IdTable, IdsFarApartOrNegativeStayOutOfTheVector) {
  IdTable<int> table;
  const std::int64_t far = IdTable<int>::k_dense_limit * 1000;
  table[far] = 1;
  table[-5] = 2;
  table[3] = 3;
  EXPECT_EQ(*table.find(far), 1);
  EXPECT_EQ(*table.find(-5), 2);
  EXPECT_EQ(table.find(far + 1), nullptr);
  std::map<std::int64_t, int> seen;
  table.for_each([&](std::int64_t id, int& value) { seen[id] = value; });
  EXPECT_EQ(seen, (std::map<std::int64_t, int>{{-5, 2}, {3, 3}, {far, 1}}));
}

TEST(IdTable, AnEntryAddedEmptyIsStillThere) {
  IdTable<std::string> table;
  (void)table[4];
  ASSERT_NE(table.find(4), nullptr);
  EXPECT_TRUE(table.find(4)->empty());
}

}  // namespace
}  // namespace rapport::util
