#pragma once
// Bytes in a declared (or undeclared, or wrongly declared) charset to valid UTF-8.
// Used for MIME bodies and to repair mislabelled RFC 2047 encoded words before GMime
// decodes a header. GMime's own g_mime_text_part_get_text is not used for bodies: it
// leaves undeclared 8-bit bytes unconverted (invalid UTF-8), writes '?' for bytes that
// are invalid in the declared charset, and cannot tell UTF-8 that was labelled
// ISO-8859-1 (the usual source of "Ã©" mojibake).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rapport::ingest {

enum class DecodeLoss : std::uint8_t {
  none,
  unknown_charset,  // the declared charset is unknown; read as UTF-8, else Windows-1252
  invalid_bytes,    // some bytes were invalid in the declared charset (U+FFFD written)
};

// Appends `bytes`, declared to be in `charset` (a MIME charset name, any case, possibly
// quoted; empty when undeclared), to `out` as UTF-8. Never fails; the output is always
// valid UTF-8 and free of NUL bytes. Rules:
// - undeclared, US-ASCII, unknown-8bit: UTF-8 where the bytes are valid UTF-8, each
//   other byte read as Windows-1252;
// - UTF-8: the same (a UTF-8 text with one stray Latin-1 byte keeps its letters);
// - ISO-8859-1 and Windows-1252: Windows-1252 (as the WHATWG Encoding Standard does),
//   unless the bytes are valid non-ASCII UTF-8, which then wins (a mislabelled UTF-8
//   text would otherwise turn into "Ã©" mojibake); the same UTF-8 check applies to
//   every other single-byte charset;
// - anything else through iconv (GMime's alias table first: "latin2", "ks_c_5601-1987").
// Thread-safe (per-thread iconv descriptors).
DecodeLoss append_decoded(std::string_view bytes, std::string_view charset, std::string& out);

// Appends bytes that should be UTF-8 (an undeclared 8-bit text): valid UTF-8 is kept,
// each invalid byte is read as Windows-1252, NUL bytes are dropped.
void append_utf8_lenient(std::string_view bytes, std::string& out);

bool is_valid_utf8(std::string_view bytes);

// CRLF and lone CR to LF, in place.
void normalise_newlines(std::string& text);

// RFC 2047 encoded words whose bytes are invalid in their declared charset (typically
// "=?UTF-8?Q?Luc=EDa?=", Latin-1 bytes labelled UTF-8) or that are valid UTF-8
// labelled as a single-byte charset get the charset that fits (UTF-8, else
// Windows-1252), so that GMime's decoder, which writes '?' for invalid bytes, decodes
// them right. Returns nullopt when no word needed it (the common case: no copy).
std::optional<std::string> relabel_encoded_words(std::string_view header_value);

}  // namespace rapport::ingest
