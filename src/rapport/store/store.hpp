#pragma once
// The store: one interface, two engines (SQLite now, PostgreSQL later). Callers see
// only this header; the engines live in store/sqlite/ and store/postgres/.
//
// Thread safety: a Store object is used by one thread at a time.
// Errors: every call returns a Result; engine errors are translated into a message
// that names the database and, where one helps, a hint.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "rapport/model/call_log.hpp"
#include "rapport/model/contact_record.hpp"
#include "rapport/model/contact_summary.hpp"
#include "rapport/model/identity.hpp"
#include "rapport/model/message.hpp"
#include "rapport/model/transcript.hpp"
#include "rapport/model/workspace.hpp"
#include "rapport/util/result.hpp"

namespace rapport::store {

using model::ChannelActivity;
using model::ContactId;
using model::ContactKind;
using model::ContactSummary;
using model::ConversationId;

// What one transaction writes. Records already in the store are recognised and left
// alone: messages by Message-ID, else by content hash; transcripts by content hash;
// call-log entries by (time, other party, direction); contact records are merged
// into the contact that shares an identity with them.
struct ImportBatch {
  std::vector<model::Message> messages;
  std::vector<model::Transcript> transcripts;
  std::vector<model::ContactRecord> contacts;
  std::vector<model::CallLogEntry> calls;

  bool empty() const {
    return messages.empty() && transcripts.empty() && contacts.empty() && calls.empty();
  }
  std::size_t size() const {
    return messages.size() + transcripts.size() + contacts.size() + calls.size();
  }
};

struct ImportCounts {
  std::uint64_t imported = 0;
  std::uint64_t already_known = 0;
};

enum class TimelineKind : std::uint8_t { message, transcript, call };

struct TimelineEntry {
  model::Timestamp when{};
  model::Channel channel = model::Channel::email;
  model::Direction direction = model::Direction::unknown;
  TimelineKind kind = TimelineKind::message;
  ConversationId conversation = 0;  // 0 for a call-log entry without a transcript
  std::string summary;  // subject, call title, or the call's outcome and note
  std::string excerpt;  // the first words of the new text
  model::AutomaticKind automatic = model::AutomaticKind::none;
  model::CallOutcome outcome = model::CallOutcome::unknown;  // for calls
  model::SourceRef source;
};

// One message or turn of a conversation, cleaned.
struct ConversationItem {
  model::Timestamp when{};
  model::Direction direction = model::Direction::unknown;
  std::string speaker;  // display name or address of the sender, or the turn's speaker
  std::optional<double> start_s;  // turns only
  std::optional<double> end_s;
  std::string subject;  // messages only
  std::string message_id;
  model::BodyZones zones;  // for a turn, zones.new_text holds the text
  model::AutomaticKind automatic = model::AutomaticKind::none;
  std::vector<model::Attachment> attachments;
  std::vector<model::Tag> tags;  // the analysis of zones.new_text (or the turn)
  model::SourceRef source;
};

struct Conversation {
  ConversationId id = 0;
  model::Channel channel = model::Channel::email;
  std::string subject;  // thread subject or call title
  std::optional<model::Timestamp> started;
  std::vector<std::string> participants;  // names or addresses, the owner excluded
  std::vector<ConversationItem> items;  // in time order
};

// How often an address sent mail, to infer the owner when configuration does not say.
struct SenderCount {
  std::string email;
  std::string display_name;
  std::uint64_t sent = 0;            // messages from this address
  std::uint64_t sent_from_sent_folder = 0;  // of those, in a folder named like "Sent"
};

class Store {
 public:
  virtual ~Store() = default;

  // Writes the batch in one transaction: all of it or none of it.
  virtual Result<ImportCounts> write(const ImportBatch& batch) = 0;

  // Called after an import: recomputes email threads (JWZ over the whole store),
  // message directions from the owner's identities, and contacts' summaries.
  virtual Result<void> finish_import() = 0;

  // The salesperson's own identities (emails, phones, names). Setting them replaces
  // the previous set; directions are recomputed by the next finish_import().
  virtual Result<void> set_owner(const std::vector<model::Identity>& identities) = 0;
  virtual Result<std::vector<model::Identity>> owner() = 0;
  virtual Result<std::vector<SenderCount>> sender_counts() = 0;

  virtual Result<std::vector<ContactSummary>> contacts() = 0;
  // Finds contacts by id, any identity (email, phone in any format) or a part of the name.
  virtual Result<std::vector<ContactSummary>> find_contacts(const std::string& query) = 0;
  virtual Result<std::vector<TimelineEntry>> timeline(ContactId contact) = 0;
  virtual Result<std::optional<Conversation>> conversation(ConversationId id) = 0;

  // What the playbook judges: every contact, the message threads with activity at or
  // after `since` (each message with its new text and tags), every call-log entry
  // matched to a contact, and every recorded meeting with its tagged turns.
  virtual Result<model::Workspace> workspace(model::Timestamp since) = 0;

  // Records a call from `rapport log` against the contact (through its first phone,
  // else its first email), with the salesperson's 0-10 reading of where the client
  // stands, and updates the contact's activity. Logging the same call twice (same
  // time and direction) is no error and changes nothing.
  virtual Result<void> log_call(ContactId contact, const model::CallLogEntry& call, std::optional<int> stance) = 0;

  struct Counts {
    std::uint64_t contacts = 0, conversations = 0, messages = 0, transcripts = 0, calls = 0;
  };
  virtual Result<Counts> counts() = 0;
};

// Opens (creating and migrating if needed) the store named by `location`: a file path
// for SQLite, a postgresql:// URI for PostgreSQL (not yet available: an error says so).
Result<std::unique_ptr<Store>> open_store(const std::string& location);

}  // namespace rapport::store
