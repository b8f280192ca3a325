#include "rapport/playbook/call_review_phrases.hpp"

#include <cstdlib>

#include "rapport/playbook/signals.hpp"

namespace rapport::playbook {

Result<ReviewPhrases> ReviewPhrases::create(const analysis::RuleFiles& extra) {
  ReviewPhrases out;
  for (const auto* files : {&builtin_rule_files(), &extra})
    for (const auto& f : *files) {
      if (f.name.rfind("review", 0) != 0) continue;
      if (auto added = out.phrases_.add_rules(f.name, f.text); !added) return added.take_error();
    }
  out.labels_ = {out.phrases_.label("value_most"), out.phrases_.label("convinced"), out.phrases_.label("keeps_from_yes")};
  return out;
}

const ReviewPhrases& ReviewPhrases::builtin() {
  static const ReviewPhrases phrases = [] {
    auto created = create();
    // The shipped rules are compiled by the unit tests; a failure here is a build defect.
    if (!created) std::abort();
    return std::move(created.value());
  }();
  return phrases;
}

bool ReviewPhrases::has(ReviewPhrase phrase, std::string_view sentence) const {
  return !phrases_.find(analysis::tokenize(sentence), labels_[static_cast<std::size_t>(phrase)]).empty();
}

}  // namespace rapport::playbook
