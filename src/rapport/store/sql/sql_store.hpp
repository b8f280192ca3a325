#pragma once
// The Store, written once over an engine's Connection (connection.hpp). An engine
// supplies a connection with its schema applied and gets the whole behaviour of the
// store: identity and contact resolution, idempotent writes, threading, queries.
//
// Rules it applies (engine-independent, shared with any future engine):
// - A message is known by its Message-ID, else by its content hash; a transcript by
//   its content hash; a call-log entry by (time, other party, direction). Known
//   records count as already_known and change nothing.
// - Every address or number a message names becomes an identity; a new identity
//   that is not the owner's becomes a new contact, named by the display name it came
//   with (else the address; a later display name replaces an address-only name).
//   A contact gets an account from its email domain unless the domain is free mail
//   (freemail_domains.hpp) or the owner's.
// - A contact record merges into the contact that shares any email or phone with it
//   (and merges two such contacts into the older one), setting name, title, notes
//   and company (an account by that name) when it gives them; a record with neither
//   email nor phone matches a contact by name.
// - A call-log party by phone or email resolves like a message party (an unknown
//   phone becomes a contact); by name, to the contact with that name, else a new one.
// - finish_import() detaches the owner's identities from contacts, recomputes the
//   directions not known from the file, rethreads all email (model::thread_messages,
//   conversation keyed by the thread's root Message-ID so ids survive re-runs), gives
//   texts and chats one conversation per other party and channel, links transcript
//   speakers to contacts (identity_rules.hpp's SpeakerMatcher) and recomputes each
//   contact's activity per channel.

#include <memory>

#include "rapport/store/sql/connection.hpp"
#include "rapport/store/store.hpp"

namespace rapport::store::sql {

class SqlStore final : public Store {
 public:
  // Takes a connection whose schema is up to date.
  explicit SqlStore(std::unique_ptr<Connection> db) : db_(std::move(db)) {}

  Result<ImportCounts> write(const ImportBatch& batch) override;
  Result<void> finish_import() override;
  Result<void> set_owner(const std::vector<model::Identity>& identities) override;
  Result<std::vector<model::Identity>> owner() override;
  Result<std::vector<SenderCount>> sender_counts() override;
  Result<std::vector<ContactSummary>> contacts() override;
  Result<std::vector<ContactSummary>> find_contacts(const std::string& query) override;
  Result<std::vector<TimelineEntry>> timeline(ContactId contact) override;
  Result<std::optional<Conversation>> conversation(ConversationId id) override;
  Result<model::Workspace> workspace(const WorkspaceQuery& query) override;
  Result<std::vector<model::ThreadRecord>> threads(const std::vector<ConversationId>& ids,
                                                   std::string_view marks_fingerprint) override;
  Result<void> load_turns(std::vector<model::MeetingRecord>& meetings) override;
  Result<std::vector<model::CallRecord>> calls(const std::vector<ContactId>& contacts) override;
  Result<void> index_sparse_history(std::string_view marks_fingerprint, std::uint32_t latest) override;
  Result<void> set_marks(std::string_view fingerprint,
                         const std::vector<std::pair<std::int64_t, std::uint32_t>>& marks) override;
  Result<std::vector<CachedVerdict>> cached_verdicts(std::string_view fingerprint, model::Timestamp since,
                                                     bool bodies) override;
  Result<std::vector<CachedVerdict>> cached_verdicts(std::string_view fingerprint,
                                                     const std::vector<ConversationId>& ids) override;
  Result<RankingRows> ranking_rows(const WorkspaceQuery& query, std::string_view verdict_fingerprint) override;
  Result<void> cache_verdicts(std::string_view fingerprint, const std::vector<CachedVerdict>& verdicts) override;
  Result<void> log_call(ContactId contact, const model::CallLogEntry& call, std::optional<int> stance) override;
  Result<Counts> counts() override;
  Result<std::vector<StoredText>> message_texts(std::int64_t after_row, std::size_t limit) override;
  Result<void> replace_message_tags(const std::vector<std::pair<std::int64_t, std::vector<model::Tag>>>& tags) override;
  Result<std::vector<std::pair<std::int64_t, model::Transcript>>> transcripts_after(std::int64_t after_id,
                                                                                 std::size_t limit) override;
  Result<void> replace_turn_tags(std::int64_t transcript, const std::vector<std::vector<model::Tag>>& tags) override;

  Connection& connection() { return *db_; }

 private:
  Result<std::vector<model::Identity>> owner_in_transaction();
  Result<std::optional<ContactSummary>> summary_of(ContactId id);
  // Sets each summary's kind (client, colleague, automated); needs its identities
  // and activity loaded.
  Result<void> classify(std::vector<ContactSummary>& summaries);
  // Reads the threads of `conversations` (a subquery, bound to `args`) into `ws`.
  template <typename... Args>
  Result<void> read_threads(model::Workspace& ws, std::string_view conversations, std::string_view marks_fingerprint,
                            const Args&... args);
  Result<void> read_digest(model::Workspace& ws, const WorkspaceQuery& wanted);
  // The cached verdicts `read` gives (it is handed a row sink), when `fingerprint` is
  // current; none otherwise.
  template <typename Read>
  Result<std::vector<CachedVerdict>> read_verdicts(std::string_view fingerprint, Read&& read);
  Result<void> read_calls_and_meetings(model::Workspace& ws, bool texts);
  Result<bool> fingerprint_is(std::string_view kind, std::string_view fingerprint);
  Result<void> list_conversations(const std::vector<ConversationId>& ids);
  // This store over a second connection, opened when first wanted, for reading on
  // another thread; null when the engine cannot give one.
  Result<SqlStore*> second_reader();

  std::unique_ptr<Connection> db_;
  std::unique_ptr<SqlStore> second_;
  bool second_tried_ = false;
};

}  // namespace rapport::store::sql
