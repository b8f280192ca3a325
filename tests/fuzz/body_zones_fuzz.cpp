// Fuzz target for body zoning: any bytes, no crash, and the structural promises of
// body_zones.hpp hold (one zone per line, lines point into the input, the parts
// are made of input lines).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "rapport/text/body_zones.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  const auto lines = rapport::text::zone_lines(body);
  std::size_t newlines = 0;
  for (char c : body) newlines += c == '\n' ? 1U : 0U;
  if (lines.size() != newlines + 1) std::abort();
  for (const auto& l : lines) {
    if (l.line.data() < body.data() || l.line.data() + l.line.size() > body.data() + body.size()) std::abort();
  }
  const auto parts = rapport::text::split_body(body);
  if (parts.new_text.size() + parts.quoted.size() + parts.signature.size() + parts.footer.size() > size) std::abort();
  return 0;
}
