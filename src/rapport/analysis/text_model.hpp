#pragma once
// A linear model over the words of a text: the shared machinery of the learned second
// opinions (objection_model.hpp, intent_model.hpp, fact_model.hpp, act_model.hpp). A
// text's features are its lower-cased word unigrams and bigrams, each counted once;
// each feature the model knows adds its row of weights to the bias, one number per
// column. What the columns mean (log-odds, a softmax over classes) is the wrapping
// model's business.
//
// The file format and the tokenisation are a contract with bench/text_model.py, which
// writes the files: '#' lines are comments, '@name' lines are the header ("@columns"
// names the columns, "@bias" one number per column, any other '@name' one number), and
// every other line is a feature and one weight per column, tab-separated. Column names
// are unique. No token holds '@', so no feature can be mistaken for a header line.
//
// Immutable once created; safe to share between threads.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/analysis/rule_files.hpp"
#include "rapport/util/result.hpp"

namespace rapport::analysis {

class TextModel {
 public:
  // Parses a model file; errors name `file_name` and the line.
  static Result<TextModel> parse(std::string_view file_name, std::string_view text);
  // The model in the last file named `file_name` among `files` (an organisation's own
  // model, given after the built-in files, replaces the built-in one); nullopt when there
  // is none.
  static Result<std::optional<TextModel>> find(const RuleFiles& files, std::string_view file_name);

  // The tokens of bench/text_model.py: runs of letters and apostrophes (the curly one
  // too) with the apostrophes at their ends dropped, runs of digits, and '?', '$', '%',
  // '£', '€' on their own. Every other byte separates.
  static std::vector<std::string> tokens(std::string_view text);
  // The tokens and each adjacent pair joined by '_', sorted, each once: the readable
  // statement of what keys() hashes, for tests.
  static std::vector<std::string> features(std::string_view text);

  // The features of a text as the model looks them up: the 64-bit FNV-1a hash of each
  // (key_of), sorted, each once. Hashed while the text is read, without building the
  // tokens or the string "a_b" of every pair: the models are asked about every call
  // turn, and building strings was most of their cost.
  struct Keys {
    std::vector<std::uint64_t> hashes;
    std::size_t words = 0;  // tokens that start with a letter
  };
  static Keys keys(std::string_view text);
  static std::uint64_t key_of(std::string_view feature);

  // The bias plus the rows of the features, one sum per column. A non-empty
  // `extra_feature` counts too: a feature no text makes ("speaker:rep", with a character
  // no token holds).
  std::vector<double> sums(const Keys& keys, std::string_view extra_feature = {}) const;
  std::vector<double> sums(std::string_view text) const { return sums(keys(text)); }

  // The column of `sums` (not empty) with the highest sum, and its softmax probability.
  struct Best {
    std::size_t column = 0;
    double probability = 0;
  };
  static Best most_probable(const std::vector<double>& sums);
  // The probability of a column that is a logistic regression of its own, from its sum.
  static double logistic(double log_odds) { return 1 / (1 + std::exp(-log_odds)); }

  const std::vector<std::string>& columns() const { return columns_; }
  std::optional<double> parameter(std::string_view name) const;
  // The "@name" line a model cannot do without; its absence is an error naming the file.
  Result<double> required_parameter(std::string_view name) const;
  bool empty() const { return slots_.empty(); }

 private:
  std::string file_name_;
  std::vector<std::string> columns_;
  std::vector<std::pair<std::string, double>> parameters_;
  std::vector<double> bias_;
  // Features by the 64-bit FNV-1a hash of their text, so that a pair of words is looked
  // up without building the string "a_b" for every pair of every text. The lookups are
  // most of the models' cost, and they miss the cache (four models hold some 30,000
  // features), so the table is small and flat: open addressing in a power-of-two table
  // at most half full, probed in order, each slot the hash's high 32 bits (the low ones
  // chose the slot) and the feature's row number plus one (0: empty).
  struct Slot {
    std::uint32_t check = 0;
    std::uint32_t row = 0;
  };
  std::vector<Slot> slots_;
  // In thousandths, as the files write them (three decimals): half the size of float,
  // and exact.
  std::vector<std::int16_t> weights_;

  // The slot holding `key`, or the empty one where it would go.
  const Slot* slot_of(std::uint64_t key) const;
};

}  // namespace rapport::analysis
