#include "core/pg/pgconnection.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <libpq-fe.h>

#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Baoku::Core {

namespace {

// Messages of this file, under one translation context (lupdate reads Msg::tr calls).
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Baoku::Core::PgConnection)
};

QString fromPg(const char *text)
{
    return QString::fromUtf8(text).trimmed();
}

} // namespace

PgError::PgError(const QString &message)
    : std::runtime_error(message.toStdString())
    , m_message(message)
{
}

PgValue pgText(const QString &text)
{
    return text.toUtf8();
}

PgValue pgInt(qint64 value)
{
    return QByteArray::number(value);
}

PgValue pgOptionalInt(const std::optional<int> &value)
{
    return value ? PgValue(QByteArray::number(*value)) : std::nullopt;
}

PgResult::PgResult(pg_result *result)
    : m_result(result)
{
}

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

PgResult::PgResult(PgResult &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{
}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QString PgResult::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QByteArrayView PgResult::view(int row, int column) const
{
    return QByteArrayView(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::int64(int row, int column) const
{
    return isNull(row, column) ? 0 : QByteArray(PQgetvalue(m_result, row, column)).toLongLong();
}

std::optional<int> PgResult::optionalInt(int row, int column) const
{
    if (isNull(row, column))
        return std::nullopt;
    return int(int64(row, column));
}

double PgResult::real(int row, int column) const
{
    return isNull(row, column) ? 0.0 : QByteArray(PQgetvalue(m_result, row, column)).toDouble();
}

PgConnection::~PgConnection()
{
    close();
}

bool PgConnection::isUrl(const QString &location)
{
    return location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s);
}

QString PgConnection::displayUrl(const QString &url)
{
    // A password in the URL stays out of every message; so does one given as ?password=.
    QString shown = url;
    shown.replace(QRegularExpression(u"^(postgres(?:ql)?://[^:@/]*):[^@/]*@"_s), u"\\1:***@"_s);
    shown.replace(QRegularExpression(u"([?&]password=)[^&]*"_s), u"\\1***"_s);
    return shown;
}

bool PgConnection::open(const QString &url, QString *error)
{
    close();
    const QByteArray conninfo = url.toUtf8();
    m_conn = PQconnectdb(conninfo.constData());
    if (PQstatus(m_conn) != CONNECTION_OK) {
        if (error)
            *error = Msg::tr("%1: cannot connect to PostgreSQL (%2)").arg(displayUrl(url), fromPg(PQerrorMessage(m_conn)));
        close();
        return false;
    }
    m_url = url;
    try {
        // Every text goes in and out as UTF-8; dates and numbers are written by Baoku itself.
        execScript("SET client_encoding = 'UTF8'; SET standard_conforming_strings = on; SET client_min_messages = warning;");
    } catch (const PgError &e) {
        if (error)
            *error = displayUrl(url) + u": "_s + e.message();
        close();
        return false;
    }
    return true;
}

void PgConnection::close()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
}

QString PgConnection::lastError() const
{
    return m_conn ? fromPg(PQerrorMessage(m_conn)) : Msg::tr("not connected");
}

PgResult PgConnection::exec(const QString &sql, const QList<PgValue> &params) const
{
    return exec(sql.toUtf8().constData(), params);
}

PgResult PgConnection::exec(const char *sql, const QList<PgValue> &params) const
{
    if (!m_conn)
        throw PgError(Msg::tr("not connected to PostgreSQL"));
    std::vector<const char *> values;
    values.reserve(size_t(params.size()));
    for (const PgValue &param : params)
        values.push_back(param ? param->constData() : nullptr);
    PgResult result(PQexecParams(m_conn, sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0));
    const pg_result *raw = result.handle();
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        throw PgError(raw ? fromPg(PQresultErrorMessage(raw)) : lastError());
    return result;
}

void PgConnection::execScript(const char *sql) const
{
    if (!m_conn)
        throw PgError(Msg::tr("not connected to PostgreSQL"));
    PgResult result(PQexec(m_conn, sql));
    const pg_result *raw = result.handle();
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        throw PgError(raw ? fromPg(PQresultErrorMessage(raw)) : lastError());
}

void PgConnection::copyIn(const char *copySql, const QByteArray &data) const
{
    if (!m_conn)
        throw PgError(Msg::tr("not connected to PostgreSQL"));
    {
        PgResult start(PQexec(m_conn, copySql));
        const pg_result *raw = start.handle();
        if (!raw || PQresultStatus(raw) != PGRES_COPY_IN)
            throw PgError(raw ? fromPg(PQresultErrorMessage(raw)) : lastError());
    }
    if (PQputCopyData(m_conn, data.constData(), int(data.size())) != 1 || PQputCopyEnd(m_conn, nullptr) != 1)
        throw PgError(lastError());
    QString failure;
    while (pg_result *raw = PQgetResult(m_conn)) {
        PgResult end(raw);
        if (PQresultStatus(raw) != PGRES_COMMAND_OK && failure.isEmpty())
            failure = fromPg(PQresultErrorMessage(raw));
    }
    if (!failure.isEmpty())
        throw PgError(failure);
}

void PgConnection::cancel() const
{
    if (!m_conn)
        return;
    if (PGcancel *handle = PQgetCancel(m_conn)) {
        char buffer[256];
        PQcancel(handle, buffer, int(sizeof buffer));
        PQfreeCancel(handle);
    }
}

bool PgConnection::inRecovery() const
{
    return exec("SELECT pg_is_in_recovery()").text(0, 0) == u"t"_s;
}

PgTransaction::PgTransaction(const PgConnection &connection)
    : m_connection(connection)
{
    m_connection.execScript("BEGIN");
}

PgTransaction::~PgTransaction()
{
    if (m_done)
        return;
    try {
        m_connection.execScript("ROLLBACK");
    } catch (const PgError &) {
        // The connection is gone; the server rolls back by itself.
    }
}

void PgTransaction::commit()
{
    m_connection.execScript("COMMIT");
    m_done = true;
}

void appendCopyField(QByteArray &line, const PgValue &value, bool last)
{
    if (!value) {
        line += "\\N";
    } else {
        for (const char c : *value) {
            switch (c) {
            case '\\': line += "\\\\"; break;
            case '\n': line += "\\n"; break;
            case '\r': line += "\\r"; break;
            case '\t': line += "\\t"; break;
            default: line += c;
            }
        }
    }
    line += last ? '\n' : '\t';
}

} // namespace Baoku::Core
