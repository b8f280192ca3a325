#pragma once
// Dates as exports write them (internal to ingest/files): call logs, transcript
// headers and file names.
//
// Times without a zone are taken as UTC: the files give no zone and the readers have
// no time zone database. ("14/03/2026 10:30" from a London phone is stored as 10:30Z.)

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "rapport/model/time.hpp"

namespace rapport::ingest::detail {

// How to read an all-numeric date whose first two fields could both be the day
// ("03/04/2026"). A field above 12 settles it either way.
enum class DateOrder : std::uint8_t { day_first, month_first };

// Month first for the United States and its territories, day first elsewhere.
DateOrder date_order_for_region(std::string_view region);

// Whether a bare 8-digit run is a date ("20260314", "20260314-100211"), as in file
// names; in running text such runs are more often ids.
enum class CompactDates : std::uint8_t { no, yes };

struct DateMatch {
  model::Timestamp when{};
  bool has_time = false;
  std::size_t begin = 0;  // the matched span of the text
  std::size_t end = 0;
};

// The whole of `text` (trimmed) as a date with an optional time:
//   "2026-03-14", "2026-03-14T10:30:00.250+01:00", "2026-03-14 10:30", "2026/03/14 10:30",
//   "14/03/2026 10:30", "3/14/26 2:05 PM", "14.03.2026", "14 Mar 2026 10:30:15",
//   "Sat, 14 March 2026", "Mar 14, 2026 10:30 AM", "14-Mar-2026";
//   zones Z, UTC, GMT, ±hh:mm, ±hhmm; and Unix epoch seconds (9–11 digits) or
//   milliseconds (12 digits or more). nullopt for anything else.
std::optional<model::Timestamp> parse_date_time(std::string_view text, DateOrder order);

// The first date (with the time that follows it, if any) inside free text:
// "Recorded on 14 March 2026 at 10:02", "standup-2026-03-14.vtt".
std::optional<DateMatch> find_date(std::string_view text, DateOrder order, CompactDates compact);

// A time of day, "10:30", "10:30:15", "2:05 PM" (nothing else around it), in seconds
// since midnight.
std::optional<std::int32_t> parse_time_of_day(std::string_view text);

}  // namespace rapport::ingest::detail
