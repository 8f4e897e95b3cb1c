#include "core/store/publisher.h"

#include "core/common/progress.h"
#include "core/pg/pgconnection.h"
#include "core/search/textfold.h"
#include "core/search/tokenizer.h"
#include "core/sql/database.h"
#include "core/store/archive.h"
#include "core/store/pgarchive.h"
#include "core/store/pgterms.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Baoku::Core {

namespace {

// Messages of this file, under one translation context (lupdate reads Msg::tr calls).
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Baoku::Core::Publisher)
};

// Any value that changes when an issue's content does: its row, its files, its articles' ids.
constexpr const char *kFingerprints = R"sql(
SELECT i.id, n.name, i.date, i.date_source, i.weekday, i.issue_no, i.total_no, i.pages, i.user_date,
       (SELECT group_concat(x, ',') FROM (SELECT s.page || ':' || s.sha256 || ':' || coalesce(s.parser_version, '')
                                                  || ':' || coalesce(s.section, '') AS x
                                           FROM sources s WHERE s.issue_id = i.id ORDER BY s.page)),
       (SELECT count(*) || ':' || coalesce(sum(a.id), 0) || ':' || coalesce(sum(a.part_of), 0)
        FROM articles a WHERE a.issue_id = i.id),
       (SELECT coalesce(sum(s.size), 0) FROM sources s WHERE s.issue_id = i.id)
FROM issues i JOIN newspapers n ON n.id = i.newspaper_id ORDER BY i.id)sql";

// Issues copied per round of COPY statements.
constexpr int kIssuesPerBatch = 100;

// Appends every row of a SQLite query to COPY text, each value as text, NULL as \N; `extra` adds
// columns computed here from the row.
int appendRows(Statement &select, QByteArray &copy, const std::function<QList<PgValue>(const Statement &)> &extra = {})
{
    int rows = 0;
    while (select.step()) {
        const int columns = select.columnCount();
        const QList<PgValue> more = extra ? extra(select) : QList<PgValue>{};
        for (int c = 0; c < columns; ++c)
            appendCopyField(copy, select.isNull(c) ? PgValue() : PgValue(select.text(c).toUtf8()),
                            c + 1 == columns && more.isEmpty());
        for (qsizetype m = 0; m < more.size(); ++m)
            appendCopyField(copy, more.at(m), m + 1 == more.size());
        ++rows;
    }
    return rows;
}

void copyTable(const PgConnection &remote, Database &local, const char *copySql, const QString &select)
{
    Statement rows(local, select);
    QByteArray copy;
    appendRows(rows, copy);
    if (!copy.isEmpty())
        remote.copyIn(copySql, copy);
}

} // namespace

Publisher::Publisher(Archive &local, const PgConnection &remote)
    : m_local(local)
    , m_remote(remote)
{
}

PublishResult Publisher::publish(bool full, ProgressListener *progress)
{
    PublishResult result;
    Database &db = m_local.database();
    try {
        {
            Statement queued(db, "SELECT count(*) FROM index_queue");
            if (queued.step() && queued.int64(0) > 0)
                throw DatabaseError(Msg::tr("%1 stored articles wait for the search index; open the archive with write "
                                            "access once (any baoku-cli command) and publish again")
                                        .arg(queued.int64(0)));
        }
        // The local archive's issues and what each is now.
        QHash<qint64, QString> local;
        QHash<qint64, qint64> sizes;
        QList<qint64> order;
        {
            Statement row(db, kFingerprints);
            while (row.step()) {
                if (m_scoped && !m_scope.contains(row.int64(0)))
                    continue;
                QCryptographicHash hash(QCryptographicHash::Sha256);
                for (int c = 1; c < 11; ++c) {
                    hash.addData(row.isNull(c) ? QByteArray("\\N") : row.text(c).toUtf8());
                    hash.addData(QByteArray(1, '\x1f'));
                }
                local.insert(row.int64(0), QString::fromLatin1(hash.result().toHex()));
                sizes.insert(row.int64(0), row.int64(11));
                order.append(row.int64(0));
            }
        }
        // Readers see the old archive until the commit; a second publisher waits for this one.
        PgTransaction transaction(m_remote);
        createPgSchema(m_remote);
        m_remote.exec("SELECT pg_advisory_xact_lock(7330516)");
        QList<qint64> stale;
        QHash<qint64, QString> held;
        const PgResult remote = m_remote.exec("SELECT id, fingerprint FROM issues");
        for (int r = 0; r < remote.rows(); ++r)
            held.insert(remote.int64(r, 0), remote.text(r, 1));
        for (auto it = held.cbegin(); it != held.cend(); ++it) {
            if (m_scoped && !m_scope.contains(it.key()))
                continue;
            if (!local.contains(it.key())) {
                stale.append(it.key());
                ++result.removed;
            } else if (full || local.value(it.key()) != it.value()) {
                stale.append(it.key());
            }
        }
        QList<qint64> copy;
        for (const qint64 id : std::as_const(order)) {
            if (full || held.value(id) != local.value(id))
                copy.append(id);
        }
        result.unchanged = int(order.size() - copy.size());
        // Filling an empty index (the first publish, or --full) is several times faster by building
        // the GIN index once at the end than by inserting into it row by row. Dropping it locks the
        // table, so readers wait for the commit instead of seeing the old archive; a later, partial
        // publish keeps the index and readers are not held up.
        const bool rebuildIndex = stale.size() == held.size() && !copy.isEmpty();
        if (rebuildIndex)
            m_remote.execScript("DROP INDEX IF EXISTS search_terms_gin");
        if (!stale.isEmpty()) {
            QByteArray ids = "{";
            for (qsizetype i = 0; i < stale.size(); ++i)
                ids += (i ? "," : "") + QByteArray::number(stale.at(i));
            m_remote.exec("DELETE FROM issues WHERE id = ANY($1::bigint[])", {ids + '}'});
        }
        // Names are few: every newspaper and person is written again, replacing a changed name.
        m_remote.execScript("CREATE TEMP TABLE publish_names (id bigint, name text) ON COMMIT DROP");
        for (const char *table : {"newspapers", "people"}) {
            m_remote.execScript("TRUNCATE publish_names");
            copyTable(m_remote, db, "COPY publish_names FROM STDIN", u"SELECT id, name FROM "_s + QString::fromLatin1(table));
            const QString name = QString::fromLatin1(table);
            m_remote.exec(u"INSERT INTO "_s + name + u" (id, name) SELECT id, name FROM publish_names "
                          "ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name WHERE "_s + name + u".name <> EXCLUDED.name"_s);
        }
        TextTokenizer tokenizer;
        for (qsizetype first = 0; first < copy.size(); first += kIssuesPerBatch) {
            if (progress && progress->isCancelled())
                throw DatabaseError(Msg::tr("cancelled; nothing was published"));
            const QList<qint64> batch = copy.mid(first, kIssuesPerBatch);
            QStringList idList;
            for (const qint64 id : batch) {
                idList.append(QString::number(id));
                result.bytes += sizes.value(id);
            }
            const QString ids = idList.join(u',');
            {
                Statement rows(db, u"SELECT id, newspaper_id, date, date_source, weekday, issue_no, total_no, pages, "
                                   "user_date FROM issues WHERE id IN ("_s + ids + u')');
                QByteArray data;
                appendRows(rows, data, [&](const Statement &row) { return QList<PgValue>{pgText(local.value(row.int64(0)))}; });
                m_remote.copyIn("COPY issues (id, newspaper_id, date, date_source, weekday, issue_no, total_no, pages, "
                                "user_date, fingerprint) FROM STDIN", data);
            }
            copyTable(m_remote, db, "COPY sources (id, issue_id, page, path, sha256, size, imported_at, parser_version, section) FROM STDIN",
                      u"SELECT id, issue_id, page, path, sha256, size, imported_at, parser_version, section FROM sources "
                      "WHERE issue_id IN ("_s + ids + u')');
            copyTable(m_remote, db,
                      "COPY articles (id, issue_id, source_id, kind, page, ord, title, kicker, subtitle, column_name, signature, "
                      "dateline, body, captions, photo_credits, continued_to, continued_from, part_of, subheads) FROM STDIN",
                      u"SELECT id, issue_id, source_id, kind, page, ord, title, kicker, subtitle, column_name, signature, "
                      "dateline, body, captions, photo_credits, continued_to, continued_from, part_of, subheads FROM articles "
                      "WHERE issue_id IN ("_s + ids + u')');
            copyTable(m_remote, db, "COPY article_people (article_id, person_id, role, affiliation, position) FROM STDIN",
                      u"SELECT ap.article_id, ap.person_id, ap.role, ap.affiliation, ap.position FROM article_people ap "
                      "JOIN articles a ON a.id = ap.article_id WHERE a.issue_id IN ("_s + ids + u')');
            // The search index: search_content's columns and their tokens, chunked (pgterms.h).
            Statement content(db, u"SELECT c.id, c.body, c.title, c.names, coalesce(c.column_name, '') FROM search_content c "
                                  "JOIN articles a ON a.id = c.id WHERE a.issue_id IN ("_s + ids + u')');
            QByteArray docs;
            QByteArray terms;
            while (content.step()) {
                const QByteArray id = QByteArray::number(content.int64(0));
                qint64 tokens = 0;
                for (int c = 0; c < 4; ++c) {
                    const std::vector<std::string> columnTokens = documentTokens(tokenizer, content.text(1 + c));
                    tokens += qint64(columnTokens.size());
                    const QList<QByteArray> chunks = tsvectorChunks(columnTokens);
                    for (qsizetype k = 0; k < chunks.size(); ++k) {
                        appendCopyField(terms, id, false);
                        appendCopyField(terms, QByteArray::number(c), false);
                        appendCopyField(terms, QByteArray::number(k), false);
                        appendCopyField(terms, chunks.at(k), true);
                    }
                }
                appendCopyField(docs, id, false);
                for (int c = 0; c < 4; ++c)
                    appendCopyField(docs, content.text(1 + c).toUtf8(), false);
                appendCopyField(docs, QByteArray::number(tokens), false);
                // The folded columns as a text[] literal: bm25 counts a Han term's instances in them.
                QByteArray folded = "{";
                for (int c = 0; c < 4; ++c) {
                    folded += c ? ",\"" : "\"";
                    for (const char ch : foldText(content.text(1 + c)).toUtf8()) {
                        if (ch == '"' || ch == '\\')
                            folded += '\\';
                        folded += ch;
                    }
                    folded += '"';
                }
                appendCopyField(docs, folded + '}', true);
                ++result.articles;
            }
            if (!docs.isEmpty())
                m_remote.copyIn("COPY search_docs (article_id, body, title, names, column_name, tokens, folded) FROM STDIN", docs);
            if (!terms.isEmpty())
                m_remote.copyIn("COPY search_terms (article_id, col, chunk, terms) FROM STDIN", terms);
            result.copied += int(batch.size());
            if (progress)
                progress->progress(result.copied, copy.size(), Msg::tr("issues copied"));
        }
        if (rebuildIndex)
            m_remote.execScript("SET LOCAL maintenance_work_mem = '256MB'; "
                                "CREATE INDEX search_terms_gin ON search_terms USING gin (terms)");
        m_remote.execScript(R"sql(
DELETE FROM people p WHERE NOT EXISTS (SELECT 1 FROM article_people ap WHERE ap.person_id = p.id);
DELETE FROM newspapers n WHERE NOT EXISTS (SELECT 1 FROM issues i WHERE i.newspaper_id = n.id);
INSERT INTO baoku_meta (key, value) VALUES
    ('rows', (SELECT count(*) FROM search_docs)::text),
    ('tokens', (SELECT coalesce(sum(tokens), 0) FROM search_docs)::text)
ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;)sql");
        transaction.commit();
    } catch (const DatabaseError &e) {
        result = {};
        result.error = e.message();
    } catch (const PgError &e) {
        result = {};
        result.error = PgConnection::displayUrl(m_remote.url()) + u": "_s + e.message();
    }
    return result;
}

} // namespace Baoku::Core
