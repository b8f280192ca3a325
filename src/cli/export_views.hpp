#pragma once
// The playbook's results as the report adapter's plain structs (report/export_data.hpp),
// shared by `rapport export` and `rapport report`: today's list computed exactly as
// `rapport today` does, the inbox as `rapport inbox` does.

#include <memory>
#include <vector>

#include "cli/env.hpp"
#include "cli/playbook_data.hpp"
#include "rapport/playbook/today.hpp"
#include "rapport/report/export_data.hpp"

namespace rapport::cli {

struct Findings {
  std::unique_ptr<PlaybookData> data;
  playbook::TodayList today;  // points into data
  std::vector<const playbook::ThreadVerdict*> inbox;  // open items, most urgent first; into data
};

// Loads the workspace and judges it with the same settings, -n and --now as `today`.
Result<Findings> compute_findings(Env& env);

report::EvidenceItem evidence_item(const playbook::Evidence& e);
std::vector<report::CallItem> call_items(const playbook::TodayList& today);
std::vector<report::InboxItem> inbox_items(const Findings& f);
// Every client contact, by name.
std::vector<report::ContactRow> contact_rows(const Findings& f);

}  // namespace rapport::cli
