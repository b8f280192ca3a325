#pragma once
// Engine-independent rules of the store: how identities are normalised and compared,
// how transcript speakers are matched to contacts, which folder is a Sent folder.
// Pure functions; every engine uses them so that SQLite and PostgreSQL agree.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rapport/model/identity.hpp"

namespace rapport::store {

// Trimmed, ASCII lower case ("Dana@Example.COM " → "dana@example.com").
std::string normalise_email(std::string_view email);
// Trimmed, inner white space collapsed to one space.
std::string normalise_name(std::string_view name);
// Normalises an identity of any kind (phones are only trimmed: the readers normalise them).
model::Identity normalise_identity(const model::Identity& identity);

// An identity as the store keeps and compares it: normalised, and a name case-folded too,
// so that "Dana Kowalski" in a call log and "dana kowalski" in a CRM are one identity.
model::Identity comparable_identity(const model::Identity& identity);

// For case-insensitive comparison of names: lower case for ASCII, Latin-1 letters
// (É → é) and basic Cyrillic (Д → д); other bytes unchanged. Not full Unicode case
// folding (the store links no Unicode library); enough for the names in address books.
std::string fold_case(std::string_view text);

// The last nine digits of a phone number (all of them when fewer): "+44 7700 900123",
// "07700 900123" and "+447700900123" share "700900123". Empty when there are fewer than
// six digits, which is no phone number.
std::string phone_key(std::string_view phone);

// The part after the last '@', or empty.
std::string_view email_domain(std::string_view email);

// True for folders that hold the owner's sent mail: a path component (split at '/', '.',
// '\\') that starts with "sent" ("Sent", "Sent Items", "[Gmail]/Sent Mail", ".Sent",
// "INBOX.Sent", "sent-mail") or is a common translation ("Gesendet", "Envoyés",
// "Enviados", "Posta inviata", "Verzonden", "Skickat", "Sendt", "Wysłane"), case-insensitively.
// "Presentations" is not one.
bool is_sent_folder(std::string_view folder);

// The key that recognises a call-log entry's other party across imports:
// "phone:+447700900123", "email:dana@example.com", "name:dana kowalski".
std::string party_key(const model::Identity& identity);

// A stand-in content hash for a record whose reader gave none: 128 bits of FNV-1a
// over the fields (not cryptographic; enough to recognise the same record again).
std::string fallback_hash(std::initializer_list<std::string_view> fields);

// The first words of `text`, at most `max_bytes`, cut at a word (or UTF-8 character)
// boundary, white space collapsed; "…" appended when cut.
std::string excerpt(std::string_view text, std::size_t max_bytes = 160);

// Matches transcript speakers to contacts. A speaker matches a contact whose full
// name equals it (case-folded, white space collapsed) when exactly one does; else, if
// the speaker is one word, the one contact whose first name it is. Anything else —
// two "Dana"s, "Speaker 1", a nickname — stays unmatched: a wrong link would put a
// call into the wrong person's history, a missing one only leaves it out.
class SpeakerMatcher {
 public:
  void add(std::int64_t contact_id, std::string_view name);
  std::optional<std::int64_t> match(std::string_view speaker) const;

 private:
  // id, or -1 when the key is shared by several contacts
  std::unordered_map<std::string, std::int64_t> full_names_;
  std::unordered_map<std::string, std::int64_t> first_names_;
};

}  // namespace rapport::store
