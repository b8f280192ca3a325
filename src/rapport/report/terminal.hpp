#pragma once
// Plain-text rendering for a terminal: tables that fit the width, colour only when
// the output is a terminal and NO_COLOR is unset.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::report {

enum class ColorMode : unsigned char { off, on };

// Colour for `stream_is_terminal` output, honouring NO_COLOR (https://no-color.org).
// The environment value is passed in so the decision is testable.
ColorMode choose_color(bool stream_is_terminal, const char* no_color_env);

enum class Tint : unsigned char { none, dim, bold, red, green, yellow, cyan };

// `text` wrapped in the escape codes of `tint` when colour is on.
std::string paint(std::string_view text, Tint tint, ColorMode mode);

// Columns shown on screen by UTF-8 text (wide East Asian characters count two).
std::size_t display_width(std::string_view text);

// Cuts `text` to at most `width` columns, ending in "…" when cut.
std::string truncate_to_width(std::string_view text, std::size_t width);

enum class Align : unsigned char { left, right };

struct Column {
  std::string header;
  Align align = Align::left;
  // Columns that may shrink (with "…") when the table is wider than the terminal.
  bool shrinkable = false;
  Tint tint = Tint::none;
};

// Renders rows under headers with one space-padded gap, fitting `max_width` by
// shrinking the shrinkable columns. Rows must have one cell per column.
std::string render_table(const std::vector<Column>& columns,
                         const std::vector<std::vector<std::string>>& rows,
                         std::size_t max_width, ColorMode mode);

}  // namespace rapport::report
