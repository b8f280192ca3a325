#pragma once
// A recorded call or video meeting, as speaker turns.

#include <optional>
#include <string>
#include <vector>

#include "rapport/model/channel.hpp"
#include "rapport/model/source.hpp"
#include "rapport/model/tag.hpp"
#include "rapport/model/time.hpp"

namespace rapport::model {

struct Utterance {
  std::string speaker;  // as the transcript names them; may be empty
  std::optional<double> start_s;  // seconds from the start of the call
  std::optional<double> end_s;
  std::string text;
  SourceRef source;  // the cue or line it came from
  std::vector<Tag> tags;  // what the analysis found in `text`; filled at import
};

struct Transcript {
  Channel channel = Channel::video;  // phone for call recordings, video for meetings
  std::string title;
  std::optional<Timestamp> started_at;
  std::vector<Utterance> turns;  // adjacent cues of one speaker already merged
  std::vector<std::string> speakers;  // in order of first appearance
  SourceRef source;
  std::string content_hash;
};

}  // namespace rapport::model
