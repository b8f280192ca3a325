#pragma once
// An organisation's own rule files: named in configuration ([rules] files) or on the
// command line (`rapport analyze --rules`), read here and handed to the analysis and
// the playbook beside the built-in files. A file's name says which part takes it, as
// the built-in files' names do: acts…, facts…, intents…, objections… (the analysis),
// signals…, wording…, review… (the playbook).

#include <string>
#include <vector>

#include "rapport/analysis/rule_files.hpp"
#include "rapport/util/result.hpp"

namespace rapport::cli {

// Errors: a file that cannot be read, or whose name no part takes (it would be
// silently ignored otherwise); the message names the file.
Result<analysis::RuleFiles> read_rule_files(const std::vector<std::string>& paths);

}  // namespace rapport::cli
