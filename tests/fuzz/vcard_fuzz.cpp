// Fuzz target for the vCard reader: any bytes, no crash, and every contact has a
// name, an email or a phone, with emails normalised.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "rapport/ingest/files/contacts_reader.hpp"

namespace {

class CheckingSink : public rapport::ingest::RecordSink {
 public:
  void on_message(rapport::model::Message&&) override { std::abort(); }
  void on_transcript(rapport::model::Transcript&&) override { std::abort(); }
  void on_call(rapport::model::CallLogEntry&&) override { std::abort(); }
  void on_contact(rapport::model::ContactRecord&& c) override {
    if (c.name.empty() && c.emails.empty() && c.phones.empty()) std::abort();
    for (const auto& e : c.emails)
      if (e.find('@') == std::string::npos) std::abort();
  }
  void on_diagnostic(rapport::model::Diagnostic&& d) override {
    if (d.file != "fuzz.vcf") std::abort();
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  rapport::ingest::ReadContext ctx;
  ctx.file = "fuzz.vcf";
  ctx.default_region = "DE";
  CheckingSink sink;
  rapport::ingest::read_vcard(text, ctx, sink);
  return 0;
}
