#include "core/search/ftsindex.h"
#include "storetestutil.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace Baoku::Core;

TEST_CASE("a connection has WAL, foreign keys, a busy timeout, and the baoku tokenizer once registered", "[store][database]")
{
    QTemporaryDir dir;
    Database db;
    QString error;
    REQUIRE(db.open(dir.filePath(u"db.sqlite"_s), &error));
    Statement mode(db, "PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == u"wal"_s);
    CHECK(StoreTest::count(db, "PRAGMA foreign_keys") == 1);
    CHECK(StoreTest::count(db, "PRAGMA busy_timeout") > 0);
    // The SQL layer knows no search: whoever opens an archive registers the tokenizer, per connection.
    CHECK_THROWS_AS(db.exec("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='baoku')"), DatabaseError);
    registerTokenizer(db.handle());
    db.exec("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='baoku')");
    Statement insert(db, "INSERT INTO t(x) VALUES (?)");
    insert.bind(1, u"中华人民共和国国歌"_s).run();
    Statement match(db, "SELECT count(*) FROM t WHERE t MATCH ?");
    match.bind(1, u"\"国歌\""_s);
    REQUIRE(match.step());
    CHECK(match.int64(0) == 1);
}

TEST_CASE("statements bind and read back every kind of value", "[store][database]")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(u"db.sqlite"_s)));
    db.exec("CREATE TABLE v(i INTEGER, r REAL, t TEXT, b BLOB, o INTEGER)");
    Statement insert(db, "INSERT INTO v VALUES (:i, :r, :t, :b, :o)");
    insert.bind(":i", qint64(1) << 40).bind(":r", 2.5).bind(":t", u"金壮龙 'quoted' -- ; DROP TABLE v"_s);
    insert.bind(":b", QByteArray("\0\1\2", 3)).bind(":o", std::optional<int>());
    insert.run();
    insert.reset();
    insert.bind(1, 7).bind(2, 0.0).bind(3, QString()).bind(4, QByteArray()).bind(5, std::optional<int>(3));
    insert.run();

    Statement row(db, "SELECT i, r, t, b, o FROM v ORDER BY rowid");
    REQUIRE(row.step());
    CHECK(row.int64(0) == (qint64(1) << 40));
    CHECK(row.real(1) == 2.5);
    CHECK(row.text(2) == u"金壮龙 'quoted' -- ; DROP TABLE v"_s);
    CHECK(row.blob(3) == QByteArray("\0\1\2", 3));
    CHECK_FALSE(row.optionalInt(4).has_value());
    REQUIRE(row.step());
    CHECK(row.integer(0) == 7);
    CHECK(row.isNull(2));
    CHECK(row.text(2).isNull());
    CHECK(row.optionalInt(4) == 3);
    CHECK_FALSE(row.step());
    CHECK(StoreTest::count(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'v'") == 1);
}

TEST_CASE("errors throw with SQLite's message and a transaction rolls back", "[store][database]")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(u"db.sqlite"_s)));
    db.exec("CREATE TABLE p(id INTEGER PRIMARY KEY); CREATE TABLE c(p INTEGER NOT NULL REFERENCES p(id))");
    CHECK_THROWS_AS(Statement(db, "SELEKT 1"), DatabaseError);
    try {
        Statement(db, "INSERT INTO c VALUES (42)").run();
        FAIL("a foreign key violation must throw");
    } catch (const DatabaseError &e) {
        CHECK(e.message().contains(u"FOREIGN KEY"_s));
    }
    CHECK_THROWS_AS(Statement(db, "SELECT ?").bind(":missing", 1), DatabaseError);

    try {
        Transaction transaction(db);
        Statement(db, "INSERT INTO p VALUES (1)").run();
        Statement(db, "INSERT INTO p VALUES (1)").run(); // duplicate key
        transaction.commit();
    } catch (const DatabaseError &) {
    }
    CHECK(StoreTest::count(db, "SELECT count(*) FROM p") == 0);
    {
        Transaction transaction(db);
        Statement(db, "INSERT INTO p VALUES (2)").run();
        transaction.commit();
    }
    CHECK(StoreTest::count(db, "SELECT count(*) FROM p") == 1);
}

TEST_CASE("a file that is not a database is refused with its name", "[store][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.sqlite"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    Database db;
    QString error;
    CHECK_FALSE(db.open(path, &error));
    CHECK(error.contains(u"notes.sqlite"_s));
    CHECK_FALSE(db.isOpen());
    Archive archive;
    error.clear();
    CHECK_FALSE(archive.open(path, &error));
    CHECK(error.contains(u"notes.sqlite"_s));
}
