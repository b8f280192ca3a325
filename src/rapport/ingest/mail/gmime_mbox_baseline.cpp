#include "rapport/ingest/mail/gmime_mbox_baseline.hpp"

#include "rapport/ingest/mail/gmime_handles.hpp"

namespace rapport::ingest {

std::size_t gmime_mbox_message_count(std::string_view data) {
  const gmime::Library& library = gmime::Library::instance();
  // Copies the bytes: GMime's mbox mode streams through its own buffer anyway.
  const gmime::GObjectPtr<GMimeStream> stream{g_mime_stream_mem_new_with_buffer(data.data(), data.size())};
  const gmime::GObjectPtr<GMimeParser> parser{g_mime_parser_new_with_stream(stream.get())};
  g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MBOX);
  std::size_t count = 0;
  while (g_mime_parser_eos(parser.get()) == FALSE) {
    const gmime::GObjectPtr<GMimeMessage> message{
        g_mime_parser_construct_message(parser.get(), library.options())};
    if (!message) break;
    ++count;
  }
  return count;
}

}  // namespace rapport::ingest
