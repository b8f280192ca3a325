#pragma once
// The identity of a message without (or beside) its Message-ID.

#include <string>

#include "rapport/model/message.hpp"

namespace rapport::ingest {

// Hex SHA-256 (64 lower-case digits) of the normalised message: the sender's and
// recipients' addresses (lower-cased, in header order), the date (UTC seconds, or
// nothing), the decoded subject and the decoded body with trailing white space cut
// from every line and trailing blank lines dropped. So the same message read from an
// mbox (LF) and from a Maildir (CRLF), or re-encoded by a server, hashes the same; any
// change to what a person would read changes it.
// Computed with GLib's GChecksum: GMime already links GLib, so no crypto library is
// added for one hash.
std::string content_hash(const model::Message& message);

}  // namespace rapport::ingest
