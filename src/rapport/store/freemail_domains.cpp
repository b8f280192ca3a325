#include "rapport/store/freemail_domains.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace rapport::store {

namespace detail {
// The text of data/freemail_domains.txt, generated at build time (src/CMakeLists.txt).
std::string_view freemail_domains_text();
}  // namespace detail

namespace {

struct DomainList {
  std::vector<std::string> exact;     // sorted
  std::vector<std::string> prefixes;  // "hotmail." for "hotmail.*"
};

DomainList parse(std::string_view text) {
  DomainList list;
  while (!text.empty()) {
    auto end = text.find('\n');
    auto line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    if (const auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.empty()) continue;
    std::string entry(line);
    std::transform(entry.begin(), entry.end(), entry.begin(),
                   [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
    if (entry.ends_with(".*")) list.prefixes.push_back(entry.substr(0, entry.size() - 1));
    else list.exact.push_back(std::move(entry));
  }
  std::sort(list.exact.begin(), list.exact.end());
  return list;
}

}  // namespace

bool is_freemail_domain(std::string_view domain) {
  static const DomainList list = parse(detail::freemail_domains_text());
  std::string d(domain);
  std::transform(d.begin(), d.end(), d.begin(),
                 [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
  if (!d.empty() && d.back() == '.') d.pop_back();
  if (d.empty()) return false;
  if (std::binary_search(list.exact.begin(), list.exact.end(), d)) return true;
  // "name.*" stands for the name under a country or generic suffix: what follows is
  // one or two short labels ("com", "co.uk", "com.br"), not "name.example.org".
  auto is_suffix = [](std::string_view rest) {
    int labels = 0;
    while (!rest.empty()) {
      const auto dot = rest.find('.');
      const auto label = rest.substr(0, dot);
      if (label.empty() || label.size() > 3 || ++labels > 2) return false;
      rest = dot == std::string_view::npos ? std::string_view{} : rest.substr(dot + 1);
    }
    return labels > 0;
  };
  return std::any_of(list.prefixes.begin(), list.prefixes.end(), [&](const std::string& p) {
    return d.starts_with(p) && is_suffix(std::string_view(d).substr(p.size()));
  });
}

}  // namespace rapport::store
