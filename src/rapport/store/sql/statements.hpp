#pragma once
// Every SQL statement SqlStore sends, in one place: the portable subset that SQLite
// and PostgreSQL both run (see connection.hpp). The tables are created by each
// engine's schema (store/sqlite/schema.cpp).

#include <string_view>

namespace rapport::store::sql::statements {

// --- owner -------------------------------------------------------------------
constexpr std::string_view k_contacts_with_automatic_mail =
    "SELECT DISTINCT i.contact_id FROM message m JOIN identity i ON i.id = m.from_identity_id "
    "WHERE m.automatic <> 'none' AND i.contact_id IS NOT NULL";
constexpr std::string_view k_owner_list = "SELECT kind, value FROM owner_identity ORDER BY kind, value";
constexpr std::string_view k_owner_clear = "DELETE FROM owner_identity";
constexpr std::string_view k_owner_add =
    "INSERT INTO owner_identity (kind, value) VALUES (?, ?) ON CONFLICT DO NOTHING";

// --- identities, contacts, accounts -----------------------------------------------
constexpr std::string_view k_identity_find =
    "SELECT i.id, i.contact_id, c.name_source FROM identity i LEFT JOIN contact c ON c.id = i.contact_id "
    "WHERE i.kind = ? AND i.value = ?";
constexpr std::string_view k_identity_insert =
    "INSERT INTO identity (contact_id, kind, value, phone_key) VALUES (?, ?, ?, ?) RETURNING id";
constexpr std::string_view k_identity_set_contact = "UPDATE identity SET contact_id = ? WHERE id = ?";
constexpr std::string_view k_identity_move = "UPDATE identity SET contact_id = ? WHERE contact_id = ?";
constexpr std::string_view k_contact_insert =
    "INSERT INTO contact (name, name_source, account_id, account_source, title, notes, created) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id";
constexpr std::string_view k_contact_get =
    "SELECT name, name_source, account_id, account_source, title, notes FROM contact WHERE id = ?";
constexpr std::string_view k_contact_update =
    "UPDATE contact SET name = ?, name_source = ?, account_id = ?, account_source = ?, title = ?, notes = ? "
    "WHERE id = ?";
constexpr std::string_view k_contact_rename_from_display =
    "UPDATE contact SET name = ?, name_source = 'display' WHERE id = ? AND name_source = 'address'";
constexpr std::string_view k_contact_delete = "DELETE FROM contact WHERE id = ?";
constexpr std::string_view k_contact_names = "SELECT id, name FROM contact";
constexpr std::string_view k_speaker_move = "UPDATE transcript_speaker SET contact_id = ? WHERE contact_id = ?";
constexpr std::string_view k_account_list = "SELECT id, name, domain FROM account";
constexpr std::string_view k_account_insert = "INSERT INTO account (name, domain) VALUES (?, ?) RETURNING id";
constexpr std::string_view k_account_rename = "UPDATE account SET name = ? WHERE id = ?";

// --- messages -----------------------------------------------------------------
constexpr std::string_view k_message_by_id = "SELECT id FROM message WHERE message_id = ?";
constexpr std::string_view k_message_by_hash = "SELECT id FROM message WHERE content_hash = ?";
constexpr std::string_view k_message_insert =
    "INSERT INTO message (channel, direction, direction_known, message_id, content_hash, from_identity_id, "
    "from_name, date, has_date, subject, automatic, folder, in_reply_to, refs, source_file, source_position, "
    "source_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
constexpr std::string_view k_body_insert =
    "INSERT INTO message_body (msg_id, body_new, body_quoted, body_signature, body_footer) VALUES (?, ?, ?, ?, ?)";
constexpr std::string_view k_party_insert =
    "INSERT INTO message_party (msg_id, identity_id, role, display_name) VALUES (?, ?, ?, ?) "
    "ON CONFLICT DO NOTHING";
constexpr std::string_view k_attachment_insert =
    "INSERT INTO attachment (msg_id, seq, filename, mime_type, size) VALUES (?, ?, ?, ?, ?)";

// --- transcripts --------------------------------------------------------------
constexpr std::string_view k_transcript_by_hash = "SELECT id FROM transcript WHERE content_hash = ?";
constexpr std::string_view k_conversation_upsert =
    "INSERT INTO conversation (channel, thread_key, subject, started, last) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (thread_key) DO UPDATE SET subject = excluded.subject RETURNING id";
constexpr std::string_view k_transcript_insert =
    "INSERT INTO transcript (conversation_id, content_hash, title, channel, started, source_file, "
    "source_position) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id";
constexpr std::string_view k_utterance_insert =
    "INSERT INTO utterance (transcript_id, seq, speaker, start_s, end_s, text, source_position) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)";
constexpr std::string_view k_message_tag_insert =
    "INSERT INTO message_tag (msg_id, name, span_begin, span_end, detail) VALUES (?, ?, ?, ?, ?)";
constexpr std::string_view k_utterance_tag_insert =
    "INSERT INTO utterance_tag (transcript_id, seq, name, span_begin, span_end, detail) VALUES (?, ?, ?, ?, ?, ?)";
constexpr std::string_view k_message_tags =
    "SELECT name, span_begin, span_end, detail FROM message_tag WHERE msg_id = ? ORDER BY rowid";
constexpr std::string_view k_utterance_tags =
    "SELECT name, span_begin, span_end, detail FROM utterance_tag WHERE transcript_id = ? AND seq = ? ORDER BY rowid";
constexpr std::string_view k_speaker_insert =
    "INSERT INTO transcript_speaker (transcript_id, name, seq, contact_id) VALUES (?, ?, ?, NULL) "
    "ON CONFLICT DO NOTHING";

// --- calls --------------------------------------------------------------------
constexpr std::string_view k_call_find =
    "SELECT id FROM call_log WHERE started = ? AND party_key = ? AND direction = ?";
constexpr std::string_view k_call_insert =
    "INSERT INTO call_log (identity_id, party_key, party_name, started, direction, duration_s, outcome, note, "
    "source_file, source_position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

// --- finish_import --------------------------------------------------------------
constexpr std::string_view k_detach_owner_identities =
    "UPDATE identity SET contact_id = NULL WHERE contact_id IS NOT NULL AND kind <> 'name' AND EXISTS "
    "(SELECT 1 FROM owner_identity o WHERE o.kind = identity.kind AND o.value = identity.value)";
constexpr std::string_view k_detach_owner_name =
    "UPDATE identity SET contact_id = NULL WHERE kind = 'name' AND value = ? AND contact_id IS NOT NULL";
constexpr std::string_view k_delete_orphan_contacts =
    "DELETE FROM contact WHERE NOT EXISTS (SELECT 1 FROM identity i WHERE i.contact_id = contact.id) "
    "AND NOT EXISTS (SELECT 1 FROM transcript_speaker s WHERE s.contact_id = contact.id)";
constexpr std::string_view k_unlink_domain_account =
    "UPDATE contact SET account_id = NULL, account_source = NULL WHERE account_source = 'domain' "
    "AND account_id IN (SELECT id FROM account WHERE domain = ?)";
constexpr std::string_view k_delete_orphan_accounts =
    "DELETE FROM account WHERE NOT EXISTS (SELECT 1 FROM contact c WHERE c.account_id = account.id)";
// From the owner's identity: outbound; from anyone else: inbound; no owner known: unknown.
constexpr std::string_view k_recompute_directions = R"(
UPDATE message SET direction = d.value FROM (
  SELECT m.id AS id,
         CASE WHEN NOT EXISTS (SELECT 1 FROM owner_identity) THEN 'unknown'
              WHEN EXISTS (SELECT 1 FROM identity i JOIN owner_identity o ON o.kind = i.kind AND o.value = i.value
                           WHERE i.id = m.from_identity_id) THEN 'outbound'
              ELSE 'inbound' END AS value
  FROM message m WHERE m.direction_known = 0) d
WHERE message.id = d.id AND message.direction <> d.value)";
constexpr std::string_view k_owner_identity_ids =
    "SELECT i.id FROM identity i JOIN owner_identity o ON o.kind = i.kind AND o.value = i.value";
constexpr std::string_view k_email_headers =
    "SELECT id, message_id, in_reply_to, refs, subject, date, has_date, conversation_id, from_identity_id "
    "FROM message WHERE channel = 'email' ORDER BY id";
constexpr std::string_view k_email_parties =
    "SELECT p.msg_id, p.identity_id FROM message_party p JOIN message m ON m.id = p.msg_id "
    "WHERE m.channel = 'email' ORDER BY p.msg_id";
constexpr std::string_view k_other_headers =
    "SELECT m.id, m.channel, m.direction, m.from_identity_id, i.value, m.subject, m.date, m.has_date, "
    "m.conversation_id FROM message m LEFT JOIN identity i ON i.id = m.from_identity_id "
    "WHERE m.channel <> 'email' ORDER BY m.id";
constexpr std::string_view k_other_parties =
    "SELECT p.msg_id, p.identity_id, i.value FROM message_party p JOIN message m ON m.id = p.msg_id "
    "JOIN identity i ON i.id = p.identity_id WHERE m.channel <> 'email' ORDER BY p.msg_id";
constexpr std::string_view k_message_conversations =
    "SELECT id, channel, thread_key, subject, started, last FROM conversation "
    "WHERE NOT EXISTS (SELECT 1 FROM transcript t WHERE t.conversation_id = conversation.id)";
constexpr std::string_view k_message_hash = "SELECT content_hash FROM message WHERE id = ?";
constexpr std::string_view k_conversation_insert =
    "INSERT INTO conversation (channel, thread_key, subject, started, last) VALUES (?, ?, ?, ?, ?) RETURNING id";
constexpr std::string_view k_conversation_update =
    "UPDATE conversation SET subject = ?, started = ?, last = ? WHERE id = ?";
constexpr std::string_view k_message_set_conversation = "UPDATE message SET conversation_id = ? WHERE id = ?";
constexpr std::string_view k_delete_empty_conversations =
    "DELETE FROM conversation WHERE NOT EXISTS (SELECT 1 FROM message m WHERE m.conversation_id = conversation.id) "
    "AND NOT EXISTS (SELECT 1 FROM transcript t WHERE t.conversation_id = conversation.id)";
constexpr std::string_view k_speakers_all = "SELECT transcript_id, name, contact_id FROM transcript_speaker";
constexpr std::string_view k_speaker_link =
    "UPDATE transcript_speaker SET contact_id = ? WHERE transcript_id = ? AND name = ?";
constexpr std::string_view k_activity_clear = "DELETE FROM contact_activity";
// Items are numbered apart (message 4n, transcript 4n+1, call 4n+2) so that a
// message counted through two identities of one contact counts once.
constexpr std::string_view k_activity_fill = R"(
INSERT INTO contact_activity (contact_id, channel, last, count, last_live)
SELECT contact_id, channel, max(at), count(DISTINCT item), max(live_at) FROM (
  SELECT i.contact_id AS contact_id, m.channel AS channel, m.date AS at, m.id * 4 AS item,
         CASE WHEN m.channel IN ('phone', 'video', 'in_person') THEN m.date END AS live_at
    FROM message m JOIN identity i ON i.id = m.from_identity_id
   WHERE i.contact_id IS NOT NULL AND m.has_date = 1 AND m.automatic = 'none'
  UNION ALL
  SELECT i.contact_id, m.channel, m.date, m.id * 4,
         CASE WHEN m.channel IN ('phone', 'video', 'in_person') THEN m.date END
    FROM message_party p JOIN message m ON m.id = p.msg_id JOIN identity i ON i.id = p.identity_id
   WHERE i.contact_id IS NOT NULL AND m.has_date = 1 AND m.automatic = 'none'
  UNION ALL
  SELECT s.contact_id, t.channel, t.started, t.id * 4 + 1, t.started
    FROM transcript_speaker s JOIN transcript t ON t.id = s.transcript_id
   WHERE s.contact_id IS NOT NULL AND t.started IS NOT NULL
  UNION ALL
  SELECT i.contact_id, 'phone', c.started, c.id * 4 + 2, CASE WHEN c.outcome = 'reached' THEN c.started END
    FROM call_log c JOIN identity i ON i.id = c.identity_id
   WHERE i.contact_id IS NOT NULL
) a GROUP BY contact_id, channel)";

// --- queries ------------------------------------------------------------------
constexpr std::string_view k_count_contacts = "SELECT count(*) FROM contact";
constexpr std::string_view k_count_conversations = "SELECT count(*) FROM conversation";
constexpr std::string_view k_count_messages = "SELECT count(*) FROM message";
constexpr std::string_view k_count_transcripts = "SELECT count(*) FROM transcript";
constexpr std::string_view k_count_calls = "SELECT count(*) FROM call_log";
constexpr std::string_view k_sender_folders =
    "SELECT m.from_identity_id, i.value, m.folder, count(*) FROM message m "
    "JOIN identity i ON i.id = m.from_identity_id WHERE m.channel = 'email' AND i.kind = 'email' "
    "GROUP BY m.from_identity_id, i.value, m.folder";
constexpr std::string_view k_sender_names =
    "SELECT from_identity_id, from_name, count(*) FROM message "
    "WHERE channel = 'email' AND from_name <> '' AND from_identity_id IS NOT NULL "
    "GROUP BY from_identity_id, from_name";
constexpr std::string_view k_contacts_all =
    "SELECT c.id, c.name, c.title, COALESCE(a.name, '') FROM contact c LEFT JOIN account a ON a.id = c.account_id";
constexpr std::string_view k_contact_one =
    "SELECT c.id, c.name, c.title, COALESCE(a.name, '') FROM contact c LEFT JOIN account a ON a.id = c.account_id "
    "WHERE c.id = ?";
constexpr std::string_view k_identities_all =
    "SELECT contact_id, kind, value FROM identity WHERE contact_id IS NOT NULL ORDER BY contact_id, id";
constexpr std::string_view k_identities_one =
    "SELECT contact_id, kind, value FROM identity WHERE contact_id = ? ORDER BY id";
constexpr std::string_view k_activity_all =
    "SELECT contact_id, channel, last, count, last_live FROM contact_activity";
constexpr std::string_view k_activity_one =
    "SELECT contact_id, channel, last, count, last_live FROM contact_activity WHERE contact_id = ?";
constexpr std::string_view k_find_by_email =
    "SELECT contact_id FROM identity WHERE kind = 'email' AND value = ? AND contact_id IS NOT NULL";
constexpr std::string_view k_find_by_phone_key =
    "SELECT DISTINCT contact_id FROM identity WHERE phone_key = ? AND contact_id IS NOT NULL";
constexpr std::string_view k_contact_exists = "SELECT id FROM contact WHERE id = ?";
constexpr std::string_view k_timeline_messages = R"(
SELECT m.date, m.channel, m.direction, COALESCE(m.conversation_id, 0), m.subject, substr(b.body_new, 1, 600),
       m.automatic, m.source_file, m.source_position, m.source_offset, m.id
  FROM message m LEFT JOIN message_body b ON b.msg_id = m.id
 WHERE m.has_date = 1 AND m.id IN (
       SELECT m2.id FROM message m2 JOIN identity i ON i.id = m2.from_identity_id WHERE i.contact_id = ?
       UNION
       SELECT p.msg_id FROM message_party p JOIN identity i ON i.id = p.identity_id WHERE i.contact_id = ?))";
constexpr std::string_view k_timeline_transcripts = R"(
SELECT t.started, t.channel, t.conversation_id, t.title,
       (SELECT substr(u.text, 1, 600) FROM utterance u WHERE u.transcript_id = t.id ORDER BY u.seq LIMIT 1),
       t.source_file, t.source_position, t.id
  FROM transcript t
 WHERE EXISTS (SELECT 1 FROM transcript_speaker s WHERE s.transcript_id = t.id AND s.contact_id = ?))";
constexpr std::string_view k_timeline_calls = R"(
SELECT c.started, c.direction, c.duration_s, c.outcome, c.note, c.source_file, c.source_position, c.id
  FROM call_log c JOIN identity i ON i.id = c.identity_id
 WHERE i.contact_id = ?)";
constexpr std::string_view k_conversation_get =
    "SELECT channel, subject, started FROM conversation WHERE id = ?";
constexpr std::string_view k_conversation_transcript =
    "SELECT id, started, channel, title FROM transcript WHERE conversation_id = ?";
constexpr std::string_view k_transcript_turns =
    "SELECT speaker, start_s, end_s, text, source_position FROM utterance WHERE transcript_id = ? ORDER BY seq";
constexpr std::string_view k_transcript_source = "SELECT source_file FROM transcript WHERE id = ?";
constexpr std::string_view k_transcript_speakers =
    "SELECT s.name, COALESCE(c.name, '') FROM transcript_speaker s LEFT JOIN contact c ON c.id = s.contact_id "
    "WHERE s.transcript_id = ? ORDER BY s.seq";
constexpr std::string_view k_conversation_messages = R"(
SELECT m.id, m.date, m.direction, m.from_name, COALESCE(i.value, ''), m.subject, COALESCE(m.message_id, ''),
       COALESCE(b.body_new, ''), COALESCE(b.body_quoted, ''), COALESCE(b.body_signature, ''),
       COALESCE(b.body_footer, ''), m.automatic, m.source_file, m.source_position, m.source_offset
  FROM message m LEFT JOIN identity i ON i.id = m.from_identity_id LEFT JOIN message_body b ON b.msg_id = m.id
 WHERE m.conversation_id = ?
 ORDER BY 1 - m.has_date, m.date, m.id)";
constexpr std::string_view k_conversation_attachments =
    "SELECT a.msg_id, a.filename, a.mime_type, a.size FROM attachment a JOIN message m ON m.id = a.msg_id "
    "WHERE m.conversation_id = ? ORDER BY a.msg_id, a.seq";
constexpr std::string_view k_conversation_people = R"(
SELECT i.id, i.kind, i.value, COALESCE(c.name, ''), min(x.first_seen) FROM (
  SELECT m.from_identity_id AS identity_id, m.date AS first_seen FROM message m WHERE m.conversation_id = ?
  UNION ALL
  SELECT p.identity_id, m.date FROM message_party p JOIN message m ON m.id = p.msg_id WHERE m.conversation_id = ?
) x JOIN identity i ON i.id = x.identity_id LEFT JOIN contact c ON c.id = i.contact_id
GROUP BY i.id, i.kind, i.value, c.name
ORDER BY min(x.first_seen), i.id)";

// --- the playbook's workspace ---------------------------------------------------
// Message threads read whole. Each statement names the conversations it reads as
// "{conversations}", replaced by a subquery (the threads active since a date, or the
// ones the caller lists), so that the engine starts from those conversations rather
// than walking every message.
constexpr std::string_view k_active_conversations =
    "SELECT id FROM conversation WHERE last >= ? AND channel IN ('email', 'sms', 'chat', 'social')";
constexpr std::string_view k_listed_conversations = "SELECT id FROM temp.wanted_conversation";
constexpr std::string_view k_listed_create =
    "CREATE TEMP TABLE IF NOT EXISTS wanted_conversation (id INTEGER PRIMARY KEY)";
constexpr std::string_view k_listed_clear = "DELETE FROM temp.wanted_conversation";
constexpr std::string_view k_listed_add = "INSERT OR IGNORE INTO temp.wanted_conversation (id) VALUES (?)";
constexpr std::string_view k_workspace_threads =
    "SELECT id, channel, subject, thread_key FROM conversation WHERE id IN ({conversations}) ORDER BY id";
constexpr std::string_view k_workspace_messages =
    "SELECT m.conversation_id, m.id, COALESCE(m.message_id, ''), m.date, m.channel, m.direction, i.contact_id, "
    "m.from_name, m.subject, COALESCE(b.body_new, ''), m.automatic, m.marks "
    "FROM message m LEFT JOIN identity i ON i.id = m.from_identity_id LEFT JOIN message_body b ON b.msg_id = m.id "
    "WHERE m.has_date = 1 AND m.conversation_id IN ({conversations}) ORDER BY m.conversation_id, m.date, m.id";
constexpr std::string_view k_workspace_message_tags =
    "SELECT msg_id, name, span_begin, span_end, detail FROM message_tag WHERE msg_id IN "
    "(SELECT id FROM message WHERE has_date = 1 AND conversation_id IN ({conversations}))";
constexpr std::string_view k_workspace_parties =
    "SELECT p.msg_id, i.contact_id FROM message_party p JOIN identity i ON i.id = p.identity_id "
    "WHERE i.contact_id IS NOT NULL AND p.msg_id IN "
    "(SELECT id FROM message WHERE has_date = 1 AND conversation_id IN ({conversations})) ORDER BY p.msg_id, p.role DESC";
constexpr std::string_view k_workspace_attachments =
    "SELECT msg_id, filename FROM attachment WHERE msg_id IN "
    "(SELECT id FROM message WHERE has_date = 1 AND conversation_id IN ({conversations})) ORDER BY msg_id, seq";
// In table order: sorted by time by the reader, which is faster than SQLite's sorter
// walking the (time, party) index and fetching each row.
constexpr std::string_view k_workspace_calls = R"(
SELECT i.contact_id, c.started, c.direction, c.duration_s, c.outcome, c.stance, c.id, c.note, c.source_file,
       c.source_position, c.party_name
  FROM call_log c NOT INDEXED JOIN identity i ON i.id = c.identity_id
 WHERE i.contact_id IS NOT NULL)";
// The same columns for ranking, without the texts (notes, sources, names), in time
// order (ties in the order they were stored).
constexpr std::string_view k_workspace_calls_narrow =
    "SELECT contact_id, started, direction, duration_s, outcome, stance, call_id FROM call_digest ORDER BY started, call_id";
constexpr std::string_view k_call_digest_clear = "DELETE FROM call_digest";
constexpr std::string_view k_call_digest_fill = R"(
INSERT INTO call_digest (started, call_id, contact_id, direction, duration_s, outcome, stance)
SELECT c.started, c.id, i.contact_id, c.direction, c.duration_s, c.outcome, c.stance
  FROM call_log c JOIN identity i ON i.id = c.identity_id
 WHERE i.contact_id IS NOT NULL)";
// The call `rapport log` has just written (by its unique key).
constexpr std::string_view k_call_digest_add_logged = R"(
INSERT INTO call_digest (started, call_id, contact_id, direction, duration_s, outcome, stance)
SELECT c.started, c.id, i.contact_id, c.direction, c.duration_s, c.outcome, c.stance
  FROM call_log c JOIN identity i ON i.id = c.identity_id
 WHERE i.contact_id IS NOT NULL AND c.started = ? AND c.party_key = ? AND c.direction = ?)";
constexpr std::string_view k_listed_contacts_create =
    "CREATE TEMP TABLE IF NOT EXISTS wanted_contact (id INTEGER PRIMARY KEY)";
constexpr std::string_view k_listed_contacts_clear = "DELETE FROM temp.wanted_contact";
constexpr std::string_view k_listed_contacts_add = "INSERT OR IGNORE INTO temp.wanted_contact (id) VALUES (?)";
// CROSS JOIN keeps SQLite from scanning every call: from the few contacts, through
// their identities, to their calls.
constexpr std::string_view k_listed_contacts_calls = R"(
SELECT i.contact_id, c.started, c.direction, c.duration_s, c.outcome, c.stance, c.id, c.note, c.source_file,
       c.source_position, c.party_name
  FROM temp.wanted_contact w CROSS JOIN identity i CROSS JOIN call_log c
 WHERE i.contact_id = w.id AND c.identity_id = i.id)";
constexpr std::string_view k_workspace_transcripts =
    "SELECT id, conversation_id, channel, title, started FROM transcript ORDER BY started, id";
constexpr std::string_view k_workspace_speakers =
    "SELECT transcript_id, contact_id FROM transcript_speaker WHERE contact_id IS NOT NULL ORDER BY transcript_id, seq";
// The turns that carry what the playbook reads from a meeting: facts, objections,
// decisions; of the listed meetings ("{transcripts}").
constexpr std::string_view k_workspace_turn_tags = R"(
SELECT t.transcript_id, t.seq, u.speaker, u.start_s, u.text, t.name, t.span_begin, t.span_end, t.detail
  FROM utterance_tag t JOIN utterance u ON u.transcript_id = t.transcript_id AND u.seq = t.seq
 WHERE (t.name LIKE 'fact.%' OR t.name LIKE 'objection%' OR t.name IN ('commitment', 'rejection', 'next_step'))
   AND t.transcript_id IN ({transcripts})
 ORDER BY t.transcript_id, t.seq)";
constexpr std::string_view k_listed_transcripts =
    "SELECT id FROM transcript WHERE conversation_id IN (SELECT id FROM temp.wanted_conversation)";
constexpr std::string_view k_listed_transcript_ids =
    "SELECT id, conversation_id FROM transcript WHERE conversation_id IN (SELECT id FROM temp.wanted_conversation)";
// The playbook's cache (schema v5). The digest holds each dated written message with
// what ranking reads of it, so that ranking reads recent months in one range scan.
constexpr std::string_view k_digest_clear = "DELETE FROM message_digest";
constexpr std::string_view k_digest_fill = R"(
INSERT INTO message_digest (date, msg_id, conversation_id, channel, direction, automatic, from_contact, to_contacts, marks)
SELECT m.date, m.id, m.conversation_id, m.channel, m.direction, m.automatic, i.contact_id,
       COALESCE((SELECT group_concat(pi.contact_id, ' ') FROM message_party p JOIN identity pi ON pi.id = p.identity_id
                  WHERE p.msg_id = m.id AND pi.contact_id IS NOT NULL), ''),
       m.marks
  FROM message m LEFT JOIN identity i ON i.id = m.from_identity_id
 WHERE m.has_date = 1 AND m.conversation_id IS NOT NULL AND m.channel IN ('email', 'sms', 'chat', 'social'))";
constexpr std::string_view k_digest_since = R"(
SELECT conversation_id, msg_id, date, channel, direction, automatic, marks, from_contact
  FROM message_digest WHERE date >= ? ORDER BY date, msg_id)";
// The messages of [?1, ?2) that a sparse read may keep (Store::WorkspaceQuery): marked
// with a bit of ?3, not marked, or inbound from a contact and marked with a bit of ?4
// (the reader keeps each sender's latest of those).
constexpr std::string_view k_digest_older = R"(
SELECT conversation_id, msg_id, date, channel, direction, automatic, marks, from_contact
  FROM message_digest
 WHERE date >= ?1 AND date < ?2
   AND (marks IS NULL OR (marks & ?3) <> 0 OR (direction = 'inbound' AND from_contact IS NOT NULL AND (marks & ?4) <> 0))
 ORDER BY date, msg_id)";
// k_digest_older when the digest's next_human is current (cache_key 'sparse'): of the
// messages marked with a bit of ?4, only each sender's latest before ?2.
constexpr std::string_view k_digest_older_indexed = R"(
SELECT conversation_id, msg_id, date, channel, direction, automatic, marks, from_contact
  FROM message_digest
 WHERE date >= ?1 AND date < ?2
   AND (marks IS NULL OR (marks & ?3) <> 0 OR
        (direction = 'inbound' AND from_contact IS NOT NULL AND (marks & ?4) <> 0 AND
         (next_human IS NULL OR next_human >= ?2)))
 ORDER BY date, msg_id)";
// Each message inbound from a contact and marked with a bit of ?1 learns when that
// sender next sent such a message, strictly later (none for the latest).
constexpr std::string_view k_next_human_clear =
    "UPDATE message_digest SET next_human = NULL WHERE next_human IS NOT NULL";
constexpr std::string_view k_next_human_fill = R"(
WITH h AS (
  SELECT date, msg_id,
         min(date) OVER (PARTITION BY from_contact ORDER BY date RANGE BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next
    FROM message_digest
   WHERE direction = 'inbound' AND from_contact IS NOT NULL AND (marks & ?1) <> 0)
UPDATE message_digest SET next_human = h.next
  FROM h WHERE message_digest.date = h.date AND message_digest.msg_id = h.msg_id AND h.next IS NOT NULL)";
// Whatever changes marks or the digest makes next_human stale.
constexpr std::string_view k_sparse_key_drop = "DELETE FROM cache_key WHERE kind = 'sparse'";
constexpr std::string_view k_conversation_digest_clear = "DELETE FROM conversation_digest";
constexpr std::string_view k_conversation_digest_fill = R"(
INSERT INTO conversation_digest (last, conversation_id, channel, contacts)
SELECT max(d.date), d.conversation_id, c.channel,
       group_concat(trim(COALESCE(d.from_contact, '') || ' ' || d.to_contacts), ' ')
  FROM message_digest d JOIN conversation c ON c.id = d.conversation_id
 GROUP BY d.conversation_id)";
constexpr std::string_view k_conversation_digest_since =
    "SELECT conversation_id, channel, contacts FROM conversation_digest WHERE last >= ?";
constexpr std::string_view k_cache_key = "SELECT value FROM cache_key WHERE kind = ?";
constexpr std::string_view k_cache_key_set = "INSERT OR REPLACE INTO cache_key (kind, value) VALUES (?, ?)";
constexpr std::string_view k_marks_clear =
    "UPDATE message SET marks = NULL WHERE marks IS NOT NULL; UPDATE message_digest SET marks = NULL WHERE marks IS NOT NULL";
constexpr std::string_view k_marks_set = "UPDATE message SET marks = ?2 WHERE id = ?1";
constexpr std::string_view k_digest_marks_set =
    "UPDATE message_digest SET marks = ?2 WHERE date = (SELECT date FROM message WHERE id = ?1) AND msg_id = ?1";
constexpr std::string_view k_verdicts_clear = "DELETE FROM verdict_cache";
// Every cached verdict of the threads active since ?1, with its body.
constexpr std::string_view k_verdicts_since = R"(
SELECT v.conversation_id, b.body, v.kind, v.at, v.pinned, v.contact_id, v.reply_owed, v.first_at, v.first_channel,
       v.first_conversation
  FROM verdict_cache v JOIN conversation c ON c.id = v.conversation_id
  JOIN verdict_body b ON b.conversation_id = v.conversation_id
 WHERE c.last >= ?1)";
// Every cached verdict's head, of any thread: the reader keeps those it wants (cheaper
// than looking up when each thread was last active).
constexpr std::string_view k_verdict_heads = R"(
SELECT conversation_id, '', kind, at, pinned, contact_id, reply_owed, first_at, first_channel, first_conversation
  FROM verdict_cache)";
// The cached verdicts of the listed conversations, with their bodies.
constexpr std::string_view k_verdicts_listed = R"(
SELECT v.conversation_id, b.body, v.kind, v.at, v.pinned, v.contact_id, v.reply_owed, v.first_at, v.first_channel,
       v.first_conversation
  FROM temp.wanted_conversation w JOIN verdict_cache v ON v.conversation_id = w.id
  JOIN verdict_body b ON b.conversation_id = v.conversation_id)";
constexpr std::string_view k_verdict_put = R"(
INSERT OR REPLACE INTO verdict_cache (conversation_id, kind, at, pinned, contact_id, reply_owed, first_at, first_channel,
                                      first_conversation)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))";
constexpr std::string_view k_verdict_body_put = "INSERT OR REPLACE INTO verdict_body (conversation_id, body) VALUES (?, ?)";
// A logged call changes what the threads of its contact owe: their verdicts go.
constexpr std::string_view k_verdicts_clear_contact = R"(
DELETE FROM verdict_cache WHERE conversation_id IN (
  SELECT m.conversation_id FROM message m JOIN identity i ON i.id = m.from_identity_id WHERE i.contact_id = ?1
  UNION
  SELECT m.conversation_id FROM message_party p JOIN message m ON m.id = p.msg_id
    JOIN identity i ON i.id = p.identity_id WHERE i.contact_id = ?1))";
// rapport reanalyze: texts in row order, tags replaced.
constexpr std::string_view k_message_texts = R"(
SELECT m.id, m.channel, CASE WHEN m.direction_known = 1 THEN m.direction ELSE 'unknown' END, m.automatic, m.subject,
       COALESCE(b.body_new, ''), COALESCE(i.kind, 'email'), COALESCE(i.value, '')
  FROM message m LEFT JOIN message_body b ON b.msg_id = m.id LEFT JOIN identity i ON i.id = m.from_identity_id
 WHERE m.id > ? ORDER BY m.id LIMIT ?)";
constexpr std::string_view k_message_tags_delete = "DELETE FROM message_tag WHERE msg_id = ?";
constexpr std::string_view k_message_marks_forget = "UPDATE message SET marks = NULL WHERE id = ?1";
constexpr std::string_view k_digest_marks_forget =
    "UPDATE message_digest SET marks = NULL WHERE date = (SELECT date FROM message WHERE id = ?1) AND msg_id = ?1";
constexpr std::string_view k_transcripts_after =
    "SELECT id, title, channel, started FROM transcript WHERE id > ? ORDER BY id LIMIT ?";
constexpr std::string_view k_utterance_tags_delete = "DELETE FROM utterance_tag WHERE transcript_id = ?";
constexpr std::string_view k_contact_log_identity = R"(
SELECT id, kind, value FROM identity WHERE contact_id = ? AND kind IN ('phone', 'email')
 ORDER BY CASE kind WHEN 'phone' THEN 0 ELSE 1 END, id LIMIT 1)";
constexpr std::string_view k_call_insert_logged =
    "INSERT INTO call_log (identity_id, party_key, party_name, started, direction, duration_s, outcome, note, "
    "source_file, source_position, stance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr std::string_view k_activity_clear_one = "DELETE FROM contact_activity WHERE contact_id = ?";

}  // namespace rapport::store::sql::statements
