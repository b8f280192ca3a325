// SRT is hand-parsed: the only packaged parsers live in FFmpeg's libavformat (a
// demuxer, far too heavy for captions, and blind to speakers) or in subtitle editors'
// application libraries. The format is line-based; the speaker conventions of meeting
// tools, which no caption library knows, are the real work (transcript_builder).
#include <string>
#include <vector>

#include <fmt/format.h>

#include "rapport/ingest/files/file_input.hpp"
#include "rapport/ingest/files/line_cursor.hpp"
#include "rapport/ingest/files/text_util.hpp"
#include "rapport/ingest/files/transcript_builder.hpp"
#include "rapport/ingest/files/transcript_reader.hpp"

namespace rapport::ingest {
namespace {

using detail::Line;

class SrtReader {
 public:
  SrtReader(const ReadContext& ctx, RecordSink& sink)
      : ctx_(ctx), sink_(sink), builder_(ctx) {}

  void run(std::string_view data) {
    detail::LineCursor cursor{data};
    std::vector<Line> block;
    Line line;
    std::size_t blocks = 0;
    while (cursor.next(line)) {
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
  void handle(const std::vector<Line>& block) {
    std::size_t timing_index = 0;
    const bool numbered = detail::all_digits(trim_ascii_spaces(block[0].text));
    if (numbered) timing_index = 1;
    const bool has_timing = timing_index < block.size() &&
                            block[timing_index].text.find("-->") != std::string_view::npos;
    if (!has_timing) {
      if (!numbered && last_cue_ > 0) {
        // A blank line inside a cue's text splits it in two blocks.
        std::string more;
        for (const Line& l : block) more += std::string{l.text} + "\n";
        std::string text;
        for (const auto& seg : detail::caption_segments(more)) {
          if (!text.empty()) text.push_back(' ');
          text += seg.speaker.empty() ? seg.text : seg.speaker + ": " + seg.text;
        }
        builder_.append(text);
        sink_.on_diagnostic({ctx_.file, fmt::format("line {}", block[0].number),
                             fmt::format("text after a blank line inside cue {}; joined to it",
                                         last_cue_),
                             model::Severity::warning});
        return;
      }
      ++cues_;
      sink_.on_diagnostic({ctx_.file, fmt::format("cue {} (line {})", cues_, block[0].number),
                           "no timing line (\"00:00:01,000 --> 00:00:02,000\"); cue skipped",
                           model::Severity::error});
      return;
    }
    ++cues_;
    const std::string position = fmt::format("cue {} (line {})", cues_, block[0].number);
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
    last_cue_ = cues_;
    builder_.add_caption(payload, *timing, position, block[0].offset);
  }

  const ReadContext& ctx_;
  RecordSink& sink_;
  detail::TranscriptBuilder builder_;
  std::size_t cues_ = 0;
  std::size_t last_cue_ = 0;  // the last cue read successfully
};

}  // namespace

void read_srt(std::string_view data, const ReadContext& ctx, RecordSink& sink) {
  SrtReader{ctx, sink}.run(data);
}

void read_srt_file(const std::filesystem::path& path, const ReadContext& ctx, RecordSink& sink) {
  const ReadContext file_ctx = detail::context_for(path, ctx);
  if (auto data = detail::load_file(path, file_ctx, sink)) read_srt(*data, file_ctx, sink);
}

}  // namespace rapport::ingest
