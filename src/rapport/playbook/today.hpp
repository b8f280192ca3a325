#pragma once
// Whom to phone today: a transparent score per client from the reasons the playbook
// knows, each reason with its points and the messages or calls it came from.
//
// Reasons (points in today.cpp, thresholds in TodaySettings):
// - a dismissal in writing not yet answered by phone (or answered in writing);
// - a proposal followed up by email only;
// - they asked to be phoned; an answer owed to them; an objection left open;
// - an answer they promised that is overdue; a decision pending;
// - a voicemail or unanswered call due for another try;
// - no live conversation for longer than their usual rhythm.
// Never listed: colleagues and automated senders, the unsubscribed, those who asked not
// to be contacted, people who have left, those spoken with live in the last days, those
// with a meeting agreed, those away (an auto-reply in the last days). Threads ending in
// courtesy or carrying only auto-replies give no reason at all.

#include <optional>
#include <string>
#include <vector>

#include "rapport/model/workspace.hpp"
#include "rapport/playbook/evidence.hpp"
#include "rapport/playbook/inbox.hpp"
#include "rapport/playbook/live_index.hpp"
#include "rapport/playbook/phrasebook.hpp"
#include "rapport/playbook/settings.hpp"
#include "rapport/playbook/signals.hpp"

namespace rapport::playbook {

struct Reason {
  std::string code;  // "dismissal", "answer_owed", "overdue_live", … (stable: JSON)
  double points = 0;
  std::string text;  // one line: why
  std::vector<Evidence> evidence;
};

// Something the client told about their life, and where they said it.
struct BringUp {
  std::string kind;  // family, children, hobby, sport, holiday, move, health, celebration, …
  std::string text;  // the phrase: "daughter's graduation in Leeds"
  Evidence said;
};

struct CallSuggestion {
  const model::ContactSummary* contact = nullptr;
  double score = 0;
  std::vector<Reason> reasons;  // strongest first
  std::vector<BringUp> bring_up;  // most recent first
  std::string opening;  // a short way to open the call
  std::string voicemail;  // a short voicemail if they are not in
  std::optional<int> stance;  // the last logged 0-10 stance
};

// A client with a reason to call who is not listed, and why not.
struct LeftOut {
  const model::ContactSummary* contact = nullptr;
  std::string code;  // "spoken_recently", "meeting_agreed", "away", "unsubscribed", …
  std::string text;
  std::vector<Evidence> evidence;
};

struct TodayList {
  std::vector<CallSuggestion> calls;  // best first, at most settings.list_size
  std::vector<LeftOut> left_out;
};

// What ranking reads of a thread's verdict: one with a kind, when it is pinned (a
// request not to be contacted, however old) or its moment (the message that waits,
// else the first evidence) is within settings.answer_memory_days of now.
model::Timestamp verdict_moment(const ThreadVerdict& verdict);
bool verdict_pinned(const ThreadVerdict& verdict);

// Every client with a reason to call, best first, with reasons and evidence but
// without facts, opening or voicemail (those read every thread): for a contact's rank.
// `verdicts`: judge_thread of every thread in the workspace. Only messages of the last
// settings.lookback_days count; each client is judged on their own threads, calls and
// meetings (and messages saying they have left), so ranking a workspace cut down to a
// few clients gives those clients the same reasons and scores. Messages that carry
// marks but no text give evidence without quotes.
TodayList rank_calls(const model::Workspace& workspace, const LiveIndex& live, const std::vector<ThreadVerdict>& verdicts,
                     const Signals& signals, const TodaySettings& settings, model::Timestamp now);

// Today's list: rank_calls cut to settings.list_size, each entry with what to bring up,
// an opening and a voicemail (worded by `words`).
TodayList today(const model::Workspace& workspace, const LiveIndex& live, const std::vector<ThreadVerdict>& verdicts,
                const Signals& signals, const Phrasebook& words, const TodaySettings& settings, model::Timestamp now);

// What the client told about their life, most recent first: facts found in their own
// messages and in their turns of recorded calls.
std::vector<BringUp> personal_facts(const model::Workspace& workspace, const model::ContactSummary& contact);

}  // namespace rapport::playbook
