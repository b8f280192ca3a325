#include "rapport/ingest/mail/charset.hpp"

#include "rapport/ingest/mail/gmime_handles.hpp"

#include <iconv.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <unordered_map>

namespace rapport::ingest {

namespace {

// Windows-1252's 0x80..0x9F. The five bytes it leaves undefined map to the C1 control
// of the same value, as the WHATWG Encoding Standard does, so that every byte decodes.
constexpr std::array<char32_t, 32> k_cp1252_high = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

void append_code_point(char32_t c, std::string& out) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

void append_cp1252_byte(unsigned char b, std::string& out) {
  if (b == 0) return;
  if (b < 0x80) {
    out.push_back(static_cast<char>(b));
  } else if (b < 0xA0) {
    append_code_point(k_cp1252_high[b - 0x80u], out);
  } else {
    append_code_point(b, out);
  }
}

void append_cp1252(std::string_view bytes, std::string& out) {
  for (const char c : bytes) append_cp1252_byte(static_cast<unsigned char>(c), out);
}

// Length of the leading pure-ASCII, NUL-free run; 8 bytes at a time.
std::size_t ascii_prefix(std::string_view bytes) {
  std::size_t i = 0;
  const std::size_t n = bytes.size();
  constexpr std::uint64_t k_high = 0x8080808080808080ULL;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t word;
    std::memcpy(&word, bytes.data() + i, 8);
    // High bit set in any byte, or any zero byte (the classic has-zero-byte test).
    if ((word & k_high) != 0 || ((word - 0x0101010101010101ULL) & ~word & k_high) != 0) break;
  }
  while (i < n && static_cast<unsigned char>(bytes[i]) < 0x80 && bytes[i] != 0) ++i;
  return i;
}

std::string canonical_charset(std::string_view charset) {
  std::string name;
  name.reserve(charset.size());
  for (const char c : charset) {
    if (c == '"' || c == '\'' || c == ' ' || c == '\t') continue;
    name.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
  }
  // RFC 2231 language suffix: "utf-8*en".
  if (const auto star = name.find('*'); star != std::string::npos) name.resize(star);
  return name;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool is_undeclared(std::string_view name) {
  return name.empty() || name == "us-ascii" || name == "ascii" || name == "ansi_x3.4-1968" ||
         name == "iso646-us" || name == "us" || name == "unknown-8bit" || name == "unknown" ||
         name == "x-unknown" || name == "default" || name == "8bit" || name == "x-user-defined";
}

// iconv ignores punctuation in names ("utf#8" opens UTF-8), so compare letters and
// digits only.
bool is_utf8_name(std::string_view name) {
  std::string alnum;
  for (const char c : name)
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) alnum.push_back(c);
  return alnum == "utf8";
}

bool is_latin1_name(std::string_view name) {
  return name == "iso-8859-1" || name == "iso8859-1" || name == "iso_8859-1" || name == "latin1" ||
         name == "l1" || name == "windows-1252" || name == "cp1252" || name == "x-cp1252" ||
         name == "iso-8859-1:1987";
}

// Charsets whose ASCII bytes do not mean ASCII (UTF-16, or 7-bit stateful encodings
// that switch with escape sequences): no ASCII fast path for them.
bool is_ascii_incompatible(std::string_view name) {
  return starts_with(name, "utf-16") || starts_with(name, "utf-32") || starts_with(name, "ucs") ||
         starts_with(name, "utf-7") || starts_with(name, "iso-2022") || starts_with(name, "hz");
}

// Multi-byte charsets, for which "valid UTF-8 wins" would be a guess too far.
bool is_multibyte(std::string_view name) {
  static constexpr std::array<std::string_view, 19> k_prefixes = {
      "shift", "sjis",  "x-sjis",         "windows-31j", "cp932",  "euc", "gb",
      "big5",  "cp936", "cp949",          "cp950",       "ks_c",   "ksc", "johab",
      "uhc",   "ms9",   "x-mac-japanese", "x-euc",       "csshift"};
  if (is_ascii_incompatible(name)) return true;
  for (const std::string_view p : k_prefixes)
    if (starts_with(name, p)) return true;
  return false;
}

// One iconv descriptor per charset and thread, opened on first use; iconv_open costs
// far more than a short conversion.
class IconvCache {
 public:
  IconvCache() = default;
  IconvCache(const IconvCache&) = delete;
  IconvCache& operator=(const IconvCache&) = delete;
  ~IconvCache() { close_all(); }

  static iconv_t invalid() { return reinterpret_cast<iconv_t>(static_cast<std::intptr_t>(-1)); }

  // Owned by the cache and valid until the next call; invalid() when the charset is
  // unknown.
  iconv_t to_utf8(const std::string& name) {
    if (auto it = descriptors_.find(name); it != descriptors_.end()) return it->second;
    // iconv knows most MIME names itself; GMime's alias table maps the others
    // ("ks_c_5601-1987", "x-mac-roman") to names it knows.
    iconv_t cd = iconv_open("UTF-8", name.c_str());
    if (cd == invalid()) {
      static_cast<void>(gmime::Library::instance());  // GMime's tables need g_mime_init
      const char* iconv_name = g_mime_charset_iconv_name(name.c_str());  // borrowed, GMime's cache
      if (iconv_name != nullptr) cd = iconv_open("UTF-8", iconv_name);
    }
    // A flood of invented names (a fuzzer, a hostile mailbox) must not grow the cache
    // without bound: start again.
    if (descriptors_.size() >= k_capacity) close_all();
    descriptors_.emplace(name, cd);
    return cd;
  }

 private:
  static constexpr std::size_t k_capacity = 256;

  void close_all() {
    for (auto& [name, cd] : descriptors_)
      if (cd != invalid()) iconv_close(cd);
    descriptors_.clear();
  }

  std::unordered_map<std::string, iconv_t> descriptors_;
};

IconvCache& iconv_cache() {
  thread_local IconvCache cache;
  return cache;
}

DecodeLoss convert_with_iconv(iconv_t cd, std::string_view bytes, std::string& out) {
  DecodeLoss loss = DecodeLoss::none;
  const std::size_t base = out.size();
  out.resize(base + bytes.size() * 2 + 16);
  // iconv's input is `char**` for historical reasons; it does not write through it.
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  std::size_t used = base;
  auto reserve_more = [&](std::size_t extra) {
    if (out.size() - used < extra) out.resize(out.size() + extra + in_left * 2);
  };
  while (in_left > 0) {
    char* dst = out.data() + used;
    std::size_t dst_left = out.size() - used;
    const std::size_t rc = iconv(cd, &in, &in_left, &dst, &dst_left);
    used = static_cast<std::size_t>(dst - out.data());
    if (rc != static_cast<std::size_t>(-1)) break;
    if (errno == E2BIG) {
      reserve_more(64);
      continue;
    }
    // EILSEQ (a byte invalid in the charset) or EINVAL (cut off at the end).
    loss = DecodeLoss::invalid_bytes;
    reserve_more(3);
    std::memcpy(out.data() + used, "\xEF\xBF\xBD", 3);
    used += 3;
    ++in;
    --in_left;
  }
  reserve_more(16);
  char* dst = out.data() + used;
  std::size_t dst_left = out.size() - used;
  iconv(cd, nullptr, nullptr, &dst, &dst_left);  // flush a stateful encoding
  used = static_cast<std::size_t>(dst - out.data());
  iconv(cd, nullptr, nullptr, nullptr, nullptr);  // reset for the next user
  out.resize(used);
  // UTF-16 text may carry NUL characters; the rest of rapport wants none.
  if (out.find('\0', base) != std::string::npos) {
    std::string clean = out.substr(base);
    out.resize(base);
    for (const char c : clean)
      if (c != '\0') out.push_back(c);
  }
  return loss;
}

unsigned char hex_value(char c) {
  if (c >= '0' && c <= '9') return static_cast<unsigned char>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<unsigned char>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<unsigned char>(c - 'A' + 10);
  return 0xFF;
}

// The bytes of an encoded word's payload ('Q' or 'B').
std::string decode_encoded_word_payload(char encoding, std::string_view text) {
  std::string bytes;
  if (encoding == 'q' || encoding == 'Q') {
    bytes.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (c == '_') {
        bytes.push_back(' ');
      } else if (c == '=' && i + 2 < text.size() && hex_value(text[i + 1]) != 0xFF &&
                 hex_value(text[i + 2]) != 0xFF) {
        bytes.push_back(static_cast<char>((hex_value(text[i + 1]) << 4) | hex_value(text[i + 2])));
        i += 2;
      } else {
        bytes.push_back(c);
      }
    }
  } else {
    bytes.resize(text.size() + 4);
    int state = 0;
    guint32 save = 0;
    const std::size_t n =
        g_mime_encoding_base64_decode_step(reinterpret_cast<const unsigned char*>(text.data()), text.size(),
                                           reinterpret_cast<unsigned char*>(bytes.data()), &state, &save);
    bytes.resize(n);
  }
  return bytes;
}

bool has_non_ascii(std::string_view bytes) { return ascii_prefix(bytes) < bytes.size(); }

// The charset an encoded word's bytes really are in, when not the declared one.
std::optional<std::string_view> better_label(std::string_view declared, std::string_view bytes) {
  const std::string name = canonical_charset(declared);
  if (!has_non_ascii(bytes)) return std::nullopt;
  const bool utf8 = is_valid_utf8(bytes);
  if (is_utf8_name(name)) {
    if (utf8) return std::nullopt;
    return "windows-1252";
  }
  if (is_multibyte(name)) {
    iconv_t cd = iconv_cache().to_utf8(name);
    if (cd == IconvCache::invalid()) return utf8 ? "utf-8" : "windows-1252";
    std::string probe;
    if (convert_with_iconv(cd, bytes, probe) == DecodeLoss::none) return std::nullopt;
    return utf8 ? "utf-8" : "windows-1252";
  }
  // A single-byte charset decodes any bytes; valid non-ASCII UTF-8 is the tell of a
  // mislabelled UTF-8 word.
  if (utf8) return "utf-8";
  if (!is_undeclared(name) && !is_latin1_name(name) && iconv_cache().to_utf8(name) == IconvCache::invalid()) {
    return "windows-1252";
  }
  return std::nullopt;
}

}  // namespace

bool is_valid_utf8(std::string_view bytes) {
  const std::size_t ascii = ascii_prefix(bytes);
  if (ascii == bytes.size()) return true;
  const std::string_view rest = bytes.substr(ascii);
  return g_utf8_validate_len(rest.data(), rest.size(), nullptr) != FALSE;
}

void append_utf8_lenient(std::string_view bytes, std::string& out) {
  while (!bytes.empty()) {
    const std::size_t ascii = ascii_prefix(bytes);
    out.append(bytes.substr(0, ascii));
    bytes.remove_prefix(ascii);
    if (bytes.empty()) break;
    // GLib's validator finds the longest valid prefix (it treats NUL as invalid).
    const char* end = nullptr;
    g_utf8_validate_len(bytes.data(), bytes.size(), &end);
    const auto valid = static_cast<std::size_t>(end - bytes.data());
    out.append(bytes.substr(0, valid));
    bytes.remove_prefix(valid);
    if (bytes.empty()) break;
    append_cp1252_byte(static_cast<unsigned char>(bytes.front()), out);
    bytes.remove_prefix(1);
  }
}

DecodeLoss append_decoded(std::string_view bytes, std::string_view charset, std::string& out) {
  const std::string name = canonical_charset(charset);
  if (!is_ascii_incompatible(name) && ascii_prefix(bytes) == bytes.size()) {
    out.append(bytes);
    return DecodeLoss::none;
  }
  if (is_undeclared(name) || is_utf8_name(name)) {
    append_utf8_lenient(bytes, out);
    return DecodeLoss::none;
  }
  if (!is_multibyte(name) && is_valid_utf8(bytes)) {
    out.append(bytes);
    return DecodeLoss::none;
  }
  if (is_latin1_name(name)) {
    append_cp1252(bytes, out);
    return DecodeLoss::none;
  }
  iconv_t cd = iconv_cache().to_utf8(name);
  if (cd == IconvCache::invalid()) {
    append_utf8_lenient(bytes, out);
    return DecodeLoss::unknown_charset;
  }
  const std::size_t start = out.size();
  const DecodeLoss loss = convert_with_iconv(cd, bytes, out);
  // glibc's converters are trusted to write UTF-8, but a UTF-8 alias passes invalid
  // sequences through; the promise of valid output is kept here whatever iconv did.
  if (!is_valid_utf8(std::string_view(out).substr(start))) {
    const std::string converted = out.substr(start);
    out.resize(start);
    append_utf8_lenient(converted, out);
    return DecodeLoss::invalid_bytes;
  }
  return loss;
}

void normalise_newlines(std::string& text) {
  if (text.find('\r') == std::string::npos) return;
  std::size_t w = 0;
  for (std::size_t r = 0; r < text.size(); ++r) {
    const char c = text[r];
    if (c == '\r') {
      if (r + 1 < text.size() && text[r + 1] == '\n') continue;
      text[w++] = '\n';
    } else {
      text[w++] = c;
    }
  }
  text.resize(w);
}

std::optional<std::string> relabel_encoded_words(std::string_view value) {
  std::size_t start = value.find("=?");
  if (start == std::string_view::npos) return std::nullopt;
  std::string out;
  std::size_t copied = 0;
  bool changed = false;
  while (start != std::string_view::npos) {
    // =?charset?E?text?=
    const std::size_t q1 = value.find('?', start + 2);
    if (q1 == std::string_view::npos || q1 + 2 >= value.size() || value[q1 + 2] != '?') {
      start = value.find("=?", start + 2);
      continue;
    }
    const char encoding = value[q1 + 1];
    const std::size_t text_start = q1 + 3;
    const std::size_t end = value.find("?=", text_start);
    if (end == std::string_view::npos) break;
    if (encoding == 'q' || encoding == 'Q' || encoding == 'b' || encoding == 'B') {
      const std::string_view declared = value.substr(start + 2, q1 - start - 2);
      const std::string bytes =
          decode_encoded_word_payload(encoding, value.substr(text_start, end - text_start));
      if (const auto label = better_label(declared, bytes)) {
        out.append(value.substr(copied, start + 2 - copied));
        out.append(*label);
        copied = q1;
        changed = true;
      }
    }
    start = value.find("=?", end + 2);
  }
  if (!changed) return std::nullopt;
  out.append(value.substr(copied));
  return out;
}

}  // namespace rapport::ingest
