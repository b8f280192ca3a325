#pragma once
// Clause and negation scope over tokenised text, shared by the objection finder and
// the intent classifier. A clause ends at punctuation (, . ; : ! ? brackets, dashes, a
// line break) or before a conjunction ("but", "because", "and"…). Private to analysis.

#include <cstddef>
#include <string_view>
#include <vector>

#include "rapport/analysis/analysis.hpp"
#include "rapport/analysis/phrase_set.hpp"

namespace rapport::analysis::detail {

// The first token of the clause holding token `index` (< tokens.size()).
std::size_t clause_start(std::string_view text, const std::vector<Token>& tokens, std::size_t index);
// One past the last token of the clause holding token `index` (< tokens.size()).
std::size_t clause_end(std::string_view text, const std::vector<Token>& tokens, std::size_t index);
// Whether `word` (a lower-cased token) is a negation: "not", "never", "don't"…
bool is_negation(std::string_view word);
// Whether a negation word ("not", "never", "don't"…) stands in the few tokens before
// token `first`, in its clause.
bool negated_before(std::string_view text, const std::vector<Token>& tokens, std::size_t first);
// Whether no sentence end (. ! ? followed by a space, or a line break) lies between two spans.
bool same_sentence(std::string_view text, Span a, Span b);

}  // namespace rapport::analysis::detail
