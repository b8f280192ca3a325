#pragma once
// The inbox that matters: each message thread judged by the playbook's rules.
//
// - dismissal: the client ended or paused the process in writing and has not been
//   phoned since. Advice: call, don't type; a "financial concern" must be clarified.
// - dismissal_answered_in_writing: the salesperson answered such a message in writing
//   (flagged when long) instead of calling.
// - proposal_followed_up_by_email_only: a proposal chased only by email, unanswered.
// - objection: the client's latest message raises a concern while the door is open.
// - answer_owed: the client asked or asked for something that has no answer yet.
// - courtesy_loop: the thread ends in a chain of pure courtesies; it may end here.
// A thread answered by a live conversation afterwards (a reached call, a meeting) is
// no longer a dismissal or an answer owed.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/analysis/tags.hpp"
#include "rapport/model/workspace.hpp"
#include "rapport/playbook/evidence.hpp"
#include "rapport/playbook/live_index.hpp"
#include "rapport/playbook/settings.hpp"
#include "rapport/playbook/signals.hpp"

namespace rapport::playbook {

enum class InboxKind : std::uint8_t {
  dismissal,
  dismissal_answered_in_writing,
  proposal_followed_up_by_email_only,
  objection,
  answer_owed,
  courtesy_loop,
};
std::string_view to_string(InboxKind kind);
// The heading a person reads for items of that kind ("Answers owed").
std::string_view heading(InboxKind kind);

// Whether a stated reason can be taken at its word or must be clarified on the phone
// ("financial concerns" may be about the price, their money or our stability).
enum class Clarity : std::uint8_t { clear, must_clarify };
std::string_view to_string(Clarity clarity);

struct ThreadVerdict {
  std::optional<InboxKind> kind;  // nullopt: nothing to do in this thread
  const model::ThreadRecord* thread = nullptr;
  model::ContactId contact = 0;  // the client it is about (0 when none is known)
  bool reply_owed = false;  // the salesperson owes a response (for a dismissal: by phone)
  std::optional<model::Timestamp> waiting_since;  // the client's message that waits
  std::vector<analysis::Objection> objections;  // stated in the client's messages
  std::optional<Clarity> clarity;  // dismissals and objections
  std::string reason;  // the client's own words, for dismissals and objections
  std::size_t written_reply_words = 0;  // dismissal_answered_in_writing: the longest reply
  bool long_written_reply = false;
  std::size_t email_chasers = 0;  // proposal_followed_up_by_email_only
  std::string advice;  // one line
  std::vector<Evidence> evidence;  // the messages it rests on, oldest first
};

// Judges one thread. `live` says when the thread's contacts were last spoken to live.
ThreadVerdict judge_thread(const model::ThreadRecord& thread, const LiveIndex& live, const Signals& signals,
                           const InboxSettings& settings);

// The inbox as of `now`: the verdicts with a kind (every one, with `include_none`) about
// a client of the workspace (not a colleague or an automated sender), on threads active
// in the last settings.lookback_days; most urgent first (dismissals, then the rest by
// kind, each by how long it has waited).
std::vector<const ThreadVerdict*> inbox(const model::Workspace& workspace, const std::vector<ThreadVerdict>& verdicts,
                                        const InboxSettings& settings, model::Timestamp now, bool include_none = false);

// Evidence quoting the sentence of `m` that `tag` points to (or its opening).
Evidence message_evidence(const model::ThreadRecord& thread, const model::MessageRecord& m, std::string tag,
                          const model::Tag* at = nullptr);

}  // namespace rapport::playbook
