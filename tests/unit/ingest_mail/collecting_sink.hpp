#pragma once
// A RecordSink that keeps what it is given, for the mail reader's tests.

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "rapport/ingest/common/record_sink.hpp"
#include "rapport/ingest/mail/mail_reader.hpp"

namespace rapport::ingest::testing {

inline ReadContext context(std::string file, std::string folder = {}) {
  ReadContext ctx;
  ctx.file = std::move(file);
  ctx.folder = std::move(folder);
  return ctx;
}

class CollectingSink : public RecordSink {
 public:
  void on_message(model::Message&& message) override { messages.push_back(std::move(message)); }
  void on_transcript(model::Transcript&&) override { ++others; }
  void on_contact(model::ContactRecord&&) override { ++others; }
  void on_call(model::CallLogEntry&&) override { ++others; }
  void on_diagnostic(model::Diagnostic&& diagnostic) override {
    diagnostics.push_back(std::move(diagnostic));
  }
  void on_progress(std::uint64_t bytes_done) override { progress.push_back(bytes_done); }

  std::size_t count(model::Severity severity) const {
    std::size_t n = 0;
    for (const auto& d : diagnostics) n += d.severity == severity ? 1 : 0;
    return n;
  }

  std::vector<model::Message> messages;
  std::vector<model::Diagnostic> diagnostics;
  std::vector<std::uint64_t> progress;
  int others = 0;
};

// Parses `raw` as one message; fails the test when it is not one.
inline model::Message parse_ok(std::string_view raw, std::vector<model::Diagnostic>* warnings = nullptr) {
  std::vector<model::Diagnostic> ignored;
  ReadContext ctx;
  ctx.file = "test.eml";
  Result<model::Message> result =
      parse_message(raw, ctx, model::SourceRef{"test.eml", "message 1 (byte 0)", 0},
                    warnings != nullptr ? *warnings : ignored);
  if (!result.ok()) {
    ADD_FAILURE() << "parse failed: " << result.error().message;
    return {};
  }
  return std::move(result).value();
}

}  // namespace rapport::ingest::testing
