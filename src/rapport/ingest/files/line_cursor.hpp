#pragma once
// Walking a text buffer line by line, with the line numbers and byte offsets that
// diagnostics name (internal to ingest/files).

#include <cstddef>
#include <string_view>

namespace rapport::ingest::detail {

struct Line {
  std::string_view text;   // without the line ending
  std::size_t number = 0;  // 1-based
  std::size_t offset = 0;  // byte offset of the first character in the buffer
};

// Lines end at "\n", "\r\n" or a lone "\r". A UTF-8 byte order mark at the start is
// skipped (offsets still count it). The buffer must outlive the cursor.
class LineCursor {
 public:
  explicit LineCursor(std::string_view data);

  // The next line, or false at the end of the buffer.
  bool next(Line& line);
  // Bytes consumed so far.
  std::size_t offset() const { return pos_; }
  bool at_end() const { return pos_ >= data_.size(); }

 private:
  std::string_view data_;
  std::size_t pos_ = 0;
  std::size_t number_ = 0;
};

}  // namespace rapport::ingest::detail
