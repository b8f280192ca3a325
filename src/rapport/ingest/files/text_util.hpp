#pragma once
// Small text helpers shared by the file readers (internal to ingest/files).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "rapport/util/ascii.hpp"  // trim_ascii_spaces, for the readers

namespace rapport::ingest::detail {

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }
constexpr char to_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string to_lower_ascii(std::string_view s);
bool iequals(std::string_view a, std::string_view b);
bool istarts_with(std::string_view s, std::string_view prefix);
bool all_digits(std::string_view s);  // false for ""

// Runs of white space become one space; leading and trailing space removed.
std::string collapse_spaces(std::string_view s);

// A UTF-8 byte order mark removed, if present.
std::string_view strip_bom(std::string_view s);

void append_utf8(std::string& out, std::uint32_t code_point);

// HTML/XML character references decoded: the named ones captions and exports use
// (&amp; &lt; &gt; &quot; &apos; &nbsp; &lrm; &rlm; …) and numeric ones (&#10; &#x2019;).
// Unknown or unterminated references are kept as written ("AT&T" stays).
std::string decode_entities(std::string_view s);

// Markup tags ("<i>", "</font>", "<c.yellow>", "<00:00:01.000>") removed, as caption
// formats use them; a '<' that opens no tag (no '>' before the end) is kept.
std::string strip_tags(std::string_view s);

}  // namespace rapport::ingest::detail
