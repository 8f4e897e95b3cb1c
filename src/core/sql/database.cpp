#include "core/sql/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <utility>


using namespace Qt::StringLiterals;

namespace Baoku::Core {

namespace {

// Messages of this file, under one translation context (lupdate reads Msg::tr calls).
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Baoku::Core::Database)
};

// SQLite's own message for a busy archive says nothing of what to do.
QString describe(sqlite3 *db, int rc)
{
    if ((rc & 0xff) == SQLITE_BUSY)
        return Msg::tr("the archive is busy: another program is writing to it (waited %1 s); try again later")
            .arg(Database::kBusyTimeoutMs / 1000);
    if ((rc & 0xff) == SQLITE_READONLY)
        return Msg::tr("the archive is read-only (%1)").arg(QString::fromUtf8(sqlite3_errstr(rc)));
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
}

// Whether SQLite can write next to the file (-wal and -shm are created in its folder).
bool folderWritable(const QString &path)
{
    return QFileInfo(QFileInfo(path).absolutePath()).isWritable();
}

} // namespace

DatabaseError::DatabaseError(const QString &message, int code)
    : std::runtime_error(message.toStdString())
    , m_message(message)
    , m_code(code & 0xff)
{
}

bool DatabaseError::isAccessProblem() const
{
    return m_code == SQLITE_BUSY || m_code == SQLITE_LOCKED || m_code == SQLITE_READONLY || m_code == SQLITE_CANTOPEN
        || m_code == SQLITE_PERM || m_code == SQLITE_AUTH || m_code == SQLITE_IOERR || m_code == SQLITE_FULL;
}

bool DatabaseError::isCorruption() const
{
    return m_code == SQLITE_CORRUPT || m_code == SQLITE_NOTADB;
}

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_cache(std::exchange(other.m_cache, {}))
    , m_cancelCheck(std::move(other.m_cancelCheck))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_cache = std::exchange(other.m_cache, {});
        m_cancelCheck = std::move(other.m_cancelCheck);
    }
    return *this;
}

bool Database::open(const QString &path, QString *error, OpenMode mode)
{
    close();
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = Msg::tr("%1: %2").arg(QDir::toNativeSeparators(path), reason);
        close();
        return false;
    };
    const auto connect = [&](const QByteArray &name, int flags) {
        close();
        const int rc = sqlite3_open_v2(name.constData(), &m_db, flags | SQLITE_OPEN_FULLMUTEX, nullptr);
        if (rc == SQLITE_OK) {
            sqlite3_extended_result_codes(m_db, 1);
            sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
        }
        return rc;
    };
    const QByteArray file = QFile::encodeName(path);
    int rc = SQLITE_OK;
    if (mode == OpenMode::Create) {
        rc = connect(file, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    } else if (mode == OpenMode::Existing && QFileInfo(path).isWritable() && folderWritable(path)) {
        rc = connect(file, SQLITE_OPEN_READWRITE);
    } else {
        // Read-only: mode=ro still needs the -shm file of a WAL archive, which a read-only
        // folder cannot hold; immutable=1 needs nothing but promises SQLite that nobody writes,
        // so it is used only there, and only when no -wal file holds unmerged commits.
        const QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        const QFileInfo wal(path + u"-wal"_s);
        const bool immutable = !folderWritable(path) && !QFileInfo::exists(path + u"-shm"_s) && !(wal.exists() && wal.size() > 0);
        const QByteArray uri = url.toEncoded() + (immutable ? "?immutable=1" : "?mode=ro");
        rc = connect(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
    }
    if (rc != SQLITE_OK) {
        const QString reason = describe(m_db, rc);
        return fail(Msg::tr("cannot open the archive (%1)").arg(reason));
    }
    m_path = path;
    try {
        // NORMAL is durable against a killed process in WAL mode; only a power cut may lose the
        // last commits, and never corrupts the file.
        // 16 KiB pages for a new file (an existing one keeps its size): articles of 1-4 KB left
        // a third of each 4 KiB page empty; 16 KiB pages make the archive about 10 % smaller.
        if (!isReadOnly())
            exec("PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        exec("PRAGMA foreign_keys=ON;");
        Statement probe(*this, "SELECT count(*) FROM sqlite_schema");
        probe.step(); // fails here, not later, when the file is not a database
    } catch (const DatabaseError &e) {
        return fail(e.message());
    }
    return true;
}

bool Database::isReadOnly() const
{
    return m_db && sqlite3_db_readonly(m_db, "main") == 1;
}

void Database::setCancelCheck(std::function<bool()> isCancelled)
{
    if (!m_db)
        return;
    if (!isCancelled) {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        m_cancelCheck.reset();
        return;
    }
    m_cancelCheck = std::make_unique<std::function<bool()>>(std::move(isCancelled));
    sqlite3_progress_handler(
        m_db, 4000, [](void *check) { return (*static_cast<std::function<bool()> *>(check))() ? 1 : 0; },
        m_cancelCheck.get());
}

void Database::setBusyTimeout(int milliseconds)
{
    if (m_db)
        sqlite3_busy_timeout(m_db, milliseconds);
}

void Database::close()
{
    for (sqlite3_stmt *stmt : std::as_const(m_cache))
        sqlite3_finalize(stmt);
    m_cache.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    m_cancelCheck.reset();
}

void Database::exec(const char *sql)
{
    char *message = nullptr;
    if (const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message); rc != SQLITE_OK) {
        const int code = sqlite3_extended_errcode(m_db);
        const bool plain = (code & 0xff) != SQLITE_BUSY && (code & 0xff) != SQLITE_READONLY;
        const QString text = message && plain ? QString::fromUtf8(message) : describe(m_db, code);
        sqlite3_free(message);
        throw DatabaseError(text, code);
    }
}

void Database::exec(const QString &sql)
{
    exec(sql.toUtf8().constData());
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

int Database::userVersion()
{
    Statement statement(*this, "PRAGMA user_version");
    statement.step();
    return statement.integer(0);
}

void Database::setUserVersion(int version)
{
    // PRAGMA takes no bound parameters; the value is an integer we format ourselves.
    exec(QString(u"PRAGMA user_version=%1"_s).arg(version));
}

sqlite3_stmt *Database::takeCached(const QByteArray &sql)
{
    // Taken out while in use, so a nested statement with the same text gets its own.
    return m_cache.take(sql);
}

void Database::giveBack(const QByteArray &sql, sqlite3_stmt *stmt)
{
    constexpr qsizetype kMaxCached = 64;
    if (!m_db || m_cache.contains(sql) || m_cache.size() >= kMaxCached) {
        sqlite3_finalize(stmt);
        return;
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    m_cache.insert(sql, stmt);
}

QString Database::lastErrorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : Msg::tr("the archive is not open");
}

Statement::Statement(Database &db, const char *sql)
    : m_db(db)
    , m_sql(sql)
{
    if (!db.isOpen())
        throw DatabaseError(Msg::tr("the archive is not open"));
    m_stmt = db.takeCached(m_sql);
    if (!m_stmt)
        check(sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr), sql);
}

Statement::Statement(Database &db, const QString &sql)
    : Statement(db, sql.toUtf8().constData())
{
}

Statement::~Statement()
{
    if (m_stmt)
        m_db.giveBack(m_sql, m_stmt);
}

void Statement::check(int rc, const char *what) const
{
    if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE)
        return;
    const int code = sqlite3_extended_errcode(m_db.handle());
    throw DatabaseError(Msg::tr("%1 (in %2)").arg(describe(m_db.handle(), code), QString::fromUtf8(what).simplified().left(120)),
                        code);
}

Statement &Statement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_stmt, index, value), "bind");
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index, value), "bind");
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    check(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT), "bind");
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (value.isNull())
        return bindNull(index);
    check(sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT), "bind");
    return *this;
}

Statement &Statement::bindText(int index, QByteArrayView utf8)
{
    if (utf8.isNull())
        return bindNull(index);
    check(sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT), "bind");
    return *this;
}

Statement &Statement::bind(int index, std::optional<int> value)
{
    return value ? bind(index, qint64(*value)) : bindNull(index);
}

Statement &Statement::bindNull(int index)
{
    check(sqlite3_bind_null(m_stmt, index), "bind");
    return *this;
}

int Statement::parameterIndex(const char *name) const
{
    const int index = sqlite3_bind_parameter_index(m_stmt, name);
    if (index == 0)
        throw DatabaseError(Msg::tr("no SQL parameter named %1").arg(QString::fromUtf8(name)));
    return index;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    check(rc, sqlite3_sql(m_stmt));
    return false;
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::textView(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

std::optional<int> Statement::optionalInt(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    // IMMEDIATE takes the write lock now, so a busy archive fails here rather than mid-way.
    // Inside an open transaction (an import storing several files in one) this is a savepoint,
    // so that a failure still undoes exactly this part.
    m_nested = m_db.isOpen() && sqlite3_get_autocommit(m_db.handle()) == 0;
    m_db.exec(m_nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done && m_db.isOpen())
        sqlite3_exec(m_db.handle(), m_nested ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK", nullptr, nullptr,
                     nullptr);
}

void Transaction::commit()
{
    m_db.exec(m_nested ? "RELEASE nested" : "COMMIT");
    m_done = true;
}

} // namespace Baoku::Core
