#pragma once
// Where a finding came from: the message or call turn, with its time, and the sentence
// quoted. Every finding the playbook makes carries at least one.

#include <optional>
#include <string>

#include "rapport/model/channel.hpp"
#include "rapport/model/contact_summary.hpp"
#include "rapport/model/time.hpp"

namespace rapport::playbook {

struct Evidence {
  std::string tag;  // what it shows: "intent.dismissal", "question.open", "silence", "call.voicemail"
  model::Timestamp when{};  // the message's date, or the call's start
  model::Channel channel = model::Channel::email;
  model::Direction direction = model::Direction::unknown;
  std::string who;    // the sender or speaker as written
  std::string quote;  // the sentence (or the turn, or a call-log line) it came from
  std::string message_id;  // a message's Message-ID; empty for calls and turns
  model::ConversationId conversation = 0;  // 0 for a call-log entry
  std::optional<double> at_s;  // a turn's start, in seconds from the start of the call
};

}  // namespace rapport::playbook
