#pragma once
// One email, text or chat message, as read from a file and cleaned.

#include <cstdint>
#include <string>
#include <vector>

#include "rapport/model/channel.hpp"
#include "rapport/model/identity.hpp"
#include "rapport/model/source.hpp"
#include "rapport/model/tag.hpp"
#include "rapport/model/time.hpp"

namespace rapport::model {

// Why a message counts as automatic (kept, but apart from the conversation).
enum class AutomaticKind : std::uint8_t {
  none,
  auto_submitted,   // RFC 3834 Auto-Submitted other than "no"
  out_of_office,    // vacation wording or X-Autoreply style headers
  bulk,             // Precedence: bulk / junk / list
  mailing_list,     // List-Id / List-Unsubscribe
  no_reply_sender,  // noreply@, mailer-daemon@ …
  bounce,           // delivery status notification
};

std::string_view to_string(AutomaticKind kind);

struct Attachment {
  std::string filename;
  std::string mime_type;
  std::uint64_t size = 0;  // decoded bytes
};

// The parts of a body, each kept; new_text is what the sender wrote this time.
struct BodyZones {
  std::string new_text;
  std::string quoted;     // quoted replies and forwarded history
  std::string signature;
  std::string footer;     // legal disclaimers, mailing-list footers
};

struct Message {
  Channel channel = Channel::email;
  // Known from the file (an SMS backup says sent/received); otherwise `unknown`,
  // resolved at import from the owner's identities.
  Direction direction = Direction::unknown;

  std::string message_id;   // without angle brackets; may be empty
  std::string in_reply_to;  // without angle brackets
  std::vector<std::string> references;

  Party from;
  std::vector<Party> to;
  std::vector<Party> cc;
  Timestamp date{};
  bool has_date = false;
  std::string subject;

  std::string body;  // the whole text body, decoded to UTF-8 (HTML converted to text)
  BodyZones zones;   // body split into its parts
  AutomaticKind automatic = AutomaticKind::none;
  std::vector<Attachment> attachments;
  // What the analysis found in zones.new_text; filled at import.
  std::vector<Tag> tags;

  // A hint from the container: the Maildir or mbox folder name ("Sent", "INBOX").
  std::string folder;
  SourceRef source;
  // Hex SHA-256 of the normalised headers and body: the identity of a message that
  // has no Message-ID, and the tie-breaker for duplicates.
  std::string content_hash;
};

}  // namespace rapport::model
