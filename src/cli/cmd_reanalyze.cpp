// rapport reanalyze — runs the analysis again over every stored message and call, so
// that a store imported by an older rapport carries what the current rules find.

#include <chrono>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/playbook_data.hpp"
#include "cli/progress_bar.hpp"
#include "rapport/importer/reanalyze.hpp"
#include "rapport/report/terminal.hpp"

namespace rapport::cli {
namespace {

int run_reanalyze(Env& env) {
  auto store = env.store();
  if (!store) {
    env.error(store.error());
    return k_exit_failure;
  }
  const auto options = import_options(env);
  const auto started = std::chrono::steady_clock::now();
  ProgressBar bar(stderr, env.terminal_width(), ProgressBar::Unit::records);
  auto done = importer::reanalyze(**store, options, env.stderr_is_terminal() && !env.json() ? &bar : nullptr);
  if (!done) {
    env.error(done.error());
    env.error("the messages analysed before the failure keep their new tags; run it again to complete it");
    return k_exit_failure;
  }
  // The playbook's reading of the new tags, as after an import.
  const auto cached = refresh_playbook_cache(env, **store);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (env.json()) {
    nlohmann::ordered_json out;
    out["messages"] = done->messages;
    out["transcripts"] = done->transcripts;
    out["seconds"] = seconds;
    out["store"] = env.store_location();
    env.print_json(std::move(out));
  } else {
    env.print(fmt::format("Analysed again: {} message{} and {} call transcript{} in {:.1f} s.\n", done->messages,
                          done->messages == 1 ? "" : "s", done->transcripts, done->transcripts == 1 ? "" : "s", seconds));
    env.print(report::paint(fmt::format("Store: {}\n", env.store_location()), report::Tint::dim, env.color()));
  }
  if (!cached) env.error("could not prepare the playbook's cache (today will be slower): " + cached.error().message);
  return k_exit_ok;
}

}  // namespace

Command reanalyze_command() {
  return Command{
      "reanalyze",
      "Run the analysis again over everything stored (after upgrading rapport or changing rules)",
      Needs::store,
      [](CLI::App&) {},
      [](Env& env) { return run_reanalyze(env); },
  };
}

}  // namespace rapport::cli
