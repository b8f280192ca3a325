// Fuzz target for the WebVTT reader: any bytes, no crash, and every transcript it
// emits keeps the promises of transcript_reader.hpp.
#include <cstdint>
#include <string_view>

#include "transcript_checking_sink.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  rapport::ingest::ReadContext ctx;
  ctx.file = "fuzz.vtt";
  rapport::fuzz::TranscriptCheckingSink sink(ctx.file);
  rapport::ingest::read_webvtt(text, ctx, sink);
  return 0;
}
