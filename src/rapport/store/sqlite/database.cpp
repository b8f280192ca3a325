#include "rapport/store/sqlite/database.hpp"

#include <sqlite3.h>

#include <climits>

namespace rapport::store::sqlite {

Error translate_error(int code, sqlite3* db, const std::string& path) {
  const std::string detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return make_error("database " + path + " is locked", "is another rapport (import or serve) running?");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return make_error(path + " is not a rapport database or is damaged",
                        "check the --db path; restore the file from a backup if it was a rapport database");
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return make_error("cannot open database " + path + ": " + detail,
                        "check that the directory exists and that you may read and write it");
    case SQLITE_READONLY:
      return make_error("database " + path + " is read-only: " + detail,
                        "check the permissions of the file and of its directory (the WAL files live there)");
    case SQLITE_FULL:
      return make_error("no space left for database " + path, "free some disk space and run the import again");
    case SQLITE_IOERR:
      return make_error("cannot read or write database " + path + ": " + detail);
    default:
      return make_error("database " + path + ": " + detail);
  }
}

// ---------------------------------------------------------------------------

SqliteStatement::SqliteStatement(sqlite3_stmt* statement, sqlite3* db, const std::string& path)
    : statement_(statement), db_(db), path_(path) {}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(statement_); }

void SqliteStatement::check_bind(int code) {
  if (code != SQLITE_OK && bind_error_ == 0) bind_error_ = code;
}

void SqliteStatement::bind_null(int index) { check_bind(sqlite3_bind_null(statement_, index)); }

void SqliteStatement::bind_int(int index, std::int64_t value) {
  check_bind(sqlite3_bind_int64(statement_, index, value));
}

void SqliteStatement::bind_double(int index, double value) {
  check_bind(sqlite3_bind_double(statement_, index, value));
}

void SqliteStatement::bind_text(int index, std::string_view value) {
  // SQLITE_TRANSIENT: SQLite copies, so a temporary string may be bound safely.
  // An empty view may have a null data(), which SQLite would bind as NULL, not ''.
  const char* data = value.data() != nullptr ? value.data() : "";
  check_bind(sqlite3_bind_text64(statement_, index, data, value.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
}

Result<bool> SqliteStatement::step() {
  if (bind_error_ != 0) {
    const int code = bind_error_;
    bind_error_ = 0;
    return translate_error(code, db_, path_);
  }
  const int rc = sqlite3_step(statement_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return translate_error(rc, db_, path_);
}

bool SqliteStatement::is_null(int column) const { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }

std::int64_t SqliteStatement::get_int(int column) const { return sqlite3_column_int64(statement_, column); }

double SqliteStatement::get_double(int column) const { return sqlite3_column_double(statement_, column); }

std::string_view SqliteStatement::get_text(int column) const {
  const auto* text = sqlite3_column_text(statement_, column);
  if (text == nullptr) return {};
  const auto size = static_cast<std::size_t>(sqlite3_column_bytes(statement_, column));
  return {reinterpret_cast<const char*>(text), size};
}

void SqliteStatement::reset() noexcept {
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
  bind_error_ = 0;
}

// ---------------------------------------------------------------------------

Result<std::unique_ptr<Database>> Database::open(const std::string& path, const OpenOptions& options) {
  sqlite3* handle = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &handle,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    auto error = translate_error(rc, handle, path);
    sqlite3_close(handle);  // sqlite3_open_v2 allocates a handle even when it fails
    return error;
  }
  std::unique_ptr<Database> db(new Database(handle, path, options));
  sqlite3_extended_result_codes(handle, 1);
  const auto timeout_ms = options.busy_timeout.count();
  sqlite3_busy_timeout(handle, timeout_ms > INT_MAX ? INT_MAX : static_cast<int>(timeout_ms));
  // journal_mode answers with a row; the others with none. A file that is not a
  // database fails here, with SQLITE_NOTADB.
  // A 64 MiB page cache (the default is 2 MiB): imports insert into indexes keyed by
  // random-looking ids, and rethreading scans every message. Checkpoints every 64 MiB
  // of WAL instead of 4 MiB: a large import rewrites hot index pages far less often.
  // Reads through a memory map of up to 1 GiB: ranking a million-message store reads
  // some 100,000 narrow rows, and mapped pages spare a copy per page read (about a
  // tenth of `today`'s time).
  RAPPORT_TRY(db->execute_script(
      "PRAGMA journal_mode = WAL;"
      "PRAGMA synchronous = NORMAL;"
      "PRAGMA foreign_keys = ON;"
      "PRAGMA cache_size = -65536;"
      "PRAGMA wal_autocheckpoint = 16384;"
      "PRAGMA mmap_size = 1073741824;"));
  return db;
}

Result<std::unique_ptr<sql::Connection>> Database::open_another() const {
  // Every connection to ":memory:" (or an empty name) opens a database of its own.
  if (path_.empty() || path_ == ":memory:" || path_.find("mode=memory") != std::string::npos)
    return std::unique_ptr<sql::Connection>();
  auto other = open(path_, options_);
  if (!other) return other.take_error();
  return std::unique_ptr<sql::Connection>(std::move(*other));
}

Database::~Database() {
  statements_.clear();  // finalise before closing
  sqlite3_close(db_);
}

Error Database::error(int code) const { return translate_error(code, db_, path_); }

Result<sql::Statement*> Database::prepare(std::string_view sql) {
  if (auto it = statements_.find(sql); it != statements_.end()) {
    it->second->reset();
    return it->second.get();
  }
  sqlite3_stmt* statement = nullptr;
  const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                    &statement, nullptr);
  if (rc != SQLITE_OK) {
    auto error = translate_error(rc, db_, path_);
    sqlite3_finalize(statement);
    return error;
  }
  auto owned = std::make_unique<SqliteStatement>(statement, db_, path_);
  auto* raw = owned.get();
  statements_.emplace(std::string(sql), std::move(owned));
  return raw;
}

Result<void> Database::execute_script(std::string_view sql) {
  // sqlite3_exec wants a C string; scripts are small.
  const std::string text(sql);
  char* message = nullptr;
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
  sqlite3_free(message);  // the handle keeps the message for translate_error
  if (rc != SQLITE_OK) return translate_error(rc, db_, path_);
  return {};
}

Result<void> Database::begin(sql::TransactionMode mode) {
  return execute_script(mode == sql::TransactionMode::write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
}

Result<void> Database::commit() { return execute_script("COMMIT"); }

void Database::rollback() noexcept {
  // Fails harmlessly when SQLite already rolled back (after SQLITE_FULL, say).
  if (sqlite3_get_autocommit(db_) == 0) (void)execute_script("ROLLBACK");
}

}  // namespace rapport::store::sqlite
