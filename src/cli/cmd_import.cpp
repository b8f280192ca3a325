// rapport import PATH… — read mail, transcripts, contacts, call logs and SMS backups
// into the store.

#include <chrono>
#include <cstdio>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/json_views.hpp"
#include "cli/playbook_data.hpp"
#include "cli/progress_bar.hpp"
#include "rapport/importer/importer.hpp"

namespace rapport::cli {
namespace {

struct ImportArgs {
  std::vector<std::string> paths;
  std::string date;
  std::string region;
};

nlohmann::ordered_json identities_json(const std::vector<model::Identity>& identities) {
  auto out = nlohmann::ordered_json::array();
  for (const auto& id : identities) out.push_back({{"kind", model::to_string(id.kind)}, {"value", id.value}});
  return out;
}

std::string describe_owner(const importer::ImportSummary& summary) {
  std::string emails;
  for (const auto& id : summary.owner) {
    if (id.kind == model::IdentityKind::name) continue;
    if (!emails.empty()) emails += ", ";
    emails += id.value;
  }
  return emails;
}

int run_import(Env& env, const ImportArgs& args) {
  std::vector<std::filesystem::path> paths(args.paths.begin(), args.paths.end());
  std::vector<model::Diagnostic> problems;
  const auto inputs = importer::find_inputs(paths, problems);

  auto options = import_options(env);
  options.default_region = args.region.empty() ? env.config().default_region : args.region;
  if (!args.date.empty()) {
    options.transcript_date = model::parse_iso8601(args.date);
    if (!options.transcript_date) {
      env.error(fmt::format("--date: not an ISO 8601 date: {}", args.date));
      return k_exit_usage;
    }
  }

  auto* store = env.store().value();
  const auto started = std::chrono::steady_clock::now();
  ProgressBar bar(stderr, env.terminal_width());
  auto result = importer::import_files(inputs, *store, options,
                                       env.stderr_is_terminal() && !env.json() ? &bar : nullptr);
  if (!result) {
    env.error(result.error());
    env.error("the batches written before the failure are kept; run the same import again to complete it");
    return k_exit_failure;
  }
  auto& summary = result.value();
  problems.insert(problems.begin(), summary.problems.begin(), summary.problems.end());
  // The playbook's reading of the new data, computed now so that `today` answers from
  // narrow rows. It is a cache: if it fails, `today` computes what it lacks.
  if (auto cached = refresh_playbook_cache(env, *store); !cached)
    problems.push_back({env.store_location(), "",
                        "could not prepare the playbook's cache (today will be slower): " + cached.error().message,
                        model::Severity::warning});
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  std::vector<const model::Diagnostic*> skipped, warnings;
  for (const auto& p : problems) (p.severity == model::Severity::error ? skipped : warnings).push_back(&p);

  if (env.json()) {
    nlohmann::ordered_json out;
    out["imported"] = summary.counts.imported;
    out["already_known"] = summary.counts.already_known;
    out["skipped"] = nlohmann::ordered_json::array();
    for (const auto* d : skipped) out["skipped"].push_back(diagnostic_json(*d));
    out["warnings"] = nlohmann::ordered_json::array();
    for (const auto* d : warnings) out["warnings"].push_back(diagnostic_json(*d));
    out["files"] = summary.files;
    out["bytes"] = summary.bytes;
    out["seconds"] = seconds;
    out["owner"] = identities_json(summary.owner);
    out["owner_inferred"] = summary.owner_inferred;
    out["store"] = env.store_location();
    env.print_json(std::move(out));
  } else {
    const auto mode = env.color();
    env.print(fmt::format("Read {} file{} ({:.1f} MB) in {:.1f} s: {} new record{}, {} already known.\n",
                          summary.files, summary.files == 1 ? "" : "s",
                          static_cast<double>(summary.bytes) / 1e6, seconds, summary.counts.imported,
                          summary.counts.imported == 1 ? "" : "s", summary.counts.already_known));
    if (!skipped.empty()) {
      env.print(report::paint(fmt::format("Skipped {}:\n", skipped.size()), report::Tint::yellow, mode));
      for (const auto* d : skipped)
        env.print(fmt::format("  {}{}{}: {}\n", d->file, d->position.empty() ? "" : ", ", d->position, d->reason));
    }
    if (!warnings.empty()) {
      env.print(fmt::format("Read with warnings: {}\n", warnings.size()));
      const std::size_t shown = std::min<std::size_t>(warnings.size(), 10);
      for (std::size_t i = 0; i < shown; ++i) {
        const auto* d = warnings[i];
        env.print(fmt::format("  {}{}{}: {}\n", d->file, d->position.empty() ? "" : ", ", d->position, d->reason));
      }
      if (warnings.size() > shown)
        env.print(fmt::format("  … and {} more (--json lists them all)\n", warnings.size() - shown));
    }
    const auto owner = describe_owner(summary);
    if (owner.empty()) {
      env.print("Could not tell which addresses are yours: pass --me ADDRESS (or set [me] in the configuration).\n");
    } else if (summary.owner_inferred) {
      env.print(fmt::format("You are {} (inferred from your sent mail; --me ADDRESS sets it).\n", owner));
    }
    env.print(report::paint(fmt::format("Store: {}\n", env.store_location()), report::Tint::dim, mode));
  }
  // Nothing readable at all is a failure; some bad records in good files are not.
  if (inputs.empty()) return k_exit_failure;
  return k_exit_ok;
}

}  // namespace

Command import_command() {
  auto args = std::make_shared<ImportArgs>();
  return Command{
      "import",
      "Read mail (mbox, Maildir, .eml), transcripts, contacts, call logs and SMS backups",
      Needs::store,
      [args](CLI::App& app) {
        app.add_option("paths", args->paths, "Files or folders to import")->required();
        app.add_option("--date", args->date, "Date of transcripts whose files do not carry one");
        app.add_option("--region", args->region, "Country for phone numbers without a code (GB, US…)");
      },
      [args](Env& env) { return run_import(env, *args); },
  };
}

}  // namespace rapport::cli
