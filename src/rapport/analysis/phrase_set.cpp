#include "rapport/analysis/phrase_set.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

namespace rapport::analysis {
namespace {

bool is_ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The length of the UTF-8 letter at `pos` when it is a non-ASCII letter we treat as a
// word character (any multi-byte sequence: accented Latin, Greek, Cyrillic, CJK…),
// else 0. Punctuation outside ASCII (curly quotes, dashes) is handled by the caller.
std::size_t utf8_word_char(std::string_view text, std::size_t pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return is_ascii_alnum(c) ? 1 : 0;
  if (c < 0xC0) return 0;  // a stray continuation byte
  std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (pos + len > text.size()) return 1;
  // General punctuation (U+2000–U+206F: dashes, curly quotes, ellipsis) separates words.
  if (c == 0xE2 && static_cast<unsigned char>(text[pos + 1]) == 0x80) return 0;
  // Latin-1 punctuation and symbols (U+00A0–U+00BF) separate words too.
  if (c == 0xC2) return 0;
  return len;
}

bool is_apostrophe_at(std::string_view text, std::size_t pos, std::size_t& len) {
  if (text[pos] == '\'') {
    len = 1;
    return true;
  }
  if (text.substr(pos, 3) == "\xE2\x80\x99") {  // ’
    len = 3;
    return true;
  }
  return false;
}

void append_lower(std::string& out, std::string_view piece) {
  if (piece.size() == 1) {
    const auto c = static_cast<unsigned char>(piece[0]);
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
    return;
  }
  // Latin-1 capitals À–Þ (U+00C0–U+00DE, not ×) lower-case by adding 0x20 to the
  // second byte; enough for the accented names and words of European clients.
  if (piece.size() == 2 && static_cast<unsigned char>(piece[0]) == 0xC3) {
    const auto b = static_cast<unsigned char>(piece[1]);
    if (b >= 0x80 && b <= 0x9E && b != 0x97) {
      out.push_back(piece[0]);
      out.push_back(static_cast<char>(b + 0x20));
      return;
    }
  }
  out.append(piece);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split_spaces(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t pos = 0;
  while (pos < s.size()) {
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) ++pos;
    const auto start = pos;
    while (pos < s.size() && s[pos] != ' ' && s[pos] != '\t') ++pos;
    if (pos > start) out.push_back(s.substr(start, pos - start));
  }
  return out;
}

std::vector<std::string> split_alternatives(std::string_view s) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= s.size()) {
    const auto bar = s.find('|', pos);
    const auto piece = s.substr(pos, bar == std::string_view::npos ? s.size() - pos : bar - pos);
    if (!piece.empty()) {
      // A rule word is tokenised like text, so "Don’t" in a rule matches "don't".
      const auto tokens = tokenize(piece);
      if (tokens.size() == 1) out.push_back(tokens.front().text);
      else if (!tokens.empty()) out.push_back(std::string(piece));  // caught by the caller
    }
    if (bar == std::string_view::npos) break;
    pos = bar + 1;
  }
  return out;
}

constexpr std::size_t k_max_gap = 4;

// Bytes in the UTF-8 sequence that starts at `pos` (1 for ASCII and stray bytes).
std::size_t sequence_length(std::string_view text, std::size_t pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  const std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  return std::min(len, text.size() - pos);
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t len = utf8_word_char(text, pos);
    if (len == 0) {
      pos += sequence_length(text, pos);
      continue;
    }
    Token token;
    token.begin = pos;
    while (pos < text.size()) {
      const std::size_t n = utf8_word_char(text, pos);
      if (n > 0) {
        append_lower(token.text, text.substr(pos, n));
        pos += n;
        continue;
      }
      // An apostrophe or hyphen between two word characters stays inside the word.
      std::size_t joiner = 0;
      const bool apostrophe = is_apostrophe_at(text, pos, joiner);
      if (!apostrophe && text[pos] == '-') joiner = 1;
      if ((apostrophe || text[pos] == '-') && pos + joiner < text.size() &&
          utf8_word_char(text, pos + joiner) > 0) {
        token.text.push_back(apostrophe ? '\'' : '-');
        pos += joiner;
        continue;
      }
      break;
    }
    token.end = pos;
    tokens.push_back(std::move(token));
  }
  return tokens;
}

LabelId PhraseSet::label(std::string_view name) {
  const std::string key(name);
  if (auto it = label_ids_.find(key); it != label_ids_.end()) return it->second;
  const auto id = static_cast<LabelId>(labels_.size());
  labels_.push_back(key);
  label_ids_.emplace(key, id);
  return id;
}

std::optional<LabelId> PhraseSet::find_label(std::string_view name) const {
  if (auto it = label_ids_.find(std::string(name)); it != label_ids_.end()) return it->second;
  return std::nullopt;
}

namespace {

// "(my name is|my name's)" groups: every choice of one phrase per group gives one plain
// pattern. Errors (an unclosed group, an empty phrase) go to `error`.
std::vector<std::string> expand_phrase_groups(std::string_view pattern, std::string& error) {
  std::vector<std::string> out{std::string()};
  std::size_t pos = 0;
  while (pos < pattern.size()) {
    const auto open = pattern.find('(', pos);
    const auto stray = pattern.find(')', pos);
    if (stray != std::string_view::npos && stray < open) {
      error = "a ')' without its '('";
      return {};
    }
    const auto literal = pattern.substr(pos, open == std::string_view::npos ? pattern.size() - pos : open - pos);
    for (auto& o : out) o.append(literal);
    if (open == std::string_view::npos) break;
    const auto close = pattern.find(')', open + 1);
    const auto nested = pattern.find('(', open + 1);
    if (close == std::string_view::npos || nested < close) {
      error = "a '(' group is not closed (groups do not nest)";
      return {};
    }
    std::vector<std::string_view> phrases;
    const auto inside = pattern.substr(open + 1, close - open - 1);
    for (std::size_t from = 0;;) {
      const auto bar = inside.find('|', from);
      const auto phrase = trim(inside.substr(from, bar == std::string_view::npos ? inside.size() - from : bar - from));
      if (phrase.empty()) {
        error = "a '(…|…)' group holds an empty phrase";
        return {};
      }
      phrases.push_back(phrase);
      if (bar == std::string_view::npos) break;
      from = bar + 1;
    }
    std::vector<std::string> next;
    next.reserve(out.size() * phrases.size());
    for (const auto& o : out)
      for (const auto phrase : phrases) next.push_back(o + " " + std::string(phrase) + " ");
    out = std::move(next);
    pos = close + 1;
  }
  return out;
}

}  // namespace

Result<void> PhraseSet::add_rules(std::string_view source, std::string_view text) {
  std::size_t line_no = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    auto end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    auto line = text.substr(pos, end - pos);
    ++line_no;
    pos = end + 1;
    if (const auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = trim(line);
    if (line.empty()) {
      if (end == text.size()) break;
      continue;
    }
    const auto where = fmt::format("{}:{}", source, line_no);
    if (line.front() == '@') {
      RAPPORT_TRY(define_word_list(where, line));
      if (end == text.size()) break;
      continue;
    }
    const auto colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0)
      return make_error(fmt::format("{}: a rule is \"label: pattern\"", where));
    const auto label_id = label(trim(line.substr(0, colon)));
    std::string group_error;
    auto expanded = expand_word_lists(where, line.substr(colon + 1));
    if (!expanded) return expanded.take_error();
    const auto patterns = expand_phrase_groups(expanded.value(), group_error);
    if (!group_error.empty()) return make_error(fmt::format("{}: {}", where, group_error));
    for (const auto& pattern : patterns) {
      auto rule = compile_rule(where, pattern);
      if (!rule) return rule.take_error();
      rule.value().label = label_id;
      rules_.push_back(std::move(rule.value()));
      index_rule(static_cast<std::uint32_t>(rules_.size() - 1));
    }
    if (end == text.size()) break;
  }
  return {};
}

namespace {

bool is_list_name_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

}  // namespace

Result<void> PhraseSet::define_word_list(const std::string& where, std::string_view line) {
  const auto equals = line.find('=');
  const auto name = trim(line.substr(1, equals == std::string_view::npos ? 0 : equals - 1));
  if (equals == std::string_view::npos || name.empty() ||
      !std::all_of(name.begin(), name.end(), is_list_name_char))
    return make_error(fmt::format("{}: a word list is \"@name = word|word|two words\" (name in a-z, 0-9, _)", where));
  if (word_lists_.contains(std::string(name)))
    return make_error(fmt::format("{}: the word list @{} is defined twice", where, name));
  const auto body = trim(line.substr(equals + 1));
  if (body.empty() || body.find_first_of("()[]*@^$") != std::string_view::npos || body.find("...") != std::string_view::npos)
    return make_error(fmt::format("{}: a word list holds words and phrases joined by '|', nothing else", where));
  std::string joined;
  bool phrases = false;
  for (std::size_t from = 0;;) {
    const auto bar = body.find('|', from);
    const auto item = trim(body.substr(from, bar == std::string_view::npos ? body.size() - from : bar - from));
    if (item.empty()) return make_error(fmt::format("{}: the word list @{} holds an empty item", where, name));
    if (!joined.empty()) joined += '|';
    joined += std::string(item);
    phrases = phrases || tokenize(item).size() != 1;
    if (bar == std::string_view::npos) break;
    from = bar + 1;
  }
  word_lists_.emplace(std::string(name), phrases ? "(" + joined + ")" : joined);
  return {};
}

Result<std::string> PhraseSet::expand_word_lists(const std::string& where, std::string_view pattern) const {
  std::string out;
  int open_brackets = 0;  // '[' and '(' not yet closed where a list stands
  for (std::size_t pos = 0; pos < pattern.size();) {
    const char c = pattern[pos];
    if (c != '@') {
      if (c == '[' || c == '(') ++open_brackets;
      if (c == ']' || c == ')') --open_brackets;
      out += c;
      ++pos;
      continue;
    }
    std::size_t end = pos + 1;
    while (end < pattern.size() && is_list_name_char(pattern[end])) ++end;
    const std::string name(pattern.substr(pos + 1, end - pos - 1));
    const auto it = word_lists_.find(name);
    if (it == word_lists_.end())
      return make_error(fmt::format("{}: no word list @{} is defined above this rule", where, name));
    const bool alone = (pos == 0 || pattern[pos - 1] == ' ') && (end == pattern.size() || pattern[end] == ' ');
    if (it->second.front() == '(' && (open_brackets > 0 || !alone))
      return make_error(fmt::format(
          "{}: @{} holds phrases, so it must stand alone, not inside [..] or (..) or joined by '|'", where, name));
    out += it->second;
    pos = end;
  }
  return out;
}

Result<PhraseSet::Rule> PhraseSet::compile_rule(const std::string& where, std::string_view pattern) {
  Rule rule;
  rule.origin = where;
  auto parts = split_spaces(pattern);
  if (!parts.empty() && parts.front() == "^") {
    rule.anchored_start = true;
    parts.erase(parts.begin());
  }
  if (!parts.empty() && parts.back() == "$") {
    rule.anchored_end = true;
    parts.pop_back();
  }
  if (parts.empty()) return make_error(fmt::format("{}: the pattern is empty", where));
  for (const auto part : parts) {
    Element element;
    if (part == "*") {
      element.kind = Kind::any;
    } else if (part == "...") {
      element.kind = Kind::gap;
    } else if (part.size() > 2 && part.front() == '[' && part.back() == ']') {
      element.kind = Kind::optional_words;
      element.words = split_alternatives(part.substr(1, part.size() - 2));
    } else if (part.find_first_of("[]") != std::string_view::npos) {
      return make_error(fmt::format("{}: \"{}\": an optional [a|b] is one element, without spaces inside", where, part));
    } else if (part == "^" || part == "$") {
      return make_error(fmt::format("{}: '{}' belongs at the {} of the pattern", where, part,
                                    part == "^" ? "start" : "end"));
    } else {
      element.words = split_alternatives(part);
    }
    if ((element.kind == Kind::words || element.kind == Kind::optional_words)) {
      if (element.words.empty()) return make_error(fmt::format("{}: \"{}\" holds no word", where, part));
      for (const auto& w : element.words)
        if (tokenize(w).size() != 1)
          return make_error(fmt::format("{}: \"{}\" is not one word (write words apart)", where, w));
    }
    rule.elements.push_back(std::move(element));
  }
  // The trap: "my name is|my name's" reads as two phrases but means my, name, (is|my),
  // name's. A word alternative that repeats a required word one or two places away is
  // almost always that mistake.
  const auto& els = rule.elements;
  for (std::size_t i = 0; i < els.size(); ++i) {
    if (els[i].kind != Kind::words || els[i].words.size() < 2) continue;
    for (std::size_t j = i >= 2 ? i - 2 : 0; j < std::min(els.size(), i + 3); ++j) {
      if (j == i || els[j].kind != Kind::words) continue;
      for (const auto& w : els[j].words)
        if (std::find(els[i].words.begin(), els[i].words.end(), w) != els[i].words.end())
          return make_error(fmt::format(
              "{}: \"{}\" appears twice near a word alternative: '|' joins single words (a b|c d means "
              "a, b or c, d); for alternative phrases write (a b|c d)",
              where, w));
    }
  }
  return rule;
}

namespace {

// FNV-1a: short words, and no need for a strong hash.
std::uint64_t word_hash(std::string_view word) {
  std::uint64_t h = 14695981039346656037ULL;
  for (const char c : word) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

}  // namespace

// Looking up each token is the hottest step of the analysis: an open-addressing table
// with a power-of-two size costs one probe where std::unordered_map's chained buckets
// cost a division and a pointer chase.
PhraseSet::WordId PhraseSet::word_id(std::string_view word) const {
  if (slots_.empty()) return k_unknown_word;
  const auto h = word_hash(word);
  const auto mask = slots_.size() - 1;
  for (auto i = static_cast<std::size_t>(h) & mask;; i = (i + 1) & mask) {
    const auto& slot = slots_[i];
    if (slot.id == k_unknown_word) return k_unknown_word;
    if (slot.hash == h && words_[slot.id] == word) return slot.id;
  }
}

// "allotment's gone mad", "the quote's too high", "the bank manager'd have to see it": a
// word the rules do not know, ending in "'s", "'d" or "'ll", stands for its stem (a verb
// run on to a noun, or a possessive, keeps the noun). Rules that spell the whole form
// ("that's", "mum's", "we'd") still see it, since it is known.
PhraseSet::WordId PhraseSet::lookup_token(std::string_view token) const {
  const auto id = word_id(token);
  if (id != k_unknown_word) return id;
  if (token.size() > 3 && token.ends_with("'s")) return word_id(token.substr(0, token.size() - 2));
  // After a pronoun, "'d" and "'ll" change what the sentence says ("we'll need" is not
  // "we need"); after a noun they only carry the verb ("the bank manager'd have to").
  static constexpr std::array<std::string_view, 14> k_pronouns = {
      "i", "we", "you", "they", "he", "she", "it", "that", "this", "there", "what", "who", "where", "how"};
  for (const std::string_view suffix : {"'d", "'ll"}) {
    if (token.size() <= suffix.size() + 1 || !token.ends_with(suffix)) continue;
    const auto stem = token.substr(0, token.size() - suffix.size());
    if (std::find(k_pronouns.begin(), k_pronouns.end(), stem) != k_pronouns.end()) return id;
    return word_id(stem);
  }
  return id;
}

PhraseSet::WordId PhraseSet::intern(const std::string& word) {
  if (const auto known = word_id(word); known != k_unknown_word) return known;
  const auto id = static_cast<WordId>(words_.size());
  words_.push_back(word);
  by_first_id_.resize(words_.size());
  anchored_by_first_id_.resize(words_.size());
  // Keep the table at most half full so probes stay short.
  if (2 * words_.size() > slots_.size()) {
    std::size_t size = 64;
    while (size < 4 * words_.size()) size *= 2;
    std::vector<Slot> bigger(size);
    const auto mask = bigger.size() - 1;
    for (WordId w = 1; w < words_.size(); ++w) {
      const auto h = word_hash(words_[w]);
      auto i = static_cast<std::size_t>(h) & mask;
      while (bigger[i].id != k_unknown_word) i = (i + 1) & mask;
      bigger[i] = {h, w};
    }
    slots_ = std::move(bigger);
  } else {
    const auto h = word_hash(word);
    const auto mask = slots_.size() - 1;
    auto i = static_cast<std::size_t>(h) & mask;
    while (slots_[i].id != k_unknown_word) i = (i + 1) & mask;
    slots_[i] = {h, id};
  }
  return id;
}

// The words the next token may be, reading a pattern from one element on: each with
// the element after it. `free` when any word may come (a gap or "*"); `complete` when
// the match may end there (only optional elements are left).
PhraseSet::NextWords PhraseSet::next_words(const Rule& rule, std::size_t from) {
  NextWords out;
  for (std::size_t k = from; k < rule.elements.size(); ++k) {
    const auto& element = rule.elements[k];
    if (element.kind == Kind::any || element.kind == Kind::gap) {
      out.free = true;
      return out;
    }
    for (const auto id : element.ids) out.words.emplace_back(id, k + 1);
    if (element.kind == Kind::words) return out;
  }
  out.complete = true;
  return out;
}

void PhraseSet::index_rule(std::uint32_t id) {
  auto& rule = rules_[id];
  for (auto& element : rule.elements) {
    element.ids.clear();
    for (const auto& w : element.words) element.ids.push_back(intern(w));
    std::sort(element.ids.begin(), element.ids.end());
    element.ids.erase(std::unique(element.ids.begin(), element.ids.end()), element.ids.end());
  }
  index_under(rule.anchored_start ? anchored_by_first_id_ : by_first_id_, id);
}

void PhraseSet::index_under(std::vector<RulesStartingWith>& index, std::uint32_t id) {
  const auto& rule = rules_[id];
  const auto first = next_words(rule, 0);
  // A rule that can start with any word is tried everywhere. (A match that would end
  // before its first token is empty, and empty matches are never reported.)
  if (first.free) {
    (rule.anchored_start ? anchored_unindexed_ : unindexed_).push_back(id);
    return;
  }
  // The pairs of words a match can start with; and the first words any word may follow.
  std::vector<std::pair<WordId, WordId>> pairs;
  std::vector<WordId> open_firsts;
  for (const auto& [word, after] : first.words) {
    const auto second = next_words(rule, after);
    if (second.free || second.complete) {
      open_firsts.push_back(word);
      continue;
    }
    for (const auto& [next, unused] : second.words) pairs.emplace_back(word, next);
  }
  std::sort(open_firsts.begin(), open_firsts.end());
  open_firsts.erase(std::unique(open_firsts.begin(), open_firsts.end()), open_firsts.end());
  const auto add_once = [id](std::vector<std::uint32_t>& rules) {
    if (rules.empty() || rules.back() != id) rules.push_back(id);
  };
  for (const auto word : open_firsts) add_once(index[word].any_next);
  for (const auto& [word, next] : pairs) {
    // A first word that may be followed by anything already holds the rule.
    if (std::binary_search(open_firsts.begin(), open_firsts.end(), word)) continue;
    auto& by_next = index[word].by_next;
    auto it = std::lower_bound(by_next.begin(), by_next.end(), next,
                               [](const RulesAfter& r, WordId w) { return r.next < w; });
    if (it == by_next.end() || it->next != next) it = by_next.insert(it, RulesAfter{next, {}});
    add_once(it->rules);
  }
}

// Rules are added in ascending order, so each list is ascending and holds a rule once;
// the two lists that apply at a token are merged to keep rule order.
template <typename Try>
void PhraseSet::try_rules_at(const std::vector<RulesStartingWith>& index, const std::vector<WordId>& words,
                             std::size_t start, Try&& try_rule) const {
  const auto& entry = index[words[start]];
  static const std::vector<std::uint32_t> k_none;
  const std::vector<std::uint32_t>* after = &k_none;
  if (start + 1 < words.size() && words[start + 1] != k_unknown_word && !entry.by_next.empty()) {
    const auto next = words[start + 1];
    const auto it = std::lower_bound(entry.by_next.begin(), entry.by_next.end(), next,
                                     [](const RulesAfter& r, WordId w) { return r.next < w; });
    if (it != entry.by_next.end() && it->next == next) after = &it->rules;
  }
  auto a = entry.any_next.begin();
  auto b = after->begin();
  while (a != entry.any_next.end() || b != after->end()) {
    if (b == after->end() || (a != entry.any_next.end() && *a < *b)) try_rule(*a++);
    else try_rule(*b++);
  }
}

bool PhraseSet::match_from(const Rule& rule, const std::vector<WordId>& words, std::size_t element,
                           std::size_t token, std::size_t& end) const {
  if (element == rule.elements.size()) {
    if (rule.anchored_end && token != words.size()) return false;
    end = token;
    return true;
  }
  const auto& e = rule.elements[element];
  const auto word_matches = [&](std::size_t t) {
    return t < words.size() && words[t] != k_unknown_word && std::binary_search(e.ids.begin(), e.ids.end(), words[t]);
  };
  switch (e.kind) {
    case Kind::words:
      return word_matches(token) && match_from(rule, words, element + 1, token + 1, end);
    case Kind::any:
      return token < words.size() && match_from(rule, words, element + 1, token + 1, end);
    case Kind::optional_words:
      if (word_matches(token) && match_from(rule, words, element + 1, token + 1, end)) return true;
      return match_from(rule, words, element + 1, token, end);
    case Kind::gap:
      // Shortest gap first, so evidence spans stay tight.
      for (std::size_t skip = 0; skip <= k_max_gap && token + skip <= words.size(); ++skip)
        if (match_from(rule, words, element + 1, token + skip, end)) return true;
      return false;
  }
  return false;
}

std::vector<PhraseMatch> PhraseSet::find_all(std::span<const Token> tokens) const {
  // Each token is looked up once; the rules then compare small integers, not strings.
  std::vector<WordId> words(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) words[i] = lookup_token(tokens[i].text);
  std::vector<PhraseMatch> matches;
  auto try_rule = [&](std::uint32_t id, std::size_t start) {
    const auto& rule = rules_[id];
    std::size_t end = 0;
    if (match_from(rule, words, 0, start, end) && end > start) matches.push_back({rule.label, start, end, id});
  };
  if (!words.empty()) {
    if (words[0] != k_unknown_word)
      try_rules_at(anchored_by_first_id_, words, 0, [&](std::uint32_t id) { try_rule(id, 0); });
    for (const auto id : anchored_unindexed_) try_rule(id, 0);
  }
  for (std::size_t start = 0; start < words.size(); ++start) {
    if (words[start] != k_unknown_word)
      try_rules_at(by_first_id_, words, start, [&](std::uint32_t id) { try_rule(id, start); });
    for (const auto id : unindexed_) try_rule(id, start);
    // Matches at one token come in rule order (the first rule of an act gives its
    // evidence), anchored or not.
    if (start == 0)
      std::sort(matches.begin(), matches.end(),
                [](const PhraseMatch& a, const PhraseMatch& b) { return a.rule < b.rule; });
  }
  return matches;
}

std::vector<PhraseMatch> PhraseSet::find(std::span<const Token> tokens, LabelId label) const {
  auto all = find_all(tokens);
  std::erase_if(all, [label](const PhraseMatch& m) { return m.label != label; });
  return all;
}

}  // namespace rapport::analysis
