// WebVTT is hand-parsed: the only packaged parsers live in FFmpeg's libavformat (a
// demuxer, far too heavy for captions, and blind to speakers) or in subtitle editors'
// application libraries. The format is line-based; the speaker conventions of meeting
// tools, which no caption library knows, are the real work (transcript_builder).
#include <string>
#include <vector>

#include <fmt/format.h>

#include "rapport/ingest/files/date_text.hpp"
#include "rapport/util/ascii.hpp"
#include "rapport/ingest/files/file_input.hpp"
#include "rapport/ingest/files/line_cursor.hpp"
#include "rapport/ingest/files/text_util.hpp"
#include "rapport/ingest/files/transcript_builder.hpp"
#include "rapport/ingest/files/transcript_reader.hpp"

namespace rapport::ingest {
namespace {

using detail::Line;

// "NOTE", "NOTE text": a block keyword followed by white space or nothing.
bool starts_block(std::string_view line, std::string_view keyword) {
  return line.substr(0, keyword.size()) == keyword &&
         (line.size() == keyword.size() || is_ascii_space(line[keyword.size()]));
}

class WebvttReader {
 public:
  WebvttReader(const ReadContext& ctx, RecordSink& sink)
      : ctx_(ctx), sink_(sink), builder_(ctx),
        order_(detail::date_order_for_region(ctx.default_region)) {}

  void run(std::string_view data) {
    detail::LineCursor cursor{data};
    std::vector<Line> block;
    Line line;
    bool first = true;
    std::size_t blocks = 0;
    while (cursor.next(line)) {
      if (first) {
        first = false;
        if (line.text.substr(0, 6) == "WEBVTT" &&
            (line.text.size() == 6 || is_ascii_space(line.text[6]))) {
          header_ = true;
          const std::string_view rest = trim_ascii_spaces(line.text.substr(6));
          if (!rest.empty()) metadata(rest);
          continue;
        }
        sink_.on_diagnostic({ctx_.file, "line 1", "no WEBVTT header; read as WebVTT anyway",
                             model::Severity::warning});
      }
      if (trim_ascii_spaces(line.text).empty()) {
        if (!block.empty()) handle(block);
        block.clear();
        if (++blocks % 1000 == 0) sink_.on_progress(cursor.offset());
        continue;
      }
      block.push_back(line);
    }
    if (!block.empty()) handle(block);
    sink_.on_progress(cursor.offset());
    builder_.finish(sink_, "no cues with text in the file");
  }

 private:
  void metadata(std::string_view text) {
    if (auto d = detail::find_date(text, order_, detail::CompactDates::no))
      builder_.note_date(d->when, d->has_time);
    builder_.note_channel_hint(text);
  }

  void handle(const std::vector<Line>& block) {
    const std::string_view head = block[0].text;
    // The lines right after "WEBVTT", before the first blank line, are file headers.
    if (header_) {
      header_ = false;
      if (head.find("-->") == std::string_view::npos &&
          (block.size() < 2 || block[1].text.find("-->") == std::string_view::npos)) {
        for (const Line& l : block) {
          metadata(l.text);
          const auto colon = l.text.find(':');
          if (colon != std::string_view::npos &&
              (detail::iequals(trim_ascii_spaces(l.text.substr(0, colon)), "Title") ||
               detail::iequals(trim_ascii_spaces(l.text.substr(0, colon)), "Topic")))
            builder_.note_title(trim_ascii_spaces(l.text.substr(colon + 1)));
        }
        return;
      }
    }
    header_ = false;
    if (starts_block(head, "NOTE")) {
      for (const Line& l : block) metadata(l.text);
      return;
    }
    if (starts_block(head, "STYLE") || starts_block(head, "REGION")) return;

    ++cues_;
    const std::string position = fmt::format("cue {} (line {})", cues_, block[0].number);
    std::size_t timing_index = 0;
    if (head.find("-->") == std::string_view::npos) {
      timing_index = 1;  // the first line is the cue id
      if (block.size() < 2 || block[1].text.find("-->") == std::string_view::npos) {
        sink_.on_diagnostic({ctx_.file, position, "no timing line (\"start --> end\"); cue skipped",
                             model::Severity::error});
        return;
      }
    }
    const auto timing = detail::parse_cue_timing(block[timing_index].text);
    if (!timing) {
      sink_.on_diagnostic({ctx_.file, position,
                           fmt::format("timing \"{}\" not understood; cue skipped",
                                       trim_ascii_spaces(block[timing_index].text)),
                           model::Severity::error});
      return;
    }
    std::string payload;
    for (std::size_t i = timing_index + 1; i < block.size(); ++i) {
      if (!payload.empty()) payload.push_back('\n');
      payload.append(block[i].text);
    }
    builder_.add_caption(payload, *timing, position, block[0].offset);
  }

  const ReadContext& ctx_;
  RecordSink& sink_;
  detail::TranscriptBuilder builder_;
  detail::DateOrder order_;
  bool header_ = false;
  std::size_t cues_ = 0;
};

}  // namespace

void read_webvtt(std::string_view data, const ReadContext& ctx, RecordSink& sink) {
  WebvttReader{ctx, sink}.run(data);
}

void read_webvtt_file(const std::filesystem::path& path, const ReadContext& ctx, RecordSink& sink) {
  const ReadContext file_ctx = detail::context_for(path, ctx);
  if (auto data = detail::load_file(path, file_ctx, sink)) read_webvtt(*data, file_ctx, sink);
}

}  // namespace rapport::ingest
