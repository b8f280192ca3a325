#pragma once
// The mail reader: RFC 5322 messages, mbox files (mboxo, mboxrd, mboxcl, CRLF) and
// Maildir trees into model::Message, through GMime 3.
//
// Parsers work on bytes in memory; the *_file and read_maildir functions are thin
// wrappers that map the file(s) and call them. Nothing here throws for bad input:
// a message that cannot be read becomes a Diagnostic (severity error) naming the file
// and its position ("message 37 (byte 10234)") and the reader goes on; a message read
// with a loss (no date, an unknown charset, MIME nesting cut off) is delivered and a
// warning Diagnostic says what was lost.
//
// Thread safety: every function may be called from several threads at once on
// different inputs (GMime is initialised once, behind a std::call_once-like guard).

#include <filesystem>
#include <string_view>
#include <vector>

#include "rapport/ingest/common/read_context.hpp"
#include "rapport/ingest/common/record_sink.hpp"
#include "rapport/model/diagnostic.hpp"
#include "rapport/model/message.hpp"
#include "rapport/model/source.hpp"
#include "rapport/util/result.hpp"

namespace rapport::ingest {

// Parses one RFC 5322 message held in memory. `raw` may start with an mbox "From "
// envelope line (skipped) and may use LF or CRLF line endings; it is not modified and
// need not outlive the call. The result is complete: headers decoded to UTF-8, body
// decoded (transfer encoding, charset, HTML to text) and split into zones
// (text::split_body), automatic kind, attachments (name, type, decoded size; their
// bytes are never kept), content_hash. `where` becomes message.source; message.folder
// is ctx.folder.
// Errors: the bytes are not a message at all (empty, or no header field).
// Losses that did not stop the read are appended to `warnings` with `where`'s file and
// position.
Result<model::Message> parse_message(std::string_view raw, const ReadContext& ctx, model::SourceRef where,
                                     std::vector<model::Diagnostic>& warnings);
// The same, dropping the warnings.
Result<model::Message> parse_message(std::string_view raw, const ReadContext& ctx, model::SourceRef where);

// Streams every message of an mbox held in memory to the sink, in file order, and
// never stops at a bad message (it reports a Diagnostic naming "message N (byte
// OFFSET)" and goes on). N counts from 1; OFFSET is the byte offset of the message's
// "From " line. Calls sink.on_progress after each message with the bytes consumed.
// Bytes before the first "From " line: read as a message when they start with a
// header field, else skipped with a warning. Data without any "From " line is read as
// one message. ">From " lines are unescaped (mboxrd; harmless for mboxo).
// Content-Length headers (mboxcl) are used only when they land exactly on the next
// "From " line or the end of the data.
void read_mbox(std::string_view data, const ReadContext& ctx, RecordSink& sink);

// One message (an .eml file, or a Maildir file) held in memory to the sink: the
// message, or an error Diagnostic. Position "message 1 (byte 0)".
void read_eml(std::string_view data, const ReadContext& ctx, RecordSink& sink);

// File wrappers. The file is memory-mapped (read whole when it cannot be mapped); a
// file that cannot be opened becomes one error Diagnostic. ctx.file names the file in
// diagnostics; when it is empty the path is used.
void read_mbox_file(const std::filesystem::path& path, const ReadContext& ctx, RecordSink& sink);
void read_eml_file(const std::filesystem::path& path, const ReadContext& ctx, RecordSink& sink);

// Walks a mail directory and reads every message file in it, in name order:
// - a Maildir (cur/ and new/; tmp/ holds deliveries in progress and is skipped), with
//   its Maildir++ subfolders (".Sent", ".Archive.2020" → folder "Sent",
//   "Archive/2020") and any nested subdirectory that is itself a Maildir (folder = its
//   relative path);
// - a directory without cur/ or new/ (an MH-style or exported tree of one-message
//   files, as the Enron corpus ships) is read file by file, folder = the file's
//   directory relative to `dir`.
// The root's own messages get ctx.folder. Each message's SourceRef.file is its own
// path. Hidden files and Maildir bookkeeping files (dovecot*, courier*, maildirfolder)
// are skipped.
void read_maildir(const std::filesystem::path& dir, const ReadContext& ctx, RecordSink& sink);

}  // namespace rapport::ingest
