#pragma once
// Unicode hygiene for text that comes from files: UTF-8 validation and repair,
// and NFC normalisation (so that "é" typed two ways compares equal). Pure
// functions; thread-safe.

#include <string>
#include <string_view>

namespace rapport::text {

// True when `s` is well-formed UTF-8: no stray continuation bytes, no truncated
// or overlong sequences, no surrogates (U+D800..U+DFFF), nothing above U+10FFFF.
bool is_valid_utf8(std::string_view s);

// `s` with every ill-formed sequence replaced by U+FFFD, one replacement per
// maximal ill-formed subpart (the Unicode / WHATWG "replacement" practice, so that
// a truncated 3-byte sequence becomes one U+FFFD, not three). Valid input is
// returned unchanged.
std::string repair_utf8(std::string_view s);

// Unicode Normalization Form C of `s`, via utf8proc. Ill-formed UTF-8 is repaired
// first (see repair_utf8), so the result is always valid UTF-8. ASCII input is
// returned unchanged without calling utf8proc.
std::string to_nfc(std::string_view s);

}  // namespace rapport::text
