// Chooses the engine from the location's form; callers see only Store.
#include <string_view>

#include "rapport/store/sqlite/sqlite_store.hpp"
#include "rapport/store/store.hpp"

namespace rapport::store {

Result<std::unique_ptr<Store>> open_store(const std::string& location) {
  const std::string_view loc(location);
  if (loc.starts_with("postgresql://") || loc.starts_with("postgres://")) {
    return make_error("PostgreSQL store not built yet",
                      "use a file path for --db (the SQLite store) until the PostgreSQL engine lands");
  }
  if (location.empty()) return make_error("no database given", "pass --db PATH");
  return sqlite::open_sqlite_store(location);
}

}  // namespace rapport::store
