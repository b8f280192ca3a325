#pragma once
// A RecordSink that keeps everything, for the reader tests.

#include <string>
#include <vector>

#include "rapport/ingest/common/record_sink.hpp"

namespace rapport::ingest::testing {

class CollectingSink : public RecordSink {
 public:
  void on_message(model::Message&& m) override { messages.push_back(std::move(m)); }
  void on_transcript(model::Transcript&& t) override { transcripts.push_back(std::move(t)); }
  void on_contact(model::ContactRecord&& c) override { contacts.push_back(std::move(c)); }
  void on_call(model::CallLogEntry&& c) override { calls.push_back(std::move(c)); }
  void on_diagnostic(model::Diagnostic&& d) override { diagnostics.push_back(std::move(d)); }
  void on_progress(std::uint64_t bytes) override { last_progress = bytes; }

  std::size_t errors() const {
    std::size_t n = 0;
    for (const auto& d : diagnostics) n += d.severity == model::Severity::error ? 1 : 0;
    return n;
  }
  std::size_t warnings() const { return diagnostics.size() - errors(); }
  // Every diagnostic, one per line, for failure messages.
  std::string dump() const {
    std::string out;
    for (const auto& d : diagnostics)
      out += d.file + ": " + d.position + ": " + d.reason + "\n";
    return out;
  }

  std::vector<model::Message> messages;
  std::vector<model::Transcript> transcripts;
  std::vector<model::ContactRecord> contacts;
  std::vector<model::CallLogEntry> calls;
  std::vector<model::Diagnostic> diagnostics;
  std::uint64_t last_progress = 0;
};

}  // namespace rapport::ingest::testing
