#pragma once
// The rule files the analysis is compiled from: the built-in ones (data/analysis/,
// embedded in the program at build time) and any an organisation adds through
// configuration (its competitors, its products).

#include <string>
#include <string_view>
#include <vector>

namespace rapport::analysis {

struct RuleFile {
  std::string name;  // "acts.rules"; a component takes the files whose name starts with its prefix
  std::string text;
};
using RuleFiles = std::vector<RuleFile>;

// data/analysis/*.rules as shipped.
const RuleFiles& builtin_rule_files();

// The files of `all` whose name starts with `prefix` ("acts", "objections"…).
RuleFiles files_with_prefix(const RuleFiles& all, std::string_view prefix);

}  // namespace rapport::analysis
