// RAII wrappers over SQLite's C API: one connection (Database), one prepared statement (Statement),
// one write transaction (Transaction). Failures throw DatabaseError so that a Transaction on the
// stack rolls back whatever half-done work preceded the failure.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace Baoku::Core {

class DatabaseError final : public std::runtime_error {
public:
    // `code` is SQLite's primary result code when SQLite reported the failure, else 0.
    explicit DatabaseError(const QString &message, int code = 0);
    QString message() const { return m_message; }
    int code() const { return m_code; }
    // The archive could not be read or written as asked (busy, read-only, unopenable) although
    // nothing says it is damaged.
    bool isAccessProblem() const;
    bool isCorruption() const;

private:
    QString m_message;
    int m_code = 0;
};

// How Database::open treats the file.
enum class OpenMode {
    Create,   // read-write, creating the file when missing
    Existing, // read-write when possible, else read-only (read-only media, no write permission)
    ReadOnly, // never writes: SQLite's mode=ro, or immutable=1 where not even -shm can be made
};

class Database final {
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;

    // Another connection's write lock is waited for this long before SQLITE_BUSY.
    static constexpr int kBusyTimeoutMs = 10'000;

    // Opens the file with WAL (unless read-only), foreign keys and a busy timeout. Returns false
    // with a message naming the file on failure. SQL functions and tokenizers are the opener's
    // business (Archive::open registers Baoku's FTS5 tokenizer), so this layer knows no search.
    bool open(const QString &path, QString *error = nullptr, OpenMode mode = OpenMode::Create);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    // True when the connection cannot write (opened read-only, or the file or its folder is).
    bool isReadOnly() const;
    // For tests: how long to wait for another connection's lock.
    void setBusyTimeout(int milliseconds);
    // While set, a statement fails with SQLITE_INTERRUPT soon after `isCancelled` returns true
    // (polled every few thousand SQLite steps); an empty function removes it.
    void setCancelCheck(std::function<bool()> isCancelled);
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
    // On the heap, so that SQLite's progress handler keeps its address when the Database moves.
    std::unique_ptr<std::function<bool()>> m_cancelCheck;
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
    // UTF-8 text as it is (a null view binds NULL), e.g. another statement's textView: no
    // conversion through QString. The bytes are copied.
    Statement &bindText(int index, QByteArrayView utf8);
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
    // The column's UTF-8 text without a copy, valid until the next step() or reset().
    QByteArrayView textView(int column) const;
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
    bool m_nested = false; // a savepoint inside an open transaction
};

} // namespace Baoku::Core
