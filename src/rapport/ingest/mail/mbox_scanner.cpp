#include "rapport/ingest/mail/mbox_scanner.hpp"
#include "rapport/util/ascii.hpp"

#include <cstring>

namespace rapport::ingest {

namespace {

constexpr std::string_view k_from = "From ";
// Separator lines are short; a "From " line longer than this is body text.
constexpr std::size_t k_max_separator_length = 1000;



// Offset of the first "\nFrom " at or after `from`, or npos. memmem (glibc's two-way /
// short-needle search) runs at memory speed and is the whole cost of splitting.
std::size_t find_newline_from(std::string_view data, std::size_t from) {
  if (from >= data.size()) return std::string_view::npos;
  const void* hit = ::memmem(data.data() + from, data.size() - from, "\nFrom ", 6);
  if (hit == nullptr) return std::string_view::npos;
  return static_cast<std::size_t>(static_cast<const char*>(hit) - data.data());
}

std::string_view line_at(std::string_view data, std::size_t start) {
  const std::size_t end = data.find('\n', start);
  std::string_view line =
      data.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

// Start of the line after the one beginning at `start` (data.size() at the end).
std::size_t next_line(std::string_view data, std::size_t start) {
  const std::size_t end = data.find('\n', start);
  return end == std::string_view::npos ? data.size() : end + 1;
}

// Drops the blank line that an mbox writer puts before the next "From " line.
std::string_view trim_separator_blank_line(std::string_view message) {
  auto drop_eol = [](std::string_view s) {
    if (!s.empty() && s.back() == '\n') s.remove_suffix(1);
    if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
    return s;
  };
  std::string_view without_last = drop_eol(message);
  if (without_last.size() < message.size() && !without_last.empty() && (without_last.back() == '\n')) {
    return message.substr(0, without_last.size());  // keeps the message's own last "\n"
  }
  return message;
}

}  // namespace

bool is_mbox_separator(std::string_view line) {
  if (line.size() <= k_from.size() || line.substr(0, k_from.size()) != k_from) return false;
  if (line.size() > k_max_separator_length) return false;
  int run = 0;  // length of the current run of digits
  for (std::size_t i = k_from.size(); i < line.size(); ++i) {
    const char c = line[i];
    if (is_ascii_digit(c)) {
      if (++run >= 4) return true;  // a year
      continue;
    }
    if (c == ':' && run >= 1 && i + 2 < line.size() && is_ascii_digit(line[i + 1]) && is_ascii_digit(line[i + 2])) {
      return true;  // a time of day
    }
    run = 0;
  }
  return false;
}

std::size_t MboxScanner::find_separator(std::size_t from) const {
  std::size_t search = from == 0 ? 0 : from - 1;  // a separator may start exactly at `from`
  for (;;) {
    const std::size_t hit = find_newline_from(data_, search);
    if (hit == std::string_view::npos) return std::string_view::npos;
    const std::size_t line_start = hit + 1;
    if (line_start >= from && is_mbox_separator(line_at(data_, line_start))) return line_start;
    search = hit + 1;
  }
}

// mboxcl: a Content-Length header gives the body's size. Trusted only when it lands
// on the end of the data or on a separator (after at most one blank line), so that a
// wrong value (common: it is often stale after a body was rewritten) changes nothing.
std::size_t MboxScanner::content_length_end(std::size_t message_start) const {
  static constexpr std::string_view k_name = "content-length:";
  std::optional<std::uint64_t> length;
  std::size_t p = message_start;
  for (; p < data_.size(); p = next_line(data_, p)) {
    const std::string_view line = line_at(data_, p);
    if (line.empty()) break;  // end of the header block
    if (length || line.size() <= k_name.size()) continue;
    bool match = true;
    for (std::size_t i = 0; i < k_name.size() && match; ++i) match = ascii_lower(line[i]) == k_name[i];
    if (!match) continue;
    std::size_t i = k_name.size();
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    std::uint64_t value = 0;
    std::size_t digits = 0;
    for (; i < line.size() && is_ascii_digit(line[i]) && digits < 15; ++i, ++digits) {
      value = value * 10 + static_cast<std::uint64_t>(line[i] - '0');
    }
    if (digits > 0) length = value;
  }
  if (!length || p >= data_.size()) return std::string_view::npos;
  const std::size_t body = next_line(data_, p);
  if (*length > data_.size() - body) return std::string_view::npos;
  std::size_t end = body + static_cast<std::size_t>(*length);
  for (int blank = 0; blank < 2; ++blank) {
    if (end == data_.size()) return end;
    if (data_.compare(end, k_from.size(), k_from) == 0 && is_mbox_separator(line_at(data_, end))) {
      return end;
    }
    if (data_[end] == '\n') {
      ++end;
    } else if (data_[end] == '\r' && end + 1 < data_.size() && data_[end + 1] == '\n') {
      end += 2;
    } else {
      return std::string_view::npos;
    }
  }
  return std::string_view::npos;
}

std::optional<MboxEntry> MboxScanner::next() {
  if (pos_ >= data_.size()) return std::nullopt;
  if (!started_) {
    started_ = true;
    const bool starts_with_separator =
        data_.substr(0, k_from.size()) == k_from && is_mbox_separator(line_at(data_, 0));
    if (!starts_with_separator) {
      const std::size_t first = find_separator(0);
      const std::size_t end = first == std::string_view::npos ? data_.size() : first;
      MboxEntry entry;
      entry.message = trim_separator_blank_line(data_.substr(0, end));
      entry.offset = 0;
      entry.preamble = true;
      pos_ = end;
      return entry;
    }
  }
  MboxEntry entry;
  entry.offset = pos_;
  entry.envelope = line_at(data_, pos_);
  const std::size_t start = next_line(data_, pos_);
  std::size_t end = content_length_end(start);
  if (end == std::string_view::npos) {
    end = find_separator(start);
    if (end == std::string_view::npos) end = data_.size();
  }
  entry.message = trim_separator_blank_line(data_.substr(start, end - start));
  pos_ = end;
  return entry;
}

std::optional<std::string> unescape_mboxrd(std::string_view message) {
  // Cheap test first: no ">From " anywhere means nothing to do.
  if (::memmem(message.data(), message.size(), ">From ", 6) == nullptr) return std::nullopt;
  std::string out;
  out.reserve(message.size());
  bool changed = false;
  std::size_t p = 0;
  while (p < message.size()) {
    std::size_t eol = message.find('\n', p);
    const std::size_t next = eol == std::string_view::npos ? message.size() : eol + 1;
    const std::string_view line = message.substr(p, next - p);
    std::size_t quotes = 0;
    while (quotes < line.size() && line[quotes] == '>') ++quotes;
    if (quotes > 0 && line.substr(quotes, k_from.size()) == k_from) {
      out.append(line.substr(1));
      changed = true;
    } else {
      out.append(line);
    }
    p = next;
  }
  if (!changed) return std::nullopt;
  return out;
}

}  // namespace rapport::ingest
