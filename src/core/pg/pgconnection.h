// One connection to a PostgreSQL server through libpq, and the rows of one statement. Every value
// travels as a bound parameter in text form; failures throw PgError, so a transaction that is not
// committed is rolled back (PgTransaction).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <stdexcept>

struct pg_conn;
struct pg_result;

namespace Baoku::Core {

class PgError final : public std::runtime_error {
public:
    explicit PgError(const QString &message);
    QString message() const { return m_message; }

private:
    QString m_message;
};

// One parameter in PostgreSQL's text form; nullopt is NULL.
using PgValue = std::optional<QByteArray>;
PgValue pgText(const QString &text);
PgValue pgInt(qint64 value);
PgValue pgOptionalInt(const std::optional<int> &value);

class PgResult final {
public:
    PgResult() = default;
    explicit PgResult(pg_result *result);
    ~PgResult();
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    int rows() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    // The value's bytes without a copy, valid while the result lives; empty for NULL.
    QByteArrayView view(int row, int column) const;
    qint64 int64(int row, int column) const;
    int integer(int row, int column) const { return int(int64(row, column)); }
    std::optional<int> optionalInt(int row, int column) const;
    double real(int row, int column) const;
    pg_result *handle() const { return m_result; }

private:
    pg_result *m_result = nullptr;
};

class PgConnection final {
public:
    PgConnection() = default;
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // Whether `location` names a PostgreSQL database (postgresql:// or postgres:// URL).
    static bool isUrl(const QString &location);
    // The URL without its password, for messages.
    static QString displayUrl(const QString &url);

    bool open(const QString &url, QString *error = nullptr);
    bool isOpen() const { return m_conn != nullptr; }
    void close();
    QString url() const { return m_url; }

    // Runs one statement with parameters $1, $2, …; throws PgError on failure.
    PgResult exec(const char *sql, const QList<PgValue> &params = {}) const;
    PgResult exec(const QString &sql, const QList<PgValue> &params = {}) const;
    // Several statements without parameters (DDL).
    void execScript(const char *sql) const;
    // COPY … FROM STDIN: `data` in COPY's text format.
    void copyIn(const char *copySql, const QByteArray &data) const;
    // Asks the server to stop the statement running on this connection (from another thread).
    void cancel() const;
    // Whether the server is a hot standby (read-only replica).
    bool inRecovery() const;

private:
    QString lastError() const;

    pg_conn *m_conn = nullptr;
    QString m_url;
};

// BEGIN … COMMIT; rolled back unless commit() was called.
class PgTransaction final {
public:
    explicit PgTransaction(const PgConnection &connection);
    ~PgTransaction();
    PgTransaction(const PgTransaction &) = delete;
    PgTransaction &operator=(const PgTransaction &) = delete;
    void commit();

private:
    const PgConnection &m_connection;
    bool m_done = false;
};

// COPY's text format: one field, escaped; an empty optional is \N.
void appendCopyField(QByteArray &line, const PgValue &value, bool last);

} // namespace Baoku::Core
