#pragma once
// What the three transcript readers share (internal to ingest/files): caption
// timestamps, speaker labels, and the assembly of cues into a model::Transcript —
// merging adjacent cues of one speaker, and the title, date and channel taken from the
// file's metadata, its name or the ReadContext.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/ingest/common/read_context.hpp"
#include "rapport/ingest/common/record_sink.hpp"
#include "rapport/model/transcript.hpp"

namespace rapport::ingest::detail {

// A caption or transcript timestamp in seconds: "01:02:03.500", "02:03.500",
// "01:02:03,500" (SRT), "1:02:03", "0:05". nullopt for anything else.
std::optional<double> parse_clock(std::string_view text);

// A cue timing line, "00:00:01.000 --> 00:00:04.000 align:start" (WebVTT) or
// "00:00:01,000 --> 00:00:04,000" (SRT); settings after the end time are ignored.
struct CueTiming {
  double start_s = 0;
  double end_s = 0;
};
std::optional<CueTiming> parse_cue_timing(std::string_view line);

// Whether `name` reads as a speaker label: 1–6 words, at most 60 bytes, the first word
// capitalised (or non-ASCII, as in "Émilie"), later words capitalised, numbers ("Speaker
// 2"), parenthesised ("(Guest)") or name particles ("van", "de"); no sentence
// punctuation; not a sound label ("Music", "Laughter") or a heading ("Note", "Agenda").
bool plausible_speaker(std::string_view name);

struct SpeakerSplit {
  std::string speaker;
  std::string_view rest;  // the text after the label, trimmed
};

// A speaker label at the start of a line of caption text: "Jane Doe: text",
// "[Jane Doe] text", "[Jane Doe]: text", ">> JANE: text", "- Jane: text".
std::optional<SpeakerSplit> split_speaker(std::string_view text);

// The speaker turns inside one caption payload. WebVTT voice spans ("<v Jane>hi</v>",
// several per cue possible) name their speaker; text outside them may carry a label
// that split_speaker finds. Other tags are stripped, entities decoded, white space
// collapsed; empty segments dropped.
struct CaptionSegment {
  std::string speaker;
  std::string text;
};
std::vector<CaptionSegment> caption_segments(std::string_view payload);

struct Cue {
  std::string speaker;
  std::optional<double> start_s;
  std::optional<double> end_s;
  std::string text;
  std::string position;  // "cue 7 (line 40)", "line 12"
  std::uint64_t byte_offset = 0;
};

// Collects cues and metadata, then emits one Transcript. Not reusable after finish().
class TranscriptBuilder {
 public:
  // The channel is ctx.channel, else a hint in the file or its name, else guessed from
  // the talk (words about screens or phones, else how many people speak).
  explicit TranscriptBuilder(const ReadContext& ctx);

  void add(Cue cue);
  // Adds the cues of one caption (WebVTT, SRT): one per speaker segment of `payload`.
  void add_caption(std::string_view payload, CueTiming timing, const std::string& position,
                   std::uint64_t byte_offset);
  // Appends text to the last cue (a continuation line). False when there is none.
  bool append(std::string_view text);
  bool empty() const { return cues_.empty(); }

  // Metadata from inside the file; the first of each kind wins, and wins over the
  // file name.
  void note_title(std::string_view title);
  void note_date(model::Timestamp when, bool has_time);
  // Looks for words that say phone ("phone call", "dial") or video ("Zoom", "Teams",
  // "meeting") in a header, note or metadata value.
  void note_channel_hint(std::string_view text);
  // The cue times are times of day (a Zoom chat log): started_at gets the first one
  // when the date has no time, and the turn times become offsets from it.
  void times_are_clock_times() { clock_times_ = true; }

  // Emits the transcript: empty cues dropped, adjacent cues of one (named) speaker
  // merged — start of the first, end of the last, texts joined by a space. Title: the
  // file's, else the file name without extension and date. started_at: the file's date,
  // else one in the file name ("2026-03-14", "20260314", Zoom's "GMT20260314-100211"),
  // else ctx.date, else unset. With no turn, an error diagnostic (`what_is_missing`,
  // e.g. "no cues") instead.
  void finish(RecordSink& sink, std::string_view what_is_missing);

 private:
  const ReadContext& ctx_;
  std::vector<Cue> cues_;
  std::optional<std::string> title_;
  std::optional<model::Timestamp> date_;
  bool date_has_time_ = false;
  std::optional<model::Channel> hinted_channel_;
  bool clock_times_ = false;
};

}  // namespace rapport::ingest::detail
