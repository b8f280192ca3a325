#pragma once
// HTML character references, for html_to_text. Internal to the text layer.

#include <cstddef>
#include <string>
#include <string_view>

namespace rapport::text::html {

// The code point of a named character reference without '&' and ';' ("amp",
// "eacute"; case-sensitive as in HTML), or 0 when unknown. Covers the 253 HTML 4
// entities (all of Latin-1, Greek, math, arrows, typographic punctuation) plus
// "apos".
char32_t named_entity(std::string_view name);

// Appends `cp` as UTF-8. Surrogates, zero and values above U+10FFFF become
// U+FFFD; 0x80..0x9F are read as Windows-1252, as HTML5 prescribes for numeric
// references.
void append_code_point(std::string& out, char32_t cp);

// Decodes the character reference that starts at html[i] ('&'); on success
// appends its text, returns the number of bytes consumed. Returns 0 (nothing
// appended) when there is no valid reference there. Numeric references take any
// number of digits (values are clamped); named ones need the ';' except the
// legacy five (amp, lt, gt, quot, nbsp) which browsers accept without it.
std::size_t decode_reference(std::string_view html, std::size_t i, std::string& out);

}  // namespace rapport::text::html
