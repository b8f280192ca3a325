// Fuzz target: one RFC 5322 message through the whole mail parser (GMime, charsets,
// MIME walk, HTML to text, zoning, automatic-mail rules, content hash).
// Invariant checked besides "no crash": every text it returns is valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "rapport/ingest/mail/charset.hpp"
#include "rapport/ingest/mail/mail_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rapport;
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  ingest::ReadContext ctx;
  ctx.file = "fuzz.eml";
  std::vector<model::Diagnostic> warnings;
  Result<model::Message> message =
      ingest::parse_message(raw, ctx, model::SourceRef{"fuzz.eml", "message 1 (byte 0)", 0}, warnings);
  if (!message.ok()) return 0;
  const model::Message& m = *message;
  for (const std::string* text : {&m.subject, &m.body, &m.from.display_name, &m.from.id.value, &m.message_id,
                                  &m.zones.new_text, &m.zones.quoted}) {
    if (!ingest::is_valid_utf8(*text)) __builtin_trap();
  }
  for (const model::Attachment& a : m.attachments)
    if (!ingest::is_valid_utf8(a.filename)) __builtin_trap();
  if (m.content_hash.size() != 64) __builtin_trap();
  return 0;
}
