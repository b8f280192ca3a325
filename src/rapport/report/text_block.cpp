#include "rapport/report/text_block.hpp"

#include "rapport/report/terminal.hpp"

namespace rapport::report {

std::string indent_wrapped(std::string_view text, std::size_t indent, std::size_t width) {
  const std::string pad(indent, ' ');
  const std::size_t room = width > indent + 20 ? width - indent : 20;
  std::string out;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    auto end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    auto line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
      out += '\n';
    } else {
      // Greedy word wrap; a word longer than the room (a URL) gets a line of its own.
      std::string current;
      std::size_t word_start = 0;
      while (word_start < line.size()) {
        const auto space = line.find(' ', word_start);
        const auto word = line.substr(word_start, space == std::string_view::npos ? line.size() - word_start
                                                                                   : space - word_start);
        if (!current.empty() && report::display_width(current) + 1 + report::display_width(word) > room) {
          out += pad + current + '\n';
          current.clear();
        }
        if (!word.empty()) {
          if (!current.empty()) current += ' ';
          current += word;
        }
        if (space == std::string_view::npos) break;
        word_start = space + 1;
      }
      if (!current.empty()) out += pad + current + '\n';
    }
    if (end == text.size()) break;
    pos = end + 1;
  }
  // Runs of blank lines read as one paragraph break.
  std::string compact;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i] == '\n' && i >= 2 && out[i - 1] == '\n' && out[i - 2] == '\n') continue;
    compact += out[i];
  }
  while (!compact.empty() && compact.front() == '\n') compact.erase(compact.begin());
  return compact;
}

std::size_t count_lines(std::string_view text) {
  std::size_t lines = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    auto end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    if (text.substr(pos, end - pos).find_first_not_of(" \t\r") != std::string_view::npos) ++lines;
    pos = end + 1;
  }
  return lines;
}

std::string excerpt(std::string_view text, std::size_t max_columns) {
  std::string flat;
  bool space = false;
  for (const char c : text) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !flat.empty();
      continue;
    }
    if (space) flat += ' ';
    space = false;
    flat += c;
  }
  return report::truncate_to_width(flat, max_columns);
}

}  // namespace rapport::report
