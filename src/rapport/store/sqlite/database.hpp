#pragma once
// SQLite behind the engine-neutral interfaces of sql/connection.hpp.
//
// Ownership: Database owns its sqlite3 handle and every statement it prepared
// (SqliteStatement owns one sqlite3_stmt); statements are finalised before the
// handle is closed. sqlite3.h stays inside this folder: the types are declared here.
//
// Errors are translated here, once, into messages that name the file:
//   busy / locked        → "database <path> is locked" (hint: another rapport running?)
//   corrupt / not a db   → "<path> is not a rapport database or is damaged"
//   cannot open / perm   → "cannot open database <path>: …" (hint: permissions)
//   read-only            → "database <path> is read-only" (hint: permissions)
//   full                 → "no space left for database <path>"
//   anything else        → "database <path>: <SQLite's message>"

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "rapport/store/sql/connection.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace rapport::store::sqlite {

struct OpenOptions {
  // How long a statement waits for another connection's write lock before failing.
  std::chrono::milliseconds busy_timeout{5000};
};

class SqliteStatement final : public sql::Statement {
 public:
  SqliteStatement(sqlite3_stmt* statement, sqlite3* db, const std::string& path);
  ~SqliteStatement() override;
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  void bind_null(int index) override;
  void bind_int(int index, std::int64_t value) override;
  void bind_double(int index, double value) override;
  void bind_text(int index, std::string_view value) override;
  Result<bool> step() override;
  bool is_null(int column) const override;
  std::int64_t get_int(int column) const override;
  double get_double(int column) const override;
  std::string_view get_text(int column) const override;
  void reset() noexcept override;

 private:
  void check_bind(int code);

  sqlite3_stmt* statement_;  // owned
  sqlite3* db_;              // not owned: the Database's handle
  const std::string& path_;  // the Database's path, for messages
  int bind_error_ = 0;
};

class Database final : public sql::Connection {
 public:
  // Opens or creates the file (its directory must exist), in WAL mode with
  // synchronous=NORMAL, foreign keys on, a 64 MiB page cache and the given busy timeout.
  static Result<std::unique_ptr<Database>> open(const std::string& path, const OpenOptions& options = {});
  ~Database() override;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Result<sql::Statement*> prepare(std::string_view sql) override;
  Result<void> execute_script(std::string_view sql) override;
  Result<void> begin(sql::TransactionMode mode) override;
  Result<void> commit() override;
  void rollback() noexcept override;
  const std::string& name() const override { return path_; }
  Result<std::unique_ptr<sql::Connection>> open_another() const override;

  // Translates an SQLite result code (and the handle's message) into an Error.
  Error error(int code) const;

  // How many distinct statements have been prepared (and are cached).
  std::size_t cached_statements() const { return statements_.size(); }

 private:
  Database(sqlite3* db, std::string path, const OpenOptions& options)
      : db_(db), path_(std::move(path)), options_(options) {}

  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  sqlite3* db_;  // owned; closed after the statements are finalised
  std::string path_;
  OpenOptions options_;
  std::unordered_map<std::string, std::unique_ptr<SqliteStatement>, TextHash, std::equal_to<>> statements_;
};

// Shared by Database and SqliteStatement.
Error translate_error(int code, sqlite3* db, const std::string& path);

}  // namespace rapport::store::sqlite
