#include "rapport/model/channel.hpp"

#include <array>
#include <utility>

namespace rapport::model {
namespace {

constexpr std::array<std::pair<Channel, std::string_view>, 7> k_channel_names{{
    {Channel::email, "email"},
    {Channel::sms, "sms"},
    {Channel::chat, "chat"},
    {Channel::social, "social"},
    {Channel::phone, "phone"},
    {Channel::video, "video"},
    {Channel::in_person, "in_person"},
}};

constexpr std::array<std::pair<Direction, std::string_view>, 3> k_direction_names{{
    {Direction::inbound, "inbound"},
    {Direction::outbound, "outbound"},
    {Direction::unknown, "unknown"},
}};

}  // namespace

std::string_view to_string(Channel c) {
  for (const auto& [value, name] : k_channel_names)
    if (value == c) return name;
  return "unknown";
}

std::string_view to_string(Direction d) {
  for (const auto& [value, name] : k_direction_names)
    if (value == d) return name;
  return "unknown";
}

std::optional<Channel> parse_channel(std::string_view text) {
  for (const auto& [value, name] : k_channel_names)
    if (name == text) return value;
  if (text == "call") return Channel::phone;
  return std::nullopt;
}

std::optional<Direction> parse_direction(std::string_view text) {
  for (const auto& [value, name] : k_direction_names)
    if (name == text) return value;
  return std::nullopt;
}

}  // namespace rapport::model
