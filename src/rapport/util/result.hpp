#pragma once
// Result<T>: the subset of std::expected that rapport needs (libstdc++ 12 has none).
// Expected failures — bad input, a locked database, a missing file — are values of
// type Error; exceptions are reserved for bugs and the top level.

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace rapport {

struct Error {
  std::string message;
  // A hint for the user about what to do next ("is `rapport serve` running?"); may be empty.
  std::string hint;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit by design
  Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}  // NOLINT

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { assert(ok()); return std::get<0>(state_); }
  const T& value() const& { assert(ok()); return std::get<0>(state_); }
  T&& value() && { assert(ok()); return std::get<0>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const { assert(!ok()); return std::get<1>(state_); }
  Error&& take_error() { assert(!ok()); return std::get<1>(std::move(state_)); }

 private:
  std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), failed_(true) {}  // NOLINT: implicit by design

  bool ok() const { return !failed_; }
  explicit operator bool() const { return ok(); }
  const Error& error() const { assert(failed_); return error_; }
  Error&& take_error() { assert(failed_); return std::move(error_); }

 private:
  Error error_;
  bool failed_ = false;
};

inline Error make_error(std::string message, std::string hint = {}) {
  return Error{std::move(message), std::move(hint)};
}

}  // namespace rapport

// Early return of a failed Result from a function that returns a Result.
#define RAPPORT_TRY(expr)                                   \
  do {                                                      \
    auto&& rapport_try_result_ = (expr);                    \
    if (!rapport_try_result_.ok()) return rapport_try_result_.take_error(); \
  } while (false)
