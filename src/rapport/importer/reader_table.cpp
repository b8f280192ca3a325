#include "rapport/importer/reader_table.hpp"

#include "rapport/ingest/files/call_log_reader.hpp"
#include "rapport/ingest/files/contacts_reader.hpp"
#include "rapport/ingest/files/sms_reader.hpp"
#include "rapport/ingest/files/transcript_reader.hpp"
#include "rapport/ingest/mail/mail_reader.hpp"

namespace rapport::importer {

void read_with_reader(ingest::Format format, const std::filesystem::path& path,
                      const ingest::ReadContext& context, ingest::RecordSink& sink) {
  using ingest::Format;
  switch (format) {
    case Format::mbox: return ingest::read_mbox_file(path, context, sink);
    case Format::maildir: return ingest::read_maildir(path, context, sink);
    case Format::eml: return ingest::read_eml_file(path, context, sink);
    case Format::webvtt: return ingest::read_webvtt_file(path, context, sink);
    case Format::srt: return ingest::read_srt_file(path, context, sink);
    case Format::transcript_text: return ingest::read_transcript_text_file(path, context, sink);
    case Format::contacts_csv: return ingest::read_contacts_csv_file(path, context, sink);
    case Format::vcard: return ingest::read_vcard_file(path, context, sink);
    case Format::call_log_csv: return ingest::read_call_log_file(path, context, sink);
    case Format::sms_xml: return ingest::read_sms_xml_file(path, context, sink);
  }
}

}  // namespace rapport::importer
