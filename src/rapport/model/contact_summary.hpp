#pragma once
// A contact as the store summarises it: who they are, how to reach them, and when
// they were last spoken to live and last written to.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/model/channel.hpp"
#include "rapport/model/time.hpp"

namespace rapport::model {

using ContactId = std::int64_t;
using ConversationId = std::int64_t;

// The time and count of the last exchange on one channel.
struct ChannelActivity {
  Channel channel = Channel::email;
  Timestamp last{};
  std::uint64_t count = 0;
};

// Who a contact is to the salesperson. Colleagues share the owner's company domain;
// automated senders (newsletters, receipts, bounces) sent only automatic mail and were
// never written to or called.
enum class ContactKind : std::uint8_t { client, colleague, automated };

std::string_view to_string(ContactKind kind);

struct ContactSummary {
  ContactId id = 0;
  ContactKind kind = ContactKind::client;
  std::string name;
  std::vector<std::string> emails;
  std::vector<std::string> phones;
  std::string account;  // company, from the contact record or the email domain
  std::string title;
  std::optional<Timestamp> last_live;  // phone, video or in person, reached
  std::optional<Channel> last_live_channel;
  std::optional<Timestamp> last_message;  // email, sms, chat, social
  std::vector<ChannelActivity> channels;
};

}  // namespace rapport::model
