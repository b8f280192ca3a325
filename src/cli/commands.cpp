#include "cli/command.hpp"

namespace rapport::cli {

std::vector<Command> all_commands() {
  return {import_command(), contacts_command(), show_command(), inspect_command(), analyze_command(), today_command(), inbox_command(), plan_command(), contact_command(), log_command(), review_command(), reanalyze_command(), export_command(), report_command()};
}

}  // namespace rapport::cli
