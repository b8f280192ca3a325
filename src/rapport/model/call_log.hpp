#pragma once
// One line of a phone's or a dialler's call log: a call that happened, with or
// without a conversation.

#include <cstdint>
#include <string>

#include "rapport/model/channel.hpp"
#include "rapport/model/identity.hpp"
#include "rapport/model/source.hpp"
#include "rapport/model/time.hpp"

namespace rapport::model {

enum class CallOutcome : std::uint8_t { reached, voicemail, no_answer, unknown };

std::string_view to_string(CallOutcome outcome);

struct CallLogEntry {
  Timestamp when{};
  Party other;  // by phone, email or name, whichever the log gives
  Direction direction = Direction::outbound;
  std::uint32_t duration_s = 0;
  CallOutcome outcome = CallOutcome::unknown;
  std::string note;
  SourceRef source;
};

}  // namespace rapport::model
