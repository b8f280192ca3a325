#include "cli/progress_bar.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "rapport/report/terminal.hpp"

namespace rapport::cli {

void ProgressBar::on_start(std::uint64_t total_files, std::uint64_t total_bytes) {
  total_files_ = total_files;
  total_bytes_ = total_bytes;
  started_ = std::chrono::steady_clock::now();
}

void ProgressBar::on_file(const importer::InputFile& file, std::uint64_t index) {
  file_index_ = index;
  file_name_ = file.path.filename().string();
  draw(false);
}

void ProgressBar::on_advance(std::uint64_t bytes_done, std::uint64_t records_read) {
  bytes_done_ = bytes_done;
  records_ = records_read;
  draw(false);
}

void ProgressBar::on_finish() {
  if (drawn_) {
    draw(true);
    std::fputs("\n", out_);
    std::fflush(out_);
  }
}

void ProgressBar::draw(bool force) {
  const auto now = std::chrono::steady_clock::now();
  // Small imports finish before a bar would help; start drawing after half a second.
  if (!force && (now - started_ < std::chrono::milliseconds(500) ||
                 now - last_draw_ < std::chrono::milliseconds(100)))
    return;
  last_draw_ = now;
  drawn_ = true;

  const double seconds = std::chrono::duration<double>(now - started_).count();
  const double megabytes = static_cast<double>(bytes_done_) / 1e6;
  const double rate = seconds > 0 ? megabytes / seconds : 0.0;
  const double fraction =
      total_bytes_ > 0 ? std::min(1.0, static_cast<double>(bytes_done_) / static_cast<double>(total_bytes_)) : 0.0;

  const auto stats =
      unit_ == Unit::bytes
          ? fmt::format(" {:3.0f}%  file {}/{}  {} records  {:.1f} MB/s  ", fraction * 100,
                        std::min(file_index_ + 1, total_files_), total_files_, records_, rate)
          : fmt::format(" {:3.0f}%  {} of {} records  {:.0f}/s  ", fraction * 100, bytes_done_, total_bytes_,
                        seconds > 0 ? static_cast<double>(bytes_done_) / seconds : 0.0);
  const std::size_t bar_width = width_ > 60 ? 24 : 10;
  const auto filled = static_cast<std::size_t>(fraction * static_cast<double>(bar_width));
  std::string bar = "[" + std::string(filled, '#') + std::string(bar_width - filled, '.') + "]";
  std::string line = bar + stats;
  const auto used = report::display_width(line);
  if (used + 8 < width_) line += report::truncate_to_width(file_name_, width_ - used - 1);
  // \r returns to the start; \x1b[K clears what a longer previous line left behind.
  std::fputs(("\r" + line + "\x1b[K").c_str(), out_);
  std::fflush(out_);
}

}  // namespace rapport::cli
