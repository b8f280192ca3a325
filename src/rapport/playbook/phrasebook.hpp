#pragma once
// What rapport suggests saying (openings, voicemails, first responses to objections),
// read from data/playbook/wording*.rules: "key: text" lines with {placeholders}. The
// texts are an organisation's to change; the code only picks the key.

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rapport/analysis/rule_files.hpp"
#include "rapport/util/result.hpp"

namespace rapport::playbook {

class Phrasebook {
 public:
  // The built-in wording, then `extra` files whose names start with "wording" (a later
  // line replaces an earlier one with the same key). Errors name the file and line: a
  // line without "key: text", an unknown placeholder, or a key the program needs that
  // no file gives.
  static Result<Phrasebook> create(const analysis::RuleFiles& extra = {});

  using Values = std::vector<std::pair<std::string_view, std::string>>;
  // The text of `key` (else of `fallback`) with its placeholders filled from `values`.
  std::string say(std::string_view key, const Values& values, std::string_view fallback = {}) const;

 private:
  std::map<std::string, std::string, std::less<>> texts_;
};

}  // namespace rapport::playbook
