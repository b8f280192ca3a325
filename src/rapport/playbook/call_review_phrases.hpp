#pragma once
// Phrases the call review looks for in the rep's questions, beyond the analysis tags:
// the three questions of a call not won (data/playbook/review*.rules).
//
// Thread safety: immutable after create(); builtin() is compiled once, on first use,
// and may be shared by threads.

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "rapport/analysis/phrase_set.hpp"
#include "rapport/analysis/rule_files.hpp"
#include "rapport/util/result.hpp"

namespace rapport::playbook {

enum class ReviewPhrase : std::uint8_t { value_most, convinced, keeps_from_yes };
inline constexpr std::size_t k_review_phrase_count = 3;

class ReviewPhrases {
 public:
  // Compiles the built-in files whose names start with "review", plus those of `extra`.
  // Errors name the file and line.
  static Result<ReviewPhrases> create(const analysis::RuleFiles& extra = {});
  // The built-in rules, compiled on first use (they are tested, so this cannot fail).
  static const ReviewPhrases& builtin();

  // Whether `sentence` holds a phrase of `phrase`.
  bool has(ReviewPhrase phrase, std::string_view sentence) const;

 private:
  analysis::PhraseSet phrases_;
  std::array<analysis::LabelId, k_review_phrase_count> labels_{};
};

}  // namespace rapport::playbook
