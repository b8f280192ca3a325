#include "rapport/report/time_text.hpp"

#include <cmath>

#include <fmt/format.h>

namespace rapport::report {

std::string relative_day(model::Timestamp then, model::Timestamp now) {
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
