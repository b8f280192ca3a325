#pragma once
// Splitting an email body into what the sender wrote this time, the quoted history,
// the signature and the legal footer. Pure functions over UTF-8 text.

#include <string>
#include <string_view>
#include <vector>

#include "rapport/model/message.hpp"

namespace rapport::text {

enum class Zone : unsigned char { new_text, quoted, signature, footer };

struct ZonedLine {
  std::string_view line;  // without the line ending; points into the input
  Zone zone;
};

// Zone of every line of `body` (split on '\n', a trailing '\r' removed).
std::vector<ZonedLine> zone_lines(std::string_view body);

// The same, gathered into the four parts (each with lines joined by '\n', trimmed of
// leading and trailing blank lines).
model::BodyZones split_body(std::string_view body);

}  // namespace rapport::text
