#pragma once
// A prep sheet for the next call with one client, and the win-back call when they
// ended the process in writing. Pure: built from the workspace and the playbook's
// verdicts; every line that comes from their data carries its evidence.

#include <optional>
#include <string>
#include <vector>

#include "rapport/model/workspace.hpp"
#include "rapport/playbook/evidence.hpp"
#include "rapport/playbook/inbox.hpp"
#include "rapport/playbook/phrasebook.hpp"
#include "rapport/playbook/today.hpp"

namespace rapport::playbook {

// Where the client stands on the change, 0 (no reason to change) to 10 (must change):
// logged by the salesperson (`rapport log --stance`) or estimated from their words.
struct Stance {
  int value = 5;
  bool logged = false;
  bool stuck = false;  // 5 or 6: the anxious middle the call should move to 0 or 10
  std::string basis;   // "logged on 18 Nov", "estimated from their message of 17 Nov"
  std::vector<Evidence> evidence;
};

std::optional<Stance> stance_of(const model::Workspace& workspace, const std::vector<ThreadVerdict>& verdicts,
                                const model::ContactSummary& contact);

struct PlanLine {
  std::string text;
  std::string detail;  // what the data already says, or the suggested response
  std::vector<Evidence> evidence;
};

struct CallPlan {
  const model::ContactSummary* contact = nullptr;
  bool win_back = false;  // a dismissal in writing not yet answered by phone
  std::string purpose;
  std::vector<Evidence> purpose_evidence;
  std::vector<PlanLine> needs;        // what we know of their need, in their words
  std::string key_message;
  std::vector<PlanLine> likely_objections;  // text: the objection; detail: a response
  std::string desired_outcome;
  std::vector<BringUp> bring_up;
  std::vector<PlanLine> before_calling;  // win-back: the four questions and what the data says
  std::vector<PlanLine> call_steps;      // the call, step by step
  std::optional<Stance> stance;
};

CallPlan plan_call(const model::Workspace& workspace, const std::vector<ThreadVerdict>& verdicts, const Phrasebook& words,
                   const model::ContactSummary& contact, model::Timestamp now);

}  // namespace rapport::playbook
