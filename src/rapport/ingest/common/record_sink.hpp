#pragma once
// Readers stream what they read into a RecordSink, so that a mailbox of any size
// is parsed with bounded memory and the caller decides how to batch and store.

#include <cstdint>

#include "rapport/model/call_log.hpp"
#include "rapport/model/contact_record.hpp"
#include "rapport/model/diagnostic.hpp"
#include "rapport/model/message.hpp"
#include "rapport/model/transcript.hpp"

namespace rapport::ingest {

class RecordSink {
 public:
  virtual ~RecordSink() = default;
  virtual void on_message(model::Message&& message) = 0;
  virtual void on_transcript(model::Transcript&& transcript) = 0;
  virtual void on_contact(model::ContactRecord&& contact) = 0;
  virtual void on_call(model::CallLogEntry&& call) = 0;
  virtual void on_diagnostic(model::Diagnostic&& diagnostic) = 0;
  // Bytes of the current file consumed so far; for progress bars. Called often.
  virtual void on_progress(std::uint64_t /*bytes_done*/) {}
};

}  // namespace rapport::ingest
