#pragma once
// Labelled phrase patterns over word tokens, compiled once from readable rule files
// (data/analysis/*.rules) and matched many times. The analysis taggers are built on it.
//
// A rule file has one rule per line, "label: pattern"; '#' starts a comment. A
// pattern is a sequence of elements, matched against whole lower-cased word tokens:
//
//   word        that word ("don't" is one token; letters are compared lower-cased; a
//               text word the rules do not know, ending in "'s", "'d" or "'ll", matches
//               its stem: "quote's" matches quote)
//   a|b|c       one of these words
//   [word]      an optional word (also [a|b])
//   *           any one word
//   ...         a gap of zero to four words
//   ^           (first element only) the match must start at the first token
//   $           (last element only) the match must end at the last token
//   (a b|c d)   one of these phrases (each may hold any of the elements above but
//               another group); a rule with groups stands for one rule per choice
//
// A line "@name = a|b|two words" names a list of words or phrases; later rules (in
// this file or in files added after it) use it as one element, "@name". A list of
// single words may also stand inside an optional ("[@name]"); a list with a phrase in
// it is a (…|…) group, so it must stand alone. Lists let one lexicon (the people who
// sign off, the words of a concern) serve many rules instead of being copied into each.
//
//   @decider = boss|board|head office
//   authority: @decider ... sign off
//
// '|' binds single words, not phrases: "my name is|my name's" means my, name, is or
// my, name's. Compiling rejects a word alternative that repeats a required word one or
// two places away (the usual sign of that mistake) and asks for a (…|…) group instead.
//
//   thanks: thank you|u [so|very] much
//   question.semi_open: ^ how many|much
//   greeting: ^ [hi|hello] (my name is|my name's|this is)
//
// Thread safety: a compiled PhraseSet is immutable and may be shared by threads.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
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
  // A span lets a caller match part of a text (one sentence) without copying it.
  std::vector<PhraseMatch> find_all(std::span<const Token> tokens) const;
  // The matches of one label only.
  std::vector<PhraseMatch> find(std::span<const Token> tokens, LabelId label) const;

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
  // Rule words are numbered once (from 1); a token that is no rule word gets 0 and
  // matches only "*" and gaps.
  using WordId = std::uint32_t;
  static constexpr WordId k_unknown_word = 0;

  enum class Kind : std::uint8_t { words, any, gap, optional_words };
  struct Element {
    Kind kind = Kind::words;
    std::vector<std::string> words;
    std::vector<WordId> ids;  // of `words`, sorted
  };
  struct Rule {
    LabelId label = 0;
    bool anchored_start = false;
    bool anchored_end = false;
    std::vector<Element> elements;
    std::string origin;
  };

  static Result<Rule> compile_rule(const std::string& where, std::string_view pattern);
  Result<void> define_word_list(const std::string& where, std::string_view line);
  Result<std::string> expand_word_lists(const std::string& where, std::string_view pattern) const;
  WordId lookup_token(std::string_view token) const;
  bool match_from(const Rule& rule, const std::vector<WordId>& words, std::size_t element, std::size_t token,
                  std::size_t& end) const;
  WordId intern(const std::string& word);
  void index_rule(std::uint32_t id);

  std::vector<std::string> labels_;
  std::unordered_map<std::string, LabelId> label_ids_;
  std::vector<Rule> rules_;
  // "@name" lists by name: the text that stands in for them in a pattern.
  std::unordered_map<std::string, std::string> word_lists_;
  // Rule words by id (words_[0] is unused); slots_ finds a word's id (size a power of two).
  struct Slot {
    std::uint64_t hash = 0;
    WordId id = k_unknown_word;
  };
  WordId word_id(std::string_view word) const;
  std::vector<std::string> words_{1};
  std::vector<Slot> slots_;
  // Rules by the first two words a match can start with. Most rules fail on their
  // second word, so keying them by the pair spares trying them at all: the rules under
  // a first word are split by the word that must follow it, with those whose second
  // word is free (a gap, "*", or a one-word match) apart. Rules that can start with any
  // word are tried everywhere; rules anchored at the start ("^") at the first token only.
  struct RulesAfter {
    WordId next = k_unknown_word;
    std::vector<std::uint32_t> rules;  // ascending
  };
  struct RulesStartingWith {
    std::vector<std::uint32_t> any_next;  // ascending
    std::vector<RulesAfter> by_next;       // by `next`, ascending
  };
  struct NextWords {
    std::vector<std::pair<WordId, std::size_t>> words;
    bool free = false;
    bool complete = false;
  };
  static NextWords next_words(const Rule& rule, std::size_t from);
  void index_under(std::vector<RulesStartingWith>& index, std::uint32_t rule);
  template <typename Try>
  void try_rules_at(const std::vector<RulesStartingWith>& index, const std::vector<WordId>& words, std::size_t start,
                    Try&& try_rule) const;
  std::vector<RulesStartingWith> by_first_id_{1};
  std::vector<std::uint32_t> unindexed_;
  std::vector<RulesStartingWith> anchored_by_first_id_{1};
  std::vector<std::uint32_t> anchored_unindexed_;
};

}  // namespace rapport::analysis
