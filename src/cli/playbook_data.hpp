#pragma once
// What the playbook commands (today, inbox, plan, contact, export, report) read (see
// service/playbook_data.hpp), and the JSON and terminal forms they share.

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
#include "rapport/service/playbook_data.hpp"

namespace rapport::cli {

using service::PlaybookData;

// Reads threads active in the last `lookback_days` before env.now(), with their texts.
Result<std::unique_ptr<PlaybookData>> load_playbook_data(Env& env, double lookback_days);

// After an import or a reanalysis: the playbook's cache for the threads `today` and
// `inbox` read (service::refresh_cache), so that `today` answers from narrow rows.
Result<void> refresh_playbook_cache(Env& env, store::Store& store);

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
