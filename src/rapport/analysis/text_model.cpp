#include "rapport/analysis/text_model.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <utility>

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

namespace {

// The tokenisation of bench/text_model.py as a stream: `sink.put(c)` for each byte of a
// token as the model reads it (lower-cased, the curly apostrophe made straight), then
// `sink.end(word)` once the token is whole (`word`: it starts with a letter). A word's
// apostrophes are passed on only once a letter follows them, which drops those at its
// ends.
template <typename Sink>
void scan_tokens(std::string_view text, Sink& sink) {
  enum class Run : std::uint8_t { none, word, digits };
  Run run = Run::none;
  std::size_t held_apostrophes = 0;
  const auto finish = [&] {
    if (run != Run::none) sink.end(run == Run::word);
    run = Run::none;
    held_apostrophes = 0;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool curly_apostrophe = text.substr(i, 3) == "\u2019";
    if (c == '\'' || curly_apostrophe) {
      if (curly_apostrophe) i += 2;
      if (run == Run::digits) finish();
      if (run == Run::word) ++held_apostrophes;
      continue;
    }
    if (is_ascii_letter(c)) {
      if (run == Run::digits) finish();
      run = Run::word;
      for (; held_apostrophes > 0; --held_apostrophes) sink.put('\'');
      sink.put(ascii_lower(c));
      continue;
    }
    if (is_ascii_digit(c)) {
      if (run == Run::word) finish();
      run = Run::digits;
      sink.put(c);
      continue;
    }
    finish();
    std::string_view symbol;
    if (c == '?' || c == '$' || c == '%')
      symbol = text.substr(i, 1);
    else if (text.substr(i, 2) == "\u00a3")
      symbol = text.substr(i, 2);
    else if (text.substr(i, 3) == "\u20ac")
      symbol = text.substr(i, 3);
    if (symbol.empty()) continue;
    for (const char byte : symbol) sink.put(byte);
    sink.end(false);
    i += symbol.size() - 1;
  }
  finish();
}

std::uint64_t fnv_step(std::uint64_t hash, char c) { return (hash ^ static_cast<unsigned char>(c)) * k_fnv_prime; }

}  // namespace

std::vector<std::string> TextModel::tokens(std::string_view text) {
  struct Sink {
    std::vector<std::string> out;
    std::string token;
    void put(char c) { token.push_back(c); }
    void end(bool) { out.push_back(std::exchange(token, {})); }
  } sink;
  scan_tokens(text, sink);
  return std::move(sink.out);
}

std::vector<std::string> TextModel::features(std::string_view text) {
  auto out = tokens(text);
  const auto words = out.size();
  for (std::size_t i = 0; i + 1 < words; ++i) out.push_back(out[i] + '_' + out[i + 1]);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::uint64_t TextModel::key_of(std::string_view feature) { return fnv(feature); }

TextModel::Keys TextModel::keys(std::string_view text) {
  // A pair's key is the hash of "a_b": the hash of "a" carried on over '_' and then b's
  // bytes, so each byte of b is hashed twice, once for b and once for the pair.
  struct Sink {
    Keys out;
    std::uint64_t token = k_fnv_basis;
    std::uint64_t pair = 0;
    bool after_token = false;
    void put(char c) {
      token = fnv_step(token, c);
      pair = fnv_step(pair, c);
    }
    void end(bool word) {
      out.hashes.push_back(token);
      if (after_token) out.hashes.push_back(pair);
      after_token = true;
      pair = fnv_step(token, '_');
      token = k_fnv_basis;
      if (word) ++out.words;
    }
  } sink;
  sink.out.hashes.reserve(text.size() / 2 + 1);
  scan_tokens(text, sink);
  // Each feature counts once, however often the text says it.
  auto& hashes = sink.out.hashes;
  std::sort(hashes.begin(), hashes.end());
  hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
  return std::move(sink.out);
}

Result<TextModel> TextModel::parse(std::string_view file_name, std::string_view text) {
  TextModel model;
  model.file_name_ = file_name;
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
      for (auto c = model.columns_.begin(); c != model.columns_.end(); ++c)
        if (std::find(model.columns_.begin(), c, *c) != c)
          return Error{fmt::format("{}: column \"{}\" is named twice", where(), *c), {}};
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
  const auto file = std::find_if(files.rbegin(), files.rend(), [&](const RuleFile& f) { return f.name == file_name; });
  if (file == files.rend()) return std::optional<TextModel>{};
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

Result<double> TextModel::required_parameter(std::string_view name) const {
  if (const auto value = parameter(name)) return *value;
  return Error{fmt::format("{}: needs a \"@{}\" line", file_name_, name), {}};
}

std::vector<double> TextModel::sums(const Keys& keys, std::string_view extra_feature) const {
  // Added up in thousandths and divided once per column, not once per weight.
  std::vector<double> out(bias_.size(), 0.0);
  const auto add_row = [&](std::uint64_t key) {
    const auto* slot = slot_of(key);
    if (slot->row == 0) return;
    const auto* row = weights_.data() + (slot->row - 1) * out.size();
    for (std::size_t i = 0; i < out.size(); ++i) out[i] += row[i];
  };
  if (!slots_.empty()) {
    for (const auto key : keys.hashes) add_row(key);
    if (!extra_feature.empty()) add_row(fnv(extra_feature));
  }
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = bias_[i] + out[i] / k_per_unit;
  return out;
}

}  // namespace rapport::analysis
