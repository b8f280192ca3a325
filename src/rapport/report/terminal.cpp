#include "rapport/report/terminal.hpp"

#include <algorithm>
#include <numeric>

#include <utf8proc.h>

namespace rapport::report {

ColorMode choose_color(bool stream_is_terminal, const char* no_color_env) {
  if (no_color_env != nullptr && no_color_env[0] != '\0') return ColorMode::off;
  return stream_is_terminal ? ColorMode::on : ColorMode::off;
}

std::string paint(std::string_view text, Tint tint, ColorMode mode) {
  if (mode == ColorMode::off || tint == Tint::none) return std::string(text);
  std::string_view code;
  switch (tint) {
    case Tint::dim: code = "2"; break;
    case Tint::bold: code = "1"; break;
    case Tint::red: code = "31"; break;
    case Tint::green: code = "32"; break;
    case Tint::yellow: code = "33"; break;
    case Tint::cyan: code = "36"; break;
    case Tint::none: break;
  }
  std::string out = "\x1b[";
  out += code;
  out += 'm';
  out += text;
  out += "\x1b[0m";
  return out;
}

namespace {

// Decodes one code point at `pos`; invalid bytes count as one column each.
std::pair<utf8proc_int32_t, std::size_t> next_code_point(std::string_view text, std::size_t pos) {
  utf8proc_int32_t cp = 0;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos);
  const auto len = utf8proc_iterate(bytes, static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
  if (len <= 0) return {0xFFFD, 1};
  return {cp, static_cast<std::size_t>(len)};
}

std::size_t width_of(utf8proc_int32_t cp) {
  const int w = utf8proc_charwidth(cp);
  return w > 0 ? static_cast<std::size_t>(w) : 0;
}

std::string pad(std::string_view text, std::size_t width, Align align) {
  const auto shown = display_width(text);
  const std::string fill(width > shown ? width - shown : 0, ' ');
  return align == Align::left ? std::string(text) + fill : fill + std::string(text);
}

}  // namespace

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto [cp, len] = next_code_point(text, pos);
    width += width_of(cp);
    pos += len;
  }
  return width;
}

std::string truncate_to_width(std::string_view text, std::size_t width) {
  if (display_width(text) <= width) return std::string(text);
  if (width == 0) return {};
  std::string out;
  std::size_t used = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto [cp, len] = next_code_point(text, pos);
    const auto w = width_of(cp);
    if (used + w + 1 > width) break;  // keep one column for the ellipsis
    out.append(text.substr(pos, len));
    used += w;
    pos += len;
  }
  return out + "…";
}

std::string render_table(const std::vector<Column>& columns,
                         const std::vector<std::vector<std::string>>& rows,
                         std::size_t max_width, ColorMode mode) {
  std::vector<std::size_t> widths(columns.size());
  for (std::size_t c = 0; c < columns.size(); ++c) {
    widths[c] = display_width(columns[c].header);
    for (const auto& row : rows) widths[c] = std::max(widths[c], display_width(row[c]));
  }
  const auto gaps = columns.empty() ? 0 : (columns.size() - 1) * 2;
  auto total = std::accumulate(widths.begin(), widths.end(), gaps);
  // Shrink the widest shrinkable column first, a column at a time, never below 8.
  while (total > max_width) {
    std::size_t widest = columns.size();
    for (std::size_t c = 0; c < columns.size(); ++c)
      if (columns[c].shrinkable && widths[c] > 8 && (widest == columns.size() || widths[c] > widths[widest]))
        widest = c;
    if (widest == columns.size()) break;
    --widths[widest];
    --total;
  }

  std::string out;
  auto emit_row = [&](const std::vector<std::string>& cells, bool header) {
    std::string line;
    for (std::size_t c = 0; c < columns.size(); ++c) {
      auto cell = pad(truncate_to_width(cells[c], widths[c]), widths[c], columns[c].align);
      if (c + 1 == columns.size() && columns[c].align == Align::left) {
        while (!cell.empty() && cell.back() == ' ') cell.pop_back();
      }
      line += paint(cell, header ? Tint::bold : columns[c].tint, mode);
      if (c + 1 < columns.size()) line += "  ";
    }
    out += line;
    out += '\n';
  };
  std::vector<std::string> headers;
  for (const auto& column : columns) headers.push_back(column.header);
  emit_row(headers, true);
  for (const auto& row : rows) emit_row(row, false);
  return out;
}

}  // namespace rapport::report
