#pragma once
// What the playbook commands (today, inbox, plan, contact, export, report) read: the
// workspace from the store, the live-conversation index and every thread's verdict,
// loaded once per command.

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/env.hpp"
#include "rapport/model/workspace.hpp"
#include "rapport/playbook/evidence.hpp"
#include "rapport/playbook/inbox.hpp"
#include "rapport/playbook/live_index.hpp"
#include "rapport/playbook/plan.hpp"
#include "rapport/playbook/signals.hpp"

namespace rapport::cli {

struct PlaybookData {
  model::Workspace workspace;
  std::unique_ptr<playbook::LiveIndex> live;  // points into workspace: never moved apart
  playbook::Signals signals;
  std::vector<playbook::ThreadVerdict> verdicts;  // every thread judged, in workspace order

  const model::ContactSummary* contact(model::ContactId id) const;

  std::unordered_map<model::ContactId, std::size_t> contact_index;  // into workspace.contacts
};

// Reads threads active in the last `lookback_days` before env.now().
Result<std::unique_ptr<PlaybookData>> load_playbook_data(Env& env, double lookback_days);

nlohmann::ordered_json evidence_json(const playbook::Evidence& evidence);
nlohmann::ordered_json evidence_list_json(const std::vector<playbook::Evidence>& evidence);
// The short form of a contact that findings name: id, name, emails, phones, company.
nlohmann::ordered_json contact_ref_json(const model::ContactSummary& contact);

// A fact to bring up: {"kind", "text", "said": evidence}.
nlohmann::ordered_json bring_up_json(const std::vector<playbook::BringUp>& facts);
// Where the client stands: {"value", "logged", "stuck", "basis", "evidence"}, or null.
nlohmann::ordered_json stance_json(const std::optional<playbook::Stance>& stance);
// "6/10, estimated from … — stuck in the middle: aim for a clear 0 or 10", for terminals.
std::string stance_text(int value, bool stuck, std::string_view basis = {});

// "17 Nov 09:14, email from Priya Raman: “…”" for terminals.
std::string evidence_line(const playbook::Evidence& evidence);

}  // namespace rapport::cli
