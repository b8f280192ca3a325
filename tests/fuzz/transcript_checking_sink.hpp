// The promises of transcript_reader.hpp, checked on every transcript a fuzzed reader
// emits: turns with text, speakers listed once each and every turn's speaker listed,
// a content hash, diagnostics naming the file. Any other record is a bug.
#pragma once
#include <algorithm>
#include <cstdlib>
#include <string>

#include "rapport/ingest/files/transcript_reader.hpp"

namespace rapport::fuzz {

class TranscriptCheckingSink : public ingest::RecordSink {
 public:
  explicit TranscriptCheckingSink(std::string file) : file_(std::move(file)) {}

  void on_message(model::Message&&) override { std::abort(); }
  void on_contact(model::ContactRecord&&) override { std::abort(); }
  void on_call(model::CallLogEntry&&) override { std::abort(); }
  void on_diagnostic(model::Diagnostic&& d) override {
    if (d.file != file_) std::abort();
  }
  void on_transcript(model::Transcript&& t) override {
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

 private:
  std::string file_;
};

}  // namespace rapport::fuzz
