#pragma once
// The text body and attachments of a parsed MIME message. Internal to
// rapport/ingest/mail.

#include <string>
#include <vector>

#include "rapport/ingest/mail/mime_document.hpp"
#include "rapport/model/message.hpp"

namespace rapport::ingest {

// Deeper MIME nesting (multiparts and forwarded messages) is not read: real mail
// rarely nests beyond 5, and a crafted message could nest thousands deep.
inline constexpr int k_max_mime_depth = 24;

struct MimeBody {
  // UTF-8, LF line endings. The first text part (text/plain preferred inside a
  // multipart/alternative, else text/html turned to text), then other inline text parts,
  // then each forwarded message (message/rfc822) under a "---------- Forwarded message
  // ----------" block with its From/Date/Subject/To, so that zoning sees it as quoted.
  std::string text;
  // Leaf parts with a filename or an attachment disposition (signatures excepted);
  // their content is only measured, never kept.
  std::vector<model::Attachment> attachments;
  bool delivery_status = false;           // a message/delivery-status part was seen
  bool disposition_notification = false;  // a message/disposition-notification part
  // Why the text is not exactly what the sender wrote (charset problems, depth cut);
  // each a sentence for a warning Diagnostic.
  std::vector<std::string> losses;
};

// Reads the body of `doc`'s message. Never fails: what cannot be read is left out and
// said in `losses`.
MimeBody extract_body(const MimeDocument& doc);

}  // namespace rapport::ingest
