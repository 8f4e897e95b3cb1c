#include "core/store/pgimporter.h"

#include "core/common/progress.h"
#include "core/pg/pgconnection.h"
#include "core/search/ftsindex.h"
#include "core/sql/database.h"
#include "core/store/archive.h"
#include "core/store/pgarchive.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Baoku::Core {

namespace {

// Messages of this file, under one translation context (lupdate reads Msg::tr calls).
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Baoku::Core::PgImporter)
};

// The key every writer of the shared archive locks (Publisher takes it per transaction).
constexpr const char *kLockKey = "7330516";

// Copies the rows of a PostgreSQL query into a table of the temporary archive, values as text
// (SQLite's column affinity makes numbers of the integer columns again).
void copyRows(const PgConnection &remote, Database &local, const QString &table, const QStringList &columns,
              const QString &where = {}, const QList<PgValue> &params = {})
{
    const PgResult rows = remote.exec(u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + table + u' ' + where, params);
    QStringList marks;
    for (qsizetype c = 0; c < columns.size(); ++c)
        marks.append(u'?' + QString::number(c + 1));
    Statement insert(local, u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s + marks.join(u", "_s) + u')');
    for (int r = 0; r < rows.rows(); ++r) {
        for (int c = 0; c < int(columns.size()); ++c) {
            if (rows.isNull(r, c))
                insert.bindNull(c + 1);
            else
                insert.bind(c + 1, rows.text(r, c));
        }
        insert.run();
        insert.reset();
    }
}

QString idArray(const QSet<qint64> &ids)
{
    QStringList list;
    for (const qint64 id : ids)
        list.append(QString::number(id));
    return u'{' + list.join(u',') + u'}';
}

// Every later file of the import fails with this reason instead of being reported imported.
void unpublished(QList<ImportResult> &files, const QString &reason)
{
    for (ImportResult &file : files) {
        if (file.status == ImportStatus::Imported) {
            file.status = ImportStatus::Failed;
            file.reason = reason;
            file.articleCount = 0;
        }
    }
}

// Holds the writers' lock for the whole import: ids are taken from the database's largest, so a
// publish or another import must not add rows meanwhile.
class SessionLock final {
public:
    explicit SessionLock(const PgConnection &remote)
        : m_remote(remote)
    {
        m_remote.exec(u"SELECT pg_advisory_lock(%1)"_s.arg(QString::fromLatin1(kLockKey)));
    }
    ~SessionLock()
    {
        try {
            m_remote.exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(QString::fromLatin1(kLockKey)));
        } catch (const PgError &) {
            // A lost connection has released the lock with the session.
        }
    }
    SessionLock(const SessionLock &) = delete;
    SessionLock &operator=(const SessionLock &) = delete;

private:
    const PgConnection &m_remote;
};

} // namespace

PgImporter::PgImporter(const PgConnection &remote)
    : m_remote(remote)
{
}

void PgImporter::seed(Archive &local, const QSet<qint64> &withArticles) const
{
    Database &db = local.database();
    // The largest article id of the database is held by a hidden row (its own part, in no issue),
    // so that SQLite numbers the import's articles after every article of the database; the rows
    // of the other tables are all copied and number on by themselves.
    db.exec("PRAGMA foreign_keys=OFF");
    {
        Transaction transaction(db);
        copyRows(m_remote, db, u"newspapers"_s, {u"id"_s, u"name"_s});
        copyRows(m_remote, db, u"people"_s, {u"id"_s, u"name"_s});
        copyRows(m_remote, db, u"issues"_s,
                 {u"id"_s, u"newspaper_id"_s, u"date"_s, u"date_source"_s, u"weekday"_s, u"issue_no"_s, u"total_no"_s,
                  u"pages"_s, u"user_date"_s});
        copyRows(m_remote, db, u"sources"_s,
                 {u"id"_s, u"issue_id"_s, u"page"_s, u"path"_s, u"sha256"_s, u"size"_s, u"imported_at"_s,
                  u"parser_version"_s, u"section"_s});
        if (!withArticles.isEmpty()) {
            const QList<PgValue> ids{pgText(idArray(withArticles))};
            copyRows(m_remote, db, u"articles"_s,
                     {u"id"_s, u"issue_id"_s, u"source_id"_s, u"kind"_s, u"page"_s, u"ord"_s, u"title"_s, u"kicker"_s,
                      u"subtitle"_s, u"column_name"_s, u"signature"_s, u"dateline"_s, u"body"_s, u"captions"_s,
                      u"photo_credits"_s, u"continued_to"_s, u"continued_from"_s, u"part_of"_s, u"subheads"_s},
                     u"WHERE issue_id = ANY($1::bigint[])"_s, ids);
            copyRows(m_remote, db, u"article_people"_s,
                     {u"article_id"_s, u"person_id"_s, u"role"_s, u"affiliation"_s, u"position"_s},
                     u"WHERE article_id IN (SELECT id FROM articles WHERE issue_id = ANY($1::bigint[]))"_s, ids);
            // The search index of these issues as the import left it (the stitcher and a replaced
            // page update it); search_content shows the first part of each article.
            Statement articles(db, u"SELECT id FROM articles WHERE issue_id IN (SELECT value FROM json_each(?1))"_s);
            QString json = idArray(withArticles);
            json.front() = u'[';
            json.back() = u']';
            articles.bind(1, json);
            while (articles.step())
                indexArticle(db, articles.int64(0));
        }
        // Unless it is one of the articles copied above.
        const PgResult largest = m_remote.exec("SELECT max(id) FROM articles");
        if (!largest.isNull(0, 0)) {
            Statement(db, "INSERT OR IGNORE INTO articles (id, issue_id, source_id, kind, page, ord, part_of) "
                          "VALUES (?1, 0, 0, '', 0, 0, ?1)")
                .bind(1, largest.int64(0, 0))
                .run();
        }
        db.exec("CREATE TEMP TABLE seeded_sources AS SELECT id, issue_id FROM main.sources");
        transaction.commit();
    }
    db.exec("PRAGMA foreign_keys=ON");
}

QSet<qint64> PgImporter::touchedIssues(Archive &local)
{
    QSet<qint64> touched;
    Statement rows(local.database(), R"sql(
SELECT issue_id FROM main.sources WHERE id NOT IN (SELECT id FROM seeded_sources)
UNION SELECT issue_id FROM seeded_sources WHERE id NOT IN (SELECT id FROM main.sources)
UNION SELECT s.issue_id FROM main.sources s JOIN seeded_sources o ON o.id = s.id WHERE o.issue_id <> s.issue_id)sql");
    while (rows.step())
        touched.insert(rows.int64(0));
    return touched;
}

PgImportOutcome PgImporter::importPaths(const QStringList &paths, const ImportOptions &options, ProgressListener *listener)
{
    PgImportOutcome outcome;
    const auto fail = [&outcome](const QString &message) {
        outcome.published.error = message;
        unpublished(outcome.files, Msg::tr("nothing was stored: %1").arg(message));
        return outcome;
    };
    try {
        {
            // An empty database gets the tables first, so that the reads below find them.
            PgTransaction transaction(m_remote);
            createPgSchema(m_remote);
            transaction.commit();
        }
        const SessionLock lock(m_remote);
        QSet<qint64> existing;
        {
            const PgResult issues = m_remote.exec("SELECT id FROM issues");
            for (int r = 0; r < issues.rows(); ++r)
                existing.insert(issues.int64(r, 0));
        }
        // First the database's metadata only: which of its issues the files add to. The stitcher
        // needs those issues' articles, so when there are some the import runs again with them.
        QSet<qint64> withArticles;
        for (int pass = 0; pass < 2; ++pass) {
            QTemporaryDir folder;
            if (!folder.isValid())
                return fail(Msg::tr("cannot create a temporary folder: %1").arg(folder.errorString()));
            Archive local;
            QString error;
            if (!local.open(folder.filePath(u"import.sqlite"_s), &error))
                return fail(error);
            seed(local, withArticles);
            outcome.files = Importer(local).importPaths(paths, options, listener);
            const QSet<qint64> touched = touchedIssues(local);
            const QSet<qint64> added = QSet<qint64>(touched).intersect(existing);
            if (pass == 1 && !QSet<qint64>(added).subtract(withArticles).isEmpty())
                return fail(Msg::tr("the files' issues changed between two readings; import again"));
            if (!added.isEmpty() && pass == 0) {
                withArticles = added;
                continue;
            }
            if (listener && listener->isCancelled())
                return fail(Msg::tr("cancelled"));
            if (touched.isEmpty())
                return outcome;
            Publisher publisher(local, m_remote);
            publisher.setScope(touched);
            outcome.published = publisher.publish(false, listener);
            if (!outcome.published.error.isEmpty())
                return fail(outcome.published.error);
            return outcome;
        }
    } catch (const DatabaseError &e) {
        return fail(e.message());
    } catch (const PgError &e) {
        return fail(e.message());
    }
    return outcome;
}

} // namespace Baoku::Core
