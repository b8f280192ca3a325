#include "rapport/playbook/phrasebook.hpp"

#include <algorithm>
#include <array>

#include "rapport/analysis/tags.hpp"
#include "rapport/playbook/signals.hpp"

namespace rapport::playbook {
namespace {

constexpr std::array<std::string_view, 3> k_placeholders{"first", "date", "fact"};

std::string_view trim(std::string_view s) {
  constexpr std::string_view space = " \t\r";
  const auto b = s.find_first_not_of(space);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(space) - b + 1);
}

// The keys the program asks for without a fallback.
std::vector<std::string> required_keys() {
  std::vector<std::string> keys{"opening.default", "voicemail.default", "opening.ask_about"};
  for (std::size_t i = 0; i < analysis::k_objection_count; ++i) {
    const auto category = std::string(analysis::to_string(static_cast<analysis::Objection>(i)));
    keys.push_back("response." + category);
    keys.push_back("clarify." + category);
  }
  return keys;
}

}  // namespace

Result<Phrasebook> Phrasebook::create(const analysis::RuleFiles& extra) {
  Phrasebook book;
  for (const auto* files : {&builtin_rule_files(), &extra}) {
    for (const auto& file : *files) {
      if (file.name.rfind("wording", 0) != 0) continue;
      std::string_view text = file.text;
      std::size_t line_number = 0;
      while (!text.empty()) {
        ++line_number;
        const auto end = std::min(text.find('\n'), text.size());
        const auto line = trim(text.substr(0, end));
        text.remove_prefix(std::min(end + 1, text.size()));
        if (line.empty() || line.front() == '#') continue;
        const auto where = file.name + ":" + std::to_string(line_number);
        const auto colon = line.find(':');
        if (colon == std::string_view::npos || trim(line.substr(0, colon)).empty())
          return make_error(where + ": expected \"key: text\"");
        const auto value = trim(line.substr(colon + 1));
        for (auto open = value.find('{'); open != std::string_view::npos; open = value.find('{', open + 1)) {
          const auto close = value.find('}', open);
          const auto name = close == std::string_view::npos ? value.substr(open) : value.substr(open + 1, close - open - 1);
          if (std::find(k_placeholders.begin(), k_placeholders.end(), name) == k_placeholders.end())
            return make_error(where + ": unknown placeholder {" + std::string(name) + "} (known: {first}, {date}, {fact})");
        }
        book.texts_[std::string(trim(line.substr(0, colon)))] = std::string(value);
      }
    }
  }
  for (const auto& key : required_keys())
    if (!book.texts_.contains(key)) return make_error("the wording has no line for \"" + key + "\"");
  return book;
}

std::string Phrasebook::say(std::string_view key, const Values& values, std::string_view fallback) const {
  auto it = texts_.find(key);
  if (it == texts_.end() && !fallback.empty()) it = texts_.find(fallback);
  if (it == texts_.end()) return {};
  // Three known placeholders, checked when the files were read: a plain replace says
  // exactly what happens, where a format library would add its own syntax to learn.
  std::string out = it->second;
  for (const auto& [name, value] : values) {
    const auto placeholder = "{" + std::string(name) + "}";
    for (auto at = out.find(placeholder); at != std::string::npos; at = out.find(placeholder, at + value.size()))
      out.replace(at, placeholder.size(), value);
  }
  return out;
}

}  // namespace rapport::playbook
