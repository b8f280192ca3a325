#include "rapport/analysis/rule_files.hpp"

namespace rapport::analysis {

RuleFiles files_with_prefix(const RuleFiles& all, std::string_view prefix) {
  RuleFiles out;
  for (const auto& file : all)
    if (std::string_view(file.name).substr(0, prefix.size()) == prefix) out.push_back(file);
  return out;
}

}  // namespace rapport::analysis
