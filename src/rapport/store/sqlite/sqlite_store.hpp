#pragma once
// The SQLite engine: a file, opened (created if missing, with its parent
// directories), migrated to the current schema, behind SqlStore.

#include <memory>
#include <string>

#include "rapport/store/sqlite/database.hpp"
#include "rapport/store/store.hpp"

namespace rapport::store::sqlite {

// Errors: the directory cannot be created; the file cannot be opened, is locked, is
// not a rapport database, or has a newer schema (see database.hpp for the messages).
Result<std::unique_ptr<Store>> open_sqlite_store(const std::string& path, const OpenOptions& options = {});

}  // namespace rapport::store::sqlite
