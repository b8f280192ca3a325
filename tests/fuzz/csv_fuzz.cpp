// Fuzz target for the CSV layer: the raw CsvReader (it must always make progress and
// end), and the two readers built on it, contacts and call logs.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "rapport/ingest/files/call_log_reader.hpp"
#include "rapport/ingest/files/contacts_reader.hpp"
#include "rapport/ingest/files/csv.hpp"

namespace {

class CheckingSink : public rapport::ingest::RecordSink {
 public:
  void on_message(rapport::model::Message&&) override { std::abort(); }
  void on_transcript(rapport::model::Transcript&&) override { std::abort(); }
  void on_contact(rapport::model::ContactRecord&& c) override {
    if (c.name.empty() && c.emails.empty() && c.phones.empty()) std::abort();
    for (const auto& e : c.emails)
      if (e.find('@') == std::string::npos) std::abort();
    for (const auto& p : c.phones)
      if (p.empty()) std::abort();
  }
  void on_call(rapport::model::CallLogEntry&& call) override {
    if (call.other.id.value.empty()) std::abort();
  }
  void on_diagnostic(rapport::model::Diagnostic&& d) override {
    if (d.file != "fuzz.csv" || d.reason.empty()) std::abort();
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  rapport::ingest::CsvReader csv{text};
  rapport::ingest::CsvRecord record;
  std::size_t last_offset = 0, last_line = 0;
  while (csv.next(record)) {
    if (csv.offset() <= last_offset || record.line < last_line || csv.offset() > size) std::abort();
    last_offset = csv.offset();
    last_line = record.line;
  }
  rapport::ingest::ReadContext ctx;
  ctx.file = "fuzz.csv";
  ctx.default_region = "GB";
  CheckingSink sink;
  rapport::ingest::read_contacts_csv(text, ctx, sink);
  rapport::ingest::read_call_log(text, ctx, sink);
  return 0;
}
