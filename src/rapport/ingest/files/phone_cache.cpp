#include "rapport/ingest/files/phone_cache.hpp"

#include "rapport/ingest/common/phone.hpp"

namespace rapport::ingest::detail {

const std::string& PhoneCache::normalise(std::string_view raw) {
  std::string key{raw};
  if (auto found = answers_.find(key); found != answers_.end()) return found->second;
  if (answers_.size() >= k_max_entries) answers_.clear();
  std::string value = normalise_phone(raw, region_);
  return answers_.emplace(std::move(key), std::move(value)).first->second;
}

}  // namespace rapport::ingest::detail
