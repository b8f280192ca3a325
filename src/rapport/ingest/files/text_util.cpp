#include "rapport/ingest/files/text_util.hpp"

#include "rapport/util/ascii.hpp"

#include <array>
#include <utility>

namespace rapport::ingest::detail {


std::string to_lower_ascii(std::string_view s) { return ascii_lower(s); }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (to_lower(a[i]) != to_lower(b[i])) return false;
  return true;
}

bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!is_digit(c)) return false;
  return true;
}

std::string collapse_spaces(std::string_view s) { return collapse_ascii_spaces(s); }

std::string_view strip_bom(std::string_view s) {
  if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  return s;
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

namespace {

// The references that turn up in captions and exported text; a full HTML table
// (2000+ names) is not worth carrying for these formats.
constexpr std::array<std::pair<std::string_view, std::uint32_t>, 20> k_named{{
    {"amp", '&'},      {"lt", '<'},        {"gt", '>'},        {"quot", '"'},
    {"apos", '\''},    {"nbsp", 0xA0},     {"lrm", 0x200E},    {"rlm", 0x200F},
    {"ndash", 0x2013}, {"mdash", 0x2014},  {"lsquo", 0x2018},  {"rsquo", 0x2019},
    {"ldquo", 0x201C}, {"rdquo", 0x201D},  {"hellip", 0x2026}, {"eacute", 0xE9},
    {"euro", 0x20AC},  {"pound", 0xA3},    {"copy", 0xA9},     {"shy", 0xAD},
}};

// Decodes the reference starting at s[0] == '&'; returns the bytes consumed (0 if
// it is not a reference we know).
std::size_t decode_one(std::string_view s, std::string& out) {
  const std::size_t semi = s.find(';');
  if (semi == std::string_view::npos || semi < 2 || semi > 12) return 0;
  const std::string_view name = s.substr(1, semi - 1);
  if (name[0] == '#') {
    std::uint32_t cp = 0;
    const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    for (char c : digits) {
      std::uint32_t d = 0;
      if (is_digit(c)) {
        d = static_cast<std::uint32_t>(c - '0');
      } else if (hex && c >= 'a' && c <= 'f') {
        d = static_cast<std::uint32_t>(c - 'a' + 10);
      } else if (hex && c >= 'A' && c <= 'F') {
        d = static_cast<std::uint32_t>(c - 'A' + 10);
      } else {
        return 0;
      }
      cp = cp * (hex ? 16u : 10u) + d;
      if (cp > 0x10FFFF) return 0;
    }
    append_utf8(out, cp == 0 ? 0xFFFD : cp);
    return semi + 1;
  }
  for (const auto& [known, cp] : k_named) {
    if (known == name) {
      append_utf8(out, cp);
      return semi + 1;
    }
  }
  return 0;
}

}  // namespace

std::string decode_entities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      const std::size_t used = decode_one(s.substr(i), out);
      if (used > 0) {
        i += used - 1;
        continue;
      }
    }
    out.push_back(s[i]);
  }
  return out;
}

std::string strip_tags(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '<') {
      const std::size_t close = s.find('>', i + 1);
      if (close != std::string_view::npos) {
        i = close + 1;
        continue;
      }
    } else if (s[i] == '{' && i + 1 < s.size() && s[i + 1] == '\\') {
      // SubStation positioning codes in SRT files: "{\an8}".
      const std::size_t close = s.find('}', i + 2);
      if (close != std::string_view::npos) {
        i = close + 1;
        continue;
      }
    }
    out.push_back(s[i]);
    ++i;
  }
  return out;
}

}  // namespace rapport::ingest::detail
