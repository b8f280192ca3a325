#include "rapport/analysis/sentences.hpp"

#include <algorithm>
#include <array>

#include "rapport/util/ascii.hpp"

namespace rapport::analysis {
namespace {

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(char c) { return is_lower(c) || is_upper(c); }
bool is_word_byte(char c) { return is_alpha(c) || is_ascii_digit(c) || static_cast<unsigned char>(c) >= 0x80; }

char lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// Abbreviations after which a '.' never ends a sentence (a name or a number follows).
constexpr std::array<std::string_view, 14> k_hard_abbreviations{"mr",  "mrs", "ms", "dr",     "prof", "st",  "vs",
                                                                "e.g", "i.e", "cf", "approx", "ext",  "tel", "mt"};
// Abbreviations that may end a sentence: they end one only before a capital letter.
constexpr std::array<std::string_view, 13> k_soft_abbreviations{"etc", "a.m", "p.m", "inc", "ltd",  "co", "corp",
                                                                "jr",  "sr",  "u.s", "u.k", "dept", "esp"};

// Lower-cased letters and inner dots just before the '.' at `dot` ("e.g" for "e.g.").
std::string_view word_before(std::string_view text, std::size_t dot, std::array<char, 16>& buffer) {
  std::size_t begin = dot;
  while (begin > 0 && (is_alpha(text[begin - 1]) || text[begin - 1] == '.') && dot - begin < buffer.size()) --begin;
  const std::size_t n = dot - begin;
  for (std::size_t i = 0; i < n; ++i) buffer[i] = lower(text[begin + i]);
  return {buffer.data(), n};
}

bool contains(const auto& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool is_closer(std::string_view text, std::size_t pos, std::size_t& len) {
  const char c = text[pos];
  if (c == ')' || c == '"' || c == '\'' || c == ']') {
    len = 1;
    return true;
  }
  // ’ and ” (U+2019, U+201D)
  if (text.substr(pos, 3) == "\xE2\x80\x99" || text.substr(pos, 3) == "\xE2\x80\x9D") {
    len = 3;
    return true;
  }
  return false;
}

std::size_t next_non_space(std::string_view text, std::size_t pos) {
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  return pos;
}

// Words on a line (runs of word bytes), stopping early once past `limit`.
std::size_t count_words(std::string_view line, std::size_t limit) {
  std::size_t n = 0;
  bool in_word = false;
  for (const char c : line) {
    const bool w = is_word_byte(c) || c == '\'';
    if (w && !in_word && ++n > limit) return n;
    in_word = w;
  }
  return n;
}


bool starts_list_item(std::string_view line) {
  line = trim_ascii_spaces(line);
  if (line.empty()) return false;
  if (line[0] == '-' || line[0] == '*' || line[0] == '>') return true;
  if (line.substr(0, 3) == "\xE2\x80\xA2") return true;  // •
  std::size_t i = 0;
  while (i < line.size() && is_ascii_digit(line[i])) ++i;
  return i > 0 && i < line.size() && (line[i] == '.' || line[i] == ')');
}

// Does the line break at `newline` end a sentence? `line` is the text of the line before.
bool line_break_ends_sentence(std::string_view text, std::size_t newline, std::string_view line) {
  const auto current = trim_ascii_spaces(line);
  if (current.empty()) return false;  // nothing pending on this line
  std::size_t next_begin = newline + 1;
  std::size_t next_end = text.find('\n', next_begin);
  if (next_end == std::string_view::npos) next_end = text.size();
  const auto next = trim_ascii_spaces(text.substr(next_begin, next_end - next_begin));
  if (next.empty()) return true;  // a blank line: a new paragraph
  if (starts_list_item(next)) return true;
  const char last = current.back();
  // "Dear Ravi," "Hi Sam!" "Best regards," "Thanks,": short lines ending in a comma or '!'.
  if ((last == ',' || last == '!' || last == ':') && count_words(current, 5) <= 5) return true;
  // "Best regards" / "Sam" / "Sent from my phone": very short lines are not wrapped prose.
  if (count_words(current, 3) <= 3 && !is_lower(next.front())) return true;
  return false;
}

bool has_content(std::string_view piece) { return std::any_of(piece.begin(), piece.end(), is_word_byte); }

}  // namespace

std::vector<Span> split_sentences(std::string_view text) {
  std::vector<Span> out;
  std::size_t start = 0;
  std::size_t line_start = 0;
  auto emit = [&](std::size_t end) {
    std::size_t b = start;
    std::size_t e = end;
    while (b < e && is_ascii_space(text[b])) ++b;
    while (e > b && is_ascii_space(text[e - 1])) --e;
    if (b < e && has_content(text.substr(b, e - b))) out.push_back({b, e});
    start = end;
  };
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '\n') {
      if (line_break_ends_sentence(text, i, text.substr(line_start, i - line_start)) && start < i) emit(i);
      line_start = i + 1;
      ++i;
      continue;
    }
    if (c != '.' && c != '!' && c != '?') {
      ++i;
      continue;
    }
    // A run of terminators, then closing quotes or brackets.
    std::size_t end = i;
    bool question_or_bang = false;
    std::size_t dots = 0;
    while (end < text.size() && (text[end] == '.' || text[end] == '!' || text[end] == '?')) {
      if (text[end] == '.')
        ++dots;
      else
        question_or_bang = true;
      ++end;
    }
    std::size_t len = 0;
    const std::size_t terminators_end = end;
    while (end < text.size() && is_closer(text, end, len)) end += len;
    const std::size_t after = next_non_space(text, end);
    const bool at_end = after >= text.size();
    const bool space_follows = end < text.size() && is_ascii_space(text[end]);
    bool boundary = at_end || space_follows;
    // A quoted question or exclamation with the sentence going on in lower case ("I
    // read your "Is your fleet ready?" guide", "he said "no way!" and left") is a title
    // or a quote inside the sentence.
    if (boundary && !at_end && question_or_bang && end > terminators_end && is_lower(text[after])) boundary = false;
    if (boundary && !at_end && !question_or_bang) {
      const char next = text[after];
      if (dots == 1) {
        std::array<char, 16> buffer{};
        const auto word = word_before(text, i, buffer);
        if (contains(k_hard_abbreviations, word))
          boundary = false;
        else if (word.size() == 1 && i > 0 && is_upper(text[i - 1]))
          boundary = false;  // an initial: "J. Smith"
        else if (contains(k_soft_abbreviations, word) && !is_upper(next))
          boundary = false;
      } else if (dots >= 2 && is_lower(next)) {
        boundary = false;  // a trailing-off "..." inside a sentence
      }
    }
    if (boundary) emit(end);
    i = end;
  }
  emit(text.size());
  return out;
}

}  // namespace rapport::analysis
