// rapport's entry point: common options, the command table, and the top-level
// handler that turns an unexpected exception into exit code 1.

#include <malloc.h>

#include <chrono>
#include <cstdlib>
#include <exception>
#include <iostream>

#include <fmt/format.h>

#include "cli/command.hpp"

namespace rapport::cli {
namespace {

int run(int argc, char** argv) {
  CLI::App app{"rapport — a local-first sales conversation coach"};
  app.set_version_flag("--version", RAPPORT_VERSION);
  app.require_subcommand(1);
  app.fallthrough();

  CommonOptions options;
  app.add_option("--db", options.db, "Store: a SQLite file path or a postgresql:// URI");
  app.add_option("--config", options.config_path, "Configuration file (TOML)");
  app.add_option("--me", options.me, "Your own address or number (repeatable)");
  app.add_option("--rep", options.rep, "Which transcript speaker is you");
  app.add_option("--now", options.now, "Judge as of this instant (ISO 8601)");
  app.add_option("-n", options.limit, "List length")->check(CLI::PositiveNumber);
  app.add_flag("--json", options.json, "Print JSON (a versioned format) instead of text");

  const auto commands = all_commands();
  std::vector<std::pair<CLI::App*, const Command*>> subcommands;
  for (const auto& command : commands) {
    auto* sub = app.add_subcommand(std::string(command.name), std::string(command.summary));
    command.add_options(*sub);
    subcommands.emplace_back(sub, &command);
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? k_exit_ok : k_exit_usage;
  }

  const bool explicit_config = !options.config_path.empty();
  auto config = load_config(explicit_config ? std::filesystem::path(options.config_path) : default_config_path(),
                            explicit_config);
  if (!config) {
    std::cerr << "rapport: " << config.error().message << '\n';
    if (!config.error().hint.empty()) std::cerr << "  hint: " << config.error().hint << '\n';
    return k_exit_usage;
  }
  if (!options.rep.empty()) config->rep_name = options.rep;

  auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
  if (!options.now.empty()) {
    const auto parsed = model::parse_iso8601(options.now);
    if (!parsed) {
      std::cerr << "rapport: --now: not an ISO 8601 instant: " << options.now
                << " (example: 2026-11-20T09:00:00Z)\n";
      return k_exit_usage;
    }
    now = *parsed;
  }

  Env env(std::move(options), std::move(config.value()), now);
  for (const auto& [sub, command] : subcommands) {
    if (!sub->parsed()) continue;
    if (command->needs == Needs::store) {
      auto store = env.store();
      if (!store) {
        env.error(store.error());
        return k_exit_failure;
      }
    }
    return command->run(env);
  }
  return k_exit_usage;
}

}  // namespace
}  // namespace rapport::cli

int main(int argc, char** argv) {
  // Large blocks from the heap, kept after they are freed: a command on a big store
  // builds and drops vectors of tens of megabytes, and glibc's default (a fresh mmap
  // for each, returned on free) makes every one fault its pages in anew. On `today`
  // over a million messages this saved a fifth of the page faults (22,700 → 18,300).
  mallopt(M_MMAP_THRESHOLD, 256 << 20);
  mallopt(M_TRIM_THRESHOLD, 512 << 20);
  try {
    return rapport::cli::run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "rapport: internal error: " << e.what() << '\n';
    return rapport::cli::k_exit_failure;
  }
}
