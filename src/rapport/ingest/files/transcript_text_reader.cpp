#include <array>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "rapport/ingest/files/csv.hpp"
#include "rapport/util/ascii.hpp"
#include "rapport/ingest/files/date_text.hpp"
#include "rapport/ingest/files/file_input.hpp"
#include "rapport/ingest/files/line_cursor.hpp"
#include "rapport/ingest/files/text_util.hpp"
#include "rapport/ingest/files/transcript_builder.hpp"
#include "rapport/ingest/files/transcript_reader.hpp"

namespace rapport::ingest {
namespace {

using detail::parse_clock;
using detail::plausible_speaker;

struct LeadingClock {
  double seconds = 0;
  std::string_view rest;
  bool bracketed = false;
};

// "[00:01:02] rest", "(00:01:02) rest", "00:01:02 rest", "00:01:02 - rest".
std::optional<LeadingClock> leading_clock(std::string_view t) {
  LeadingClock out;
  std::size_t after = 0;
  if (!t.empty() && (t[0] == '[' || t[0] == '(')) {
    const std::size_t close = t.find(t[0] == '[' ? ']' : ')');
    if (close == std::string_view::npos) return std::nullopt;
    const auto s = parse_clock(t.substr(1, close - 1));
    if (!s) return std::nullopt;
    out.seconds = *s;
    out.bracketed = true;
    after = close + 1;
  } else {
    const std::size_t end = t.find_first_of(" \t");
    const auto s = parse_clock(t.substr(0, end));
    if (!s) return std::nullopt;
    out.seconds = *s;
    after = end == std::string_view::npos ? t.size() : end;
  }
  std::string_view rest = trim_ascii_spaces(t.substr(after));
  if (!rest.empty() && (rest[0] == '-' || rest[0] == '|')) rest = trim_ascii_spaces(rest.substr(1));
  out.rest = rest;
  return out;
}

struct Header {
  std::string speaker;
  double seconds = 0;
};

// A line holding only a speaker and a time: "[Jane Doe] 10:02:11", "Jane Doe (00:01:02)",
// "Jane Doe [00:01:02]", "Jane Doe  0:05".
std::optional<Header> speaker_header(std::string_view t) {
  if (!t.empty() && t[0] == '[') {
    const std::size_t close = t.find(']');
    if (close == std::string_view::npos) return std::nullopt;
    const std::string_view name = t.substr(1, close - 1);
    std::string_view after = trim_ascii_spaces(t.substr(close + 1));
    if (after.size() >= 2 && (after.front() == '(' || after.front() == '[') &&
        (after.back() == ')' || after.back() == ']'))
      after = after.substr(1, after.size() - 2);
    const auto s = parse_clock(after);
    if (!s || !plausible_speaker(name)) return std::nullopt;
    return Header{detail::collapse_spaces(name), *s};
  }
  std::string_view time_text;
  std::string_view name;
  if (!t.empty() && (t.back() == ')' || t.back() == ']')) {
    const std::size_t open = t.rfind(t.back() == ')' ? '(' : '[');
    if (open == std::string_view::npos) return std::nullopt;
    time_text = t.substr(open + 1, t.size() - open - 2);
    name = t.substr(0, open);
  } else {
    const std::size_t space = t.find_last_of(" \t");
    if (space == std::string_view::npos) return std::nullopt;
    time_text = t.substr(space + 1);
    name = t.substr(0, space);
  }
  const auto s = parse_clock(time_text);
  if (!s || !plausible_speaker(name)) return std::nullopt;
  return Header{detail::collapse_spaces(name), *s};
}

struct TimedTurn {
  std::string speaker;
  double seconds = 0;
  std::string_view text;
};

// "Jane Doe (00:01:02): text", "Jane Doe [00:01:02]: text".
std::optional<TimedTurn> name_clock_turn(std::string_view t) {
  int depth = 0;
  for (std::size_t i = 0; i < t.size() && i < 80; ++i) {
    const char c = t[i];
    if (c == '(' || c == '[') ++depth;
    else if (c == ')' || c == ']') --depth;
    else if (c == ':' && depth == 0) {
      if (i + 1 < t.size() && !is_ascii_space(t[i + 1])) return std::nullopt;
      const std::string_view head = trim_ascii_spaces(t.substr(0, i));
      if (head.empty() || (head.back() != ')' && head.back() != ']')) return std::nullopt;
      const std::size_t open = head.rfind(head.back() == ')' ? '(' : '[');
      if (open == std::string_view::npos) return std::nullopt;
      const auto s = parse_clock(head.substr(open + 1, head.size() - open - 2));
      const std::string_view name = head.substr(0, open);
      if (!s || !plausible_speaker(name)) return std::nullopt;
      return TimedTurn{detail::collapse_spaces(name), *s, trim_ascii_spaces(t.substr(i + 1))};
    }
  }
  return std::nullopt;
}

// "10:02:11 From Jane Doe : text", "10:02:11 From Jane Doe to Everyone: text".
std::optional<TimedTurn> zoom_chat(std::string_view t) {
  const auto lead = leading_clock(t);
  if (!lead || lead->bracketed || lead->rest.substr(0, 5) != "From ") return std::nullopt;
  const std::string_view rest = trim_ascii_spaces(lead->rest.substr(5));
  const std::size_t colon = rest.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  std::string_view name = trim_ascii_spaces(rest.substr(0, colon));
  if (const std::size_t to = name.find(" to "); to != std::string_view::npos)
    name = trim_ascii_spaces(name.substr(0, to));
  if (name.empty()) return std::nullopt;
  return TimedTurn{detail::collapse_spaces(name), lead->seconds, trim_ascii_spaces(rest.substr(colon + 1))};
}

enum class MetaKind : unsigned char { date, title, channel, other };

std::optional<MetaKind> metadata_key(std::string_view key) {
  static constexpr std::array<std::string_view, 12> k_date{
      "date", "time", "datetime", "start", "starttime", "started", "recorded", "recordedon",
      "meetingdate", "calldate", "when", "startedat"};
  static constexpr std::array<std::string_view, 9> k_title{
      "topic", "title", "meeting", "meetingtopic", "meetingtitle", "subject", "call",
      "callwith", "name"};
  static constexpr std::array<std::string_view, 4> k_channel{"type", "calltype", "channel",
                                                             "medium"};
  static constexpr std::array<std::string_view, 12> k_other{
      "meetingid", "participants", "attendees", "duration", "passcode", "language",
      "kind", "location", "organizer", "organiser", "speakers", "recording"};
  const std::string k = header_key(key);
  for (auto w : k_date)
    if (k == w) return MetaKind::date;
  for (auto w : k_title)
    if (k == w) return MetaKind::title;
  for (auto w : k_channel)
    if (k == w) return MetaKind::channel;
  for (auto w : k_other)
    if (k == w) return MetaKind::other;
  return std::nullopt;
}

class TranscriptTextReader {
 public:
  TranscriptTextReader(const ReadContext& ctx, RecordSink& sink)
      : ctx_(ctx), sink_(sink), builder_(ctx),
        order_(detail::date_order_for_region(ctx.default_region)) {}

  void run(std::string_view data) {
    detail::LineCursor cursor{data};
    detail::Line line;
    while (cursor.next(line)) {
      handle(line);
      if (line.number % 2000 == 0) sink_.on_progress(cursor.offset());
    }
    sink_.on_progress(cursor.offset());
    if (builder_.empty() && !preamble_.empty()) {
      sink_.on_diagnostic({ctx_.file, "line 1",
                           "no speaker turns (\"Name: text\" or a speaker header) in the file",
                           model::Severity::error});
      return;
    }
    builder_.finish(sink_, "no speaker turns in the file");
  }

 private:
  void turn(const detail::Line& line, std::string speaker, std::optional<double> start,
            std::string_view text) {
    flush_preamble();
    detail::Cue cue;
    cue.speaker = std::move(speaker);
    cue.start_s = start;
    cue.text = std::string{text};
    cue.position = fmt::format("line {}", line.number);
    cue.byte_offset = line.offset;
    builder_.add(std::move(cue));
    pending_time_.reset();
  }

  void handle(const detail::Line& line) {
    const std::string_view t = trim_ascii_spaces(line.text);
    if (t.empty()) return;

    if (auto chat = zoom_chat(t)) {
      if (!clock_times_) {
        clock_times_ = true;
        builder_.times_are_clock_times();
        builder_.note_channel_hint("zoom");
      }
      turn(line, std::move(chat->speaker), chat->seconds, chat->text);
      return;
    }
    if (auto header = speaker_header(t)) {
      if (!header_style_ && t[0] == '[') builder_.note_channel_hint("zoom");
      header_style_ = true;
      turn(line, std::move(header->speaker), header->seconds, "");
      return;
    }
    if (auto lead = leading_clock(t)) {
      if (auto split = detail::split_speaker(lead->rest)) {
        turn(line, std::move(split->speaker), lead->seconds, split->rest);
        return;
      }
      if (lead->rest.empty()) {  // a time alone on its line: for the turns below
        pending_time_ = lead->seconds;
        return;
      }
      if (lead->bracketed && !builder_.empty()) {
        builder_.append(lead->rest);
        return;
      }
    }
    if (auto timed = name_clock_turn(t)) {
      turn(line, std::move(timed->speaker), timed->seconds, timed->text);
      return;
    }
    if (builder_.empty()) {
      if (metadata(t)) return;
    }
    if (!header_style_) {
      if (auto split = detail::split_speaker(t)) {
        std::optional<double> start = pending_time_;
        std::string_view text = split->rest;
        // "[Jane Doe] 10:02:11 Hello": a bracketed label, then the time.
        if (t[0] == '[') {
          if (auto lead = leading_clock(text)) {
            start = lead->seconds;
            text = lead->rest;
          }
        }
        turn(line, std::move(split->speaker), start, text);
        return;
      }
    }
    if (!builder_.empty()) {
      builder_.append(t);
      return;
    }
    preamble_.emplace_back(t);
  }

  // "Date: 14 March 2026", "Topic: Renewal call"… before the first turn.
  bool metadata(std::string_view t) {
    const std::size_t colon = t.find(':');
    if (colon == std::string_view::npos || colon == 0) return false;
    const auto kind = metadata_key(t.substr(0, colon));
    if (!kind) return false;
    const std::string_view value = trim_ascii_spaces(t.substr(colon + 1));
    switch (*kind) {
      case MetaKind::date:
        if (auto d = detail::find_date(value, order_, detail::CompactDates::no))
          builder_.note_date(d->when, d->has_time);
        break;
      case MetaKind::title:
        builder_.note_title(value);
        builder_.note_channel_hint(value);
        break;
      case MetaKind::channel:
        builder_.note_channel_hint(value);
        break;
      case MetaKind::other:
        break;
    }
    return true;
  }

  // Lines above the first turn: a title, a date line, a note saying what the call was.
  void flush_preamble() {
    for (const std::string& p : preamble_) {
      std::string title = p;
      if (auto d = detail::find_date(p, order_, detail::CompactDates::no)) {
        builder_.note_date(d->when, d->has_time);
        title.erase(d->begin, d->end - d->begin);
        // "Weekly sync (2026-03-14 10:00 GMT)" leaves "()" behind.
        for (std::string_view empty : {"()", "[]"})
          for (auto at = title.find(empty); at != std::string::npos; at = title.find(empty))
            title.erase(at, empty.size());
      }
      builder_.note_channel_hint(p);
      // "Weekly sync - Transcript" → "Weekly sync".
      std::string_view tv = trim_ascii_spaces(title);
      while (!tv.empty() && (tv.back() == '-' || tv.back() == '|' || tv.back() == ',' ||
                             is_ascii_space(tv.back())))
        tv.remove_suffix(1);
      if (tv.size() > 10 && detail::iequals(tv.substr(tv.size() - 10), "transcript")) {
        tv.remove_suffix(10);
        while (!tv.empty() && (tv.back() == '-' || tv.back() == '|' || is_ascii_space(tv.back())))
          tv.remove_suffix(1);
      }
      if (!tv.empty() && tv.size() <= 120) builder_.note_title(tv);
    }
    preamble_.clear();
  }

  const ReadContext& ctx_;
  RecordSink& sink_;
  detail::TranscriptBuilder builder_;
  detail::DateOrder order_;
  std::vector<std::string> preamble_;
  std::optional<double> pending_time_;
  bool header_style_ = false;
  bool clock_times_ = false;
};

}  // namespace

void read_transcript_text(std::string_view data, const ReadContext& ctx, RecordSink& sink) {
  TranscriptTextReader{ctx, sink}.run(data);
}

void read_transcript_text_file(const std::filesystem::path& path, const ReadContext& ctx,
                               RecordSink& sink) {
  const ReadContext file_ctx = detail::context_for(path, ctx);
  if (auto data = detail::load_file(path, file_ctx, sink)) read_transcript_text(*data, file_ctx, sink);
}

}  // namespace rapport::ingest
