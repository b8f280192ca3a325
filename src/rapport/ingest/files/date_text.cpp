#include "rapport/ingest/files/date_text.hpp"

#include <array>
#include <chrono>

#include "rapport/ingest/files/text_util.hpp"

namespace rapport::ingest::detail {
namespace {

using namespace std::chrono;

// Hand-written rather than std::get_time / strptime: those take one fixed format,
// while exports mix several and need the day/month order decided per value.
struct Scanner {
  std::string_view s;
  std::size_t p = 0;

  bool done() const { return p >= s.size(); }
  char peek(std::size_t ahead = 0) const { return p + ahead < s.size() ? s[p + ahead] : '\0'; }
  std::size_t digit_run() const {
    std::size_t n = 0;
    while (p + n < s.size() && is_digit(s[p + n])) ++n;
    return n;
  }
  std::size_t alpha_run() const {
    std::size_t n = 0;
    while (p + n < s.size() && is_alpha(s[p + n])) ++n;
    return n;
  }
  // Reads exactly `n` digits.
  int number(std::size_t n) {
    int v = 0;
    for (std::size_t i = 0; i < n; ++i) v = v * 10 + (s[p + i] - '0');
    p += n;
    return v;
  }
  bool accept(char c) {
    if (peek() != c || done()) return false;
    ++p;
    return true;
  }
  void skip_spaces() {
    while (!done() && (s[p] == ' ' || s[p] == '\t')) ++p;
  }
};

constexpr std::array<std::string_view, 12> k_months{"jan", "feb", "mar", "apr", "may", "jun",
                                                     "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::array<std::string_view, 12> k_month_names{
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> k_weekdays{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr std::array<std::string_view, 7> k_weekday_names{
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

int month_from_word(std::string_view word) {
  const std::string lower = to_lower_ascii(word);
  for (std::size_t i = 0; i < 12; ++i) {
    if (lower == k_months[i] || lower == k_month_names[i] || (i == 8 && lower == "sept"))
      return static_cast<int>(i) + 1;
  }
  return 0;
}

bool is_weekday(std::string_view word) {
  const std::string lower = to_lower_ascii(word);
  for (std::size_t i = 0; i < 7; ++i)
    if (lower == k_weekdays[i] || lower == k_weekday_names[i]) return true;
  return false;
}

int full_year(int y, std::size_t digits) {
  if (digits == 4) return y;
  return y < 70 ? 2000 + y : 1900 + y;
}

std::optional<year_month_day> make_date(int y, int m, int d) {
  if (y < 1970 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  const year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

void skip_ordinal(Scanner& sc) {
  if (sc.alpha_run() == 2) {
    const std::string suffix = to_lower_ascii(sc.s.substr(sc.p, 2));
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") sc.p += 2;
  }
}

// A date at the scanner's position; on failure the position is unspecified.
std::optional<year_month_day> scan_date(Scanner& sc, DateOrder order, CompactDates compact) {
  if (const std::size_t n = sc.alpha_run(); n > 0 && is_weekday(sc.s.substr(sc.p, n))) {
    sc.p += n;
    sc.accept('.');
    sc.accept(',');
    sc.skip_spaces();
  }
  const std::size_t digits = sc.digit_run();
  if (digits == 4) {
    const int y = sc.number(4);
    const char sep = sc.peek();
    if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
    ++sc.p;
    const std::size_t md = sc.digit_run();
    if (md < 1 || md > 2) return std::nullopt;
    const int m = sc.number(md);
    if (!sc.accept(sep)) return std::nullopt;
    const std::size_t dd = sc.digit_run();
    if (dd < 1 || dd > 2) return std::nullopt;
    return make_date(y, m, sc.number(dd));
  }
  if (digits == 8 && compact == CompactDates::yes) {
    const int y = sc.number(4);
    const int m = sc.number(2);
    return make_date(y, m, sc.number(2));
  }
  if (digits == 1 || digits == 2) {
    const int a = sc.number(digits);
    const char sep = sc.peek();
    if ((sep == '/' || sep == '.' || sep == '-') && is_digit(sc.peek(1))) {
      ++sc.p;
      const std::size_t bd = sc.digit_run();
      if (bd > 2) return std::nullopt;
      const int b = sc.number(bd);
      if (!sc.accept(sep)) return std::nullopt;
      const std::size_t yd = sc.digit_run();
      if (yd != 4 && yd != 2) return std::nullopt;
      const int y = full_year(sc.number(yd), yd);
      bool day_first = order == DateOrder::day_first;
      if (a > 12) day_first = true;
      if (b > 12) day_first = false;
      return day_first ? make_date(y, b, a) : make_date(y, a, b);
    }
    // "14 March 2026", "14th of March, 2026", "14-Mar-2026".
    skip_ordinal(sc);
    if (!sc.accept('-')) sc.skip_spaces();
    if (sc.alpha_run() == 2 && iequals(sc.s.substr(sc.p, 2), "of")) {
      sc.p += 2;
      sc.skip_spaces();
    }
    const std::size_t mn = sc.alpha_run();
    const int m = mn > 0 ? month_from_word(sc.s.substr(sc.p, mn)) : 0;
    if (m == 0) return std::nullopt;
    sc.p += mn;
    sc.accept('.');
    if (!sc.accept('-')) {
      sc.accept(',');
      sc.skip_spaces();
    }
    if (sc.digit_run() != 4) return std::nullopt;
    return make_date(sc.number(4), m, a);
  }
  if (digits == 0) {
    // "March 14, 2026", "Mar. 14th 2026".
    const std::size_t mn = sc.alpha_run();
    const int m = mn > 0 ? month_from_word(sc.s.substr(sc.p, mn)) : 0;
    if (m == 0) return std::nullopt;
    sc.p += mn;
    sc.accept('.');
    sc.skip_spaces();
    const std::size_t dd = sc.digit_run();
    if (dd < 1 || dd > 2) return std::nullopt;
    const int d = sc.number(dd);
    skip_ordinal(sc);
    sc.accept(',');
    sc.skip_spaces();
    if (sc.digit_run() != 4) return std::nullopt;
    return make_date(sc.number(4), m, d);
  }
  return std::nullopt;
}

struct TimeOfDay {
  std::int32_t seconds = 0;         // since midnight, before the zone offset
  std::int32_t offset_minutes = 0;  // east of UTC
};

// "±hh:mm", "±hhmm", "±hh".
bool scan_offset(Scanner& sc, std::int32_t& minutes) {
  const char sign = sc.peek();
  if (sign != '+' && sign != '-') return false;
  const std::size_t save = sc.p;
  ++sc.p;
  const std::size_t n = sc.digit_run();
  int h = 0, m = 0;
  if (n == 4) {
    h = sc.number(2);
    m = sc.number(2);
  } else if (n == 2) {
    h = sc.number(2);
    if (sc.peek() == ':' && sc.digit_run() == 0 && is_digit(sc.peek(1))) {
      ++sc.p;
      if (sc.digit_run() != 2) {
        sc.p = save;
        return false;
      }
      m = sc.number(2);
    }
  } else {
    sc.p = save;
    return false;
  }
  if (h > 14 || m > 59) {
    sc.p = save;
    return false;
  }
  minutes = (h * 60 + m) * (sign == '-' ? -1 : 1);
  return true;
}

std::optional<TimeOfDay> scan_time(Scanner& sc) {
  const std::size_t hd = sc.digit_run();
  if (hd < 1 || hd > 2 || sc.s.substr(sc.p + hd, 1) != ":") return std::nullopt;
  int h = sc.number(hd);
  ++sc.p;
  if (sc.digit_run() != 2) return std::nullopt;
  const int m = sc.number(2);
  int sec = 0;
  if (sc.peek() == ':' && is_digit(sc.peek(1))) {
    ++sc.p;
    if (sc.digit_run() != 2) return std::nullopt;
    sec = sc.number(2);
    if ((sc.peek() == '.' || sc.peek() == ',') && is_digit(sc.peek(1))) {
      ++sc.p;
      sc.p += sc.digit_run();  // fractions of a second are dropped
    }
  }
  // AM / PM, with or without a space and dots.
  {
    const std::size_t save = sc.p;
    sc.skip_spaces();
    const char c = to_lower(sc.peek());
    if (c == 'a' || c == 'p') {
      std::size_t q = sc.p + 1;
      if (q < sc.s.size() && sc.s[q] == '.') ++q;
      if (q < sc.s.size() && to_lower(sc.s[q]) == 'm') {
        ++q;
        if (q < sc.s.size() && sc.s[q] == '.') ++q;
        if (q >= sc.s.size() || !is_alpha(sc.s[q])) {
          if (h < 1 || h > 12) return std::nullopt;
          h = (h % 12) + (c == 'p' ? 12 : 0);
          sc.p = q;
        } else {
          sc.p = save;
        }
      } else {
        sc.p = save;
      }
    } else {
      sc.p = save;
    }
  }
  if (h > 23 || m > 59 || sec > 60) return std::nullopt;
  TimeOfDay t;
  t.seconds = h * 3600 + m * 60 + sec;
  // Zone.
  const std::size_t save = sc.p;
  sc.skip_spaces();
  if (sc.peek() == 'Z' && !is_alpha(sc.peek(1))) {
    ++sc.p;
  } else if (const std::size_t n = sc.alpha_run();
             n == 3 && (iequals(sc.s.substr(sc.p, 3), "utc") || iequals(sc.s.substr(sc.p, 3), "gmt"))) {
    sc.p += 3;
    scan_offset(sc, t.offset_minutes);
  } else if (!scan_offset(sc, t.offset_minutes)) {
    sc.p = save;
  }
  return t;
}

// The compact time of file names: "-100211", "_100211", "T100211".
std::optional<TimeOfDay> scan_compact_time(Scanner& sc) {
  const char sep = sc.peek();
  if (sep != '-' && sep != '_' && sep != 'T') return std::nullopt;
  const std::size_t save = sc.p;
  ++sc.p;
  if (sc.digit_run() != 6) {
    sc.p = save;
    return std::nullopt;
  }
  const int h = sc.number(2);
  const int m = sc.number(2);
  const int s = sc.number(2);
  if (h > 23 || m > 59 || s > 59) {
    sc.p = save;
    return std::nullopt;
  }
  return TimeOfDay{h * 3600 + m * 60 + s, 0};
}

// Date, then optionally a time after 'T', a space, ", ", " at " or " - ".
std::optional<DateMatch> scan_date_time(Scanner& sc, DateOrder order, CompactDates compact) {
  const std::size_t begin = sc.p;
  const bool compact_run = compact == CompactDates::yes && sc.digit_run() == 8;
  const auto ymd = scan_date(sc, order, compact);
  if (!ymd || is_digit(sc.peek())) return std::nullopt;
  DateMatch match;
  match.begin = begin;
  match.when = sys_days{*ymd};
  match.end = sc.p;

  std::optional<TimeOfDay> time;
  if (compact_run) time = scan_compact_time(sc);
  if (!time) {
    const std::size_t save = sc.p;
    if (!sc.accept('T')) {
      sc.accept(',');
      sc.skip_spaces();
      if (sc.alpha_run() == 2 && iequals(sc.s.substr(sc.p, 2), "at")) {
        sc.p += 2;
        sc.skip_spaces();
      } else if (sc.peek() == '-' || sc.peek() == '@') {
        ++sc.p;
        sc.skip_spaces();
      }
    }
    time = scan_time(sc);
    if (!time) sc.p = save;
  }
  if (time) {
    match.has_time = true;
    match.when += seconds{time->seconds} - minutes{time->offset_minutes};
    match.end = sc.p;
  }
  return match;
}

}  // namespace

DateOrder date_order_for_region(std::string_view region) {
  static constexpr std::array<std::string_view, 7> k_month_first{"US", "PR", "GU", "VI",
                                                                 "AS", "MP", "UM"};
  for (std::string_view r : k_month_first)
    if (iequals(region, r)) return DateOrder::month_first;
  return DateOrder::day_first;
}

std::optional<model::Timestamp> parse_date_time(std::string_view text, DateOrder order) {
  text = trim_ascii_spaces(text);
  if (all_digits(text) && text.size() >= 9 && text.size() <= 16) {
    std::int64_t v = 0;
    for (char c : text) v = v * 10 + (c - '0');
    if (text.size() >= 12) v /= 1000;
    return model::Timestamp{seconds{v}};
  }
  Scanner sc{text};
  auto match = scan_date_time(sc, order, CompactDates::no);
  if (!match) return std::nullopt;
  sc.skip_spaces();
  if (!sc.done()) return std::nullopt;
  return match->when;
}

std::optional<DateMatch> find_date(std::string_view text, DateOrder order, CompactDates compact) {
  for (std::size_t p = 0; p < text.size(); ++p) {
    if (!is_alnum(text[p])) continue;
    const bool boundary = p == 0 || !is_alnum(text[p - 1]) ||
                          (compact == CompactDates::yes && is_digit(text[p]) && !is_digit(text[p - 1]));
    if (!boundary) continue;
    Scanner sc{text, p};
    if (auto match = scan_date_time(sc, order, compact)) return match;
  }
  return std::nullopt;
}

std::optional<std::int32_t> parse_time_of_day(std::string_view text) {
  text = trim_ascii_spaces(text);
  Scanner sc{text};
  const auto t = scan_time(sc);
  if (!t || !sc.done()) return std::nullopt;
  return t->seconds;
}

}  // namespace rapport::ingest::detail
