#include "rapport/ingest/files/contact_fields.hpp"
#include "rapport/util/ascii.hpp"

#include <algorithm>

#include "rapport/ingest/files/text_util.hpp"

namespace rapport::ingest::detail {

std::string normalise_email(std::string_view raw) {
  std::string_view s = trim_ascii_spaces(raw);
  if (const auto lt = s.find('<'); lt != std::string_view::npos) {
    const auto gt = s.find('>', lt);
    if (gt != std::string_view::npos) s = trim_ascii_spaces(s.substr(lt + 1, gt - lt - 1));
  }
  if (istarts_with(s, "mailto:")) s.remove_prefix(7);
  if (const auto q = s.find('?'); q != std::string_view::npos) s = s.substr(0, q);
  s = trim_ascii_spaces(s);
  const auto at = s.rfind('@');
  if (at == std::string_view::npos || at == 0 || at + 1 >= s.size()) return {};
  for (char c : s)
    if (is_ascii_space(c) || c == ',' || c == ';' || c == '<' || c == '>' || c == '"') return {};
  return to_lower_ascii(s);
}

std::vector<std::string_view> split_values(std::string_view cell, SplitCommas commas) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  auto push = [&](std::size_t end) {
    const std::string_view v = trim_ascii_spaces(cell.substr(start, end - start));
    if (!v.empty()) out.push_back(v);
  };
  for (std::size_t i = 0; i < cell.size(); ++i) {
    if (cell.compare(i, 3, ":::") == 0) {
      push(i);
      i += 2;
      start = i + 1;
    } else if (cell[i] == ';' || (commas == SplitCommas::yes && cell[i] == ',')) {
      push(i);
      start = i + 1;
    }
  }
  push(cell.size());
  return out;
}

void add_unique(std::vector<std::string>& values, std::string value) {
  if (value.empty() || std::find(values.begin(), values.end(), value) != values.end()) return;
  values.push_back(std::move(value));
}

std::string join_name(std::string_view given, std::string_view middle, std::string_view family) {
  std::string out;
  for (std::string_view part : {given, middle, family}) {
    const std::string p = collapse_spaces(part);
    if (p.empty()) continue;
    if (!out.empty()) out.push_back(' ');
    out += p;
  }
  return out;
}

}  // namespace rapport::ingest::detail
