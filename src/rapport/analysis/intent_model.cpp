#include "rapport/analysis/intent_model.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>

namespace rapport::analysis {

Result<IntentModel> IntentModel::create(const RuleFiles& files) {
  IntentModel out;
  auto found = TextModel::find(files, k_file_name);
  if (!found) return found.take_error();
  if (!found.value()) return out;
  auto& model = *found.value();
  const auto& columns = model.columns();
  if (columns.size() != k_intent_count)
    return Error{fmt::format("{}: \"@columns\" must name the {} intents", k_file_name, k_intent_count), {}};
  for (std::size_t i = 0; i < k_intent_count; ++i) {
    const auto intent = parse_intent(columns[i]);
    if (!intent) return Error{fmt::format("{}: unknown intent \"{}\"", k_file_name, columns[i]), {}};
    out.intents_[i] = *intent;
  }
  auto min_probability = model.required_parameter("min_probability");
  if (!min_probability) return min_probability.take_error();
  out.min_probability_ = min_probability.value();
  out.model_ = std::move(model);
  return out;
}

std::optional<IntentModel::Verdict> IntentModel::judge(std::string_view text) const {
  if (model_.empty()) return std::nullopt;
  const auto best = TextModel::most_probable(model_.sums(text));
  if (best.probability < min_probability_) return std::nullopt;
  return Verdict{intents_[best.column], best.probability};
}

double IntentModel::lead(std::string_view text, Intent intent) const {
  if (model_.empty()) return 0;
  const auto sums = model_.sums(text);
  double own = 0, other = -std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i < sums.size(); ++i) {
    if (intents_[i] == intent)
      own = sums[i];
    else
      other = std::max(other, sums[i]);
  }
  return own - other;
}

}  // namespace rapport::analysis
