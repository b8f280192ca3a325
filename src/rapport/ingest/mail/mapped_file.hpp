#pragma once
// A whole file's bytes in memory: mapped read-only where possible, read otherwise.
// Internal to rapport/ingest/mail.

#include <filesystem>
#include <string>
#include <string_view>

#include "rapport/util/result.hpp"

namespace rapport::ingest {

class MappedFile {
 public:
  // Maps `path` (MAP_PRIVATE, PROT_READ, sequential advice). A file that cannot be
  // mapped (a pipe, /proc) is read into memory instead. An empty file is fine.
  // Errors: the file cannot be opened or read (the message names the path and errno).
  static Result<MappedFile> open(const std::filesystem::path& path);

  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  // Tells the kernel the bytes before `offset` will not be read again, so a mailbox
  // read front to back keeps only a window of itself resident, whatever its size.
  // The bytes stay readable (they are paged in again from the file if touched).
  void release_before(std::size_t offset);

  // Valid while this object lives.
  std::string_view bytes() const {
    return mapping_ != nullptr ? std::string_view(static_cast<const char*>(mapping_), size_)
                               : std::string_view(copy_);
  }

 private:
  MappedFile() = default;
  void* mapping_ = nullptr;  // owned: munmap'ed by the destructor
  std::size_t size_ = 0;
  std::size_t released_ = 0;  // bytes already given back with release_before()
  std::string copy_;  // when not mapped
};

}  // namespace rapport::ingest
