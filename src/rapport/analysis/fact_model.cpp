#include "rapport/analysis/fact_model.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <limits>

#include "rapport/analysis/fact_finder.hpp"
#include "rapport/util/ascii.hpp"

namespace rapport::analysis {
namespace {

// A clause longer than this many words is cut to the k_window words that speak most
// for the kind: the phrase is read out as a reminder, not quoted whole (the sentence
// is the evidence).
constexpr std::size_t k_longest_phrase = 12;
constexpr std::size_t k_window = 10;

// Words that join two clauses: the fact is usually told in one of them ("I'll be on
// leave from the 10th, my son's thread ceremony is in Udupi", "we're having the
// kitchen extended so I'm living with builders").
constexpr std::array<std::string_view, 9> k_joiners = {"so",     "but",    "because", "cause", "cos",
                                                       "which",  "though", "although", "whereas"};

bool is_word_byte(char c) { return is_ascii_letter(c) || is_ascii_digit(c) || c == '\'' || (c & 0x80) != 0; }

struct Word {
  Span span;         // the run of non-space bytes
  std::string core;  // lower-cased, punctuation at its ends dropped
};

std::vector<Word> words_of(std::string_view text) {
  std::vector<Word> out;
  for (std::size_t i = 0; i < text.size();) {
    if (is_ascii_space(text[i])) {
      ++i;
      continue;
    }
    auto end = i;
    while (end < text.size() && !is_ascii_space(text[end])) ++end;
    auto first = i, last = end;
    while (first < last && !is_word_byte(text[first])) ++first;
    while (last > first && !is_word_byte(text[last - 1])) --last;
    std::string core;
    for (auto j = first; j < last; ++j) core.push_back(ascii_lower(text[j]));
    out.push_back({{i, end}, std::move(core)});
    i = end;
  }
  return out;
}

// "Udupi," "(again)," "10th;": punctuation after the last letter that ends a clause.
bool ends_clause(std::string_view word) {
  for (auto i = word.size(); i > 0 && !is_word_byte(word[i - 1]); --i)
    if (std::string_view(",;:)").find(word[i - 1]) != std::string_view::npos) return true;
  return false;
}

// Words a phrase does not start with: "my"/"our" (the fact rules' phrases drop them too:
// "son's thread ceremony is in Udupi") and fillers that open a clause.
constexpr std::array<std::string_view, 11> k_dropped_openings = {
    "my", "our", "and", "also", "plus", "anyway", "actually", "well", "oh", "lol", "haha"};

bool is_dropped_opening(const std::string& core) {
  return std::find(k_dropped_openings.begin(), k_dropped_openings.end(), core) != k_dropped_openings.end();
}

bool is_joiner(const std::string& core) {
  return std::find(k_joiners.begin(), k_joiners.end(), core) != k_joiners.end();
}

}  // namespace

Result<FactModel> FactModel::create(const RuleFiles& files) {
  FactModel out;
  auto found = TextModel::find(files, k_file_name);
  if (!found) return found.take_error();
  if (!found.value()) return out;
  auto& model = *found.value();
  const auto& columns = model.columns();
  if (columns.size() < 2 || columns.front() != "none")
    return Error{fmt::format("{}: \"@columns\" must be \"none\" and then kinds of fact", k_file_name), {}};
  for (std::size_t i = 1; i < columns.size(); ++i) {
    if (std::find(k_fact_kinds.begin(), k_fact_kinds.end(), columns[i]) == k_fact_kinds.end())
      return Error{fmt::format("{}: unknown kind of fact \"{}\"", k_file_name, columns[i]), {}};
  }
  auto min_probability = model.required_parameter("min_probability");
  if (!min_probability) return min_probability.take_error();
  out.min_probability_ = min_probability.value();
  out.model_ = std::move(model);
  return out;
}

std::optional<FactModel::Verdict> FactModel::judge(std::string_view sentence) const {
  if (model_.empty()) return std::nullopt;
  const auto best = TextModel::most_probable(model_.sums(sentence));
  if (best.column == 0 || best.probability < min_probability_) return std::nullopt;
  const auto told = phrase(sentence, best.column);
  if (!told) return std::nullopt;
  return Verdict{model_.columns()[best.column], best.probability, *told};
}

double FactModel::lead(std::string_view text, std::size_t column) const {
  const auto sums = model_.sums(text);
  return sums[column] - sums[0];
}

// The clause of `sentence` whose words lead most for the kind over "none", at most
// k_longest_phrase words long, without the openings of k_dropped_openings; nullopt
// when that clause is a condition.
std::optional<Span> FactModel::phrase(std::string_view sentence, std::size_t column) const {
  const auto words = words_of(sentence);
  // Clauses as [first, last) word indices: a comma, semicolon, colon or closing bracket
  // ends one, an opening bracket, a dash or a joining word starts the next.
  std::vector<std::pair<std::size_t, std::size_t>> clauses;
  std::size_t start = 0;
  const auto close = [&](std::size_t end) {
    if (end > start) clauses.emplace_back(start, end);
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto text = sentence.substr(words[i].span.begin, words[i].span.end - words[i].span.begin);
    const bool and_then = words[i].core == "and" && i + 1 < words.size() && words[i + 1].core == "then";
    if (words[i].core.empty() || is_joiner(words[i].core) || and_then) {
      close(i);
      if (and_then) ++i;
      start = i + 1;
      continue;
    }
    if (text.front() == '(') {
      close(i);
      start = i;
    }
    if (ends_clause(text)) {
      close(i + 1);
      start = i + 1;
    }
  }
  close(words.size());
  if (clauses.empty()) return Span{0, sentence.size()};
  const auto text_of = [&](std::size_t first, std::size_t last) {  // words [first, last)
    return sentence.substr(words[first].span.begin, words[last - 1].span.end - words[first].span.begin);
  };
  auto best = clauses.front();
  double best_lead = -std::numeric_limits<double>::infinity();
  for (const auto& [first, last] : clauses) {
    const double value = lead(text_of(first, last), column);
    if (value > best_lead) {
      best_lead = value;
      best = {first, last};
    }
  }
  if (best.second - best.first > k_longest_phrase) {
    const auto [first, last] = best;
    best_lead = -std::numeric_limits<double>::infinity();
    for (auto window = first; window + k_window <= last; ++window) {
      const double value = lead(text_of(window, window + k_window), column);
      if (value > best_lead) {
        best_lead = value;
        best = {window, window + k_window};
      }
    }
  }
  while (best.second - best.first > 1 && is_dropped_opening(words[best.first].core)) ++best.first;
  // "If you see my son in Manchester": a condition does not tell the fact.
  if (words[best.first].core == "if" || words[best.first].core == "unless") return std::nullopt;
  Span out{words[best.first].span.begin, words[best.second - 1].span.end};
  while (out.end > out.begin && !is_word_byte(sentence[out.end - 1])) --out.end;
  while (out.begin < out.end && !is_word_byte(sentence[out.begin])) ++out.begin;
  return out;
}

}  // namespace rapport::analysis
