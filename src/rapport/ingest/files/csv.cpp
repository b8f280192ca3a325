#include "rapport/ingest/files/csv.hpp"

#include <array>

#include "rapport/ingest/files/text_util.hpp"

namespace rapport::ingest {
namespace {

char sniff_delimiter(std::string_view data) {
  std::array<std::size_t, 3> counts{};
  constexpr std::array<char, 3> k_candidates{',', ';', '\t'};
  bool quoted = false;
  for (char c : data) {
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && (c == '\n' || c == '\r')) {
      break;
    } else if (!quoted) {
      for (std::size_t i = 0; i < k_candidates.size(); ++i)
        if (c == k_candidates[i]) ++counts[i];
    }
  }
  std::size_t best = 0;
  for (std::size_t i = 1; i < counts.size(); ++i)
    if (counts[i] > counts[best]) best = i;
  return k_candidates[best];
}

}  // namespace

CsvReader::CsvReader(std::string_view data, char delimiter) : data_(data) {
  if (data_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
  // Excel writes "sep=;" on the first line when it saves with a non-default delimiter.
  const std::string_view rest = data_.substr(pos_);
  if (rest.size() >= 5 && detail::istarts_with(rest, "sep=") &&
      (rest.size() == 5 || rest[5] == '\n' || rest[5] == '\r')) {
    if (delimiter == '\0') delimiter = rest[4];
    pos_ += 5;
    if (pos_ < data_.size() && data_[pos_] == '\r') ++pos_;
    if (pos_ < data_.size() && data_[pos_] == '\n') ++pos_;
    ++line_;
  }
  delimiter_ = delimiter != '\0' ? delimiter : sniff_delimiter(data_.substr(pos_));
}

bool CsvReader::next(CsvRecord& record) {
  for (;;) {
    if (pos_ >= data_.size()) return false;
    record.fields.clear();
    record.line = line_;
    record.byte_offset = pos_;
    record.unterminated_quote = false;

    std::string field;
    bool record_done = false;
    while (!record_done) {
      field.clear();
      if (pos_ < data_.size() && data_[pos_] == '"') {
        ++pos_;
        for (;;) {
          if (pos_ >= data_.size()) {
            record.unterminated_quote = true;
            break;
          }
          const char c = data_[pos_];
          if (c == '"') {
            if (pos_ + 1 < data_.size() && data_[pos_ + 1] == '"') {
              field.push_back('"');
              pos_ += 2;
              continue;
            }
            ++pos_;
            break;
          }
          // Count line breaks inside quotes so later records name the right line.
          if (c == '\n' || (c == '\r' && (pos_ + 1 >= data_.size() || data_[pos_ + 1] != '\n')))
            ++line_;
          field.push_back(c);
          ++pos_;
        }
      }
      // Unquoted text, or what a sloppy writer put after the closing quote.
      while (pos_ < data_.size()) {
        const char c = data_[pos_];
        if (c == delimiter_ || c == '\n' || c == '\r') break;
        field.push_back(c);
        ++pos_;
      }
      record.fields.push_back(field);
      if (pos_ >= data_.size()) {
        record_done = true;
      } else if (data_[pos_] == delimiter_) {
        // A delimiter at the very end opens one (empty) last field: the loop reads it.
        ++pos_;
      } else {
        if (data_[pos_] == '\r' && pos_ + 1 < data_.size() && data_[pos_ + 1] == '\n') ++pos_;
        ++pos_;
        ++line_;
        record_done = true;
      }
    }
    const bool blank = record.fields.size() == 1 && record.fields[0].empty() &&
                       !record.unterminated_quote;
    if (!blank) return true;
  }
}

std::string header_key(std::string_view name) {
  std::string key;
  key.reserve(name.size());
  for (char c : name)
    if (detail::is_alnum(c)) key.push_back(detail::to_lower(c));
  return key;
}

}  // namespace rapport::ingest
