#include "rapport/text/normalise.hpp"

#include <cstdlib>
#include <memory>

#include <utf8proc.h>

namespace rapport::text {

namespace {

// Length of the well-formed sequence at s[i], or 0 when the bytes there are
// ill-formed; `bad` then receives the length of the maximal ill-formed subpart
// (at least 1). Follows Table 3-7 of the Unicode Standard. Hand-written rather
// than utf8proc_iterate because utf8proc reports an error without the subpart
// length that the replacement practice needs.
std::size_t well_formed_length(std::string_view s, std::size_t i, std::size_t* bad) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  *bad = 1;
  if (b0 < 0x80) return 1;
  std::size_t need = 0;
  unsigned char lo = 0x80;
  unsigned char hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    if (b0 == 0xE0) lo = 0xA0;  // no overlongs
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    if (b0 == 0xF0) lo = 0x90;  // no overlongs
    if (b0 == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;
  }
  for (std::size_t k = 1; k <= need; ++k) {
    if (i + k >= s.size()) {
      *bad = k;
      return 0;
    }
    const unsigned char b = byte(i + k);
    const unsigned char min = k == 1 ? lo : 0x80;
    const unsigned char max = k == 1 ? hi : 0xBF;
    if (b < min || b > max) {
      *bad = k;
      return 0;
    }
  }
  return need + 1;
}

constexpr std::string_view k_replacement = "\xEF\xBF\xBD";

bool is_ascii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// utf8proc returns malloc'ed buffers; ownership passes to this holder.
struct FreeDeleter {
  void operator()(utf8proc_uint8_t* p) const { std::free(p); }
};
using Utf8procBuffer = std::unique_ptr<utf8proc_uint8_t, FreeDeleter>;

}  // namespace

bool is_valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t bad = 0;
    const std::size_t len = well_formed_length(s, i, &bad);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

std::string repair_utf8(std::string_view s) {
  if (is_valid_utf8(s)) return std::string(s);
  std::string out;
  out.reserve(s.size() + 16);
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t bad = 0;
    const std::size_t len = well_formed_length(s, i, &bad);
    if (len == 0) {
      out += k_replacement;
      i += bad;
    } else {
      out.append(s.substr(i, len));
      i += len;
    }
  }
  return out;
}

std::string to_nfc(std::string_view s) {
  if (is_ascii(s)) return std::string(s);
  const std::string valid = repair_utf8(s);
  utf8proc_uint8_t* raw = nullptr;
  const utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(valid.data()), static_cast<utf8proc_ssize_t>(valid.size()),
                   &raw, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  const Utf8procBuffer owned(raw);
  if (n < 0 || raw == nullptr) return valid;  // cannot happen on valid input; keep the text
  return std::string(reinterpret_cast<const char*>(owned.get()), static_cast<std::size_t>(n));
}

}  // namespace rapport::text
