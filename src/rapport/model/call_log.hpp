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
  // The fields ranking reads of every call first, in one cache line.
  Timestamp when{};
  Direction direction = Direction::outbound;
  CallOutcome outcome = CallOutcome::unknown;
  std::uint32_t duration_s = 0;
  Party other;  // by phone, email or name, whichever the log gives
  std::string note;
  SourceRef source;
};

}  // namespace rapport::model
