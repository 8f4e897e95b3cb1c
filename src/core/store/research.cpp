#include "core/store/research.h"

#include "core/store/archive.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Baoku::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Baoku::Core::Research", text);
}

// A null QString binds NULL; the text columns are NOT NULL.
QString orEmpty(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

constexpr const char *kKeptColumns = "k.id, k.article_id, k.newspaper, k.date, k.page, k.ord, k.title";

KeptArticle readKept(const Statement &row, int at)
{
    KeptArticle kept;
    kept.keptId = row.int64(at);
    if (!row.isNull(at + 1))
        kept.articleId = row.int64(at + 1);
    kept.newspaper = row.text(at + 2);
    kept.date = QDate::fromString(row.text(at + 3), Qt::ISODate);
    kept.page = row.integer(at + 4);
    kept.order = row.integer(at + 5);
    kept.title = row.text(at + 6);
    return kept;
}

} // namespace

int nearestOccurrence(const QString &body, const QString &quote, int near)
{
    int best = -1;
    for (qsizetype at = body.indexOf(quote); at >= 0; at = body.indexOf(quote, at + 1)) {
        if (best < 0 || qAbs(at - near) < qAbs(best - near))
            best = int(at);
    }
    return best;
}

namespace {

void createTables(Database &db, bool researchFile)
{
    QString sql = QString::fromUtf8(R"sql(
-- An article the user kept: by id while it exists, by its key always (the issue's parsed date).
CREATE TABLE kept_articles(
    id INTEGER PRIMARY KEY,
    article_id INTEGER UNIQUE REFERENCES articles(id) ON DELETE SET NULL,
    newspaper TEXT NOT NULL,
    date TEXT NOT NULL,
    page INTEGER NOT NULL,
    ord INTEGER NOT NULL,
    title TEXT NOT NULL);
CREATE INDEX kept_by_key ON kept_articles(newspaper, date, page);
-- kind: star (one, named ''), list or tag.
CREATE TABLE collections(
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('star', 'list', 'tag')),
    name TEXT NOT NULL,
    created TEXT NOT NULL,
    UNIQUE(kind, name));
CREATE TABLE collection_items(
    collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    kept_id INTEGER NOT NULL REFERENCES kept_articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    added TEXT NOT NULL,
    PRIMARY KEY(collection_id, kept_id));
CREATE INDEX collection_items_by_kept ON collection_items(kept_id);
-- start is a UTF-16 offset into articles.body; quote '' for a note on the whole article.
CREATE TABLE notes(
    id INTEGER PRIMARY KEY,
    kept_id INTEGER NOT NULL REFERENCES kept_articles(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    quote TEXT NOT NULL DEFAULT '',
    start INTEGER NOT NULL DEFAULT -1,
    anchored INTEGER NOT NULL DEFAULT 1,
    created TEXT NOT NULL,
    updated TEXT NOT NULL);
CREATE INDEX notes_by_kept ON notes(kept_id);
CREATE TABLE saved_searches(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    query TEXT NOT NULL,
    date_from TEXT NOT NULL DEFAULT '',
    date_to TEXT NOT NULL DEFAULT '',
    pages TEXT NOT NULL DEFAULT '',
    newspaper TEXT NOT NULL DEFAULT '',
    column_name TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    sort TEXT NOT NULL DEFAULT 'rank',
    created TEXT NOT NULL);
)sql");
    if (researchFile)
        sql.replace(u"UNIQUE REFERENCES articles(id) ON DELETE SET NULL"_s, u"UNIQUE"_s);
    db.exec(sql);
}

} // namespace

void createResearchTables(Database &db)
{
    createTables(db, false);
}

void createResearchFileTables(Database &db)
{
    createTables(db, true);
}

void relinkKept(Database &db, qint64 issueId)
{
    Statement lost(db, R"sql(
SELECT k.id, k.page, k.ord, k.title FROM kept_articles k
JOIN newspapers n ON n.name = k.newspaper JOIN issues i ON i.newspaper_id = n.id AND i.date = k.date
WHERE k.article_id IS NULL AND i.id = ?1)sql");
    lost.bind(1, issueId);
    Statement find(db, R"sql(
SELECT a.id, a.ord, a.body FROM articles a
WHERE a.issue_id = ?1 AND a.page = ?2 AND a.title = ?3 AND NOT EXISTS (SELECT 1 FROM kept_articles WHERE article_id = a.id)
ORDER BY abs(a.ord - ?4), a.ord LIMIT 1)sql");
    Statement link(db, "UPDATE kept_articles SET article_id = ?2, ord = ?3 WHERE id = ?1");
    Statement notes(db, "SELECT id, quote, start FROM notes WHERE kept_id = ?1 AND quote <> ''");
    Statement anchor(db, "UPDATE notes SET start = ?2, anchored = ?3 WHERE id = ?1");
    while (lost.step()) {
        find.reset();
        find.bind(1, issueId).bind(2, lost.integer(1)).bind(3, lost.text(3)).bind(4, lost.integer(2));
        if (!find.step())
            continue; // stays unlinked; a later import of its page may bring it back
        const qint64 keptId = lost.int64(0);
        link.reset();
        link.bind(1, keptId).bind(2, find.int64(0)).bind(3, find.integer(1)).run();
        const QString body = find.text(2);
        notes.reset();
        notes.bind(1, keptId);
        while (notes.step()) {
            const int at = nearestOccurrence(body, notes.text(1), notes.integer(2));
            anchor.reset();
            anchor.bind(1, notes.int64(0)).bind(2, at < 0 ? notes.integer(2) : at).bind(3, at < 0 ? 0 : 1).run();
        }
    }
}

Research::Research(Database &db)
    : m_db(db)
{
}

Research::Research(const Archive &archive)
    : m_db(archive.researchDatabase())
    , m_remote(archive.isRemote() ? &archive : nullptr)
{
}

QString Research::kindName(CollectionKind kind)
{
    switch (kind) {
    case CollectionKind::Star: return u"star"_s;
    case CollectionKind::List: return u"list"_s;
    case CollectionKind::Tag: return u"tag"_s;
    }
    return {};
}

std::optional<qint64> Research::keep(qint64 articleId, QString *error)
{
    Statement known(m_db, "SELECT id FROM kept_articles WHERE article_id = ?1");
    known.bind(1, articleId);
    if (known.step())
        return known.int64(0);
    if (m_remote) {
        // The key as the SQLite archive keeps it: the issue's parsed date, not the user's correction.
        const auto stored = m_remote->article(articleId);
        const auto issue = stored ? m_remote->issue(stored->issueId) : std::nullopt;
        if (!stored || !issue) {
            fail(error, m_remote->lastError().isEmpty() ? tr("article %1: not in the archive").arg(articleId)
                                                        : m_remote->lastError());
            return std::nullopt;
        }
        Statement insert(m_db, "INSERT INTO kept_articles(article_id, newspaper, date, page, ord, title) VALUES (?, ?, ?, ?, ?, ?)");
        insert.bind(1, articleId).bind(2, issue->info.newspaper).bind(3, issue->parsedDate.toString(Qt::ISODate));
        insert.bind(4, stored->article.page).bind(5, stored->article.order).bind(6, orEmpty(stored->article.title)).run();
        return m_db.lastInsertId();
    }
    Statement article(m_db, R"sql(
SELECT n.name, i.date, a.page, a.ord, a.title FROM articles a
JOIN issues i ON i.id = a.issue_id JOIN newspapers n ON n.id = i.newspaper_id WHERE a.id = ?1)sql");
    article.bind(1, articleId);
    if (!article.step()) {
        fail(error, tr("article %1: not in the archive").arg(articleId));
        return std::nullopt;
    }
    Statement insert(m_db, "INSERT INTO kept_articles(article_id, newspaper, date, page, ord, title) VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, articleId).bind(2, article.text(0)).bind(3, article.text(1)).bind(4, article.integer(2));
    insert.bind(5, article.integer(3)).bind(6, article.text(4)).run();
    return m_db.lastInsertId();
}

std::optional<qint64> Research::collectionId(CollectionKind kind, const QString &name)
{
    Statement select(m_db, "SELECT id FROM collections WHERE kind = ?1 AND name = ?2");
    select.bind(1, kindName(kind)).bind(2, kind == CollectionKind::Star ? QString(u""_s) : name.trimmed());
    if (select.step())
        return select.int64(0);
    return std::nullopt;
}

QList<CollectionInfo> Research::collections(CollectionKind kind)
{
    QList<CollectionInfo> out;
    Statement select(m_db, "SELECT c.id, c.name, (SELECT count(*) FROM collection_items WHERE collection_id = c.id) "
                           "FROM collections c WHERE c.kind = ?1 ORDER BY c.name");
    select.bind(1, kindName(kind));
    while (select.step())
        out.append({select.int64(0), kind, select.text(1), select.integer(2)});
    return out;
}

QList<CollectionInfo> Research::collectionsOf(qint64 articleId)
{
    QList<CollectionInfo> out;
    Statement select(m_db, R"sql(
SELECT c.id, c.kind, c.name, (SELECT count(*) FROM collection_items WHERE collection_id = c.id)
FROM kept_articles k JOIN collection_items ci ON ci.kept_id = k.id JOIN collections c ON c.id = ci.collection_id
WHERE k.article_id = ?1 ORDER BY c.kind, c.name)sql");
    select.bind(1, articleId);
    while (select.step()) {
        const QString kind = select.text(1);
        out.append({select.int64(0),
                    kind == u"star"_s ? CollectionKind::Star : kind == u"tag"_s ? CollectionKind::Tag : CollectionKind::List,
                    select.text(2), select.integer(3)});
    }
    return out;
}

QList<KeptArticle> Research::items(CollectionKind kind, const QString &name)
{
    QList<KeptArticle> out;
    const auto id = collectionId(kind, name);
    if (!id)
        return out;
    Statement select(m_db, QStringLiteral("SELECT %1 FROM collection_items ci JOIN kept_articles k ON k.id = ci.kept_id "
                                          "WHERE ci.collection_id = ?1 ORDER BY ci.position").arg(QLatin1StringView(kKeptColumns)));
    select.bind(1, *id);
    while (select.step())
        out.append(readKept(select, 0));
    return out;
}

bool Research::add(CollectionKind kind, const QString &name, const QList<qint64> &articleIds, QString *error)
{
    const QString key = kind == CollectionKind::Star ? QString(u""_s) : name.trimmed();
    if (kind != CollectionKind::Star && key.isEmpty()) {
        fail(error, tr("a %1 needs a name").arg(kindName(kind)));
        return false;
    }
    Transaction transaction(m_db);
    Statement(m_db, "INSERT OR IGNORE INTO collections(kind, name, created) VALUES (?, ?, ?)")
        .bind(1, kindName(kind)).bind(2, key).bind(3, now()).run();
    const qint64 collection = *collectionId(kind, key);
    Statement insert(m_db, "INSERT OR IGNORE INTO collection_items(collection_id, kept_id, position, added) VALUES "
                           "(?1, ?2, (SELECT coalesce(max(position), 0) + 1 FROM collection_items WHERE collection_id = ?1), ?3)");
    for (qint64 articleId : articleIds) {
        const auto kept = keep(articleId, error);
        if (!kept)
            return false; // the transaction rolls back: all or nothing
        insert.reset();
        insert.bind(1, collection).bind(2, *kept).bind(3, now()).run();
    }
    transaction.commit();
    return true;
}

bool Research::remove(CollectionKind kind, const QString &name, const QList<qint64> &articleIds, QString *error)
{
    const auto collection = collectionId(kind, name.trimmed());
    if (!collection) {
        fail(error, tr("no %1 named '%2'").arg(kindName(kind), name));
        return false;
    }
    Transaction transaction(m_db);
    if (articleIds.isEmpty()) {
        Statement(m_db, "DELETE FROM collections WHERE id = ?").bind(1, *collection).run();
    } else {
        Statement remove(m_db, "DELETE FROM collection_items WHERE collection_id = ?1 AND kept_id = "
                               "(SELECT id FROM kept_articles WHERE article_id = ?2)");
        for (qint64 articleId : articleIds) {
            remove.reset();
            remove.bind(1, *collection).bind(2, articleId).run();
            if (m_db.changes() == 0) {
                fail(error, tr("article %1: not in this %2").arg(articleId).arg(kindName(kind)));
                return false;
            }
        }
    }
    transaction.commit();
    return true;
}

bool Research::isStarred(qint64 articleId)
{
    Statement select(m_db, "SELECT 1 FROM kept_articles k JOIN collection_items ci ON ci.kept_id = k.id "
                           "JOIN collections c ON c.id = ci.collection_id WHERE k.article_id = ?1 AND c.kind = 'star'");
    select.bind(1, articleId);
    return select.step();
}

std::optional<qint64> Research::addNote(qint64 articleId, const QString &text, const QString &quote, int start, QString *error)
{
    if (text.trimmed().isEmpty() && quote.isEmpty()) {
        fail(error, tr("a note needs a text or a passage"));
        return std::nullopt;
    }
    Transaction transaction(m_db);
    const auto kept = keep(articleId, error);
    if (!kept)
        return std::nullopt;
    if (!quote.isEmpty()) {
        QString held;
        if (m_remote) {
            const auto stored = m_remote->article(articleId);
            held = stored ? stored->article.body : QString();
        } else {
            Statement body(m_db, "SELECT body FROM articles WHERE id = ?");
            body.bind(1, articleId);
            body.step();
            held = body.text(0);
        }
        // The passage must be in the body; without an offset (or a wrong one) the nearest copy counts.
        if (start < 0 || held.mid(start, quote.size()) != quote)
            start = nearestOccurrence(held, quote, qMax(0, start));
        if (start < 0) {
            fail(error, tr("article %1: the passage is not in its text").arg(articleId));
            return std::nullopt;
        }
    } else {
        start = -1;
    }
    const QString stamp = now();
    Statement(m_db, "INSERT INTO notes(kept_id, text, quote, start, created, updated) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(1, *kept).bind(2, orEmpty(text)).bind(3, orEmpty(quote)).bind(4, start).bind(5, stamp).bind(6, stamp).run();
    const qint64 id = m_db.lastInsertId();
    transaction.commit();
    return id;
}

bool Research::editNote(qint64 noteId, const QString &text, QString *error)
{
    Statement(m_db, "UPDATE notes SET text = ?2, updated = ?3 WHERE id = ?1").bind(1, noteId).bind(2, orEmpty(text)).bind(3, now()).run();
    if (m_db.changes() == 0) {
        fail(error, tr("note %1: no such note").arg(noteId));
        return false;
    }
    return true;
}

bool Research::removeNote(qint64 noteId, QString *error)
{
    Statement(m_db, "DELETE FROM notes WHERE id = ?1").bind(1, noteId).run();
    if (m_db.changes() == 0) {
        fail(error, tr("note %1: no such note").arg(noteId));
        return false;
    }
    return true;
}

QList<Note> Research::notes(std::optional<qint64> articleId)
{
    QList<Note> out;
    Statement select(m_db, QStringLiteral("SELECT n.id, n.text, n.quote, n.start, n.anchored, n.created, n.updated, %1 "
                                          "FROM notes n JOIN kept_articles k ON k.id = n.kept_id %2 "
                                          "ORDER BY k.date, k.newspaper, k.page, k.ord, n.start, n.id")
                               .arg(QLatin1StringView(kKeptColumns), articleId ? u"WHERE k.article_id = ?1"_s : QString()));
    if (articleId)
        select.bind(1, *articleId);
    while (select.step()) {
        Note note;
        note.id = select.int64(0);
        note.text = select.text(1);
        note.quote = select.text(2);
        note.start = select.integer(3);
        note.anchored = select.integer(4) != 0;
        note.created = QDateTime::fromString(select.text(5), Qt::ISODateWithMs);
        note.updated = QDateTime::fromString(select.text(6), Qt::ISODateWithMs);
        note.article = readKept(select, 7);
        out.append(note);
    }
    return out;
}

bool Research::saveSearch(const SavedSearch &search, QString *error)
{
    if (search.name.trimmed().isEmpty() || search.query.trimmed().isEmpty()) {
        fail(error, tr("a saved search needs a name and a query"));
        return false;
    }
    QStringList pages;
    for (int page : search.pages)
        pages.append(QString::number(page));
    Statement(m_db, R"sql(
INSERT INTO saved_searches(name, query, date_from, date_to, pages, newspaper, column_name, author, sort, created)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
ON CONFLICT(name) DO UPDATE SET query = ?2, date_from = ?3, date_to = ?4, pages = ?5, newspaper = ?6,
    column_name = ?7, author = ?8, sort = ?9)sql")
        .bind(1, search.name.trimmed()).bind(2, search.query)
        .bind(3, search.from.isValid() ? search.from.toString(Qt::ISODate) : u""_s)
        .bind(4, search.to.isValid() ? search.to.toString(Qt::ISODate) : u""_s)
        .bind(5, orEmpty(pages.join(u','))).bind(6, orEmpty(search.newspaper)).bind(7, orEmpty(search.column))
        .bind(8, orEmpty(search.author)).bind(9, search.sort.isEmpty() ? u"rank"_s : search.sort).bind(10, now()).run();
    return true;
}

QList<SavedSearch> Research::savedSearches()
{
    QList<SavedSearch> out;
    Statement select(m_db, "SELECT id, name, query, date_from, date_to, pages, newspaper, column_name, author, sort, created "
                           "FROM saved_searches ORDER BY name");
    while (select.step()) {
        SavedSearch s;
        s.id = select.int64(0);
        s.name = select.text(1);
        s.query = select.text(2);
        s.from = QDate::fromString(select.text(3), Qt::ISODate);
        s.to = QDate::fromString(select.text(4), Qt::ISODate);
        for (const QString &page : select.text(5).split(u',', Qt::SkipEmptyParts))
            s.pages.append(page.toInt());
        s.newspaper = select.text(6);
        s.column = select.text(7);
        s.author = select.text(8);
        s.sort = select.text(9);
        s.created = QDateTime::fromString(select.text(10), Qt::ISODateWithMs);
        out.append(s);
    }
    return out;
}

bool Research::removeSavedSearch(const QString &name, QString *error)
{
    Statement(m_db, "DELETE FROM saved_searches WHERE name = ?1").bind(1, name.trimmed()).run();
    if (m_db.changes() == 0) {
        fail(error, tr("no saved search named '%1'").arg(name));
        return false;
    }
    return true;
}

} // namespace Baoku::Core
