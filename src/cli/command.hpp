#pragma once
// The command table: each command says what it needs, adds its options, and runs
// against an Env that main() prepares accordingly.

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/env.hpp"

namespace rapport::cli {

enum class Needs : unsigned char { nothing, store };

struct Command {
  std::string_view name;
  std::string_view summary;
  Needs needs = Needs::nothing;
  // Adds the command's own options to its subcommand; the options write into state
  // that `run` captures (each command keeps its state in a shared_ptr).
  std::function<void(CLI::App&)> add_options;
  std::function<int(Env&)> run;
};

// Exit codes of every command (DESIGN.md).
inline constexpr int k_exit_ok = 0;
inline constexpr int k_exit_failure = 1;
inline constexpr int k_exit_usage = 2;

std::vector<Command> all_commands();

// One factory per command file.
Command import_command();
Command contacts_command();
Command show_command();
Command inspect_command();
Command analyze_command();
Command review_command();
Command today_command();
Command inbox_command();
Command export_command();
Command report_command();
Command log_command();
Command plan_command();
Command contact_command();
Command reanalyze_command();

}  // namespace rapport::cli
