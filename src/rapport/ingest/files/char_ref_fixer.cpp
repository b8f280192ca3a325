#include "rapport/ingest/files/char_ref_fixer.hpp"

#include <cstdint>
#include <optional>

#include "rapport/ingest/files/text_util.hpp"

namespace rapport::ingest::detail {
namespace {

enum class Scan : unsigned char { ok, not_a_reference, incomplete };

struct Ref {
  std::uint32_t code_point = 0;
  std::size_t length = 0;  // including "&#" and ';'
};

// A numeric reference at s[0..]: "&#123;" or "&#x1F600;".
Scan scan_ref(std::string_view s, Ref& ref) {
  constexpr std::size_t k_max = 12;  // "&#x" + 8 digits + ';'
  // An empty rest is incomplete too: the low half of a pair may be in the next chunk.
  if (s.size() < 2) return (s.empty() || s == "&") ? Scan::incomplete : Scan::not_a_reference;
  if (s[0] != '&' || s[1] != '#') return Scan::not_a_reference;
  std::size_t i = 2;
  const bool hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
  if (hex) ++i;
  std::uint64_t v = 0;
  const std::size_t digits_start = i;
  for (; i < s.size() && i < k_max; ++i) {
    const char c = s[i];
    if (c == ';') break;
    std::uint32_t d = 0;
    if (is_digit(c)) d = static_cast<std::uint32_t>(c - '0');
    else if (hex && c >= 'a' && c <= 'f') d = static_cast<std::uint32_t>(c - 'a' + 10);
    else if (hex && c >= 'A' && c <= 'F') d = static_cast<std::uint32_t>(c - 'A' + 10);
    else return Scan::not_a_reference;
    v = v * (hex ? 16u : 10u) + d;
  }
  if (i >= s.size()) return Scan::incomplete;
  if (s[i] != ';' || i == digits_start) return Scan::not_a_reference;
  ref.code_point = v > 0x10FFFF ? 0xFFFFFFFF : static_cast<std::uint32_t>(v);
  ref.length = i + 1;
  return Scan::ok;
}

bool allowed_in_xml(std::uint32_t cp) {
  if (cp == 0x9 || cp == 0xA || cp == 0xD) return true;
  if (cp < 0x20) return false;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  if (cp == 0xFFFE || cp == 0xFFFF) return false;
  return cp <= 0x10FFFF;
}

void append_ref(std::string& out, std::uint32_t cp) {
  out += "&#";
  out += std::to_string(cp);
  out += ';';
}

}  // namespace

std::string CharRefFixer::feed(std::string_view chunk, bool last) {
  std::string input;
  std::string_view s = chunk;
  if (!carry_.empty()) {
    input = std::move(carry_);
    carry_.clear();
    input.append(chunk);
    s = input;
  }
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t amp = s.find('&', i);
    if (amp == std::string_view::npos) {
      out.append(s.substr(i));
      break;
    }
    out.append(s.substr(i, amp - i));
    i = amp;
    Ref ref;
    const Scan scan = scan_ref(s.substr(i), ref);
    if (scan == Scan::incomplete && !last) {
      carry_ = std::string{s.substr(i)};
      return out;
    }
    if (scan != Scan::ok) {
      out.push_back('&');
      ++i;
      continue;
    }
    if (allowed_in_xml(ref.code_point)) {
      out.append(s.substr(i, ref.length));
      i += ref.length;
      continue;
    }
    if (ref.code_point >= 0xD800 && ref.code_point <= 0xDBFF) {
      Ref low;
      const Scan next = scan_ref(s.substr(i + ref.length), low);
      if (next == Scan::incomplete && !last) {
        carry_ = std::string{s.substr(i)};
        return out;
      }
      if (next == Scan::ok && low.code_point >= 0xDC00 && low.code_point <= 0xDFFF) {
        append_ref(out, 0x10000 + ((ref.code_point - 0xD800) << 10) + (low.code_point - 0xDC00));
        i += ref.length + low.length;
        continue;
      }
    }
    append_ref(out, 0xFFFD);
    i += ref.length;
  }
  return out;
}

}  // namespace rapport::ingest::detail
