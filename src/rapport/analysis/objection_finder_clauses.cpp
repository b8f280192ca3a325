#include "rapport/analysis/objection_finder_clauses.hpp"

#include <algorithm>
#include <array>

namespace rapport::analysis::detail {
namespace {

constexpr std::size_t k_negation_window = 5;  // tokens looked back for a negation

// Words that start a new clause: a negation before them does not reach after them
// ("we aren't in a hurry but the price is too high").
bool is_clause_word(std::string_view word) {
  static constexpr std::array<std::string_view, 11> k_words{
      "but", "because", "so", "although", "though", "since", "while", "and", "however", "yet", "cause"};
  return std::find(k_words.begin(), k_words.end(), word) != k_words.end();
}

// Punctuation between two tokens that ends a clause.
bool clause_break_between(std::string_view text, const Token& before, const Token& after) {
  for (std::size_t i = before.end; i < after.begin && i < text.size(); ++i) {
    const char c = text[i];
    // A full stop or colon inside an address, a number or a time ("ridge.example",
    // "2.5", "10:30") joins its words.
    const bool inside_a_word = (c == '.' || c == ':') && i + 1 == after.begin;
    if (inside_a_word) continue;
    if (c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n' || c == '(' ||
        c == ')')
      return true;
    if (c == '-' && i + 1 < after.begin && text[i + 1] == '-') return true;
  }
  // An en or em dash (U+2013, U+2014) between clauses.
  const auto gap = text.substr(before.end, after.begin - before.end);
  return gap.find("\xE2\x80\x93") != std::string_view::npos || gap.find("\xE2\x80\x94") != std::string_view::npos;
}

}  // namespace

// Negation is code rather than rules: it is a property of the words before a hit,
// the same for every category, and would otherwise double every rule.
bool is_negation(std::string_view word) {
  // Texts often drop the apostrophe ("dont", "cant"): those count too.
  static constexpr std::array<std::string_view, 37> k_words{
      "not",      "never",    "no",       "nobody",   "nothing",  "neither", "nor",     "hardly",
      "isn't",    "aren't",   "wasn't",   "weren't",  "don't",    "doesn't", "didn't",  "won't",
      "wouldn't", "haven't",  "hasn't",   "cannot",   "can't",    "shouldn't", "without", "ain't",
      "couldn't", "isnt",     "arent",    "wasnt",    "dont",     "doesnt",  "didnt",   "wont",
      "wouldnt",  "havent",   "hasnt",    "cant",     "couldnt"};
  return std::find(k_words.begin(), k_words.end(), word) != k_words.end();
}

std::size_t clause_start(std::string_view text, const std::vector<Token>& tokens, std::size_t index) {
  std::size_t i = index;
  while (i > 0) {
    if (clause_break_between(text, tokens[i - 1], tokens[i])) break;
    if (is_clause_word(tokens[i - 1].text)) break;
    --i;
  }
  return i;
}

std::size_t clause_end(std::string_view text, const std::vector<Token>& tokens, std::size_t index) {
  std::size_t i = index + 1;
  while (i < tokens.size()) {
    if (clause_break_between(text, tokens[i - 1], tokens[i])) break;
    if (is_clause_word(tokens[i].text)) break;
    ++i;
  }
  return i;
}

bool same_sentence(std::string_view text, Span a, Span b) {
  const auto from = std::min(a.end, b.end);
  const auto to = std::max(a.begin, b.begin);
  for (std::size_t i = from; i < to && i < text.size(); ++i) {
    const char c = text[i];
    if (c == '!' || c == '?' || c == '\n') return false;
    if (c == '.' && (i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '\n')) return false;
  }
  return true;
}

bool negated_before(std::string_view text, const std::vector<Token>& tokens, std::size_t first) {
  const auto start = clause_start(text, tokens, first);
  const auto from = first > start + k_negation_window ? first - k_negation_window : start;
  for (std::size_t i = from; i < first; ++i)
    if (is_negation(tokens[i].text)) return true;
  return false;
}


}  // namespace rapport::analysis::detail
