#pragma once
// The random source of the mailbox generator: xoshiro256** seeded through
// splitmix64. Hand-written rather than <random> because the standard distributions
// are not specified bit for bit, and the same seed must give the same mailbox with
// any standard library (log_uniform still relies on libm's log and exp).

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace rapport::bench {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) {
    for (auto& word : state_) {
      seed += 0x9e3779b97f4a7c15ULL;
      std::uint64_t z = seed;
      z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
      z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
      word = z ^ (z >> 31);
    }
  }

  std::uint64_t next() {
    const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
  }

  // Uniform in [0, n); n > 0. The modulo bias is below 2^-40 for the n used here.
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  // Uniform in [lo, hi].
  std::size_t between(std::size_t lo, std::size_t hi) { return lo + below(hi - lo + 1); }
  // Uniform in [0, 1).
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  bool chance(double p) { return unit() < p; }
  // Log-uniform in [lo, hi]: many small values, a long tail of large ones.
  std::size_t log_uniform(std::size_t lo, std::size_t hi) {
    const double a = std::log(static_cast<double>(lo));
    const double b = std::log(static_cast<double>(hi));
    return static_cast<std::size_t>(std::exp(a + (b - a) * unit()));
  }
  // Index skewed towards 0 (a few items drawn often, most rarely).
  std::size_t skewed(std::size_t n) {
    const double u = unit();
    return static_cast<std::size_t>(static_cast<double>(n) * u * u * u);
  }

  template <typename T>
  const T& pick(std::span<const T> items) {
    return items[below(items.size())];
  }
  std::string_view pick(std::span<const std::string_view> items) { return items[below(items.size())]; }

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::uint64_t state_[4]{};
};

}  // namespace rapport::bench
