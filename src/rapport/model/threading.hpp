#pragma once
// Email threading: which messages form one conversation.
//
// The algorithm is Jamie Zawinski's (https://www.jwz.org/doc/threading.html), the
// one mutt, mu and notmuch build on: a container per Message-ID (placeholders for
// ids only referenced), parent links from In-Reply-To and References with loop
// prevention, empty containers pruned. Two departures, both documented below:
//
// - A message's own In-Reply-To is its parent when present (else the last
//   Reference), as notmuch does, and these "own parent" links are made before the
//   References chains, so the shape does not depend on the order of the input.
// - Subject grouping (JWZ step 5) is stricter: a root joins an earlier thread with
//   the same normalised subject only when its subject is a reply ("Re: …"), the
//   two share a participant, the gap is at most `max_subject_gap`, and the subject
//   is not empty or generic ("hello", "question"). Plain JWZ merges every root with
//   the same subject, which in a salesperson's mailbox joins every "Proposal".
//
// Pure: no I/O, no clock. O(n · average depth) time, O(n) memory, for n messages
// and the ids they reference.

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/model/time.hpp"

namespace rapport::model {

// One message as threading sees it. Views into storage the caller keeps alive for
// the duration of thread_messages().
struct ThreadInput {
  std::string_view message_id;   // without angle brackets; may be empty
  std::string_view in_reply_to;  // without angle brackets; may be empty
  std::span<const std::string_view> references;  // oldest first
  std::string_view subject;      // as written ("Re: [acme] Pricing")
  std::optional<Timestamp> date;
  // Keys of the people on the message other than the owner (who is on every thread
  // of their own mailbox, so would join everything): identity ids, or hashes of the
  // normalised addresses. Order and duplicates do not matter.
  std::span<const std::uint64_t> participants;
};

enum class SubjectFallback : std::uint8_t { off, on };

struct ThreadingOptions {
  SubjectFallback subject_fallback = SubjectFallback::on;
  // The largest gap between the last message of a thread and the first of a later
  // root with the same subject for the two to be joined.
  std::chrono::days max_subject_gap{90};
};

struct ThreadSummary {
  // Index (into the input) of the thread's representative: the message at the root
  // of its tree, or, when the root is a placeholder or the thread was joined by
  // subject, the root message of the earliest tree (else its earliest message).
  std::uint32_t representative = 0;
  // The Message-ID at the root of the earliest tree, which may name a message not
  // in the input (a placeholder that joins several replies); empty when that root
  // message has no id. Stable while the thread's root is: a key for the thread.
  std::string_view root_id;
  std::uint32_t size = 0;  // messages in the thread
};

struct ThreadResult {
  std::vector<std::uint32_t> thread_of;  // per input message, an index into `threads`
  std::vector<ThreadSummary> threads;    // in order of their representative's index
};

// Threads `messages`. Deterministic: the same input (in the same order) gives the
// same result; the grouping itself does not depend on the order for well-formed input.
// Precondition: messages.size() < 2^31.
ThreadResult thread_messages(std::span<const ThreadInput> messages,
                             const ThreadingOptions& options = {});

// The subject without reply and forward prefixes ("Re:", "Fwd:", "AW:", "Re[2]:",
// "RE :", repeated), list tags ("[acme-sales]"), a trailing "(fwd)", with white space
// collapsed and ASCII letters lower-cased: "Re: [Sales] FW: Q3  Pricing" → "q3 pricing".
std::string normalise_subject(std::string_view subject);

// True when the subject starts, after any list tags, with a reply or forward prefix.
bool is_reply_subject(std::string_view subject);

// True when a normalised subject says nothing about the conversation ("", "hi",
// "question", "(no subject)", …), so that equal subjects do not suggest one thread.
bool is_generic_subject(std::string_view normalised);

}  // namespace rapport::model
