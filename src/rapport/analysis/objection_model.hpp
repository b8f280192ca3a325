#pragma once
// A second opinion on objections in a client's call turn, for the turns in which no
// rule found one. Phrase rules catch the phrasings they were written for; on talk
// nobody here had read (held-out probe set 11) they found 59% of the objecting turns
// and named the category right in about half (F1 0.51). The model
// (data/analysis/objection_model.tsv, written by bench/train_objection_model.py from
// our own probe sets) is two logistic regressions over the word unigrams and bigrams of
// the turn: one says whether it objects, the other in which category. With it, set 11's
// category F1 is 0.58.
//
// Immutable once created; safe to share between threads.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rapport/analysis/analysis.hpp"
#include "rapport/analysis/rule_files.hpp"
#include "rapport/util/result.hpp"

namespace rapport::analysis {

class ObjectionModel {
 public:
  static constexpr std::string_view k_file_name = "objection_model.tsv";

  // Reads the file named k_file_name among `files`; without one, the model never
  // objects. Errors name the file and line.
  static Result<ObjectionModel> create(const RuleFiles& files);

  struct Verdict {
    Objection category = Objection::other;
    double score = 0;  // how far above the threshold; for the evidence
  };
  // Whether `text` (one turn) objects, and on what. nullopt below the threshold, and for
  // a turn of fewer than k_min_words words: too little for a guess, and the rules know
  // the short objections ("not now").
  static constexpr std::size_t k_min_words = 8;
  std::optional<Verdict> judge(std::string_view text) const;
  // The detection score of `text` less the threshold: above 0 it objects. Used to find
  // the sentence of a turn that carries the objection most.
  double margin(std::string_view text) const;

  // The model's features of `text`: lower-cased words and digit runs, '?' and currency
  // signs, and each adjacent pair joined by '_'. Exposed for tests; it must match
  // bench/train_objection_model.py.
  static std::vector<std::string> features(std::string_view text);

  bool empty() const { return weights_.empty(); }

 private:
  static constexpr std::size_t k_columns = 1 + k_objection_count;  // detection, then categories
  using Row = std::array<double, k_columns>;
  Row sums(const std::vector<std::string>& tokens) const;

  std::unordered_map<std::uint64_t, Row> weights_;  // by the FNV-1a hash of the feature
  Row bias_{};
  std::array<Objection, k_objection_count> categories_{};
  double threshold_ = 0;
};

}  // namespace rapport::analysis
