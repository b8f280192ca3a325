#pragma once
// The SQLite schema as an ordered list of migrations. The database's version is
// PRAGMA user_version (0 for a new file); opening a store applies every newer step,
// each in its own transaction, so an interrupted upgrade leaves a usable database
// at some version. PRAGMA application_id marks the file as rapport's.
//
// The tables are the ones a PostgreSQL engine creates too (see docs in schema.cpp):
// portable types (INTEGER/BIGINT, TEXT, REAL), text enums checked with CHECK, no
// SQLite-only constructs beyond INTEGER PRIMARY KEY (PostgreSQL: GENERATED … AS IDENTITY).

#include <array>
#include <span>
#include <string_view>

#include "rapport/store/sqlite/database.hpp"

namespace rapport::store::sqlite {

struct Migration {
  int version;
  std::string_view sql;
  // statements run after `sql`, in order: they fill derived tables from the data
  std::array<std::string_view, 2> fills = {};
};

std::span<const Migration> migrations();
int latest_schema_version();

// Brings the database to `target` (default: the latest). Errors: a database of a
// newer version than this program knows, a file that belongs to another
// application, or an engine error while applying a step.
Result<void> migrate(Database& db, int target = latest_schema_version());

// The database's version (PRAGMA user_version).
Result<int> schema_version(Database& db);

}  // namespace rapport::store::sqlite
