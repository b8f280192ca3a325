// Fuzz target for html_to_text and the UTF-8 helpers: any bytes, no crash, output
// bounded by the input (quote prefixes and entities expand it a little), repaired
// and normalised text always valid UTF-8.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "rapport/text/html_to_text.hpp"
#include "rapport/text/normalise.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string text = rapport::text::html_to_text(input);
  if (text.size() > 40 * size + 64) std::abort();
  if (!rapport::text::is_valid_utf8(rapport::text::repair_utf8(input))) std::abort();
  if (!rapport::text::is_valid_utf8(rapport::text::to_nfc(input))) std::abort();
  if (rapport::text::is_valid_utf8(input) && rapport::text::repair_utf8(input) != input) std::abort();
  return 0;
}
