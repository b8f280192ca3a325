#include "rapport/report/time_text.hpp"

#include <cmath>

#include <fmt/format.h>

namespace rapport::report {

std::string date_text(model::Timestamp t) { return model::to_iso8601(t).substr(0, 10); }

std::string date_time_text(model::Timestamp t) {
  const auto iso = model::to_iso8601(t);
  return iso.substr(0, 10) + " " + iso.substr(11, 5);
}

std::string clock_text(double seconds) {
  const auto total = static_cast<long>(std::lround(std::max(0.0, seconds)));
  if (total >= 3600) return fmt::format("{}:{:02}:{:02}", total / 3600, total / 60 % 60, total % 60);
  return fmt::format("{}:{:02}", total / 60, total % 60);
}

}  // namespace rapport::report
