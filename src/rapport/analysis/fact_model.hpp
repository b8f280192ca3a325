#pragma once
// A second opinion on personal facts, for the client's sentences in which no fact rule
// found one. The rules (fact_finder.hpp) find the phrasings they were written for at a
// precision near 0.9, but on talk nobody here had read they found about six facts in
// ten: people tell their lives in words no list foresees ("the young fella broke his
// arm at the hurling", "balik kampung for Hari Raya"). The model
// (data/analysis/fact_model.tsv, written by bench/train_fact_model.py from our own
// probe sets) is a multinomial logistic regression over the word unigrams and bigrams
// of one sentence (text_model.hpp): a column "none" and one per kind; the softmax of
// the sums is its probability.
//
// Immutable once created; safe to share between threads.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/analysis/analysis.hpp"
#include "rapport/analysis/rule_files.hpp"
#include "rapport/analysis/text_model.hpp"
#include "rapport/util/result.hpp"

namespace rapport::analysis {

class FactModel {
 public:
  static constexpr std::string_view k_file_name = "fact_model.tsv";

  // Reads the file named k_file_name among `files`; without one, the model finds
  // nothing. Its columns must be "none" and known kinds (fact_finder.hpp). Errors name
  // the file and line.
  static Result<FactModel> create(const RuleFiles& files);

  struct Verdict {
    std::string_view kind;  // one of the file's columns
    double probability = 0;
    Span phrase;            // within the sentence: the clause that speaks most for the kind
  };
  // The kind of personal fact `sentence` tells, when its probability reaches the file's
  // "@min_probability"; nullopt for none, below it, or when the clause that tells it is a
  // condition ("if you see my son in Manchester").
  std::optional<Verdict> judge(std::string_view sentence) const;

  bool empty() const { return model_.empty(); }

 private:
  std::optional<Span> phrase(std::string_view sentence, std::size_t column) const;
  double lead(std::string_view text, std::size_t column) const;

  TextModel model_;
  double min_probability_ = 1;
};

}  // namespace rapport::analysis
