#pragma once
// Instants are UTC seconds; the sender's own UTC offset is kept beside them where a
// source gives one, so a timeline can show the time the client saw.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rapport::model {

using Timestamp = std::chrono::sys_seconds;

// "2026-11-22T09:30:00Z". Pure formatting, no time zone database.
std::string to_iso8601(Timestamp t);
// Accepts "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]" and the same with a space
// instead of 'T'. Returns nullopt on anything else.
std::optional<Timestamp> parse_iso8601(std::string_view text);

// "today", "yesterday", "3 days ago", "5 weeks ago", "4 months ago"; a future instant
// is "in 2 days". Whole days by UTC calendar date. One wording for every layer that
// tells a person when something happened (the call list, the contact views).
std::string relative_day(Timestamp then, Timestamp now);

}  // namespace rapport::model
