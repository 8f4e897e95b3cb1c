#include "peers.h"

#include "core/search/textfold.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Baoku::Bench {

namespace {

QString quoted(const QString &query)
{
    return u'"' + QString(query).replace(u'"', u"\"\""_s) + u'"';
}

} // namespace

bool PeerArchive::build(Core::Database &source, const QString &path, QString *error)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    if (!m_db.open(path, error))
        return false;
    m_db.exec("CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT, title TEXT, names TEXT);"
              "CREATE TABLE folded(id INTEGER PRIMARY KEY, text TEXT);");
    QElapsedTimer timer;
    timer.start();
    {
        Core::Transaction transaction(m_db);
        Core::Statement read(source, "SELECT id, body, title, names FROM search_content ORDER BY id");
        Core::Statement insert(m_db, "INSERT INTO docs(id, body, title, names) VALUES(?1, ?2, ?3, ?4)");
        while (read.step()) {
            insert.bind(1, read.int64(0)).bind(2, read.text(1)).bind(3, read.text(2)).bind(4, read.text(3));
            insert.run();
            insert.reset();
        }
        m_db.exec("CREATE VIRTUAL TABLE tri USING fts5(body, title, names, content='docs', content_rowid='id', "
                  "tokenize='trigram');"
                  "INSERT INTO tri(tri) VALUES('rebuild');");
        transaction.commit();
    }
    m_trigram.seconds = double(timer.nsecsElapsed()) / 1e9;
    m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    m_trigram.fileBytes = QFileInfo(path).size();
    // The folded copy only serves the instr() scan and the exactness check; it is not timed.
    Core::Transaction transaction(m_db);
    Core::Statement read(m_db, "SELECT id, body || char(10) || title || char(10) || names FROM docs ORDER BY id");
    Core::Statement insert(m_db, "INSERT INTO folded(id, text) VALUES(?1, ?2)");
    while (read.step()) {
        insert.bind(1, read.int64(0)).bind(2, Core::foldText(read.text(1)));
        insert.run();
        insert.reset();
    }
    transaction.commit();
    return true;
}

int PeerArchive::trigramTop(const QString &query)
{
    if (query.size() < 3)
        return -1;
    Core::Statement select(m_db, "SELECT rowid, snippet(tri, -1, '[', ']', '…', 16) FROM tri WHERE tri MATCH ?1 "
                                 "ORDER BY bm25(tri, 1.0, 10.0, 4.0) LIMIT 50");
    select.bind(1, quoted(query));
    int rows = 0;
    while (select.step()) {
        (void)select.text(1);
        ++rows;
    }
    return rows;
}

qint64 PeerArchive::trigramCount(const QString &query)
{
    if (query.size() < 3)
        return -1;
    Core::Statement select(m_db, "SELECT count(*) FROM tri WHERE tri MATCH ?1");
    select.bind(1, quoted(query));
    return select.step() ? select.int64(0) : 0;
}

int PeerArchive::instrTop(const QString &foldedQuery)
{
    Core::Statement select(m_db, "SELECT id, substr(text, max(1, instr(text, ?1) - 20), 80) FROM folded "
                                 "WHERE instr(text, ?1) > 0 LIMIT 50");
    select.bind(1, foldedQuery);
    int rows = 0;
    while (select.step()) {
        (void)select.text(1);
        ++rows;
    }
    return rows;
}

qint64 PeerArchive::instrCount(const QString &foldedQuery)
{
    Core::Statement select(m_db, "SELECT count(*) FROM folded WHERE instr(text, ?1) > 0");
    select.bind(1, foldedQuery);
    return select.step() ? select.int64(0) : 0;
}

} // namespace Baoku::Bench
