#include "rapport/analysis/phrase_set.hpp"

#include <algorithm>

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
    const auto colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0)
      return make_error(fmt::format("{}: a rule is \"label: pattern\"", where));
    Rule rule;
    rule.origin = where;
    rule.label = label(trim(line.substr(0, colon)));
    auto parts = split_spaces(line.substr(colon + 1));
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
    rules_.push_back(std::move(rule));
    index_rule(static_cast<std::uint32_t>(rules_.size() - 1));
    if (end == text.size()) break;
  }
  return {};
}

void PhraseSet::index_rule(std::uint32_t id) {
  // The words a match can start with: those of leading optional elements and of the
  // first required one. Only a rule that can start with any word is tried everywhere.
  std::vector<std::string> first_words;
  for (const auto& element : rules_[id].elements) {
    if (element.kind == Kind::any || element.kind == Kind::gap) {
      unindexed_.push_back(id);
      return;
    }
    first_words.insert(first_words.end(), element.words.begin(), element.words.end());
    if (element.kind == Kind::words) break;
  }
  std::sort(first_words.begin(), first_words.end());
  first_words.erase(std::unique(first_words.begin(), first_words.end()), first_words.end());
  for (const auto& word : first_words) by_first_word_[word].push_back(id);
}

bool PhraseSet::match_from(const Rule& rule, const std::vector<Token>& tokens, std::size_t element,
                           std::size_t token, std::size_t& end) const {
  if (element == rule.elements.size()) {
    if (rule.anchored_end && token != tokens.size()) return false;
    end = token;
    return true;
  }
  const auto& e = rule.elements[element];
  const auto word_matches = [&](std::size_t t) {
    return t < tokens.size() && std::find(e.words.begin(), e.words.end(), tokens[t].text) != e.words.end();
  };
  switch (e.kind) {
    case Kind::words:
      return word_matches(token) && match_from(rule, tokens, element + 1, token + 1, end);
    case Kind::any:
      return token < tokens.size() && match_from(rule, tokens, element + 1, token + 1, end);
    case Kind::optional_words:
      if (word_matches(token) && match_from(rule, tokens, element + 1, token + 1, end)) return true;
      return match_from(rule, tokens, element + 1, token, end);
    case Kind::gap:
      // Shortest gap first, so evidence spans stay tight.
      for (std::size_t skip = 0; skip <= k_max_gap && token + skip <= tokens.size(); ++skip)
        if (match_from(rule, tokens, element + 1, token + skip, end)) return true;
      return false;
  }
  return false;
}

std::vector<PhraseMatch> PhraseSet::find_all(const std::vector<Token>& tokens) const {
  std::vector<PhraseMatch> matches;
  auto try_rule = [&](std::uint32_t id, std::size_t start) {
    const auto& rule = rules_[id];
    if (rule.anchored_start && start != 0) return;
    std::size_t end = 0;
    if (match_from(rule, tokens, 0, start, end) && end > start)
      matches.push_back({rule.label, start, end, id});
  };
  for (std::size_t start = 0; start < tokens.size(); ++start) {
    if (auto it = by_first_word_.find(tokens[start].text); it != by_first_word_.end())
      for (const auto id : it->second) try_rule(id, start);
    for (const auto id : unindexed_) try_rule(id, start);
  }
  return matches;
}

std::vector<PhraseMatch> PhraseSet::find(const std::vector<Token>& tokens, LabelId label) const {
  auto all = find_all(tokens);
  std::erase_if(all, [label](const PhraseMatch& m) { return m.label != label; });
  return all;
}

}  // namespace rapport::analysis
