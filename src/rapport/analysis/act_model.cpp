#include "rapport/analysis/act_model.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace rapport::analysis {
namespace {

// The feature that says who spoke; bench/train_act_model.py writes the same names.
std::string_view speaker_feature(Speaker speaker) {
  switch (speaker) {
    case Speaker::rep: return "speaker:rep";
    case Speaker::client: return "speaker:client";
    case Speaker::unknown: break;
  }
  return {};
}

}  // namespace

Result<ActModel> ActModel::create(const RuleFiles& files) {
  ActModel out;
  auto found = TextModel::find(files, k_file_name);
  if (!found) return found.take_error();
  if (!found.value()) return out;
  auto& model = *found.value();
  for (const auto& name : model.columns()) {
    std::string_view act_name = name;
    auto side = Speaker::unknown;
    for (const auto known : {Speaker::rep, Speaker::client}) {
      const auto prefix = known == Speaker::rep ? std::string_view("rep.") : std::string_view("client.");
      if (act_name.starts_with(prefix)) {
        act_name.remove_prefix(prefix.size());
        side = known;
      }
    }
    const auto act = parse_act(act_name);
    if (!act) return Error{fmt::format("{}: unknown act \"{}\"", k_file_name, name), {}};
    if (std::any_of(out.columns_.begin(), out.columns_.end(), [&](const Column& c) { return c.act == *act; }))
      return Error{fmt::format("{}: act \"{}\" is named twice", k_file_name, act_name), {}};
    out.columns_.push_back({*act, side});
  }
  auto min_probability = model.required_parameter("min_probability");
  if (!min_probability) return min_probability.take_error();
  const double floor = min_probability.value();
  if (floor <= 0 || floor >= 1)
    return Error{fmt::format("{}: \"@min_probability\" must be between 0 and 1", k_file_name), {}};
  // Compared as log-odds, so that judging a turn takes no exp per column.
  out.min_log_odds_ = std::log(floor / (1 - floor));
  out.model_ = std::move(model);
  return out;
}

std::vector<ActModel::Verdict> ActModel::judge(const TextModel::Keys& turn, Speaker speaker) const {
  std::vector<Verdict> out;
  if (model_.empty() || speaker == Speaker::unknown) return out;
  const auto log_odds = model_.sums(turn, speaker_feature(speaker));
  for (std::size_t i = 0; i < log_odds.size(); ++i) {
    const auto& column = columns_[i];
    if ((column.side == Speaker::unknown || column.side == speaker) && log_odds[i] >= min_log_odds_)
      out.push_back({column.act, TextModel::logistic(log_odds[i])});
  }
  return out;
}

double ActModel::log_odds(std::string_view text, Speaker speaker, Act act) const {
  const auto column = std::find_if(columns_.begin(), columns_.end(), [&](const Column& c) { return c.act == act; });
  if (model_.empty() || column == columns_.end()) return 0;
  return model_.sums(TextModel::keys(text), speaker_feature(speaker))[static_cast<std::size_t>(column - columns_.begin())];
}

}  // namespace rapport::analysis
