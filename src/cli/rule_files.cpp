#include "cli/rule_files.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string_view>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace rapport::cli {
namespace {

// The prefixes the components select their files by (see each component's create()).
constexpr std::array<std::string_view, 7> k_prefixes{"acts", "facts", "intents", "objections",
                                                     "review", "signals", "wording"};
// The learned models, taken by their exact names (text_model.hpp).
constexpr std::array<std::string_view, 4> k_models{"act_model.tsv", "fact_model.tsv", "intent_model.tsv",
                                                   "objection_model.tsv"};

}  // namespace

Result<analysis::RuleFiles> read_rule_files(const std::vector<std::string>& paths) {
  analysis::RuleFiles out;
  for (const auto& path : paths) {
    const auto name = std::filesystem::path(path).filename().string();
    const bool taken = std::any_of(k_prefixes.begin(), k_prefixes.end(),
                                   [&](std::string_view prefix) { return name.rfind(prefix, 0) == 0; }) ||
                       std::find(k_models.begin(), k_models.end(), name) != k_models.end();
    if (!taken)
      return make_error(fmt::format("{}: no part of rapport reads a rule file named like this", path),
                        fmt::format("start its name with what it extends ({}), or name a model file exactly ({})",
                                    fmt::join(k_prefixes, ", "), fmt::join(k_models, ", ")));
    std::ifstream in(path, std::ios::binary);
    if (!in) return make_error(fmt::format("{}: cannot read the rule file", path));
    out.push_back({name, std::string(std::istreambuf_iterator<char>(in), {})});
  }
  return out;
}

}  // namespace rapport::cli
