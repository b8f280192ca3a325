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
#include <string_view>
#include <utility>
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

// Ranking reads older messages selectively: before `from`, only those whose marks have
// a bit of `keep`, those not marked yet, and each contact's latest inbound message whose
// marks have a bit of `latest` (every one of them, when several share that second).
struct SparseHistory {
  model::Timestamp from{};
  std::uint32_t keep = 0;
  std::uint32_t latest = 0;
};

// What Store::workspace reads.
struct WorkspaceQuery {
  model::Timestamp since{};
  // true: whole threads active since `since`, each message with its new text, tags,
  // attachments and marks, and meetings with their tagged turns. false (for ranking):
  // only the messages dated at or after `since`, with their marks but no text, tags or
  // attachments, threads without subject, meetings without turns, and calls without
  // notes, sources or names. Either way a thread's contacts are those of all its
  // messages.
  bool texts = true;
  // Marks stored under another fingerprint are stale: messages then carry none.
  std::string marks_fingerprint;
  // Without texts: messages before `sparse->from` read selectively. Ignored (every
  // message read) while the marks are stale.
  std::optional<SparseHistory> sparse;
};

// A thread's verdict as the playbook serialised it, with what a reader selects on and
// what ranking reads without the body.
struct CachedVerdict {
  ConversationId conversation = 0;
  std::optional<std::string> kind;  // none: nothing to do in the thread
  model::Timestamp at{};  // when what it is about happened
  bool pinned = false;  // it matters however old `at` is
  ContactId contact = 0;  // the client it is about; 0: none
  bool reply_owed = false;
  // The first message it rests on, when it rests on any.
  std::optional<model::Timestamp> first_at;
  model::Channel first_channel = model::Channel::email;
  ConversationId first_conversation = 0;
  std::string body;  // empty when the reader did not ask for it
};

// What ranking reads (Store::ranking_rows).
struct RankingRows {
  model::Workspace workspace;  // without texts
  std::vector<CachedVerdict> verdict_heads;  // without bodies; none when the cache is stale
};

// A stored message's new text with what the analysis read of it at import.
struct StoredText {
  std::int64_t row = 0;
  model::Channel channel = model::Channel::email;
  model::Direction direction = model::Direction::unknown;  // as the file said; unknown for mail
  model::AutomaticKind automatic = model::AutomaticKind::none;
  std::string subject;
  std::string new_text;
  model::Identity from;  // empty value when the sender is unknown
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
  // after `query.since`, every call-log entry matched to a contact, and every recorded
  // meeting. See WorkspaceQuery for how much of each.
  virtual Result<model::Workspace> workspace(const WorkspaceQuery& query) = 0;
  // Message threads, whole (texts, tags, attachments, marks), by conversation id, in id
  // order; ids that are no message thread are skipped.
  virtual Result<std::vector<model::ThreadRecord>> threads(const std::vector<ConversationId>& ids,
                                                           std::string_view marks_fingerprint) = 0;
  // Fills in the tagged turns of the given meetings (read without them).
  virtual Result<void> load_turns(std::vector<model::MeetingRecord>& meetings) = 0;
  // The call-log entries of the given contacts, whole, in time order (as workspace()
  // gives them).
  virtual Result<std::vector<model::CallRecord>> calls(const std::vector<ContactId>& contacts) = 0;

  // --- the playbook's cache: values derived from the data, kept to answer fast ------
  // Each kind is valid under a fingerprint of the rules and settings it was computed
  // with; storing values under another fingerprint drops the ones stored before.
  // Stores each message's marks (the store's message row, the marks).
  virtual Result<void> set_marks(std::string_view fingerprint,
                                 const std::vector<std::pair<std::int64_t, std::uint32_t>>& marks) = 0;
  // Prepares the sparse read (WorkspaceQuery::sparse) of the marks stored under
  // `marks_fingerprint`: each message in person from a contact (marked with a bit of
  // `latest`) learns when its sender next wrote so, and the read skips the superseded
  // ones in the database. Changing marks or importing undoes it; the sparse read gives
  // the same rows either way, reading more without it. Nothing to do when the marks
  // are stale or it is current.
  virtual Result<void> index_sparse_history(std::string_view marks_fingerprint, std::uint32_t latest) = 0;
  // The verdicts stored under `fingerprint` for threads active at or after `since`,
  // with their bodies; or, without bodies, their heads for every thread (the reader
  // keeps those it wants). finish_import drops every verdict; log_call drops those of
  // its contact's threads.
  virtual Result<std::vector<CachedVerdict>> cached_verdicts(std::string_view fingerprint, model::Timestamp since,
                                                             bool bodies) = 0;
  // The verdicts stored under `fingerprint` of the given threads, with their bodies.
  virtual Result<std::vector<CachedVerdict>> cached_verdicts(std::string_view fingerprint,
                                                             const std::vector<ConversationId>& ids) = 0;
  virtual Result<void> cache_verdicts(std::string_view fingerprint, const std::vector<CachedVerdict>& verdicts) = 0;
  // Ranking's read: workspace(query) (`query.texts` false) and the verdicts' heads
  // (cached_verdicts without bodies), in one call, so that the engine may read them
  // side by side.
  virtual Result<RankingRows> ranking_rows(const WorkspaceQuery& query, std::string_view verdict_fingerprint) = 0;

  // Records a call from `rapport log` against the contact (through its first phone,
  // else its first email), with the salesperson's 0-10 reading of where the client
  // stands, and updates the contact's activity. Logging the same call twice (same
  // time and direction) is no error and changes nothing.
  virtual Result<void> log_call(ContactId contact, const model::CallLogEntry& call, std::optional<int> stance) = 0;

  // --- the analysis again (rapport reanalyze) ---------------------------------------
  // Up to `limit` messages with a row after `after_row`, in row order.
  virtual Result<std::vector<StoredText>> message_texts(std::int64_t after_row, std::size_t limit) = 0;
  // Replaces each message's tags, in one transaction; what the playbook derived from
  // them (marks, verdicts) is dropped with them.
  virtual Result<void> replace_message_tags(
      const std::vector<std::pair<std::int64_t, std::vector<model::Tag>>>& tags) = 0;
  // Up to `limit` transcripts with an id after `after_id`, in id order, each with its
  // turns (speaker, times, text).
  virtual Result<std::vector<std::pair<std::int64_t, model::Transcript>>> transcripts_after(std::int64_t after_id,
                                                                                         std::size_t limit) = 0;
  // Replaces the tags of each turn of a transcript (`tags[i]` for turn i), in one transaction.
  virtual Result<void> replace_turn_tags(std::int64_t transcript, const std::vector<std::vector<model::Tag>>& tags) = 0;

  struct Counts {
    std::uint64_t contacts = 0, conversations = 0, messages = 0, transcripts = 0, calls = 0;
  };
  virtual Result<Counts> counts() = 0;
};

// Opens (creating and migrating if needed) the store named by `location`: a file path
// for SQLite, a postgresql:// URI for PostgreSQL (not yet available: an error says so).
Result<std::unique_ptr<Store>> open_store(const std::string& location);

}  // namespace rapport::store
