#pragma once
// An organisation's own rule files: named in configuration ([rules] files) or on the
// command line (`rapport analyze --rules`), read here and handed to the analysis and
// the playbook beside the built-in files. A file's name says which part takes it, as
// the built-in files' names do: acts…, facts…, intents…, objections… (the analysis),
// signals…, wording…, review… (the playbook). A model file (act_model.tsv,
// fact_model.tsv, intent_model.tsv, objection_model.tsv, written by
// bench/train_*_model.py from an organisation's own labelled talk) replaces the built-in
// one of its name instead: weights learned together do not add up.

#include <string>
#include <vector>

#include "rapport/analysis/rule_files.hpp"
#include "rapport/util/result.hpp"

namespace rapport::cli {

// Errors: a file that cannot be read, or whose name no part takes (it would be
// silently ignored otherwise); the message names the file.
Result<analysis::RuleFiles> read_rule_files(const std::vector<std::string>& paths);

}  // namespace rapport::cli
