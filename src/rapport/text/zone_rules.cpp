// Line-level tests for email body zoning.
//
// Why hand-written and not std::regex: zoning runs on every message of a mailbox
// that may hold gigabytes; std::regex (libstdc++) is two orders of magnitude slower
// than a byte loop and can recurse deeply on long lines. Every test here is a
// bounded scan of one line, so zoning stays linear in the body size. Why not
// Vectorscan: the patterns are few and anchored at line ends, and the text layer
// must not take a heavy dependency (see ARCHITECTURE.md).

#include "rapport/text/zone_rules.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <deque>
#include <vector>

#include "rapport/text/zone_phrases.hpp"
#include "rapport/util/ascii.hpp"

namespace rapport::text::rules {

namespace {

constexpr char lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
constexpr bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool is_high(char c) { return static_cast<unsigned char>(c) >= 0x80; }
constexpr bool is_word_char(char c) { return is_ascii_letter(c) || is_ascii_digit(c) || is_high(c); }

// Invisible or blank characters that HTML conversion and some clients leave at the
// ends of lines, in UTF-8.
constexpr std::array k_invisible{
    std::string_view{"\xC2\xA0"},      // no-break space
    std::string_view{"\xE2\x80\x8B"},  // zero-width space
    std::string_view{"\xE2\x80\x8C"},  // zero-width non-joiner
    std::string_view{"\xE2\x80\x8D"},  // zero-width joiner
    std::string_view{"\xE2\x80\xAF"},  // narrow no-break space
    std::string_view{"\xE3\x80\x80"},  // ideographic space
    std::string_view{"\xEF\xBB\xBF"},  // byte-order mark
};

bool strip_invisible_front(std::string_view& s) {
  for (std::string_view inv : k_invisible) {
    if (s.starts_with(inv)) {
      s.remove_prefix(inv.size());
      return true;
    }
  }
  return false;
}

bool strip_invisible_back(std::string_view& s) {
  for (std::string_view inv : k_invisible) {
    if (s.ends_with(inv)) {
      s.remove_suffix(inv.size());
      return true;
    }
  }
  return false;
}

// Splits on anything that is not part of a word; calls f(token) for each.
template <typename F>
void for_each_token(std::string_view s, F&& f) {
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !(is_word_char(s[i]) || s[i] == '.' || s[i] == '-' || s[i] == '\'')) ++i;
    std::size_t start = i;
    while (i < s.size() && (is_word_char(s[i]) || s[i] == '.' || s[i] == '-' || s[i] == '\'')) ++i;
    if (i > start) {
      std::string_view tok = s.substr(start, i - start);
      while (!tok.empty() && (tok.back() == '.' || tok.back() == '-' || tok.back() == '\'')) tok.remove_suffix(1);
      while (!tok.empty() && (tok.front() == '.' || tok.front() == '-' || tok.front() == '\'')) tok.remove_prefix(1);
      if (!tok.empty() && f(tok)) return;
    }
  }
}

// Compares a token with a list entry, ignoring case and dots ("Inc." == "inc").
bool token_equals(std::string_view tok, std::string_view entry) {
  std::size_t i = 0;
  std::size_t j = 0;
  while (true) {
    while (i < tok.size() && tok[i] == '.') ++i;
    while (j < entry.size() && entry[j] == '.') ++j;
    if (i == tok.size() || j == entry.size()) return i == tok.size() && j == entry.size();
    if (lower(tok[i]) != entry[j]) return false;
    ++i;
    ++j;
  }
}

bool token_in(std::string_view tok, std::span<const std::string_view> list) {
  return std::any_of(list.begin(), list.end(), [&](std::string_view e) { return token_equals(tok, e); });
}

// The set of (lower-cased) first bytes of a phrase list: a cheap test that lets
// most lines skip the list entirely.
class FirstBytes {
 public:
  explicit FirstBytes(std::span<const std::string_view> list, std::string_view extra = {}) {
    for (std::string_view p : list) {
      if (!p.empty()) add(p.front());
    }
    for (char c : extra) add(c);
  }
  bool contains(char c) const { return set_[static_cast<unsigned char>(c)]; }

 private:
  void add(char c) {
    set_[static_cast<unsigned char>(c)] = true;
    if (c >= 'a' && c <= 'z') set_[static_cast<unsigned char>(c - 'a' + 'A')] = true;
  }
  std::array<bool, 256> set_{};
};

// Removes a final ':' (ASCII or full-width) and the blanks before it.
bool strip_final_colon(std::string_view& s) {
  if (s.ends_with(':')) {
    s.remove_suffix(1);
  } else if (s.ends_with("\xEF\xBC\x9A")) {  // full-width colon
    s.remove_suffix(3);
  } else {
    return false;
  }
  s = trim(s);
  return true;
}

bool ends_sentence(std::string_view t) {
  return t.ends_with('.') || t.ends_with('?') || t.ends_with('!');
}

}  // namespace

std::string_view trim(std::string_view s) {
  while (!s.empty()) {
    if (is_ascii_space(s.front())) {
      s.remove_prefix(1);
    } else if (!(is_high(s.front()) && strip_invisible_front(s))) {
      break;
    }
  }
  while (!s.empty()) {
    if (is_ascii_space(s.back())) {
      s.remove_suffix(1);
    } else if (!(is_high(s.back()) && strip_invisible_back(s))) {
      break;
    }
  }
  return s;
}

Quote quote_of(std::string_view line) {
  Quote q;
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  while (i < line.size() && line[i] == '>') {
    ++q.depth;
    ++i;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  }
  q.text = trim(line.substr(i));
  return q;
}

bool istarts_with(std::string_view s, std::string_view lower_prefix) {
  if (s.size() < lower_prefix.size()) return false;
  for (std::size_t i = 0; i < lower_prefix.size(); ++i) {
    if (lower(s[i]) != lower_prefix[i]) return false;
  }
  return true;
}

bool iends_with(std::string_view s, std::string_view lower_suffix) {
  if (s.size() < lower_suffix.size()) return false;
  return istarts_with(s.substr(s.size() - lower_suffix.size()), lower_suffix);
}

bool iequals(std::string_view s, std::string_view lower_text) {
  return s.size() == lower_text.size() && istarts_with(s, lower_text);
}

bool icontains(std::string_view s, std::string_view lower_needle) {
  if (lower_needle.empty()) return true;
  if (s.size() < lower_needle.size()) return false;
  const char first = lower_needle.front();
  const std::size_t last = s.size() - lower_needle.size();
  for (std::size_t i = 0; i <= last; ++i) {
    if (lower(s[i]) == first && istarts_with(s.substr(i), lower_needle)) return true;
  }
  return false;
}

bool has_digit(std::string_view s) { return std::any_of(s.begin(), s.end(), is_ascii_digit); }

bool has_email_address(std::string_view s) {
  for (std::size_t at = s.find('@'); at != std::string_view::npos; at = s.find('@', at + 1)) {
    if (at == 0 || !(is_word_char(s[at - 1]) || s[at - 1] == '.' || s[at - 1] == '_' || s[at - 1] == '-' ||
                     s[at - 1] == '+')) {
      continue;
    }
    std::size_t j = at + 1;
    bool dot = false;
    std::size_t after_dot = 0;
    while (j < s.size() && (is_word_char(s[j]) || s[j] == '.' || s[j] == '-' || s[j] == '_')) {
      if (s[j] == '.') {
        dot = true;
        after_dot = 0;
      } else {
        ++after_dot;
      }
      ++j;
    }
    if (dot && after_dot >= 2) return true;
  }
  return false;
}

bool has_url(std::string_view s) {
  return icontains(s, "http://") || icontains(s, "https://") || icontains(s, "www.");
}

bool has_date_or_time(std::string_view s) {
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (!is_ascii_digit(s[i]) || (i > 0 && is_ascii_digit(s[i - 1]))) continue;
    std::size_t j = i;
    while (j < n && is_ascii_digit(s[j])) ++j;
    const std::size_t len = j - i;
    if (len == 4 && (s.substr(i, 2) == "19" || s.substr(i, 2) == "20")) return true;
    if (len <= 2 && j < n) {
      const char sep = s[j];
      if (sep == ':' && j + 2 < n && is_ascii_digit(s[j + 1]) && is_ascii_digit(s[j + 2])) return true;
      if (sep == '/' || sep == '.' || sep == '-') {
        std::size_t k = j + 1;
        while (k < n && is_ascii_digit(s[k])) ++k;
        const std::size_t m = k - (j + 1);
        if (m >= 1 && m <= 2 && k + 1 < n && s[k] == sep && is_ascii_digit(s[k + 1])) return true;
      }
    }
    i = j;
  }
  return false;
}

std::size_t word_count(std::string_view s) {
  std::size_t count = 0;
  bool in_word = false;
  for (char c : s) {
    if (is_ascii_space(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++count;
    }
  }
  return count;
}

// --- Quoted history -------------------------------------------------------

bool ends_with_attribution_verb(std::string_view t) {
  if (!strip_final_colon(t)) return false;
  for (std::string_view verb : phrases::attribution_verbs()) {
    if (!iends_with(t, verb)) continue;
    if (is_high(verb.front())) return true;  // CJK verbs follow the name directly
    const std::size_t before = t.size() - verb.size();
    if (before == 0) return false;  // the verb alone is not an attribution
    const char c = t[before - 1];
    if (!is_word_char(c) || c == '>' || is_high(c)) return true;
  }
  return false;
}

bool starts_with_attribution_opener(std::string_view t) {
  const auto openers = phrases::attribution_openers();
  return std::any_of(openers.begin(), openers.end(), [&](std::string_view o) { return istarts_with(t, o); });
}

namespace {

// The verb anywhere in the line as a whole word ("Am … schrieb Jane:",
// "Op … schreef Jane:").
bool contains_attribution_verb(std::string_view t) {
  for (std::string_view verb : phrases::attribution_verbs()) {
    for (std::size_t at = 0; at + verb.size() <= t.size(); ++at) {
      if (!istarts_with(t.substr(at), verb)) continue;
      const bool left = at == 0 || !is_word_char(t[at - 1]) || is_high(verb.front());
      const std::size_t end = at + verb.size();
      const bool right = end == t.size() || !is_word_char(t[end]) || is_high(verb.back());
      if (left && right) return true;
    }
  }
  return false;
}

}  // namespace

bool is_attribution(std::string_view joined) {
  const std::string_view t = trim(joined);
  if (t.empty() || t.size() > 400) return false;
  if (ends_with_attribution_verb(t)) {
    return has_digit(t) || has_email_address(t) || starts_with_attribution_opener(t);
  }
  std::string_view body = t;
  if (!strip_final_colon(body)) return false;
  if (starts_with_attribution_opener(body) && has_digit(body) && contains_attribution_verb(body)) return true;
  return has_email_address(body) && has_date_or_time(body) && word_count(body) <= 16;
}

HeaderField header_field(std::string_view t, std::string_view* value) {
  static const FirstBytes from_first(phrases::header_from_fields());
  static const FirstBytes other_first(phrases::header_other_fields());
  std::string_view s = t;
  while (!s.empty() && (s.front() == '*' || s.front() == '_')) s.remove_prefix(1);
  if (s.empty() || !(from_first.contains(s.front()) || other_first.contains(s.front()))) return HeaderField::none;
  // The field name is short: look for the colon in the first 32 bytes only.
  std::size_t colon = std::string_view::npos;
  std::size_t colon_len = 1;
  const std::size_t limit = std::min<std::size_t>(s.size(), 32);
  for (std::size_t i = 0; i < limit; ++i) {
    if (s[i] == ':') {
      colon = i;
      break;
    }
    if (s.substr(i).starts_with("\xEF\xBC\x9A")) {
      colon = i;
      colon_len = 3;
      break;
    }
  }
  if (colon == std::string_view::npos || colon == 0) return HeaderField::none;
  std::string_view name = s.substr(0, colon);
  while (!name.empty() && (name.back() == '*' || name.back() == '_')) name.remove_suffix(1);
  name = trim(name);
  if (name.empty()) return HeaderField::none;
  std::string_view rest = s.substr(colon + colon_len);
  while (!rest.empty() && (rest.front() == '*' || rest.front() == '_')) rest.remove_prefix(1);
  if (value != nullptr) *value = trim(rest);
  for (std::string_view f : phrases::header_from_fields()) {
    if (iequals(name, f)) return HeaderField::from;
  }
  for (std::string_view f : phrases::header_other_fields()) {
    if (iequals(name, f)) return HeaderField::other;
  }
  return HeaderField::none;
}

bool is_history_separator(std::string_view t) {
  if (t.size() > 200 || t.empty()) return false;
  // Undecorated, a separator is the phrase alone, perhaps with a colon.
  const char first = t.front();
  const bool may_be_decorated = first == '-' || first == '_' || first == '=' || first == '*' || first == '~';
  if (!may_be_decorated && t.size() > 40 && !t.ends_with(':')) return false;
  std::string_view s = t;
  bool decorated = false;
  auto is_deco = [](char c) { return c == '-' || c == '_' || c == '=' || c == '*' || c == '~' || c == ' '; };
  while (!s.empty() && is_deco(s.front())) {
    decorated = decorated || s.front() != ' ';
    s.remove_prefix(1);
  }
  while (!s.empty() && is_deco(s.back())) {
    decorated = decorated || s.back() != ' ';
    s.remove_suffix(1);
  }
  for (std::string_view phrase : phrases::history_separators()) {
    if (!istarts_with(s, phrase)) continue;
    if (phrase == "forwarded by") return decorated;  // Lotus Notes draws dashes around it
    std::string_view rest = trim(s.substr(phrase.size()));
    if (rest.empty() || rest == ":") return true;
    if (decorated && rest.size() < 40) return true;
  }
  return false;
}

bool is_rule_line(std::string_view t) {
  if (t.size() < 5) return false;
  const char c = t.front();
  if (c != '-' && c != '_' && c != '=' && c != '*') return false;
  return std::all_of(t.begin(), t.end(), [c](char x) { return x == c; });
}

// --- Signatures and footers -----------------------------------------------

bool is_signature_delimiter(std::string_view line) {
  std::size_t end = line.size();
  while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t' || line[end - 1] == '\r')) --end;
  std::size_t start = 0;
  while (start < end && (line[start] == ' ' || line[start] == '\t')) ++start;
  return line.substr(start, end - start) == "--";
}

bool is_device_line(std::string_view t) {
  static const FirstBytes first(phrases::device_prefixes(), "s");
  if (t.empty() || t.size() > 80 || !first.contains(t.front()) || t.find(',') != std::string_view::npos) {
    return false;
  }
  const std::size_t words = word_count(t);
  if (words > 9) return false;
  for (std::string_view prefix : phrases::device_prefixes()) {
    if (istarts_with(t, prefix)) return t.size() > prefix.size() || !prefix.ends_with(' ');
  }
  // "Sent via/with/using/by/on …" naming a device or an app.
  static constexpr std::array k_verbs{std::string_view{"sent from "}, std::string_view{"sent via "},
                                      std::string_view{"sent with "}, std::string_view{"sent using "},
                                      std::string_view{"sent by "},   std::string_view{"sent on "}};
  for (std::string_view verb : k_verbs) {
    if (!istarts_with(t, verb)) continue;
    bool device = false;
    for_each_token(t.substr(verb.size()), [&](std::string_view tok) {
      device = token_in(tok, phrases::device_words());
      return device;
    });
    return device;
  }
  return false;
}

namespace {

// Words that may follow a sign-off before the name ("Thanks in advance, Anna").
constexpr std::array k_sign_off_continuations{
    std::string_view{"in advance"}, std::string_view{"again"},       std::string_view{"so much"},
    std::string_view{"very much"},  std::string_view{"a lot"},       std::string_view{"a bunch"},
    std::string_view{"and regards"}, std::string_view{"& regards"},  std::string_view{"and best regards"},
    std::string_view{"and best"},   std::string_view{"and kind regards"}, std::string_view{"for now"},
    std::string_view{"for everything"}, std::string_view{"for your help"}, std::string_view{"for your time"},
    std::string_view{"for the help"}, std::string_view{"all"},        std::string_view{"everyone"},
    std::string_view{"regards"},    std::string_view{"wishes"},      std::string_view{"to you"},
    std::string_view{"to all"},     std::string_view{"and have a nice day"}, std::string_view{"and see you"},
    std::string_view{"and thanks"}, std::string_view{"& thanks"},    std::string_view{"you"},
};

std::string_view strip_sign_off_punct(std::string_view s, bool* had_punct) {
  while (!s.empty()) {
    const char c = s.front();
    if (c == ',' || c == '.' || c == '!' || c == '-' || c == ';' || c == ':' || c == '~' || c == ')' ||
        c == '(') {
      *had_punct = true;
      s.remove_prefix(1);
    } else if (is_ascii_space(c)) {
      s.remove_prefix(1);
    } else if (s.starts_with("\xE2\x80\x93") || s.starts_with("\xE2\x80\x94")) {  // en/em dash
      *had_punct = true;
      s.remove_prefix(3);
    } else {
      break;
    }
  }
  return s;
}

}  // namespace

SignOff sign_off_of(std::string_view t) {
  SignOff out;
  if (t.empty() || t.size() > 60 || word_count(t) > 7 || t.ends_with('?')) return out;
  // "-Anna", "--Bob", "- Rob": a name signed with a dash.
  if (t.front() == '-' && t.size() > 1 && !is_signature_delimiter(t)) {
    std::string_view name = t;
    while (!name.empty() && name.front() == '-') name.remove_prefix(1);
    name = trim(name);
    if (!name.empty() && word_count(name) <= 3 && is_name_like(name) &&
        (is_ascii_upper(name.front()) || is_high(name.front()) || word_count(name) == 1)) {
      out.is_sign_off = true;
      out.has_name = true;
    }
    return out;
  }
  std::string_view best;
  for (std::string_view p : phrases::sign_offs()) {
    if (p.size() > best.size() && istarts_with(t, p) && (t.size() == p.size() || !is_word_char(t[p.size()]))) {
      best = p;
    }
  }
  if (best.empty()) return out;
  std::string_view rest = t.substr(best.size());
  for (int round = 0; round < 3; ++round) {
    bool punct = false;
    rest = strip_sign_off_punct(rest, &punct);
    if (rest.empty()) {
      out.is_sign_off = true;
      return out;
    }
    bool continued = false;
    for (std::string_view c : k_sign_off_continuations) {
      if (istarts_with(rest, c) && (rest.size() == c.size() || !is_word_char(rest[c.size()]))) {
        rest.remove_prefix(c.size());
        continued = true;
        break;
      }
    }
    if (continued) continue;
    const bool capital = is_ascii_upper(rest.front()) || is_high(rest.front());
    if (word_count(rest) <= 3 && is_name_like(rest) && (punct || capital)) {
      out.is_sign_off = true;
      out.has_name = true;
    }
    return out;
  }
  return out;
}

bool is_name_like(std::string_view t) {
  std::string_view s = t;
  // A credential after a comma ("Jane Doe, CFA", "John Roe, Jr.") is part of a name.
  if (const std::size_t comma = s.find(','); comma != std::string_view::npos) {
    const std::string_view after = trim(s.substr(comma + 1));
    const bool credential = !after.empty() && after.size() <= 6 && after.find(' ') == std::string_view::npos &&
                            is_ascii_upper(after.front());
    if (!after.empty() && !credential) return false;
    s = s.substr(0, comma);
  }
  // A dash before the name is a common short sign-off ("-Anna", "-- Bob").
  while (!s.empty() && (s.front() == '-' || s.front() == '~' || s.front() == ' ')) s.remove_prefix(1);
  while (s.starts_with("\xE2\x80\x93") || s.starts_with("\xE2\x80\x94")) s = trim(s.substr(3));
  while (!s.empty() && (s.back() == '.' || s.back() == ',')) s.remove_suffix(1);
  s = trim(s);
  if (s.empty() || s.size() > 40) return false;
  std::size_t words = 0;
  std::size_t capitalised = 0;
  bool bad = false;
  std::size_t i = 0;
  while (i < s.size() && !bad) {
    while (i < s.size() && s[i] == ' ') ++i;
    const std::size_t start = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i == start) break;
    const std::string_view w = s.substr(start, i - start);
    ++words;
    for (char c : w) {
      if (!(is_ascii_letter(c) || is_high(c) || c == '.' || c == '\'' || c == '-')) bad = true;
    }
    if (is_ascii_upper(w.front()) || is_high(w.front())) {
      ++capitalised;
    } else if (!(w == "van" || w == "de" || w == "der" || w == "von" || w == "da" || w == "di" ||
                 w == "la" || w == "le" || w == "del" || w == "bin" || w == "al" || w == "du")) {
      if (words > 1 || s.find(' ') != std::string_view::npos) bad = true;
    }
  }
  if (bad || words == 0 || words > 4) return false;
  // "Acme Company", "Sales Director" name an organisation or a role, not a person.
  bool organisation = false;
  for_each_token(s, [&](std::string_view tok) {
    organisation = token_in(tok, phrases::company_words()) || token_in(tok, phrases::title_words());
    return organisation;
  });
  if (organisation) return false;
  // "Hi", "Dear Anna", "Thanks" open or close a message; they are not names.
  for (std::string_view g : phrases::greetings()) {
    if (istarts_with(s, g) && (s.size() == g.size() || !is_word_char(s[g.size()]))) return false;
  }
  for (std::string_view so : phrases::sign_offs()) {
    if (istarts_with(s, so) && (s.size() == so.size() || !is_word_char(s[so.size()]))) return false;
  }
  if (capitalised == 0) {
    // A single lower-case word ("bob") passes when short and not ending a sentence.
    return words == 1 && s.size() <= 12 && !t.ends_with('.');
  }
  return true;
}

bool is_contact_line(std::string_view t) {
  if (has_email_address(t) || has_url(t)) return true;
  // A phone number: a run of digits and separators holding at least 7 digits
  // that is not a date ("7/18/2001").
  std::size_t digits = 0;
  std::size_t run_start = 0;
  for (std::size_t i = 0; i <= t.size(); ++i) {
    const char c = i < t.size() ? t[i] : '\0';
    if (is_ascii_digit(c)) {
      if (digits == 0) run_start = i;
      ++digits;
    } else if (!(c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+') || i == t.size()) {
      if (digits >= 7 && !has_date_or_time(t.substr(run_start, i - run_start))) return true;
      digits = 0;
    }
  }
  // An extension: "x1234", "x-58752", "ext. 1234".
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (lower(t[i]) != 'x' || (i > 0 && is_word_char(t[i - 1]))) continue;
    std::size_t j = i + 1;
    if (j < t.size() && (t[j] == '-' || t[j] == '.')) ++j;
    std::size_t k = j;
    while (k < t.size() && is_ascii_digit(t[k])) ++k;
    if (k - j >= 4) return true;
  }
  // A contact label: "Tel: …", "M +1 …", "Skype: …".
  std::size_t end = 0;
  while (end < t.size() && (is_ascii_letter(t[end]) || t[end] == '-')) ++end;
  if (end == 0 || !token_in(t.substr(0, end), phrases::contact_labels())) return false;
  std::string_view rest = t.substr(end);
  const bool single = end == 1;
  std::size_t j = 0;
  bool colon = false;
  while (j < rest.size() && (rest[j] == ' ' || rest[j] == '.' || rest[j] == ':' || rest[j] == '|')) {
    colon = colon || rest[j] == ':';
    ++j;
  }
  if (j >= rest.size() || (single && j == 0)) return false;
  const char c = rest[j];
  return colon || c == '+' || c == '(' || c == '@' || is_ascii_digit(c);
}

bool is_title_or_company_line(std::string_view t) {
  if (t.empty() || t.size() > 80 || word_count(t) > 8) return false;
  if (is_ascii_lower(t.front())) return false;
  bool found = false;
  bool abbreviation_end = false;
  std::string_view last;
  for_each_token(t, [&](std::string_view tok) {
    last = tok;
    if (token_in(tok, phrases::title_words()) || token_in(tok, phrases::company_words())) found = true;
    return false;
  });
  if (!found) return false;
  abbreviation_end = t.ends_with('.') && token_in(last, phrases::company_words());
  return !(ends_sentence(t) && !abbreviation_end);
}

bool is_prose(std::string_view t) {
  const std::size_t words = word_count(t);
  if (words >= 10) return true;
  if (words < 5 || !ends_sentence(t)) return false;
  // A sentence has small words ("the", "at", "is"); an address line or a
  // company name ending in an abbreviation ("Suite 3, 2nd Street S.W.") has few.
  std::size_t lower_words = 0;
  bool word_start = true;
  for (char c : t) {
    if (is_ascii_space(c)) {
      word_start = true;
    } else {
      if (word_start && is_ascii_lower(c)) ++lower_words;
      word_start = false;
    }
  }
  return lower_words >= 2;
}

bool is_attachment_line(std::string_view t) {
  if (t.size() < 5 || t.size() > 120) return false;
  if (t.starts_with("<<") && t.ends_with(">>")) return true;
  if (!t.starts_with("- ")) return false;
  // " - report.xls": a file name with a short extension.
  const std::size_t dot = t.rfind('.');
  if (dot == std::string_view::npos || dot + 1 >= t.size()) return false;
  const std::string_view ext = t.substr(dot + 1);
  return ext.size() <= 4 &&
         std::all_of(ext.begin(), ext.end(), [](char c) { return is_ascii_letter(c) || is_ascii_digit(c); });
}

namespace {

// Finds any of a fixed set of phrases in one pass over a line (Aho-Corasick, as a
// DFA over the bytes that occur in the phrases). Footer phrases are looked for in
// every line the sender wrote; testing 50 phrases one by one made that the
// dominant cost of zoning. Matching is ASCII case-insensitive; phrases are lower
// case. Built once, immutable afterwards, so safe to share between threads.
class PhraseSet {
 public:
  explicit PhraseSet(std::span<const std::string_view> phrases) {
    // Byte classes: every byte that occurs in a phrase gets its own class.
    for (std::string_view p : phrases) {
      for (char c : p) {
        auto& k = class_[static_cast<unsigned char>(c)];
        if (k == 0) k = static_cast<std::uint8_t>(classes_++);
      }
    }
    for (std::size_t c = 'A'; c <= 'Z'; ++c) class_[c] = class_[c - 'A' + 'a'];
    // The trie.
    std::vector<std::int32_t> go(classes_, -1);
    accept_.push_back(false);
    for (std::string_view p : phrases) {
      std::size_t state = 0;
      for (char c : p) {
        const std::size_t k = class_[static_cast<unsigned char>(c)];
        std::int32_t& next = go[state * classes_ + k];
        if (next < 0) {
          next = static_cast<std::int32_t>(accept_.size());
          accept_.push_back(false);
          go.resize(go.size() + classes_, -1);
        }
        state = static_cast<std::size_t>(go[state * classes_ + k]);
      }
      accept_[state] = true;
    }
    // Failure links, breadth first, turning the trie into a DFA.
    const std::size_t states = accept_.size();
    next_.assign(states * classes_, 0);
    std::vector<std::uint32_t> fail(states, 0);
    std::deque<std::uint32_t> queue;
    for (std::size_t k = 0; k < classes_; ++k) {
      const std::int32_t s = go[k];
      if (s > 0) {
        next_[k] = static_cast<std::uint32_t>(s);
        queue.push_back(static_cast<std::uint32_t>(s));
      }
    }
    while (!queue.empty()) {
      const std::uint32_t s = queue.front();
      queue.pop_front();
      accept_[s] = accept_[s] || accept_[fail[s]];
      for (std::size_t k = 0; k < classes_; ++k) {
        const std::int32_t t = go[s * classes_ + k];
        if (t > 0) {
          fail[static_cast<std::size_t>(t)] = next_[fail[s] * classes_ + k];
          next_[s * classes_ + k] = static_cast<std::uint32_t>(t);
          queue.push_back(static_cast<std::uint32_t>(t));
        } else {
          next_[s * classes_ + k] = next_[fail[s] * classes_ + k];
        }
      }
    }
  }

  bool found_in(std::string_view text) const {
    std::uint32_t state = 0;
    for (char c : text) {
      state = next_[state * classes_ + class_[static_cast<unsigned char>(c)]];
      if (accept_[state]) return true;
    }
    return false;
  }

 private:
  std::array<std::uint8_t, 256> class_{};
  std::size_t classes_ = 1;  // class 0: bytes that occur in no phrase
  std::vector<std::uint32_t> next_;
  std::vector<bool> accept_;
};

}  // namespace

bool has_legal_footer_phrase(std::string_view t) {
  static const PhraseSet set(phrases::footer_phrases());
  return set.found_in(t);
}

ListFooter list_footer_of(std::string_view t) {
  static const PhraseSet strong(phrases::list_footer_phrases());
  static const PhraseSet weak(phrases::list_footer_words());
  if (strong.found_in(t)) return ListFooter::strong;
  return weak.found_in(t) ? ListFooter::weak : ListFooter::none;
}

}  // namespace rapport::text::rules
