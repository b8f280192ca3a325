#pragma once
// Text messages (and calls) from the XML backups of Android's "SMS Backup & Restore"
// and the apps that copy its format:
//   <smses count="2">
//     <sms address="+447700900123" date="1773484200000" type="1" body="Hi"
//          contact_name="Jane Doe" readable_date="…"/>
//     <mms date="…" msg_box="2" address="+44…" contact_name="…">
//       <parts><part ct="text/plain" text="…"/></parts>
//       <addrs><addr address="…" type="137"/><addr address="…" type="151"/></addrs>
//     </mms>
//   </smses>
// and its call backup, <calls><call number="…" duration="65" date="…" type="2"/></calls>.
//
// Parsed with expat as a stream (backups run to gigabytes): records are emitted as
// they are read, memory stays bounded by the largest record.
//
// Each sms/mms → model::Message with channel sms, direction from `type` / `msg_box`
// (1 inbound; 2 sent, 4 outbox, 5 failed, 6 queued → outbound; 3 draft → skipped with
// a warning), the other party's phone normalised with ctx.default_region (an
// alphanumeric sender id like "BANK" is kept as a name identity) and its display name
// from contact_name ("(Unknown)" → empty). The owner's side is left empty — the
// backup does not name the phone's own number — except in an MMS whose <addrs> name
// it. date from the epoch milliseconds (seconds accepted); body and zones.new_text
// from `body` (MMS: its text/plain parts joined by newlines; other parts become
// Attachments). message_id is empty; content_hash is the SHA-256 of (address, date,
// type, body) as written. folder is ctx.folder.
//
// Each call → model::CallLogEntry (type 1 incoming, 2 outgoing, 3 missed, 4 voicemail,
// 5 rejected, 6 blocked; outcome inferred as in call_log_reader.hpp).
//
// Positions are "record N (line L)", N counting sms, mms and call elements; byte
// offsets are those of the element. A bad record is skipped with a diagnostic. On
// malformed XML the reader reports "line L, column C" with expat's message and stops,
// keeping the records read before it. Old backups write emoji as two character
// references to UTF-16 surrogates ("&#55357;&#56832;"), which XML forbids; they are
// joined into one code point before expat sees them, and references to other
// characters XML forbids become U+FFFD.

#include <filesystem>
#include <string_view>

#include "rapport/ingest/common/read_context.hpp"
#include "rapport/ingest/common/record_sink.hpp"

namespace rapport::ingest {

void read_sms_xml(std::string_view data, const ReadContext& ctx, RecordSink& sink);
// Reads the file in chunks; never holds all of it in memory.
void read_sms_xml_file(const std::filesystem::path& path, const ReadContext& ctx, RecordSink& sink);

}  // namespace rapport::ingest
