#pragma once
// A second opinion on the primary intent of a client's message. The intent rules name
// what they were written for; on messages nobody here had read (held-out probe set 11)
// they were right in 79 of 102, and most misses were their fallbacks: info, pleasantry,
// or question for a message that asks only in passing. The model
// (data/analysis/intent_model.tsv, written by bench/train_intent_model.py from our own
// probe sets) is a multinomial logistic regression over the word unigrams and bigrams
// of the message's new text (text_model.hpp), one column per intent; the softmax of the
// sums is its probability.
//
// Immutable once created; safe to share between threads.

#include <array>
#include <optional>
#include <string_view>

#include "rapport/analysis/rule_files.hpp"
#include "rapport/analysis/tags.hpp"
#include "rapport/analysis/text_model.hpp"
#include "rapport/util/result.hpp"

namespace rapport::analysis {

class IntentModel {
 public:
  static constexpr std::string_view k_file_name = "intent_model.tsv";

  // Reads the file named k_file_name among `files`; without one, the model has no
  // opinion. Errors name the file and line.
  static Result<IntentModel> create(const RuleFiles& files);

  struct Verdict {
    Intent intent = Intent::info;
    double probability = 0;
  };
  // The most probable intent of `text` (a message's new text), when its probability
  // reaches the file's "@min_probability"; nullopt below it.
  std::optional<Verdict> judge(std::string_view text) const;
  // How far the sum of `intent` leads the best other one in `text`: used to find the
  // sentence of a message that speaks most for the intent.
  double lead(std::string_view text, Intent intent) const;

  bool empty() const { return model_.empty(); }

 private:
  TextModel model_;
  std::array<Intent, k_intent_count> intents_{};  // by column
  double min_probability_ = 1;
};

}  // namespace rapport::analysis
