#pragma once
// The encodings the mailbox generator writes: base64 and quoted-printable bodies,
// RFC 2047 header words, Latin-1 text, HTML escapes and the date formats mail clients
// print. Each appends to `out` so that one buffer is reused per message.
//
// Hand-written on purpose: the generator must not share code with the reader it
// feeds (GMime), or a bug in one would hide in the other.

#include <algorithm>
#include <array>
#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace rapport::bench {

inline constexpr std::string_view k_base64_alphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
inline constexpr std::string_view k_hex_upper = "0123456789ABCDEF";

// Base64 of `data` without line breaks.
inline void append_base64(std::string& out, std::string_view data) {
  std::size_t i = 0;
  const auto byte = [&](std::size_t k) { return static_cast<unsigned>(static_cast<unsigned char>(data[k])); };
  for (; i + 3 <= data.size(); i += 3) {
    const unsigned v = (byte(i) << 16) | (byte(i + 1) << 8) | byte(i + 2);
    out += k_base64_alphabet[(v >> 18) & 63];
    out += k_base64_alphabet[(v >> 12) & 63];
    out += k_base64_alphabet[(v >> 6) & 63];
    out += k_base64_alphabet[v & 63];
  }
  if (const std::size_t rest = data.size() - i; rest > 0) {
    const unsigned v = (byte(i) << 16) | (rest == 2 ? byte(i + 1) << 8 : 0U);
    out += k_base64_alphabet[(v >> 18) & 63];
    out += k_base64_alphabet[(v >> 12) & 63];
    out += rest == 2 ? k_base64_alphabet[(v >> 6) & 63] : '=';
    out += '=';
  }
}

// Base64 of `data` in 76-character lines, each ended by '\n' (RFC 2045).
inline void append_base64_lines(std::string& out, std::string_view data) {
  constexpr std::size_t k_bytes_per_line = 57;  // 57 bytes -> 76 characters
  out.reserve(out.size() + data.size() / 3 * 4 + data.size() / k_bytes_per_line + 8);
  for (std::size_t i = 0; i < data.size(); i += k_bytes_per_line) {
    append_base64(out, data.substr(i, k_bytes_per_line));
    out += '\n';
  }
}

// Quoted-printable of `text` (lines separated by '\n'), soft breaks at 76 columns.
inline void append_quoted_printable(std::string& out, std::string_view text) {
  std::size_t column = 0;
  const auto put = [&](std::string_view piece) {
    if (column + piece.size() > 75) {
      out += "=\n";
      column = 0;
    }
    out += piece;
    column += piece.size();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      out += '\n';
      column = 0;
      continue;
    }
    const bool at_line_end = i + 1 == text.size() || text[i + 1] == '\n';
    const bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !at_line_end);
    if (literal) {
      const char ch = static_cast<char>(c);
      put(std::string_view(&ch, 1));
    } else {
      const std::array<char, 3> escaped{'=', k_hex_upper[c >> 4], k_hex_upper[c & 15]};
      put(std::string_view(escaped.data(), escaped.size()));
    }
  }
}

inline bool is_ascii(std::string_view text) {
  for (const char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// UTF-8 to ISO-8859-1 as a legacy mail client would save it: typographic quotes and
// dashes become ASCII, the euro sign "EUR", anything else outside Latin-1 '?'.
inline std::string to_latin1(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    std::uint32_t cp = 0;
    std::size_t len = 1;
    if ((c & 0xE0) == 0xC0) { cp = c & 0x1Fu; len = 2; }
    else if ((c & 0xF0) == 0xE0) { cp = c & 0x0Fu; len = 3; }
    else if ((c & 0xF8) == 0xF0) { cp = c & 0x07u; len = 4; }
    for (std::size_t k = 1; k < len && i + k < utf8.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3Fu);
    i += len;
    if (cp < 0x100) out += static_cast<char>(static_cast<unsigned char>(cp));
    else if (cp == 0x2018 || cp == 0x2019) out += '\'';
    else if (cp == 0x201C || cp == 0x201D) out += '"';
    else if (cp == 0x2013 || cp == 0x2014) out += '-';
    else if (cp == 0x20AC) out += "EUR";
    else if (cp == 0x2026) out += "...";
    else out += '?';
  }
  return out;
}

enum class WordEncoding : std::uint8_t { q, b };

// An RFC 2047 encoded-word (or several, space-separated, each under 76 characters)
// for `text` in `charset`; `text` is already in that charset.
inline void append_encoded_words(std::string& out, std::string_view text, std::string_view charset,
                                 WordEncoding encoding) {
  const auto open = [&] {
    out += "=?";
    out += charset;
    out += encoding == WordEncoding::q ? "?Q?" : "?B?";
  };
  // Split only between characters: a word must hold whole UTF-8 sequences.
  const auto char_len = [&](std::size_t i) {
    std::size_t n = 1;
    while (i + n < text.size() && (static_cast<unsigned char>(text[i + n]) & 0xC0) == 0x80) ++n;
    return n;
  };
  const std::size_t budget = 75 - charset.size() - 7;
  std::size_t i = 0;
  bool first = true;
  while (i < text.size()) {
    if (!first) out += ' ';
    first = false;
    open();
    if (encoding == WordEncoding::b) {
      std::size_t n = 0;
      while (i + n < text.size() && (n + char_len(i + n) + 2) / 3 * 4 <= budget) n += char_len(i + n);
      append_base64(out, text.substr(i, n));
      i += n;
    } else {
      std::size_t used = 0;
      while (i < text.size()) {
        const std::size_t n = char_len(i);
        std::string piece;
        for (std::size_t k = 0; k < n; ++k) {
          const auto c = static_cast<unsigned char>(text[i + k]);
          if (c == ' ') piece += '_';
          else if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || c == '-')
            piece += static_cast<char>(c);
          else {
            piece += '=';
            piece += k_hex_upper[c >> 4];
            piece += k_hex_upper[c & 15];
          }
        }
        if (used + piece.size() > budget) break;
        out += piece;
        used += piece.size();
        i += n;
      }
    }
    out += "?=";
  }
}

inline void append_html_escaped(std::string& out, std::string_view text) {
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
}

// ---- dates ----

struct CivilTime {
  int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0;
  int weekday = 4;  // 0 = Sunday
};

// Seconds since the epoch, shown at a UTC offset of `offset_minutes`.
inline CivilTime civil_time(std::int64_t epoch_seconds, int offset_minutes) {
  const std::int64_t local = epoch_seconds + std::int64_t{offset_minutes} * 60;
  std::int64_t days = local / 86400;
  std::int64_t rem = local % 86400;
  if (rem < 0) { rem += 86400; --days; }
  CivilTime t;
  t.hour = static_cast<int>(rem / 3600);
  t.minute = static_cast<int>(rem / 60 % 60);
  t.second = static_cast<int>(rem % 60);
  t.weekday = static_cast<int>(((days % 7) + 11) % 7);  // 1970-01-01 was a Thursday
  // Howard Hinnant's civil_from_days.
  const std::int64_t z = days + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  t.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  t.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  t.year = static_cast<int>(yoe + era * 400 + (t.month <= 2 ? 1 : 0));
  return t;
}

inline constexpr std::array<std::string_view, 7> k_day_abbr{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
inline constexpr std::array<std::string_view, 7> k_day_name{"Sunday", "Monday", "Tuesday", "Wednesday",
                                                            "Thursday", "Friday", "Saturday"};
inline constexpr std::array<std::string_view, 12> k_month_abbr{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
inline constexpr std::array<std::string_view, 12> k_month_name{
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"};

inline std::string_view day_abbr(const CivilTime& t) { return k_day_abbr[static_cast<std::size_t>(t.weekday)]; }
inline std::string_view day_name(const CivilTime& t) { return k_day_name[static_cast<std::size_t>(t.weekday)]; }
inline std::string_view month_abbr(const CivilTime& t) { return k_month_abbr[static_cast<std::size_t>(t.month - 1)]; }
inline std::string_view month_name(const CivilTime& t) { return k_month_name[static_cast<std::size_t>(t.month - 1)]; }

[[gnu::format(printf, 2, 3)]] inline void append_format(std::string& out, const char* format, ...) {
  std::array<char, 160> buffer{};
  std::va_list args;
  va_start(args, format);
  const int n = std::vsnprintf(buffer.data(), buffer.size(), format, args);
  va_end(args);
  if (n > 0) out.append(buffer.data(), std::min(static_cast<std::size_t>(n), buffer.size() - 1));
}

// "Tue, 05 Mar 2024 09:14:22 -0500" (RFC 5322).
inline void append_rfc5322_date(std::string& out, std::int64_t epoch_seconds, int offset_minutes) {
  const auto t = civil_time(epoch_seconds, offset_minutes);
  const int off = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  append_format(out, "%.3s, %02d %.3s %d %02d:%02d:%02d %c%02d%02d", day_abbr(t).data(), t.day,
                month_abbr(t).data(), t.year, t.hour, t.minute, t.second, offset_minutes < 0 ? '-' : '+',
                off / 60, off % 60);
}

// "Tue Mar  5 14:14:22 2024" (the mbox envelope line, UTC).
inline void append_asctime_utc(std::string& out, std::int64_t epoch_seconds) {
  const auto t = civil_time(epoch_seconds, 0);
  append_format(out, "%.3s %.3s %2d %02d:%02d:%02d %d", day_abbr(t).data(), month_abbr(t).data(), t.day,
                t.hour, t.minute, t.second, t.year);
}

inline int hour12(const CivilTime& t) { return t.hour % 12 == 0 ? 12 : t.hour % 12; }
inline const char* am_pm(const CivilTime& t) { return t.hour < 12 ? "AM" : "PM"; }

// "Tuesday, March 5, 2024 9:14 AM" (Outlook's "Sent:" line).
inline void append_outlook_date(std::string& out, std::int64_t epoch_seconds, int offset_minutes) {
  const auto t = civil_time(epoch_seconds, offset_minutes);
  out += day_name(t);
  out += ", ";
  out += month_name(t);
  append_format(out, " %d, %d %d:%02d %s", t.day, t.year, hour12(t), t.minute, am_pm(t));
}

// "Tue, Mar 5, 2024 at 9:14 AM" (web mail attribution).
inline void append_webmail_date(std::string& out, std::int64_t epoch_seconds, int offset_minutes) {
  const auto t = civil_time(epoch_seconds, offset_minutes);
  append_format(out, "%.3s, %.3s %d, %d at %d:%02d %s", day_abbr(t).data(), month_abbr(t).data(), t.day, t.year,
                hour12(t), t.minute, am_pm(t));
}

// "3/5/24 9:14 AM" (Thunderbird attribution).
inline void append_short_date(std::string& out, std::int64_t epoch_seconds, int offset_minutes) {
  const auto t = civil_time(epoch_seconds, offset_minutes);
  append_format(out, "%d/%d/%02d %d:%02d %s", t.month, t.day, t.year % 100, hour12(t), t.minute, am_pm(t));
}

// "Mar 5, 2024, at 09:14" (Apple Mail attribution).
inline void append_apple_date(std::string& out, std::int64_t epoch_seconds, int offset_minutes) {
  const auto t = civil_time(epoch_seconds, offset_minutes);
  append_format(out, "%.3s %d, %d, at %02d:%02d", month_abbr(t).data(), t.day, t.year, t.hour, t.minute);
}

}  // namespace rapport::bench
