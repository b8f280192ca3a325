#pragma once
// What a reader is told besides the bytes: how to name the file in diagnostics and
// the defaults it needs for fields the file leaves out.

#include <optional>
#include <string>

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
};

}  // namespace rapport::ingest
