// Fuzz target: an mbox through the splitter and the mail parser.
// Invariants besides "no crash": positions strictly increase, progress never goes
// back nor past the end, and each message is either delivered or an error.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "rapport/ingest/common/record_sink.hpp"
#include "rapport/ingest/mail/mail_reader.hpp"
#include "rapport/ingest/mail/mbox_scanner.hpp"

namespace {

class CheckingSink : public rapport::ingest::RecordSink {
 public:
  explicit CheckingSink(std::size_t size) : size_(size) {}
  void on_message(rapport::model::Message&& m) override {
    if (seen_any_ && m.source.byte_offset <= last_offset_) __builtin_trap();
    last_offset_ = m.source.byte_offset;
    seen_any_ = true;
  }
  void on_transcript(rapport::model::Transcript&&) override {}
  void on_contact(rapport::model::ContactRecord&&) override {}
  void on_call(rapport::model::CallLogEntry&&) override {}
  void on_diagnostic(rapport::model::Diagnostic&& d) override {
    if (d.file != "fuzz.mbox") __builtin_trap();
  }
  void on_progress(std::uint64_t done) override {
    if (done < progress_ || done > size_) __builtin_trap();
    progress_ = done;
  }

 private:
  std::size_t size_;
  std::uint64_t progress_ = 0;
  std::uint64_t last_offset_ = 0;
  bool seen_any_ = false;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rapport;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);

  // The splitter alone: entries tile the data in order.
  ingest::MboxScanner scanner(bytes);
  std::uint64_t previous_end = 0;
  while (auto entry = scanner.next()) {
    if (entry->offset < previous_end || scanner.position() > size) __builtin_trap();
    if (entry->message.data() < bytes.data() ||
        entry->message.data() + entry->message.size() > bytes.data() + size) {
      __builtin_trap();
    }
    previous_end = scanner.position();
  }
  if (previous_end != size) __builtin_trap();

  ingest::ReadContext ctx;
  ctx.file = "fuzz.mbox";
  CheckingSink sink(size);
  ingest::read_mbox(bytes, ctx, sink);
  return 0;
}
