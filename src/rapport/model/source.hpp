#pragma once
#include <cstdint>
#include <string>

namespace rapport::model {

// Where a record came from, so that every finding and every error can name it.
struct SourceRef {
  std::string file;
  // Human-readable position inside the file: "line 12", "message 37 (byte 10234)".
  std::string position;
  // The byte offset of the record, when the format has one; used for ordering.
  std::uint64_t byte_offset = 0;
};

}  // namespace rapport::model
