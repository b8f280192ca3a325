#pragma once
#include <string>
#include <string_view>

namespace rapport::report {

// Re-flows `text` to `width` columns with every line indented by `indent`; blank
// lines are kept as paragraph breaks.
std::string indent_wrapped(std::string_view text, std::size_t indent, std::size_t width);

// The number of non-blank lines of `text`.
std::size_t count_lines(std::string_view text);

// First `max_chars` characters of `text` on one line, ending in "…" when cut.
std::string excerpt(std::string_view text, std::size_t max_columns);

}  // namespace rapport::report
