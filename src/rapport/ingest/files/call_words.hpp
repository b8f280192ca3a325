#pragma once
// The words call logs use for direction, outcome and duration (internal to
// ingest/files): shared by the CSV call-log reader and the XML backup reader.

#include <cstdint>
#include <optional>
#include <string_view>

#include "rapport/model/call_log.hpp"

namespace rapport::ingest::detail {

struct CallKind {
  model::Direction direction = model::Direction::unknown;
  // Set when the kind implies it: a missed or rejected call was not answered.
  std::optional<model::CallOutcome> outcome;
};

// "outbound", "Outgoing call", "dialled", "in", "received", "missed", "rejected",
// and Android's numeric call types (1 incoming, 2 outgoing, 3 missed, 4 voicemail,
// 5 rejected, 6 blocked, 7 answered elsewhere). nullopt when not understood.
std::optional<CallKind> parse_call_kind(std::string_view text);

// "reached", "answered", "Left voicemail", "VM", "no-answer", "busy"… nullopt when
// not understood.
std::optional<model::CallOutcome> parse_call_outcome(std::string_view text);

// "125", "125.6" (× `unit_seconds`), "2:05", "01:02:05", "2m 5s", "1h 2m", "90 sec".
// Rounded to whole seconds. nullopt when not understood or negative.
std::optional<std::uint32_t> parse_duration(std::string_view text, double unit_seconds = 1.0);

// The outcome when the log states none: see call_log_reader.hpp.
model::CallOutcome infer_outcome(const CallKind& kind, std::optional<std::uint32_t> duration_s);

}  // namespace rapport::ingest::detail
