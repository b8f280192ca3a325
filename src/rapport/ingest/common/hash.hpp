#pragma once
// SHA-256 for content hashes: the identity of a message or transcript that carries
// no id of its own, so that importing a file twice stores it once.
//
// Hand-written (FIPS 180-4) because no hashing library is among the dependencies of
// the ingest readers: GLib's GChecksum is linked into the mail reader only, and the
// rest of ingest must not pull GLib in; OpenSSL is not a dependency at all.

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace rapport::ingest {

// Incremental SHA-256. Feed bytes with update(), then call finish() once; the object
// is spent afterwards (reset() makes it reusable). Not thread-safe; cheap to copy.
class Sha256 {
 public:
  Sha256() { reset(); }
  void reset();
  void update(std::string_view bytes);
  std::array<std::uint8_t, 32> finish();

 private:
  void compress(const std::uint8_t* block);

  std::array<std::uint32_t, 8> state_{};
  std::array<std::uint8_t, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t total_bytes_ = 0;
};

// A digest as 64 lower-case hex characters.
std::string to_hex(const std::array<std::uint8_t, 32>& digest);

// Lower-case hex SHA-256 of `bytes` (64 characters).
std::string sha256_hex(std::string_view bytes);

// The content hash of a record: lower-case hex SHA-256. The several-field form
// separates fields with U+001F (unit separator), so ("ab","c") and ("a","bc") differ.
std::string content_hash(std::string_view bytes);
std::string content_hash(std::initializer_list<std::string_view> fields);

}  // namespace rapport::ingest
