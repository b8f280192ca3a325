#include "cli/text_layout.hpp"

#include "rapport/report/text_block.hpp"

namespace rapport::cli {

std::string labelled(std::string_view label, std::string_view text, std::size_t indent, std::size_t label_width,
                     std::size_t width, report::ColorMode color, report::Tint label_tint) {
  const auto column = indent + label_width;
  auto wrapped = report::indent_wrapped(text, column, width);
  if (wrapped.size() < column) return std::string(indent, ' ') + report::paint(label, label_tint, color) + "\n";
  std::string head(indent, ' ');
  head += report::paint(label, label_tint, color);
  const auto shown = report::display_width(label);
  if (shown < label_width) head += std::string(label_width - shown, ' ');
  return head + wrapped.substr(column);
}

}  // namespace rapport::cli
