#include "rapport/ingest/mail/mime_document.hpp"

#include <algorithm>
#include <limits>

namespace rapport::ingest {

std::optional<MimeDocument> MimeDocument::parse(std::string_view bytes) {
  if (bytes.size() > std::numeric_limits<guint>::max()) return std::nullopt;
  const gmime::Library& library = gmime::Library::instance();

  MimeDocument doc;
  // GLib wants a mutable pointer; the array never writes through it (the stream is
  // only read, and ByteArrayRelease never frees the data).
  auto* data = reinterpret_cast<guint8*>(const_cast<char*>(bytes.data()));
  doc.array_.reset(g_byte_array_new_take(data, bytes.size()));
  doc.stream_.reset(g_mime_stream_mem_new_with_byte_array(doc.array_.get()));
  g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(doc.stream_.get()), FALSE);

  const gmime::GObjectPtr<GMimeParser> parser{g_mime_parser_new_with_stream(doc.stream_.get())};
  g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
  g_mime_parser_set_persist_stream(parser.get(), TRUE);
  doc.message_.reset(g_mime_parser_construct_message(parser.get(), library.options()));
  if (!doc.message_) return std::nullopt;
  return doc;
}

std::string_view MimeDocument::raw_content(GMimePart* part, std::string& scratch) const {
  GMimeDataWrapper* content = g_mime_part_get_content(part);  // borrowed
  if (content == nullptr) return {};
  GMimeStream* stream = g_mime_data_wrapper_get_stream(content);  // borrowed
  if (stream == nullptr) return {};
  // The parser made the part's content a GMimeStreamMem sharing our array, bounded to
  // the part: read the bounds instead of copying through the stream.
  if (GMIME_IS_STREAM_MEM(stream) && GMIME_STREAM_MEM(stream)->buffer == array_.get()) {
    const auto size = static_cast<gint64>(array_->len);
    gint64 start = stream->bound_start;
    gint64 end = stream->bound_end < 0 ? size : stream->bound_end;
    start = std::clamp<gint64>(start, 0, size);
    end = std::clamp<gint64>(end, start, size);
    return {reinterpret_cast<const char*>(array_->data) + start, static_cast<std::size_t>(end - start)};
  }
  // Any other stream (not produced by our parse): copy it out.
  scratch.clear();
  const gmime::GObjectPtr<GMimeStream> copy{g_mime_stream_mem_new()};
  g_mime_stream_reset(stream);
  if (g_mime_stream_write_to_stream(stream, copy.get()) < 0) return {};
  GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(copy.get()));  // borrowed
  scratch.assign(reinterpret_cast<const char*>(bytes->data), bytes->len);
  return scratch;
}

namespace {

bool needs_decoding(GMimeContentEncoding encoding) {
  return encoding == GMIME_CONTENT_ENCODING_BASE64 || encoding == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE ||
         encoding == GMIME_CONTENT_ENCODING_UUENCODE;
}

GMimeContentEncoding content_encoding(GMimePart* part) {
  GMimeDataWrapper* content = g_mime_part_get_content(part);  // borrowed
  return content != nullptr ? g_mime_data_wrapper_get_encoding(content) : GMIME_CONTENT_ENCODING_DEFAULT;
}

}  // namespace

std::string_view MimeDocument::decoded_content(GMimePart* part, std::string& scratch,
                                               std::string& raw_scratch) const {
  const std::string_view raw = raw_content(part, raw_scratch);
  const GMimeContentEncoding encoding = content_encoding(part);
  if (!needs_decoding(encoding) || raw.empty()) return raw;
  // GMime's decoders, called directly on the bytes: no stream or filter objects.
  GMimeEncoding state;
  g_mime_encoding_init_decode(&state, encoding);
  scratch.resize(g_mime_encoding_outlen(&state, raw.size()));
  const std::size_t n = g_mime_encoding_flush(&state, raw.data(), raw.size(), scratch.data());
  scratch.resize(n);
  return scratch;
}

std::uint64_t MimeDocument::decoded_size(GMimePart* part) const {
  std::string raw_scratch;
  const std::string_view raw = raw_content(part, raw_scratch);
  const GMimeContentEncoding encoding = content_encoding(part);
  if (!needs_decoding(encoding)) return raw.size();
  if (encoding == GMIME_CONTENT_ENCODING_BASE64) {
    // Attachments are most of a mailbox's bytes and only their size is kept: four
    // base64 letters carry three bytes, so counting the letters gives the size
    // without decoding (which took a fifth of the read time on a real mailbox).
    std::uint64_t letters = 0;
    for (const char c : raw) {
      const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                          c == '+' || c == '/';
      letters += letter ? 1U : 0U;
    }
    return letters * 3 / 4;
  }
  GMimeEncoding state;
  g_mime_encoding_init_decode(&state, encoding);
  constexpr std::size_t k_chunk = 16 * 1024;
  std::string out;
  std::uint64_t total = 0;
  for (std::size_t pos = 0; pos < raw.size(); pos += k_chunk) {
    const std::size_t len = std::min(k_chunk, raw.size() - pos);
    out.resize(std::max(out.size(), g_mime_encoding_outlen(&state, len)));
    const bool last = pos + len == raw.size();
    total += last ? g_mime_encoding_flush(&state, raw.data() + pos, len, out.data())
                  : g_mime_encoding_step(&state, raw.data() + pos, len, out.data());
  }
  return total;
}

}  // namespace rapport::ingest
