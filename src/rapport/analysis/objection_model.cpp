#include "rapport/analysis/objection_model.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

namespace rapport::analysis {

Result<ObjectionModel> ObjectionModel::create(const RuleFiles& files) {
  ObjectionModel out;
  auto found = TextModel::find(files, k_file_name);
  if (!found) return found.take_error();
  if (!found.value()) return out;
  auto& model = *found.value();
  const auto& columns = model.columns();
  if (columns.size() != 1 + k_objection_count || columns.front() != "objects")
    return Error{fmt::format("{}: \"@columns\" must be \"objects\" and the {} categories", k_file_name,
                             k_objection_count),
                 {}};
  for (std::size_t i = 0; i < k_objection_count; ++i) {
    const auto category = parse_objection(columns[i + 1]);
    if (!category) return Error{fmt::format("{}: unknown category \"{}\"", k_file_name, columns[i + 1]), {}};
    out.categories_[i] = *category;
  }
  auto threshold = model.required_parameter("threshold");
  if (!threshold) return threshold.take_error();
  out.threshold_ = threshold.value();
  out.doubt_ = model.parameter("doubt").value_or(0);
  out.second_ = model.parameter("second").value_or(1);
  for (const auto& [name, value] : {std::pair{"doubt", out.doubt_}, std::pair{"second", out.second_}})
    if (value < 0 || value > 1)
      return Error{fmt::format("{}: \"@{}\" is a probability, between 0 and 1", k_file_name, name), {}};
  out.model_ = std::move(model);
  return out;
}

Objection ObjectionModel::best_category(const std::vector<double>& sums) const {
  const auto best = std::max_element(sums.begin() + 1, sums.end()) - (sums.begin() + 1);
  return categories_[static_cast<std::size_t>(best)];
}

std::size_t ObjectionModel::column_of(Objection category) const {
  return 1 + static_cast<std::size_t>(std::find(categories_.begin(), categories_.end(), category) - categories_.begin());
}

double ObjectionModel::category_log_odds(std::string_view text, Objection category) const {
  return model_.empty() ? 0 : model_.sums(text)[column_of(category)];
}

ObjectionModel::CategoryCheck ObjectionModel::check_categories(const TextModel::Keys& turn,
                                                               const std::vector<Objection>& found) const {
  CategoryCheck out;
  if (model_.empty() || found.empty()) return out;
  const auto sums = model_.sums(turn);
  const auto probability = [&](Objection category) { return TextModel::logistic(sums[column_of(category)]); };
  if (found.size() >= 2) {
    const auto likeliest = *std::max_element(found.begin(), found.end(), [&](Objection a, Objection b) {
      return probability(a) < probability(b);
    });
    for (const auto category : found)
      if (category != likeliest && probability(category) < doubt_) out.doubted.push_back(category);
  }
  if (found.size() - out.doubted.size() >= 2) return out;
  for (const auto category : categories_) {
    if (std::find(found.begin(), found.end(), category) != found.end()) continue;
    const double p = probability(category);
    if (p > second_ && (!out.second || p > out.second->probability)) out.second = SecondCategory{category, p};
  }
  return out;
}

double ObjectionModel::margin(std::string_view text) const {
  return model_.empty() ? -threshold_ : model_.sums(text)[0] - threshold_;
}

std::optional<Objection> ObjectionModel::category(std::string_view text) const {
  if (model_.empty()) return std::nullopt;
  return best_category(model_.sums(text));
}

std::optional<ObjectionModel::Verdict> ObjectionModel::judge(const TextModel::Keys& turn) const {
  if (model_.empty() || turn.words < k_min_words) return std::nullopt;
  const auto sums = model_.sums(turn);
  if (sums[0] <= threshold_) return std::nullopt;
  return Verdict{best_category(sums), sums[0] - threshold_};
}

}  // namespace rapport::analysis
