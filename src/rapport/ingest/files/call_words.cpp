#include "rapport/ingest/files/call_words.hpp"
#include "rapport/util/ascii.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <string>

#include "rapport/ingest/files/csv.hpp"
#include "rapport/ingest/files/text_util.hpp"

namespace rapport::ingest::detail {
namespace {

using model::CallOutcome;
using model::Direction;

template <std::size_t N>
bool one_of(std::string_view key, const std::array<std::string_view, N>& words) {
  for (std::string_view w : words)
    if (key == w) return true;
  return false;
}

// Digits with at most one '.', as a double; nullopt for anything else ("." included).
std::optional<double> parse_number(std::string_view s) {
  double value = 0;
  if (s.empty() || s.front() == '-' || s.front() == '+') return std::nullopt;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value,
                                         std::chars_format::fixed);
  if (ec != std::errc{} || ptr != s.data() + s.size()) return std::nullopt;
  return value;
}

}  // namespace

std::optional<CallKind> parse_call_kind(std::string_view text) {
  const std::string key = header_key(text);  // "Outgoing call" → "outgoingcall"
  static constexpr std::array<std::string_view, 14> k_out{
      "outbound", "outgoing", "out", "dialled", "dialed", "outgoingcall", "outboundcall",
      "placed", "made", "sent", "o", "callout", "outgoingtype", "2"};
  static constexpr std::array<std::string_view, 12> k_in{
      "inbound", "incoming", "in", "received", "incomingcall", "inboundcall", "i", "callin",
      "incomingtype", "answered", "1", "7"};
  static constexpr std::array<std::string_view, 12> k_missed{
      "missed", "missedcall", "rejected", "declined", "blocked", "missedtype", "rejectedtype",
      "blockedtype", "unanswered", "3", "5", "6"};
  if (one_of(key, k_out)) return CallKind{Direction::outbound, std::nullopt};
  if (one_of(key, k_in)) return CallKind{Direction::inbound, std::nullopt};
  if (one_of(key, k_missed)) return CallKind{Direction::inbound, CallOutcome::no_answer};
  if (key == "voicemail" || key == "4") return CallKind{Direction::inbound, CallOutcome::voicemail};
  return std::nullopt;
}

std::optional<model::CallOutcome> parse_call_outcome(std::string_view text) {
  const std::string key = header_key(text);
  static constexpr std::array<std::string_view, 14> k_reached{
      "reached", "answered", "connected", "completed", "complete", "talked", "spoke",
      "success", "successful", "conversation", "live", "connectedcall", "answeredcall",
      "contacted"};
  static constexpr std::array<std::string_view, 12> k_voicemail{
      "voicemail", "leftvoicemail", "vm", "leftvm", "leftmessage", "message", "voicemailleft",
      "answeringmachine", "machine", "leftavoicemail", "leftamessage", "voicemaildrop"};
  static constexpr std::array<std::string_view, 17> k_no_answer{
      "noanswer", "noreply", "missed", "busy", "unanswered", "notanswered", "failed",
      "rejected", "declined", "cancelled", "canceled", "nopickup", "noresponse", "unreachable",
      "notreached", "noconnect", "missedcall"};
  if (one_of(key, k_reached)) return CallOutcome::reached;
  if (one_of(key, k_voicemail)) return CallOutcome::voicemail;
  if (one_of(key, k_no_answer)) return CallOutcome::no_answer;
  return std::nullopt;
}

std::optional<std::uint32_t> parse_duration(std::string_view text, double unit_seconds) {
  text = trim_ascii_spaces(text);
  if (text.empty()) return std::nullopt;
  double total = 0;
  if (text.find(':') != std::string_view::npos) {
    // "mm:ss" or "hh:mm:ss", seconds may carry a fraction.
    std::array<double, 3> parts{};
    std::size_t count = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
      if (i < text.size() && text[i] != ':') continue;
      const std::string_view part = text.substr(start, i - start);
      if (part.empty() || count == parts.size()) return std::nullopt;
      // Only the last part (the seconds) may carry a fraction.
      if (i != text.size() && part.find('.') != std::string_view::npos) return std::nullopt;
      const auto value = parse_number(part);
      if (!value) return std::nullopt;
      parts[count++] = *value;
      start = i + 1;
    }
    if (count == 2) total = parts[0] * 60 + parts[1];
    else if (count == 3) total = parts[0] * 3600 + parts[1] * 60 + parts[2];
    else return std::nullopt;
  } else {
    // "125", "125.6", or number-unit pairs: "2m 5s", "1 h 2 min", "90 sec".
    std::size_t i = 0;
    bool any = false;
    while (i < text.size()) {
      while (i < text.size() && is_ascii_space(text[i])) ++i;
      if (i >= text.size()) break;
      const std::size_t num_start = i;
      while (i < text.size() && (is_digit(text[i]) || text[i] == '.')) ++i;
      if (i == num_start) return std::nullopt;
      const auto number = parse_number(text.substr(num_start, i - num_start));
      if (!number) return std::nullopt;
      const double value = *number;
      while (i < text.size() && is_ascii_space(text[i])) ++i;
      const std::size_t unit_start = i;
      while (i < text.size() && is_alpha(text[i])) ++i;
      const std::string unit = to_lower_ascii(text.substr(unit_start, i - unit_start));
      if (unit.empty()) {
        if (any || i < text.size()) return std::nullopt;  // a bare number stands alone
        total = value * unit_seconds;
      } else if (unit == "h" || unit == "hr" || unit == "hrs" || unit == "hour" || unit == "hours") {
        total += value * 3600;
      } else if (unit == "m" || unit == "min" || unit == "mins" || unit == "minute" ||
                 unit == "minutes") {
        total += value * 60;
      } else if (unit == "s" || unit == "sec" || unit == "secs" || unit == "second" ||
                 unit == "seconds") {
        total += value;
      } else if (unit == "ms") {
        total += value / 1000;
      } else {
        return std::nullopt;
      }
      any = true;
    }
    if (!any) return std::nullopt;
  }
  if (!(total >= 0) || total > 4.0e9) return std::nullopt;
  return static_cast<std::uint32_t>(std::lround(total));
}

model::CallOutcome infer_outcome(const CallKind& kind, std::optional<std::uint32_t> duration_s) {
  if (kind.outcome) return *kind.outcome;
  if (!duration_s) return CallOutcome::unknown;
  return *duration_s > 0 ? CallOutcome::reached : CallOutcome::no_answer;
}

}  // namespace rapport::ingest::detail
