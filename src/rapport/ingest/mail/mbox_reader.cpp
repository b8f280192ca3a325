// read_mbox and read_eml: the in-memory readers that feed a RecordSink.
#include <string>

#include "rapport/ingest/mail/mail_reader.hpp"
#include "rapport/ingest/mail/mbox_scanner.hpp"

namespace rapport::ingest {

namespace {

std::string position_of(std::size_t index, std::uint64_t offset) {
  return "message " + std::to_string(index) + " (byte " + std::to_string(offset) + ")";
}

// Whether `bytes` begin (after blank lines) with something shaped like a header field
// ("Name: value"), i.e. could be a message rather than stray text.
bool starts_with_header_field(std::string_view bytes) {
  const std::size_t start = bytes.find_first_not_of("\r\n");
  if (start == std::string_view::npos) return false;
  const std::size_t eol = bytes.find('\n', start);
  const std::string_view line =
      bytes.substr(start, eol == std::string_view::npos ? std::string_view::npos : eol - start);
  const std::size_t colon = line.find(':');
  if (colon == 0 || colon == std::string_view::npos) return false;
  for (std::size_t i = 0; i < colon; ++i) {
    const auto c = static_cast<unsigned char>(line[i]);
    if (c <= 32 || c >= 127) return false;  // RFC 5322 field names: printable ASCII, no space
  }
  return true;
}

// Parses one message and hands the outcome to the sink.
void deliver(std::string_view raw, const ReadContext& ctx, model::SourceRef where, RecordSink& sink) {
  std::vector<model::Diagnostic> warnings;
  const std::string position = where.position;
  Result<model::Message> message = parse_message(raw, ctx, std::move(where), warnings);
  for (model::Diagnostic& w : warnings) sink.on_diagnostic(std::move(w));
  if (message.ok()) {
    sink.on_message(std::move(message).value());
  } else {
    sink.on_diagnostic(
        model::Diagnostic{ctx.file, position, message.error().message, model::Severity::error});
  }
}

}  // namespace

void read_mbox(std::string_view data, const ReadContext& ctx, RecordSink& sink) {
  MboxScanner scanner(data);
  std::size_t index = 0;
  while (std::optional<MboxEntry> entry = scanner.next()) {
    if (entry->preamble) {
      const bool whole_file = scanner.position() == data.size();
      if (entry->message.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        sink.on_progress(scanner.position());
        continue;
      }
      if (!starts_with_header_field(entry->message)) {
        sink.on_diagnostic(model::Diagnostic{
            ctx.file, "byte 0",
            whole_file ? std::string("no \"From \" line and no header field: not an mbox")
                       : std::to_string(entry->message.size()) +
                             " bytes before the first \"From \" line are not a message: skipped",
            whole_file ? model::Severity::error : model::Severity::warning});
        sink.on_progress(scanner.position());
        continue;
      }
    }
    ++index;
    model::SourceRef where{ctx.file, position_of(index, entry->offset), entry->offset};
    const std::optional<std::string> unescaped = unescape_mboxrd(entry->message);
    deliver(unescaped ? std::string_view(*unescaped) : entry->message, ctx, std::move(where), sink);
    sink.on_progress(scanner.position());
  }
}

void read_eml(std::string_view data, const ReadContext& ctx, RecordSink& sink) {
  deliver(data, ctx, model::SourceRef{ctx.file, position_of(1, 0), 0}, sink);
  sink.on_progress(data.size());
}

}  // namespace rapport::ingest
