#include "rapport/analysis/text_model.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>

namespace rapport::analysis {
namespace {

bool has(const std::vector<std::string>& features, std::string_view f) {
  return std::find(features.begin(), features.end(), f) != features.end();
}

// The tokenisation is a contract with bench/text_model.py.
TEST(TextModel, FeaturesAreLowerCasedWordsAndPairs) {
  const auto f = TextModel::features("Honestly, we CAN\u2019T afford \u00a34k'");
  EXPECT_TRUE(has(f, "honestly"));
  EXPECT_TRUE(has(f, "can't"));  // the curly apostrophe is an apostrophe
  EXPECT_TRUE(has(f, "\u00a3"));
  EXPECT_TRUE(has(f, "4"));
  EXPECT_TRUE(has(f, "k"));  // digits and letters part; the trailing quote goes
  EXPECT_TRUE(has(f, "we_can't"));
  EXPECT_TRUE(has(f, "\u00a3_4"));
  EXPECT_FALSE(has(f, "honestly_"));
  EXPECT_TRUE(std::is_sorted(f.begin(), f.end()));
  EXPECT_EQ(std::adjacent_find(f.begin(), f.end()), f.end());
  EXPECT_TRUE(TextModel::features(" ... ").empty());
  EXPECT_EQ(TextModel::keys("Call me at 3, ok? \u20ac50").words, 4u);  // call me at ok
}

// keys() hashes while it reads; it must give the keys of features(), the readable form.
TEST(TextModel, KeysAreTheHashesOfTheFeatures) {
  for (const std::string_view text :
       {"Honestly, we CAN\u2019T afford \u00a34k'", "''quoted'' and 'tis o'clock", "Call me at 3, ok? \u20ac50",
        "abc123def 45% $9 \u00a3 \u20ac", "the price, the price!", "", "?", "word", "x'y''z''' 7'8 \u2019n\u2019"}) {
    std::vector<std::uint64_t> expected;
    for (const auto& feature : TextModel::features(text)) expected.push_back(TextModel::key_of(feature));
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(TextModel::keys(text).hashes, expected) << text;
  }
}


TEST(TextModel, SumsTheRowsOfTheFeaturesOnce) {
  const auto model = TextModel::parse("m.tsv",
                                      "# columns a and b\n"
                                      "@columns\ta\tb\n"
                                      "@limit\t0.5\n"
                                      "@bias\t1\t-1\n"
                                      "price\t2\t0\n"
                                      "the_price\t0\t3\n");
  ASSERT_TRUE(model) << model.error().message;
  EXPECT_EQ(model->columns(), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(model->parameter("limit"), 0.5);
  EXPECT_FALSE(model->parameter("threshold"));
  // "price" twice and "the_price" once: each feature counts once.
  EXPECT_EQ(model->sums("The price, the price!"), (std::vector<double>{3, 2}));
  EXPECT_EQ(model->sums("nothing known"), (std::vector<double>{1, -1}));
  // A feature no text makes, named by the caller, adds its row once.
  const auto with_extra = TextModel::parse("m.tsv", "@columns\ta\n@bias\t0\nprice\t1\nspeaker:rep\t0.5\n");
  ASSERT_TRUE(with_extra) << with_extra.error().message;
  EXPECT_EQ(with_extra->sums(TextModel::keys("price? price"), "speaker:rep"), (std::vector<double>{1.5}));
  EXPECT_EQ(with_extra->sums(TextModel::keys("speaker:rep")), (std::vector<double>{0}));
}

// A word of the texts can be a feature named like a header ("bias", "columns"): only
// '@' makes a header line.
TEST(TextModel, FeaturesNamedLikeHeadersAreFeatures) {
  const auto model = TextModel::parse("m.tsv", "@columns\ta\n@bias\t0\nbias\t2\ncolumns\t1\n");
  ASSERT_TRUE(model) << model.error().message;
  EXPECT_EQ(model->sums("a bias in the columns"), (std::vector<double>{3}));
}

TEST(TextModel, BadLinesNameFileAndLine) {
  const auto expect_error = [](std::string_view text, std::string_view where) {
    const auto model = TextModel::parse("m.tsv", text);
    ASSERT_FALSE(model) << text;
    EXPECT_NE(model.error().message.find(where), std::string::npos) << model.error().message;
  };
  expect_error("@columns\ta\tb\n@bias\t0\n", "m.tsv:2");               // one number short
  expect_error("@columns\ta\n@bias\t0\nword\tx\n", "m.tsv:3");          // no number
  expect_error("@bias\t0\n@columns\ta\n", "m.tsv:1");                   // columns first
  expect_error("@columns\ta\n@bias\t0\nword\t1\nword\t2\n", "m.tsv:4");  // twice
  expect_error("# two a\n@columns\ta\tb\ta\n@bias\t0\t0\t0\n", "m.tsv:2: column \"a\" is named twice");
  expect_error("@columns\ta\n@limit\n@bias\t0\n", "m.tsv:2");           // a parameter without its number
  expect_error("# nothing\n", "@columns");
  expect_error("@columns\ta\n@bias\t0\nword\t40\n", "m.tsv:3");  // weights are kept in 16 bits
}

// A word of letters only for each number ("a", "b", ..., "ab"): digits would make
// tokens of their own.
std::string word(int number) {
  std::string out;
  do {
    out.push_back(static_cast<char>('a' + number % 26));
    number /= 26;
  } while (number > 0);
  return out;
}

// Thousands of features share one open-addressed table: each is found, with its own row,
// and a word the file does not list adds nothing.
TEST(TextModel, FindsEveryFeatureOfALargeModel) {
  std::string file = "@columns\tone\tminus\n@bias\t0\t0\n";
  for (int i = 1; i <= 5000; ++i) file += fmt::format("{}\t{}\t-{}\n", word(i), i % 1000 / 1000.0, i % 7);
  const auto model = TextModel::parse("m.tsv", file);
  ASSERT_TRUE(model) << model.error().message;
  for (const int i : {1, 77, 999, 1001, 2500, 4999, 5000}) {
    const auto sums = model->sums(word(i));
    EXPECT_DOUBLE_EQ(sums[0], i % 1000 / 1000.0) << i;
    EXPECT_DOUBLE_EQ(sums[1], -(i % 7)) << i;
  }
  EXPECT_EQ(model->sums(word(5001) + " " + word(0)), (std::vector<double>{0, 0}));
  EXPECT_DOUBLE_EQ(model->sums(word(125) + " " + word(375))[0], 0.5);
}

// An organisation's own model comes after the built-in files and replaces the one of its
// name; other files are not read as models.
TEST(TextModel, TheLastFileOfTheNameIsTheModel) {
  const RuleFiles files{{"m.tsv", "@columns\tx\n@bias\t1\n"},
                        {"other.tsv", "@columns\tx\n@bias\t5\n"},
                        {"m.tsv", "@columns\tx\n@bias\t2\n"}};
  const auto found = TextModel::find(files, "m.tsv");
  ASSERT_TRUE(found) << found.error().message;
  ASSERT_TRUE(found.value());
  EXPECT_EQ(found.value()->sums("anything"), std::vector<double>{2});
  const auto none = TextModel::find(files, "n.tsv");
  ASSERT_TRUE(none);
  EXPECT_FALSE(none.value());
}

}  // namespace
}  // namespace rapport::analysis
