#pragma once
// normalise_phone with a memo (internal to ingest/files). libphonenumber takes some
// 20 µs a number, which dominates reading an SMS backup or a call log; those repeat the
// same few hundred numbers, so one reader keeps the answers it has already had.

#include <string>
#include <string_view>
#include <unordered_map>

namespace rapport::ingest::detail {

// One per reader (one region); not thread-safe. Holds at most k_max_entries answers,
// then starts afresh.
class PhoneCache {
 public:
  explicit PhoneCache(std::string region) : region_(std::move(region)) {}
  const std::string& normalise(std::string_view raw);

 private:
  static constexpr std::size_t k_max_entries = 50'000;
  std::string region_;
  std::unordered_map<std::string, std::string> answers_;
};

}  // namespace rapport::ingest::detail
