#pragma once
// A table keyed by the store's ids (contacts, conversations), which are assigned in
// sequence from 1: a vector indexed by id. Ranking a large store looks ids up a few
// hundred thousand times, and a hash map's lookups (a bucket and a node, two cache
// misses) were a fifth of its time. Ids beyond k_dense_limit (which a store in
// sequence never reaches) go to a hash map, so that no id can make the vector huge.

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace rapport::util {

template <typename T>
class IdTable {
 public:
  static constexpr std::int64_t k_dense_limit = std::int64_t{1} << 24;

  // The entry of `id`, value-initialised when new.
  T& operator[](std::int64_t id) {
    if (id < 0 || id >= k_dense_limit) return sparse_[id];
    const auto at = static_cast<std::size_t>(id);
    if (at >= dense_.size()) dense_.resize(at + 1);
    if (!dense_[at]) dense_[at].emplace();
    return *dense_[at];
  }

  // The entry of `id`, or nullptr when there is none.
  const T* find(std::int64_t id) const {
    if (id < 0 || id >= k_dense_limit) {
      const auto it = sparse_.find(id);
      return it == sparse_.end() ? nullptr : &it->second;
    }
    const auto at = static_cast<std::size_t>(id);
    return at < dense_.size() && dense_[at] ? &*dense_[at] : nullptr;
  }
  T* find(std::int64_t id) { return const_cast<T*>(std::as_const(*this).find(id)); }

  // Calls fn(id, entry) on every entry.
  template <typename Fn>
  void for_each(Fn&& fn) {
    for (std::size_t i = 0; i < dense_.size(); ++i)
      if (dense_[i]) fn(static_cast<std::int64_t>(i), *dense_[i]);
    for (auto& [id, entry] : sparse_) fn(id, entry);
  }

 private:
  std::vector<std::optional<T>> dense_;
  std::unordered_map<std::int64_t, T> sparse_;
};

}  // namespace rapport::util
