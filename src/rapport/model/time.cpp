#include "rapport/model/time.hpp"

#include <charconv>

#include <fmt/format.h>

namespace rapport::model {

std::string to_iso8601(Timestamp t) {
  const auto day = std::chrono::floor<std::chrono::days>(t);
  const std::chrono::year_month_day ymd{day};
  const std::chrono::hh_mm_ss hms{t - day};
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                     hms.hours().count(), hms.minutes().count(), hms.seconds().count());
}

namespace {

bool read_int(std::string_view text, std::size_t pos, std::size_t len, int& out) {
  if (pos + len > text.size()) return false;
  const char* first = text.data() + pos;
  const char* last = first + len;
  auto [ptr, ec] = std::from_chars(first, last, out);
  return ec == std::errc{} && ptr == last;
}

}  // namespace

std::optional<Timestamp> parse_iso8601(std::string_view text) {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  if (!read_int(text, 0, 4, year) || text.size() < 10 || text[4] != '-' || text[7] != '-' ||
      !read_int(text, 5, 2, month) || !read_int(text, 8, 2, day)) {
    return std::nullopt;
  }
  std::size_t pos = 10;
  int offset_minutes = 0;
  if (pos < text.size()) {
    if ((text[pos] != 'T' && text[pos] != ' ') || !read_int(text, pos + 1, 2, hour) ||
        pos + 3 >= text.size() || text[pos + 3] != ':' || !read_int(text, pos + 4, 2, minute)) {
      return std::nullopt;
    }
    pos += 6;
    if (pos < text.size() && text[pos] == ':') {
      if (!read_int(text, pos + 1, 2, second)) return std::nullopt;
      pos += 3;
      // Fractions of a second are accepted and dropped.
      if (pos < text.size() && text[pos] == '.') {
        ++pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
      }
    }
    if (pos < text.size()) {
      if (text[pos] == 'Z' && pos + 1 == text.size()) {
        pos += 1;
      } else if ((text[pos] == '+' || text[pos] == '-') && pos + 6 == text.size() &&
                 text[pos + 3] == ':') {
        int oh = 0, om = 0;
        if (!read_int(text, pos + 1, 2, oh) || !read_int(text, pos + 4, 2, om)) return std::nullopt;
        offset_minutes = (oh * 60 + om) * (text[pos] == '-' ? -1 : 1);
        pos += 6;
      } else {
        return std::nullopt;
      }
    }
  }
  const std::chrono::year_month_day ymd{std::chrono::year{year},
                                        std::chrono::month{static_cast<unsigned>(month)},
                                        std::chrono::day{static_cast<unsigned>(day)}};
  if (!ymd.ok() || hour > 23 || minute > 59 || second > 60) return std::nullopt;
  return Timestamp{std::chrono::sys_days{ymd}} + std::chrono::hours{hour} +
         std::chrono::minutes{minute - offset_minutes} + std::chrono::seconds{second};
}

std::string relative_day(Timestamp then, Timestamp now) {
  const auto days = (std::chrono::floor<std::chrono::days>(now) - std::chrono::floor<std::chrono::days>(then)).count();
  if (days == 0) return "today";
  if (days == 1) return "yesterday";
  if (days == -1) return "tomorrow";
  if (days < 0) return fmt::format("in {} days", -days);
  if (days < 14) return fmt::format("{} days ago", days);
  if (days < 61) return fmt::format("{} weeks ago", days / 7);
  if (days < 730) return fmt::format("{} months ago", days / 30);
  return fmt::format("{} years ago", days / 365);
}

}  // namespace rapport::model
