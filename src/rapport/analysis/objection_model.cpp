#include "rapport/analysis/objection_model.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

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

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// The tokens of bench/train_objection_model.py: runs of letters and apostrophes (the
// curly one too) with the apostrophes at their ends dropped, runs of digits, and '?',
// '$', '%', '£', '€' on their own. Every other byte separates.
std::vector<std::string> model_tokens(std::string_view text) {
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

// 64-bit FNV-1a: a feature is looked up by the hash of its text, so a pair of words
// is keyed without building the string "a_b" for every pair of every turn.
constexpr std::uint64_t k_fnv_basis = 14695981039346656037ULL;
constexpr std::uint64_t k_fnv_prime = 1099511628211ULL;

std::uint64_t fnv(std::string_view text, std::uint64_t hash = k_fnv_basis) {
  for (const char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * k_fnv_prime;
  return hash;
}

}  // namespace

std::vector<std::string> ObjectionModel::features(std::string_view text) {
  auto out = model_tokens(text);
  const auto words = out.size();
  for (std::size_t i = 0; i + 1 < words; ++i) out.push_back(out[i] + '_' + out[i + 1]);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Result<ObjectionModel> ObjectionModel::create(const RuleFiles& files) {
  ObjectionModel model;
  const auto file = std::find_if(files.begin(), files.end(), [](const RuleFile& f) { return f.name == k_file_name; });
  if (file == files.end()) return model;
  const std::string_view text = file->text;
  bool have_threshold = false, have_categories = false, have_bias = false;
  std::size_t line_number = 0;
  for (std::size_t start = 0; start < text.size();) {
    const auto end = std::min(text.find('\n', start), text.size());
    const auto line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    const auto where = fmt::format("{}:{}", k_file_name, line_number);
    const auto cells = split_tabs(line);
    if (cells.front() == "threshold") {
      double value = 0;
      if (cells.size() != 2 || !parse_number(cells[1], value))
        return Error{fmt::format("{}: \"threshold\" takes one number", where), {}};
      model.threshold_ = value;
      have_threshold = true;
      continue;
    }
    if (cells.front() == "categories") {
      if (cells.size() != 1 + k_objection_count)
        return Error{fmt::format("{}: \"categories\" names all {} categories", where, k_objection_count), {}};
      for (std::size_t i = 0; i < k_objection_count; ++i) {
        const auto category = parse_objection(cells[i + 1]);
        if (!category) return Error{fmt::format("{}: unknown category \"{}\"", where, cells[i + 1]), {}};
        model.categories_[i] = *category;
      }
      have_categories = true;
      continue;
    }
    if (cells.size() != 1 + k_columns)
      return Error{fmt::format("{}: a feature line is the feature and {} numbers, tab-separated", where, k_columns),
                   {}};
    Row row{};
    for (std::size_t i = 0; i < k_columns; ++i)
      if (!parse_number(cells[i + 1], row[i])) return Error{fmt::format("{}: \"{}\" is no number", where, cells[i + 1]), {}};
    if (cells.front() == "bias") {
      model.bias_ = row;
      have_bias = true;
    } else if (!model.weights_.emplace(fnv(cells.front()), row).second) {
      return Error{fmt::format("{}: \"{}\" is listed twice (or shares its hash with another feature)", where,
                               cells.front()),
                   {}};
    }
  }
  if (!have_threshold || !have_categories || !have_bias)
    return Error{fmt::format("{}: needs a \"threshold\", a \"categories\" and a \"bias\" line", k_file_name), {}};
  return model;
}

ObjectionModel::Row ObjectionModel::sums(const std::vector<std::string>& tokens) const {
  std::vector<std::uint64_t> keys;
  keys.reserve(2 * tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    keys.push_back(fnv(tokens[i]));
    if (i + 1 < tokens.size()) keys.push_back(fnv(tokens[i + 1], fnv("_", keys.back())));
  }
  // Each feature counts once, however often the turn says it.
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  Row sums = bias_;
  for (const auto key : keys) {
    const auto found = weights_.find(key);
    if (found == weights_.end()) continue;
    for (std::size_t i = 0; i < k_columns; ++i) sums[i] += found->second[i];
  }
  return sums;
}

double ObjectionModel::margin(std::string_view text) const {
  return weights_.empty() ? -threshold_ : sums(model_tokens(text))[0] - threshold_;
}

std::optional<ObjectionModel::Verdict> ObjectionModel::judge(std::string_view text) const {
  if (weights_.empty()) return std::nullopt;
  const auto tokens = model_tokens(text);
  const auto words = std::count_if(tokens.begin(), tokens.end(), [](const std::string& t) { return is_ascii_letter(t[0]); });
  if (static_cast<std::size_t>(words) < k_min_words) return std::nullopt;
  const auto total = sums(tokens);
  if (total[0] <= threshold_) return std::nullopt;
  const auto best = std::max_element(total.begin() + 1, total.end()) - (total.begin() + 1);
  return Verdict{categories_[static_cast<std::size_t>(best)], total[0] - threshold_};
}

}  // namespace rapport::analysis
