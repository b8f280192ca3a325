#pragma once
// ASCII case folding for protocol text (header names, addresses, keywords), where
// locale-aware folding would be wrong. Names and prose use text/normalise.hpp.

#include <string>
#include <string_view>

namespace rapport {

constexpr char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = ascii_lower(c);
  return out;
}

}  // namespace rapport
