#pragma once
// Call and meeting transcripts → one model::Transcript per file.
//
// Common to the three formats:
// - Speaker turns: adjacent cues or lines of one named speaker are merged into one
//   turn (start of the first, end of the last, texts joined by a space); speakers are
//   listed in order of first appearance. Cues without a speaker stay separate turns.
// - started_at: a date in the file (a WebVTT NOTE or header, a "Date:" line or a date
//   line at the top of a text transcript), else one in the file name ("2026-03-14",
//   "20260314", Zoom's "GMT20260314-100211"), else ctx.date, else unset. Times without
//   a zone are taken as UTC.
// - title: a "Topic:"/"Title:"/"Meeting:" line or the first header line of the file,
//   else the file name without its extension(s) and date.
// - channel: ctx.channel when set; else a word in the file's header/notes or name
//   ("phone", "call recording", "dialer" → phone; "Zoom", "Teams", "meeting", "video"
//   → video); else video for WebVTT and SRT (they come from meeting tools) and phone for
//   plain text, except Zoom's own text layouts, which are video.
// - content_hash: SHA-256 over the turns' speakers and texts (not times or layout), so
//   the same conversation exported as VTT and as SRT is one transcript.
// - Positions: turns carry "cue N (line L)" (WebVTT, SRT) or "line L" (text).
// A bad cue gives a diagnostic and is skipped; a file with no turn at all gives one
// error and no transcript; a file that cannot be read gives one error with an empty
// position. Never throws for bad input. The data must stay valid during the call.

#include <filesystem>
#include <string_view>

#include "rapport/ingest/common/read_context.hpp"
#include "rapport/ingest/common/record_sink.hpp"

namespace rapport::ingest {

// WebVTT (Teams, Zoom, Meet). Cue ids optional; timestamps "hh:mm:ss.mmm" or
// "mm:ss.mmm"; NOTE, STYLE and REGION blocks skipped (a NOTE may give the date or a
// channel hint). Speakers from voice spans ("<v Jane Doe>text</v>", Teams; several per
// cue allowed) or a "Jane Doe: text" prefix (Zoom); other tags stripped, entities
// decoded, line breaks inside a cue become spaces. A missing WEBVTT header is a warning.
void read_webvtt(std::string_view data, const ReadContext& ctx, RecordSink& sink);
void read_webvtt_file(const std::filesystem::path& path, const ReadContext& ctx, RecordSink& sink);

// SubRip. Numbered cues "00:01:02,500 --> 00:01:05,000" (a '.' is accepted too);
// speaker from a "Name:" prefix, "[Name]", ">> NAME:" or a voice tag, or none. Font and
// style tags stripped. Text separated from its cue by a stray blank line is joined to
// that cue with a warning.
void read_srt(std::string_view data, const ReadContext& ctx, RecordSink& sink);
void read_srt_file(const std::filesystem::path& path, const ReadContext& ctx, RecordSink& sink);

// Plain-text transcripts, line by line:
//   "Jane Doe: text"                  a turn
//   "[00:01:02] Jane Doe: text", "00:01:02 Jane Doe: text", "(00:01:02) Jane Doe: text",
//   "Jane Doe (00:01:02): text", "Jane Doe [00:01:02]: text"
//                                     a timed turn
//   "[Jane Doe] 10:02:11", "Jane Doe  0:05", "Jane Doe (00:01:02)"
//                                     a speaker header (Zoom TXT, Otter, Teams); the
//                                     lines below it are the turn's text
//   "10:02:11 From Jane Doe : text", "10:02:11 From Jane Doe to Everyone: text"
//                                     Zoom chat; its times of day become offsets from
//                                     the first message and set started_at's time
//   "00:05:00"                        a time for the turns that follow (Google Meet)
//   anything else                     continues the previous turn
// Before the first turn, "Key: value" lines with keys like Date, Topic, Title, Meeting,
// Participants, Type are metadata, and other lines are a header (the first is the title
// and dates in them count).
void read_transcript_text(std::string_view data, const ReadContext& ctx, RecordSink& sink);
void read_transcript_text_file(const std::filesystem::path& path, const ReadContext& ctx,
                               RecordSink& sink);

}  // namespace rapport::ingest
