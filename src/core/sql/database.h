// RAII wrappers over SQLite's C API: one connection (Database), one prepared statement (Statement),
// one write transaction (Transaction). Failures throw DatabaseError so that a Transaction on the
// stack rolls back whatever half-done work preceded the failure.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace Baoku::Core {

class DatabaseError final : public std::runtime_error {
public:
    explicit DatabaseError(const QString &message);
    QString message() const { return m_message; }

private:
    QString m_message;
};

class Database final {
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;

    // Opens (creating if needed) the file with WAL, foreign keys and a busy timeout. Returns false
    // with a message naming the file on failure. SQL functions and tokenizers are the opener's
    // business (Archive::open registers Baoku's FTS5 tokenizer), so this layer knows no search.
    bool open(const QString &path, QString *error = nullptr);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }

    // Runs one or more statements without parameters (DDL, pragmas); throws on failure.
    void exec(const char *sql);
    void exec(const QString &sql);
    qint64 lastInsertId() const;
    int changes() const;
    int userVersion();
    void setUserVersion(int version);
    QString lastErrorMessage() const;

private:
    friend class Statement;
    // Prepared statements are kept for reuse: an import runs the same few statements per article.
    sqlite3_stmt *takeCached(const QByteArray &sql);
    void giveBack(const QByteArray &sql, sqlite3_stmt *stmt);

    sqlite3 *m_db = nullptr;
    QString m_path;
    QHash<QByteArray, sqlite3_stmt *> m_cache;
};

class Statement final {
public:
    Statement(Database &db, const char *sql);
    Statement(Database &db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Parameters are 1-based, as in SQLite; names include their prefix, e.g. ":date".
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // a null QString binds NULL
    Statement &bind(int index, const QByteArray &value);
    Statement &bind(int index, std::optional<int> value);
    Statement &bindNull(int index);
    template <typename T>
    Statement &bind(const char *name, T &&value) { return bind(parameterIndex(name), std::forward<T>(value)); }
    int parameterIndex(const char *name) const;

    // True while a row is available; false when done. Throws on errors.
    bool step();
    // Steps to completion, for statements that return no rows.
    void run();
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    std::optional<int> optionalInt(int column) const;

private:
    void check(int rc, const char *what) const;

    Database &m_db;
    QByteArray m_sql;
    sqlite3_stmt *m_stmt = nullptr;
};

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() succeeded.
class Transaction final {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace Baoku::Core
