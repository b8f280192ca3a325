#pragma once
// A one-line progress bar on stderr for long work: files, records, MB/s for an import;
// records and records per second for work counted in records (bytes_done counts them).
// It draws only on a terminal and at most ten times a second.

#include <chrono>
#include <cstdio>
#include <string>

#include "rapport/importer/importer.hpp"

namespace rapport::cli {

class ProgressBar final : public importer::ProgressListener {
 public:
  enum class Unit : std::uint8_t { bytes, records };
  explicit ProgressBar(std::FILE* out, std::size_t width, Unit unit = Unit::bytes)
      : out_(out), width_(width), unit_(unit) {}

  void on_start(std::uint64_t total_files, std::uint64_t total_bytes) override;
  void on_file(const importer::InputFile& file, std::uint64_t index) override;
  void on_advance(std::uint64_t bytes_done, std::uint64_t records_read) override;
  void on_finish() override;

 private:
  void draw(bool force);

  std::FILE* out_;
  std::size_t width_;
  Unit unit_;
  std::uint64_t total_files_ = 0, total_bytes_ = 0, file_index_ = 0;
  std::uint64_t bytes_done_ = 0, records_ = 0;
  std::string file_name_;
  std::chrono::steady_clock::time_point started_{}, last_draw_{};
  bool drawn_ = false;
};

}  // namespace rapport::cli
