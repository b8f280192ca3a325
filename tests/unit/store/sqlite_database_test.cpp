#include "rapport/store/sqlite/database.hpp"

#include <fstream>
#include <optional>
#include <thread>

#include <gtest/gtest.h>

#include "rapport/store/sqlite/schema.hpp"
#include "rapport/store/sqlite/sqlite_store.hpp"
#include "store_fixtures.hpp"

namespace rapport::store::sqlite {
namespace {

using testing::ScratchDir;

TEST(SqliteDatabase, OpensInWalModeWithForeignKeys) {
  ScratchDir dir;
  auto db = Database::open(dir.file("a.db"));
  ASSERT_TRUE(db) << db.error().message;
  auto q = sql::query(**db, "PRAGMA journal_mode");
  ASSERT_TRUE(q);
  ASSERT_TRUE(*q->next());
  EXPECT_EQ(q->text(0), "wal");
  auto fk = sql::query_int(**db, "PRAGMA foreign_keys");
  ASSERT_TRUE(fk);
  EXPECT_EQ(**fk, 1);
}

TEST(SqliteDatabase, CachesPreparedStatements) {
  ScratchDir dir;
  auto db = Database::open(dir.file("a.db"));
  ASSERT_TRUE(db);
  ASSERT_TRUE((*db)->execute_script("CREATE TABLE t (x INTEGER)"));
  auto first = (*db)->prepare("INSERT INTO t (x) VALUES (?)");
  ASSERT_TRUE(first);
  for (int i = 0; i < 100; ++i) ASSERT_TRUE(sql::exec(**db, "INSERT INTO t (x) VALUES (?)", i));
  auto again = (*db)->prepare("INSERT INTO t (x) VALUES (?)");
  ASSERT_TRUE(again);
  EXPECT_EQ(*first, *again);
  auto n = sql::query_int(**db, "SELECT count(*) FROM t");
  ASSERT_TRUE(n);
  EXPECT_EQ(**n, 100);
}

// Regression: an empty std::string_view{} has a null data(), which SQLite binds as
// NULL; the import of a mailbox failed on a NOT NULL column for an empty subject.
TEST(SqliteDatabase, EmptyTextIsBoundAsEmptyNotNull) {
  ScratchDir dir;
  auto db = Database::open(dir.file("a.db"));
  ASSERT_TRUE(db);
  ASSERT_TRUE((*db)->execute_script("CREATE TABLE t (s TEXT NOT NULL)"));
  ASSERT_TRUE(sql::exec(**db, "INSERT INTO t (s) VALUES (?)", std::string_view{}));
  auto q = sql::query(**db, "SELECT s IS NULL, length(s) FROM t");
  ASSERT_TRUE(q);
  ASSERT_TRUE(*q->next());
  EXPECT_EQ(q->integer(0), 0);
  EXPECT_EQ(q->integer(1), 0);
}

TEST(SqliteDatabase, AnotherConnectionReadsTheSameFileOnAnotherThread) {
  ScratchDir dir;
  auto db = Database::open(dir.file("a.db"));
  ASSERT_TRUE(db);
  ASSERT_TRUE((*db)->execute_script("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (7), (8)"));
  auto other = (*db)->open_another();
  ASSERT_TRUE(other) << other.error().message;
  ASSERT_NE(*other, nullptr);
  EXPECT_EQ((*other)->name(), (*db)->name());
  std::optional<std::int64_t> sum;
  std::thread reader([&] {
    auto q = sql::query_int(**other, "SELECT sum(x) FROM t");
    if (q) sum = *q;
  });
  reader.join();
  EXPECT_EQ(sum, 15);
}

TEST(SqliteDatabase, AnInMemoryDatabaseHasNoOtherConnection) {
  auto db = Database::open(":memory:");
  ASSERT_TRUE(db);
  auto other = (*db)->open_another();
  ASSERT_TRUE(other);
  EXPECT_EQ(*other, nullptr);  // a second ":memory:" would be another, empty database
}

TEST(SqliteDatabase, TransactionRollsBackUnlessCommitted) {
  ScratchDir dir;
  auto db = Database::open(dir.file("a.db"));
  ASSERT_TRUE(db);
  ASSERT_TRUE((*db)->execute_script("CREATE TABLE t (x INTEGER)"));
  {
    auto tx = sql::Transaction::begin(**db, sql::TransactionMode::write);
    ASSERT_TRUE(tx);
    ASSERT_TRUE(sql::exec(**db, "INSERT INTO t (x) VALUES (1)"));
  }
  {
    auto tx = sql::Transaction::begin(**db, sql::TransactionMode::write);
    ASSERT_TRUE(tx);
    ASSERT_TRUE(sql::exec(**db, "INSERT INTO t (x) VALUES (2)"));
    ASSERT_TRUE(tx->commit());
  }
  auto sum = sql::query_int(**db, "SELECT sum(x) FROM t");
  ASSERT_TRUE(sum);
  EXPECT_EQ(**sum, 2);
}

TEST(SqliteDatabase, ReportsABadBindOnStep) {
  ScratchDir dir;
  auto db = Database::open(dir.file("a.db"));
  ASSERT_TRUE(db);
  auto q = sql::query(**db, "SELECT ?", 1, 2);  // one parameter, two values
  ASSERT_TRUE(q);
  auto row = q->next();
  ASSERT_FALSE(row);
  EXPECT_NE(row.error().message.find("a.db"), std::string::npos);
}

TEST(SqliteDatabase, LockedDatabaseSaysWhoMightHoldIt) {
  ScratchDir dir;
  const auto path = dir.file("a.db");
  auto first = Database::open(path);
  ASSERT_TRUE(first);
  ASSERT_TRUE((*first)->execute_script("CREATE TABLE t (x INTEGER)"));
  auto holder = sql::Transaction::begin(**first, sql::TransactionMode::write);
  ASSERT_TRUE(holder);
  auto second = Database::open(path, {.busy_timeout = std::chrono::milliseconds{50}});
  ASSERT_TRUE(second);
  auto tx = sql::Transaction::begin(**second, sql::TransactionMode::write);
  ASSERT_FALSE(tx);
  EXPECT_EQ(tx.error().message, "database " + path + " is locked");
  EXPECT_NE(tx.error().hint.find("another rapport"), std::string::npos);
}

TEST(SqliteStore, RejectsAFileThatIsNotADatabase) {
  ScratchDir dir;
  const auto path = dir.file("notes.txt");
  std::ofstream(path) << "Dear diary, today I met a client. This is not a database, not even close.\n";
  auto store = open_sqlite_store(path);
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().message, path + " is not a rapport database or is damaged");
}

TEST(SqliteStore, RejectsAnotherApplicationsDatabase) {
  ScratchDir dir;
  const auto path = dir.file("other.db");
  {
    auto db = Database::open(path);
    ASSERT_TRUE(db);
    ASSERT_TRUE((*db)->execute_script("CREATE TABLE recipes (name TEXT)"));
  }
  auto store = open_sqlite_store(path);
  ASSERT_FALSE(store);
  EXPECT_NE(store.error().message.find("not a rapport database"), std::string::npos);
}

TEST(SqliteStore, CreatesParentDirectories) {
  ScratchDir dir;
  const auto path = dir.file("deep/er/rapport.db");
  auto store = open_sqlite_store(path);
  ASSERT_TRUE(store) << store.error().message;
  EXPECT_TRUE(std::filesystem::exists(path));
}

TEST(SqliteStore, UnwritableDirectoryIsAnErrorWithAHint) {
  if (::geteuid() == 0) GTEST_SKIP() << "root may write anywhere";
  ScratchDir dir;
  std::filesystem::create_directories(dir.path() / "ro");
  std::filesystem::permissions(dir.path() / "ro", std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
  auto store = open_sqlite_store(dir.file("ro/sub/rapport.db"));
  ASSERT_FALSE(store);
  EXPECT_FALSE(store.error().hint.empty());
}

TEST(SqliteSchema, FreshDatabaseIsAtTheLatestVersion) {
  ScratchDir dir;
  auto db = Database::open(dir.file("a.db"));
  ASSERT_TRUE(db);
  ASSERT_TRUE(migrate(**db));
  auto v = schema_version(**db);
  ASSERT_TRUE(v);
  EXPECT_EQ(*v, latest_schema_version());
  ASSERT_TRUE(migrate(**db));  // a second run changes nothing
  EXPECT_EQ(*schema_version(**db), latest_schema_version());
}

TEST(SqliteSchema, OpeningAnOldVersionMigratesAndKeepsData) {
  ScratchDir dir;
  const auto path = dir.file("old.db");
  {
    auto db = Database::open(path);
    ASSERT_TRUE(db);
    ASSERT_TRUE(migrate(**db, 1));
    EXPECT_EQ(*schema_version(**db), 1);
    ASSERT_TRUE(sql::exec(**db, "INSERT INTO contact (name, created) VALUES ('Dana Kowalski', 0)"));
  }
  auto store = open_sqlite_store(path);
  ASSERT_TRUE(store) << store.error().message;
  auto contacts = (*store)->contacts();
  ASSERT_TRUE(contacts);
  ASSERT_EQ(contacts->size(), 1u);
  EXPECT_EQ(contacts->front().name, "Dana Kowalski");
  store->reset();
  auto db = Database::open(path);
  ASSERT_TRUE(db);
  EXPECT_EQ(*schema_version(**db), latest_schema_version());
  auto index = sql::query_int(**db, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'message_from'");
  ASSERT_TRUE(index);
  EXPECT_EQ(**index, 1);
}

TEST(SqliteSchema, RefusesANewerSchema) {
  ScratchDir dir;
  const auto path = dir.file("new.db");
  {
    auto db = Database::open(path);
    ASSERT_TRUE(db);
    ASSERT_TRUE(migrate(**db));
    ASSERT_TRUE((*db)->execute_script("PRAGMA user_version = 999"));
  }
  auto store = open_sqlite_store(path);
  ASSERT_FALSE(store);
  EXPECT_NE(store.error().message.find("newer"), std::string::npos);
}

TEST(OpenStore, PostgresIsNotBuiltYet) {
  for (const char* uri : {"postgresql://localhost/rapport", "postgres://u@h/db"}) {
    auto store = open_store(uri);
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().message, "PostgreSQL store not built yet");
  }
}

}  // namespace
}  // namespace rapport::store::sqlite
