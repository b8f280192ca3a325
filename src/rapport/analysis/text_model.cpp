#include "rapport/analysis/text_model.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

#include "rapport/util/ascii.hpp"

namespace rapport::analysis {
namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  for (std::size_t start = 0;;) {
    const auto tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

bool parse_number(std::string_view text, double& out) {
  const auto* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, out);
  return ec == std::errc{} && ptr == end;
}

constexpr std::uint64_t k_fnv_basis = 14695981039346656037ULL;
constexpr std::uint64_t k_fnv_prime = 1099511628211ULL;

std::uint64_t fnv(std::string_view text, std::uint64_t hash = k_fnv_basis) {
  for (const char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * k_fnv_prime;
  return hash;
}

std::uint32_t check_of(std::uint64_t key) { return static_cast<std::uint32_t>(key >> 32U); }

// Weights are kept in thousandths (text_model.hpp) as 16-bit numbers.
constexpr double k_per_unit = 1000;
constexpr double k_largest_weight = 32.7675;

}  // namespace

std::vector<std::string> TextModel::tokens(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  bool digits = false;
  const auto flush = [&] {
    if (!digits) {
      const auto first = word.find_first_not_of('\'');
      if (first == std::string::npos)
        word.clear();
      else
        word = word.substr(first, word.find_last_not_of('\'') - first + 1);
    }
    if (!word.empty()) out.push_back(std::move(word));
    word.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool curly_apostrophe = text.substr(i, 3) == "\u2019";
    if (is_ascii_letter(c) || c == '\'' || curly_apostrophe) {
      if (digits) flush();
      digits = false;
      word.push_back(curly_apostrophe ? '\'' : ascii_lower(c));
      if (curly_apostrophe) i += 2;
      continue;
    }
    if (is_ascii_digit(c)) {
      if (!digits) flush();
      digits = true;
      word.push_back(c);
      continue;
    }
    flush();
    digits = false;
    if (c == '?' || c == '$' || c == '%') {
      out.emplace_back(1, c);
    } else if (text.substr(i, 2) == "\u00a3") {
      out.emplace_back("\u00a3");
      i += 1;
    } else if (text.substr(i, 3) == "\u20ac") {
      out.emplace_back("\u20ac");
      i += 2;
    }
  }
  flush();
  return out;
}

std::vector<std::string> TextModel::features(std::string_view text) {
  auto out = tokens(text);
  const auto words = out.size();
  for (std::size_t i = 0; i + 1 < words; ++i) out.push_back(out[i] + '_' + out[i + 1]);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::size_t TextModel::word_count(const std::vector<std::string>& tokens) {
  return static_cast<std::size_t>(
      std::count_if(tokens.begin(), tokens.end(), [](const std::string& t) { return is_ascii_letter(t[0]); }));
}

Result<TextModel> TextModel::parse(std::string_view file_name, std::string_view text) {
  TextModel model;
  struct Feature {
    std::uint64_t key;
    std::size_t line;
    std::string_view text;
  };
  std::vector<Feature> features;  // in file order: row i is features[i]
  std::vector<double> row;
  std::size_t line_number = 0;
  for (std::size_t start = 0; start < text.size();) {
    const auto end = std::min(text.find('\n', start), text.size());
    const auto line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    // Formatted only for an error: a model has thousands of lines.
    const auto where = [&] { return fmt::format("{}:{}", file_name, line_number); };
    const auto cells = split_tabs(line);
    const auto numbers = [&](std::vector<double>& out) -> Result<void> {
      if (model.columns_.empty()) return Error{fmt::format("{}: \"@columns\" must come first", where()), {}};
      if (cells.size() != 1 + model.columns_.size())
        return Error{fmt::format("{}: \"{}\" takes {} numbers, tab-separated (one per column)", where(), cells.front(),
                                 model.columns_.size()),
                     {}};
      for (std::size_t i = 1; i < cells.size(); ++i) {
        double value = 0;
        if (!parse_number(cells[i], value)) return Error{fmt::format("{}: \"{}\" is no number", where(), cells[i]), {}};
        out.push_back(value);
      }
      return {};
    };
    if (cells.front() == "@columns") {
      if (!model.columns_.empty() || cells.size() < 2)
        return Error{fmt::format("{}: one \"@columns\" line naming at least one column", where()), {}};
      model.columns_.assign(cells.begin() + 1, cells.end());
    } else if (cells.front() == "@bias") {
      model.bias_.clear();
      RAPPORT_TRY(numbers(model.bias_));
    } else if (cells.front().starts_with('@')) {
      double value = 0;
      if (cells.size() != 2 || !parse_number(cells[1], value))
        return Error{fmt::format("{}: \"{}\" takes one number", where(), cells.front()), {}};
      model.parameters_.emplace_back(std::string(cells.front().substr(1)), value);
    } else {
      row.clear();
      RAPPORT_TRY(numbers(row));
      for (const double value : row) {
        if (std::abs(value) >= k_largest_weight)
          return Error{
              fmt::format("{}: weight {} is too large (at most {} either way)", where(), value, k_largest_weight), {}};
        model.weights_.push_back(static_cast<std::int16_t>(std::lround(value * k_per_unit)));
      }
      features.push_back({fnv(cells.front()), line_number, cells.front()});
    }
  }
  if (model.columns_.empty() || model.bias_.empty())
    return Error{fmt::format("{}: needs a \"@columns\" and a \"@bias\" line", file_name), {}};
  if (features.empty()) return model;
  if (features.size() >= UINT32_MAX / 2) return Error{fmt::format("{}: too many features", file_name), {}};
  std::size_t slot_count = 1;
  while (slot_count < 2 * features.size()) slot_count *= 2;
  model.slots_.assign(slot_count, Slot{});
  for (std::size_t i = 0; i < features.size(); ++i) {
    auto& slot = model.slots_[static_cast<std::size_t>(model.slot_of(features[i].key) - model.slots_.data())];
    if (slot.row != 0)
      return Error{fmt::format("{}:{}: \"{}\" is listed twice (or shares its hash with another feature)", file_name,
                               features[i].line, features[i].text),
                   {}};
    slot = {check_of(features[i].key), static_cast<std::uint32_t>(i + 1)};
  }
  return model;
}

const TextModel::Slot* TextModel::slot_of(std::uint64_t key) const {
  const auto mask = slots_.size() - 1;
  const auto check = check_of(key);
  auto index = static_cast<std::size_t>(key) & mask;
  while (slots_[index].row != 0 && slots_[index].check != check) index = (index + 1) & mask;
  return &slots_[index];
}

Result<std::optional<TextModel>> TextModel::find(const RuleFiles& files, std::string_view file_name) {
  const auto file = std::find_if(files.begin(), files.end(), [&](const RuleFile& f) { return f.name == file_name; });
  if (file == files.end()) return std::optional<TextModel>{};
  auto model = parse(file_name, file->text);
  if (!model) return model.take_error();
  return std::optional<TextModel>{std::move(model.value())};
}

TextModel::Best TextModel::most_probable(const std::vector<double>& sums) {
  const auto best = static_cast<std::size_t>(std::max_element(sums.begin(), sums.end()) - sums.begin());
  // 1 / sum(exp(s_j - s_best)), which cannot overflow.
  double total = 0;
  for (const double s : sums) total += std::exp(s - sums[best]);
  return {best, 1 / total};
}

std::optional<double> TextModel::parameter(std::string_view name) const {
  for (const auto& [key, value] : parameters_)
    if (key == name) return value;
  return std::nullopt;
}

std::vector<double> TextModel::sums(const std::vector<std::string>& tokens) const {
  std::vector<std::uint64_t> keys;
  keys.reserve(2 * tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    keys.push_back(fnv(tokens[i]));
    if (i + 1 < tokens.size()) keys.push_back(fnv(tokens[i + 1], fnv("_", keys.back())));
  }
  // Each feature counts once, however often the text says it.
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  auto out = bias_;
  if (slots_.empty()) return out;
  for (const auto key : keys) {
    const auto* slot = slot_of(key);
    if (slot->row == 0) continue;
    const auto* row = weights_.data() + (slot->row - 1) * out.size();
    for (std::size_t i = 0; i < out.size(); ++i) out[i] += row[i] / k_per_unit;
  }
  return out;
}

}  // namespace rapport::analysis
