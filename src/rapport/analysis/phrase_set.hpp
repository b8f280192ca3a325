#pragma once
// Labelled phrase patterns over word tokens, compiled once from readable rule files
// (data/analysis/*.rules) and matched many times. The analysis taggers are built on it.
//
// A rule file has one rule per line, "label: pattern"; '#' starts a comment. A
// pattern is a sequence of elements, matched against whole lower-cased word tokens:
//
//   word        that word ("don't" is one token; letters are compared lower-cased)
//   a|b|c       one of these words
//   [word]      an optional word (also [a|b])
//   *           any one word
//   ...         a gap of zero to four words
//   ^           (first element only) the match must start at the first token
//   $           (last element only) the match must end at the last token
//
//   thanks: thank you|u [so|very] much
//   question.semi_open: ^ how many|much
//
// Thread safety: a compiled PhraseSet is immutable and may be shared by threads.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rapport/util/result.hpp"

namespace rapport::analysis {

struct Token {
  std::string text;  // lower-cased
  std::size_t begin = 0;  // byte offsets into the tokenised text
  std::size_t end = 0;
};

// Words of `text`: runs of letters and digits, with inner apostrophes (’ too) and
// hyphens kept ("don't", "follow-up"); letters lower-cased (ASCII and Latin-1
// accented letters; other UTF-8 passes through unchanged).
std::vector<Token> tokenize(std::string_view text);

using LabelId = std::uint32_t;

struct PhraseMatch {
  LabelId label = 0;
  std::size_t first = 0;  // token index
  std::size_t last = 0;   // one past the last token
  std::uint32_t rule = 0;  // index of the rule, for explanations
};

class PhraseSet {
 public:
  PhraseSet() = default;

  // Adds the rules of one file. Errors name `source` and the line.
  Result<void> add_rules(std::string_view source, std::string_view text);

  // Every match of every rule, in order of start token; overlapping matches included.
  std::vector<PhraseMatch> find_all(const std::vector<Token>& tokens) const;
  // The matches of one label only.
  std::vector<PhraseMatch> find(const std::vector<Token>& tokens, LabelId label) const;

  // The id of a label, registering it when new (labels are the names before ':').
  LabelId label(std::string_view name);
  // The id of a known label, or nullopt.
  std::optional<LabelId> find_label(std::string_view name) const;
  const std::string& label_name(LabelId id) const { return labels_.at(id); }
  std::size_t rule_count() const { return rules_.size(); }
  // Labels are numbered 0 .. label_count() - 1.
  std::size_t label_count() const { return labels_.size(); }
  // "file:line" of a rule, for explaining a tag.
  const std::string& rule_origin(std::uint32_t rule) const { return rules_.at(rule).origin; }

 private:
  enum class Kind : std::uint8_t { words, any, gap, optional_words };
  struct Element {
    Kind kind = Kind::words;
    std::vector<std::string> words;
  };
  struct Rule {
    LabelId label = 0;
    bool anchored_start = false;
    bool anchored_end = false;
    std::vector<Element> elements;
    std::string origin;
  };

  bool match_from(const Rule& rule, const std::vector<Token>& tokens, std::size_t element, std::size_t token,
                  std::size_t& end) const;
  void index_rule(std::uint32_t id);

  std::vector<std::string> labels_;
  std::unordered_map<std::string, LabelId> label_ids_;
  std::vector<Rule> rules_;
  // Rules by the word their first element needs; rules that can start with any word.
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_first_word_;
  std::vector<std::uint32_t> unindexed_;
};

}  // namespace rapport::analysis
