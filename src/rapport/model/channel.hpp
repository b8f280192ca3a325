#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

namespace rapport::model {

enum class Channel : std::uint8_t { email, sms, chat, social, phone, video, in_person };

// Live channels are the ones the playbook counts as a conversation.
constexpr bool is_live(Channel c) {
  return c == Channel::phone || c == Channel::video || c == Channel::in_person;
}

enum class Direction : std::uint8_t { inbound, outbound, unknown };

std::string_view to_string(Channel c);
std::string_view to_string(Direction d);
std::optional<Channel> parse_channel(std::string_view text);
std::optional<Direction> parse_direction(std::string_view text);

}  // namespace rapport::model
