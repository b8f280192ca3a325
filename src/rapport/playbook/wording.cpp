#include "rapport/playbook/wording.hpp"

#include <array>
#include <chrono>
#include <cmath>

#include <fmt/format.h>

namespace rapport::playbook {

std::string short_date(model::Timestamp t, model::Timestamp now) {
  static constexpr std::array<std::string_view, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::chrono::year_month_day day{std::chrono::floor<std::chrono::days>(t)};
  const std::chrono::year_month_day today{std::chrono::floor<std::chrono::days>(now)};
  const auto month = months[static_cast<unsigned>(day.month()) - 1];
  if (day.year() == today.year()) return fmt::format("{} {}", static_cast<unsigned>(day.day()), month);
  return fmt::format("{} {} {}", static_cast<unsigned>(day.day()), month, static_cast<int>(day.year()));
}

double days_between(model::Timestamp from, model::Timestamp to) {
  return static_cast<double>((to - from).count()) / 86400.0;
}

std::string age(model::Timestamp since, model::Timestamp now) {
  const auto from = std::chrono::floor<std::chrono::days>(since);
  const auto to = std::chrono::floor<std::chrono::days>(now);
  const auto days = (to - from).count();
  if (days <= 0) return "today";
  if (days == 1) return "yesterday";
  if (days < 14) return fmt::format("{} days", days);
  if (days < 60) return fmt::format("{} weeks", days / 7);
  return fmt::format("{} months", static_cast<long>(std::lround(static_cast<double>(days) / 30.44)));
}

std::string first_name(std::string_view name) {
  if (const auto comma = name.find(','); comma != std::string_view::npos) {
    auto rest = name.substr(comma + 1);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (!rest.empty()) name = rest;
  }
  const auto space = name.find(' ');
  return std::string(name.substr(0, space));
}

std::string clip(std::string_view text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars == max_chars) {
      auto cut = text.substr(0, i);
      if (const auto space = cut.rfind(' '); space != std::string_view::npos && space > i / 2) cut = cut.substr(0, space);
      return std::string(cut) + "…";
    }
    ++chars;
  }
  return std::string(text);
}

}  // namespace rapport::playbook
