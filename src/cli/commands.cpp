#include "cli/command.hpp"

namespace rapport::cli {

std::vector<Command> all_commands() {
  return {import_command(), contacts_command(), show_command(), inspect_command(), analyze_command()};
}

}  // namespace rapport::cli
