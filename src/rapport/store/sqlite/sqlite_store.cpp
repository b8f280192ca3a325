#include "rapport/store/sqlite/sqlite_store.hpp"

#include <filesystem>
#include <system_error>

#include "rapport/store/sql/sql_store.hpp"
#include "rapport/store/sqlite/schema.hpp"

namespace rapport::store::sqlite {

Result<std::unique_ptr<Store>> open_sqlite_store(const std::string& path, const OpenOptions& options) {
  const std::filesystem::path file(path);
  if (file.has_parent_path()) {
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    if (ec) {
      return make_error("cannot create the directory of database " + path + ": " + ec.message(),
                        "check the --db path and the permissions of its directory");
    }
  }
  auto db = Database::open(path, options);
  if (!db) return db.take_error();
  RAPPORT_TRY(migrate(**db));
  return std::unique_ptr<Store>(std::make_unique<sql::SqlStore>(std::move(*db)));
}

}  // namespace rapport::store::sqlite
