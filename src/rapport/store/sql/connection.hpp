#pragma once
// The seam between the store's logic and a database engine. SqlStore (sql_store.hpp)
// is written once against these interfaces; an engine (store/sqlite/, later
// store/postgres/) implements them and supplies its schema. The SQL that SqlStore
// sends is the portable subset both engines run: "?" placeholders (an engine that
// numbers them, like libpq's $1, rewrites them), INSERT … ON CONFLICT DO NOTHING,
// RETURNING, CASE, EXISTS, COALESCE, no engine-specific functions.
//
// Thread safety: a Connection and its statements are used by one thread at a time.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "rapport/util/result.hpp"

namespace rapport::store::sql {

// A prepared statement. Owned by its Connection, which caches it; valid until the
// connection is destroyed. Use it through Query, which resets it when done.
class Statement {
 public:
  virtual ~Statement() = default;

  // Parameters are numbered from 1. A failed bind (a bug: index out of range) is
  // kept and returned by the next step().
  virtual void bind_null(int index) = 0;
  virtual void bind_int(int index, std::int64_t value) = 0;
  virtual void bind_double(int index, double value) = 0;
  virtual void bind_text(int index, std::string_view value) = 0;  // copied

  // Runs to the next row: true when a row is available, false when finished.
  virtual Result<bool> step() = 0;

  // Columns of the current row, numbered from 0.
  virtual bool is_null(int column) const = 0;
  virtual std::int64_t get_int(int column) const = 0;
  virtual double get_double(int column) const = 0;
  // Valid until the next step() or reset().
  virtual std::string_view get_text(int column) const = 0;

  // Ready to run again: the bindings are cleared, locks held by a half-read result
  // released. Never fails.
  virtual void reset() noexcept = 0;
};

enum class TransactionMode : std::uint8_t {
  read,   // a consistent snapshot for several queries
  write,  // takes the write lock at once, so a writer never deadlocks upgrading
};

class Connection {
 public:
  virtual ~Connection() = default;

  // The statement for `sql`, prepared once and cached by its text: a batch of
  // thousands of records prepares each statement once. The statement is reset.
  virtual Result<Statement*> prepare(std::string_view sql) = 0;
  // Runs several statements without parameters (schema scripts).
  virtual Result<void> execute_script(std::string_view sql) = 0;

  virtual Result<void> begin(TransactionMode mode) = 0;
  virtual Result<void> commit() = 0;
  virtual void rollback() noexcept = 0;

  // How error messages name the database: its path, or the URI without password.
  virtual const std::string& name() const = 0;

  // Another connection to the same database, for reading on another thread while
  // this one is busy; null when the engine cannot give one (a private in-memory
  // database).
  virtual Result<std::unique_ptr<Connection>> open_another() const = 0;
};

// One use of a cached statement: binds, steps, reads; resets the statement when it
// goes out of scope so that the next user finds it clean and no read lock lingers.
class Query {
 public:
  explicit Query(Statement* statement) : statement_(statement) {}
  Query(Query&& other) noexcept : statement_(std::exchange(other.statement_, nullptr)) {}
  Query& operator=(Query&&) = delete;
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;
  ~Query() {
    if (statement_ != nullptr) statement_->reset();
  }

  template <typename... Args>
  Query& bind(const Args&... args) {
    int index = 0;
    (bind_one(++index, args), ...);
    return *this;
  }

  Result<bool> next() { return statement_->step(); }
  // Steps to the end, for statements that return no rows.
  Result<void> run() {
    for (;;) {
      auto more = statement_->step();
      if (!more) return more.take_error();
      if (!*more) return {};
    }
  }

  bool is_null(int column) const { return statement_->is_null(column); }
  std::int64_t integer(int column) const { return statement_->get_int(column); }
  double real(int column) const { return statement_->get_double(column); }
  std::string_view text_view(int column) const { return statement_->get_text(column); }
  std::string text(int column) const { return std::string(statement_->get_text(column)); }
  std::optional<std::int64_t> optional_integer(int column) const {
    if (is_null(column)) return std::nullopt;
    return integer(column);
  }
  std::optional<double> optional_real(int column) const {
    if (is_null(column)) return std::nullopt;
    return real(column);
  }

 private:
  void bind_one(int i, std::nullptr_t) { statement_->bind_null(i); }
  void bind_one(int i, std::string_view v) { statement_->bind_text(i, v); }
  void bind_one(int i, const std::string& v) { statement_->bind_text(i, v); }
  void bind_one(int i, const char* v) { statement_->bind_text(i, v); }
  void bind_one(int i, double v) { statement_->bind_double(i, v); }
  void bind_one(int i, bool v) { statement_->bind_int(i, v ? 1 : 0); }
  template <typename T>
    requires std::is_integral_v<T>
  void bind_one(int i, T v) {
    statement_->bind_int(i, static_cast<std::int64_t>(v));
  }
  template <typename T>
  void bind_one(int i, const std::optional<T>& v) {
    if (v) bind_one(i, *v); else statement_->bind_null(i);
  }

  Statement* statement_;
};

// Prepares (from the cache) and binds.
template <typename... Args>
Result<Query> query(Connection& db, std::string_view sql, const Args&... args) {
  auto statement = db.prepare(sql);
  if (!statement) return statement.take_error();
  Query q(*statement);
  q.bind(args...);
  return q;
}

// Runs a statement that returns no rows.
template <typename... Args>
Result<void> exec(Connection& db, std::string_view sql, const Args&... args) {
  auto q = query(db, sql, args...);
  if (!q) return q.take_error();
  return q->run();
}

// The first column of the first row, if there is a row and it is not NULL.
template <typename... Args>
Result<std::optional<std::int64_t>> query_int(Connection& db, std::string_view sql, const Args&... args) {
  auto q = query(db, sql, args...);
  if (!q) return q.take_error();
  auto row = q->next();
  if (!row) return row.take_error();
  if (!*row || q->is_null(0)) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>{q->integer(0)};
}

// A transaction that rolls back unless committed.
class Transaction {
 public:
  static Result<Transaction> begin(Connection& db, TransactionMode mode) {
    auto started = db.begin(mode);
    if (!started) return started.take_error();
    return Transaction(db);
  }
  Transaction(Transaction&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}
  Transaction& operator=(Transaction&&) = delete;
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction() {
    if (db_ != nullptr) db_->rollback();
  }

  Result<void> commit() {
    auto done = db_->commit();
    if (done) db_ = nullptr;  // on failure the destructor rolls back
    return done;
  }

 private:
  explicit Transaction(Connection& db) : db_(&db) {}
  Connection* db_;
};

}  // namespace rapport::store::sql
