#pragma once
// What a reader is told besides the bytes: how to name the file in diagnostics and
// the defaults it needs for fields the file leaves out.

#include <optional>
#include <string>

#include "rapport/model/channel.hpp"
#include "rapport/model/time.hpp"

namespace rapport::ingest {

struct ReadContext {
  // The path as the user gave it; used in every SourceRef and Diagnostic.
  std::string file;
  // The folder a message was found in ("Sent", "INBOX"), when the container says.
  std::string folder;
  // ISO 3166 region for phone numbers written without a country code ("GB", "US").
  std::string default_region = "US";
  // The date of a transcript whose file does not carry one (`--date`).
  std::optional<model::Timestamp> date;
  // The channel of a transcript when the user says (`--channel phone`); overrides
  // what the reader guesses from the file.
  std::optional<model::Channel> channel;
};

}  // namespace rapport::ingest
