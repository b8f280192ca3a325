#include "rapport/ingest/files/line_cursor.hpp"

namespace rapport::ingest::detail {

LineCursor::LineCursor(std::string_view data) : data_(data) {
  if (data_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
}

bool LineCursor::next(Line& line) {
  if (pos_ >= data_.size()) return false;
  const std::size_t start = pos_;
  std::size_t end = data_.find_first_of("\r\n", start);
  if (end == std::string_view::npos) {
    end = data_.size();
    pos_ = end;
  } else if (data_[end] == '\r' && end + 1 < data_.size() && data_[end + 1] == '\n') {
    pos_ = end + 2;
  } else {
    pos_ = end + 1;
  }
  line.text = data_.substr(start, end - start);
  line.number = ++number_;
  line.offset = start;
  return true;
}

}  // namespace rapport::ingest::detail
