// rapport export --ics FILE --csv FILE — today's calls as iCalendar to-dos, and the
// client contacts with rapport's findings as CSV for a CRM (docs/export.md).

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/export_views.hpp"
#include "cli/output_file.hpp"
#include "rapport/report/calendar_ics.hpp"
#include "rapport/report/contacts_csv.hpp"

namespace rapport::cli {
namespace {

struct ExportArgs {
  std::string ics;  // a file, "-" for stdout, empty: not wanted
  std::string csv;
};

int run_export(Env& env, const ExportArgs& args) {
  if (args.ics.empty() && args.csv.empty()) {
    env.error("export: say what to write: --ics FILE and/or --csv FILE (\"-\" for stdout)");
    return k_exit_usage;
  }
  if (args.ics == "-" && args.csv == "-") {
    env.error("export: only one of --ics and --csv can write to stdout");
    return k_exit_usage;
  }
  auto findings = compute_findings(env);
  if (!findings) {
    env.error(findings.error());
    return k_exit_failure;
  }
  if (!args.ics.empty()) {
    auto ics = report::calendar_ics(call_items(findings->today), env.now());
    if (!ics) {
      env.error(ics.error());
      return k_exit_failure;
    }
    if (auto written = write_output(env, args.ics, *ics); !written) {
      env.error(written.error());
      return k_exit_failure;
    }
    if (args.ics != "-")
      env.error(fmt::format("{}: {} call{} to make today", args.ics, findings->today.calls.size(),
                            findings->today.calls.size() == 1 ? "" : "s"));
  }
  if (!args.csv.empty()) {
    const auto rows = contact_rows(*findings);
    if (auto written = write_output(env, args.csv, report::contacts_csv(rows)); !written) {
      env.error(written.error());
      return k_exit_failure;
    }
    if (args.csv != "-")
      env.error(fmt::format("{}: {} client contact{}", args.csv, rows.size(), rows.size() == 1 ? "" : "s"));
  }
  return k_exit_ok;
}

}  // namespace

Command export_command() {
  auto args = std::make_shared<ExportArgs>();
  return Command{
      "export",
      "Export today's calls as iCalendar to-dos (--ics) and contacts with findings as CSV (--csv)",
      Needs::store,
      [args](CLI::App& app) {
        app.add_option("--ics", args->ics, "Write today's calls as VTODOs to FILE (\"-\": stdout)")->type_name("FILE");
        app.add_option("--csv", args->csv, "Write the client contacts with findings to FILE (\"-\": stdout)")->type_name("FILE");
      },
      [args](Env& env) { return run_export(env, *args); },
  };
}

}  // namespace rapport::cli
