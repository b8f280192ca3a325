// Fuzz target for the SMS backup reader: any bytes, no crash; every message is an
// sms with a direction the file stated (or unknown) and a content hash.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "rapport/ingest/files/sms_reader.hpp"

namespace {

class CheckingSink : public rapport::ingest::RecordSink {
 public:
  void on_transcript(rapport::model::Transcript&&) override { std::abort(); }
  void on_contact(rapport::model::ContactRecord&&) override { std::abort(); }
  void on_call(rapport::model::CallLogEntry&& call) override {
    if (call.other.id.value.empty()) std::abort();
  }
  void on_message(rapport::model::Message&& m) override {
    if (m.channel != rapport::model::Channel::sms || m.content_hash.size() != 64) std::abort();
    if (m.zones.new_text != m.body) std::abort();
  }
  void on_diagnostic(rapport::model::Diagnostic&& d) override {
    if (d.file != "fuzz.xml") std::abort();
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  rapport::ingest::ReadContext ctx;
  ctx.file = "fuzz.xml";
  ctx.default_region = "GB";
  CheckingSink sink;
  rapport::ingest::read_sms_xml(text, ctx, sink);
  return 0;
}
