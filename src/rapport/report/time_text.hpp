#pragma once
#include <string>

#include "rapport/model/time.hpp"

namespace rapport::report {

// "2026-11-20" and "2026-11-20 14:05" (UTC).
std::string date_text(model::Timestamp t);
std::string date_time_text(model::Timestamp t);

// "1:02:03" or "2:03" for a position in a call.
std::string clock_text(double seconds);

}  // namespace rapport::report
