#include "core/search/ftsindex.h"

#include "core/common/progress.h"
#include "core/sql/database.h"
#include "core/search/tokencache.h"
#include "core/search/tokenizer.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <new>
#include <vector>

using namespace Qt::StringLiterals;

namespace Baoku::Core {

namespace {

// One instance per FTS5 table: "baoku" for search_fts, "baoku chars" for search_chars.
struct FtsTokenizer {
    TextTokenizer tokenizer;
    bool hanCharsOnly = false;
};

int createTokenizer(void *, const char **arguments, int count, Fts5Tokenizer **out)
{
    auto *tokenizer = new (std::nothrow) FtsTokenizer;
    if (!tokenizer)
        return SQLITE_NOMEM;
    tokenizer->hanCharsOnly = count > 0 && qstrcmp(arguments[0], "chars") == 0;
    *out = reinterpret_cast<Fts5Tokenizer *>(tokenizer);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<FtsTokenizer *>(tokenizer);
}

struct TokenContext {
    void *ftsContext;
    int (*xToken)(void *, int, const char *, int, int, int);
};

// Query strings come only from the query parser, which writes them already tokenized: each token
// is passed through as it is, separated by spaces. Documents are tokenized for real.
int tokenize(Fts5Tokenizer *tokenizer, void *ftsContext, int flags, const char *text, int length,
             int (*xToken)(void *, int, const char *, int, int, int))
{
    if (flags & FTS5_TOKENIZE_QUERY) {
        int start = 0;
        for (int i = 0; i <= length; ++i) {
            if (i == length || text[i] == ' ') {
                if (i > start) {
                    if (const int rc = xToken(ftsContext, 0, text + start, i - start, start, i))
                        return rc;
                }
                start = i + 1;
            }
        }
        return SQLITE_OK;
    }
    TokenContext context{ftsContext, xToken};
    const auto sink = [](void *c, const char *token, int tokenLength, int begin, int end, int) {
        auto *tc = static_cast<TokenContext *>(c);
        return tc->xToken(tc->ftsContext, 0, token, tokenLength, begin, end);
    };
    auto *fts = reinterpret_cast<FtsTokenizer *>(tokenizer);
    // An import's workers may have tokenized this text already (tokencache.h).
    const auto mode = fts->hanCharsOnly ? PretokenizedText::Mode::HanChars : PretokenizedText::Mode::Words;
    if (int rc = 0; PretokenizedText::instance().replay(mode, text, length, &context, sink, &rc))
        return rc;
    return fts->hanCharsOnly ? fts->tokenizer.tokenizeHanChars(text, length, &context, sink)
                             : fts->tokenizer.tokenize(text, length, &context, sink);
}

fts5_api *ftsApi(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

void registerTokenizer(sqlite3 *db)
{
    fts5_api *api = ftsApi(db);
    if (!api)
        throw DatabaseError(u"SQLite was built without FTS5"_s);
    static fts5_tokenizer methods{createTokenizer, deleteTokenizer, tokenize};
    if (api->xCreateTokenizer(api, "baoku", nullptr, &methods, nullptr) != SQLITE_OK)
        throw DatabaseError(u"cannot register the search tokenizer: "_s + QString::fromUtf8(sqlite3_errmsg(db)));
}

namespace {

// The searchable text of each article; version 4 adds a WHERE clause that leaves out queued ones.
constexpr const char *kSearchContent = R"sql(
SELECT a.id AS id,
       CASE WHEN a.captions = '' THEN a.body ELSE a.body || char(10) || a.captions END AS body,
       rtrim(a.title || char(10) || a.kicker || char(10) || a.subtitle, char(10)) AS title,
       coalesce((SELECT group_concat(name, char(10)) FROM
                   (SELECT p.name AS name FROM article_people ap JOIN people p ON p.id = ap.person_id
                     WHERE ap.article_id = a.id ORDER BY ap.position)), '') AS names,
       a.column_name AS column_name
FROM articles a)sql";

// Version 5: a continued article is searched as its first part holding the text of every part
// (articles.part_of, store/stitcher.h); the other parts are not in the index themselves.
constexpr const char *kStitchedContent = R"sql(
SELECT a.id AS id,
       a.body || coalesce((SELECT group_concat(part, '') FROM
                   (SELECT char(10) || p.body || CASE WHEN p.captions = '' THEN '' ELSE char(10) || p.captions END AS part
                    FROM articles p WHERE p.part_of = a.id ORDER BY p.page, p.ord, p.id)), '')
              || CASE WHEN a.captions = '' THEN '' ELSE char(10) || a.captions END AS body,
       rtrim(a.title || char(10) || a.kicker || char(10) || a.subtitle, char(10)) AS title,
       coalesce((SELECT group_concat(name, char(10)) FROM
                   (SELECT p.name AS name FROM article_people ap JOIN people p ON p.id = ap.person_id
                     WHERE ap.article_id = a.id ORDER BY ap.position)), '') AS names,
       a.column_name AS column_name
FROM articles a
WHERE a.part_of IS NULL AND NOT EXISTS (SELECT 1 FROM index_queue q WHERE q.article_id = a.id))sql";

} // namespace

void createSearchIndex(Database &db)
{
    // Title, kicker and subtitle form the title column; body and captions the body column; people
    // (bylines and signatures) in byline order the names column; the column name its own column.
    // Column 0 is body: FTS5 stores positions in column 0 without a column marker.
    db.exec(QString(u"CREATE VIEW search_content AS"_s + QString::fromUtf8(kSearchContent) + u';'));
    db.exec(R"sql(CREATE VIRTUAL TABLE search_fts USING fts5(body, title, names, column_name,
    content='search_content', content_rowid='id', tokenize='baoku', detail=full);
CREATE VIRTUAL TABLE search_chars USING fts5(body, title, names,
    content='search_content', content_rowid='id', tokenize='baoku chars', detail=none, columnsize=0);
CREATE VIRTUAL TABLE search_titles USING fts5(title,
    content='search_content', content_rowid='id', tokenize='baoku', detail=full);
INSERT INTO search_fts(search_fts, rank) VALUES('automerge', 8);
INSERT INTO search_chars(search_chars, rank) VALUES('automerge', 8);
)sql");
}

namespace {

// Reads the article's searchable text once and writes it with one-row INSERT … VALUES: an
// INSERT … SELECT opens a statement savepoint, at which FTS5 flushes its pending index data, which
// made indexing about a third slower.
void writeIndexes(Database &db, qint64 articleId, bool remove)
{
    Statement content(db, "SELECT body, title, names, column_name FROM search_content WHERE id = ?1");
    if (!content.bind(1, articleId).step())
        return;
    // As UTF-8, the way FTS5 reads them: no round trip through QString.
    const QByteArrayView body = content.textView(0), title = content.textView(1), names = content.textView(2),
                         column = content.textView(3);
    const char *const fts = remove
        ? "INSERT INTO search_fts(search_fts, rowid, body, title, names, column_name) VALUES('delete', ?1, ?2, ?3, ?4, ?5)"
        : "INSERT INTO search_fts(rowid, body, title, names, column_name) VALUES(?1, ?2, ?3, ?4, ?5)";
    Statement(db, fts).bind(1, articleId).bindText(2, body).bindText(3, title).bindText(4, names).bindText(5, column).run();
    const char *const chars = remove
        ? "INSERT INTO search_chars(search_chars, rowid, body, title, names) VALUES('delete', ?1, ?2, ?3, ?4)"
        : "INSERT INTO search_chars(rowid, body, title, names) VALUES(?1, ?2, ?3, ?4)";
    Statement(db, chars).bind(1, articleId).bindText(2, body).bindText(3, title).bindText(4, names).run();
    const char *const titles = remove
        ? "INSERT INTO search_titles(search_titles, rowid, title) VALUES('delete', ?1, ?2)"
        : "INSERT INTO search_titles(rowid, title) VALUES(?1, ?2)";
    Statement(db, titles).bind(1, articleId).bindText(2, title).run();
}

} // namespace

void indexArticle(Database &db, qint64 articleId)
{
    writeIndexes(db, articleId, false);
}

void unindexArticle(Database &db, qint64 articleId)
{
    writeIndexes(db, articleId, true);
}

void createIndexQueue(Database &db)
{
    // The view hides queued articles, so the index always matches its content (FTS5's
    // integrity-check holds) and unindexArticle of a queued article finds nothing to remove.
    db.exec(QString(u"CREATE TABLE index_queue(article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE);"
                    "DROP VIEW search_content;"
                    "CREATE VIEW search_content AS"_s
                    + QString::fromUtf8(kSearchContent)
                    + u"\nWHERE NOT EXISTS (SELECT 1 FROM index_queue q WHERE q.article_id = a.id);"_s));
}

void stitchSearchContent(Database &db)
{
    // No article has parts yet when this runs, so every indexed row keeps the same content.
    db.exec(QString(u"ALTER TABLE articles ADD COLUMN part_of INTEGER REFERENCES articles(id);"
                    "CREATE INDEX articles_by_part ON articles(part_of) WHERE part_of IS NOT NULL;"
                    "DROP VIEW search_content;"
                    "CREATE VIEW search_content AS"_s
                    + QString::fromUtf8(kStitchedContent) + u';'));
}

void queueArticle(Database &db, qint64 articleId)
{
    Statement(db, "INSERT INTO index_queue(article_id) VALUES(?1)").bind(1, articleId).run();
}

namespace {

// Each article leaves the queue before it is indexed, so that the view shows it to writeIndexes.
void takeFromQueue(Database &db, const std::vector<qint64> &ids)
{
    Statement take(db, "DELETE FROM index_queue WHERE article_id = ?1");
    for (const qint64 id : ids) {
        take.reset();
        take.bind(1, id).run();
        indexArticle(db, id);
    }
}

} // namespace

int indexQueued(Database &db)
{
    {
        Statement any(db, "SELECT EXISTS(SELECT 1 FROM index_queue)");
        if (!any.step() || any.integer(0) == 0)
            return 0; // no write lock for nothing: readers call this when they open the archive
    }
    Transaction transaction(db);
    std::vector<qint64> ids;
    Statement queued(db, "SELECT article_id FROM index_queue ORDER BY article_id");
    while (queued.step())
        ids.push_back(queued.int64(0));
    takeFromQueue(db, ids);
    transaction.commit();
    return int(ids.size());
}

qint64 queuedArticles(Database &db)
{
    Statement queued(db, "SELECT count(*) FROM index_queue");
    return queued.step() ? queued.int64(0) : 0;
}

qint64 indexQueuedInPortions(Database &db, ProgressListener *listener)
{
    if (sqlite3_get_autocommit(db.handle()) == 0)
        return indexQueued(db); // a savepoint: nothing can be committed in between
    qint64 total = 0, ceiling = 0;
    {
        Statement queued(db, "SELECT count(*), coalesce(max(article_id), 0) FROM index_queue");
        if (!queued.step() || queued.int64(0) == 0)
            return 0; // no write lock for nothing
        total = queued.int64(0);
        ceiling = queued.int64(1);
    }
    // Only what was queued at the start: an import running meanwhile queues more and indexes it
    // itself, and this loop must end.
    qint64 done = 0, after = 0;
    while (!(listener && listener->isCancelled())) {
        Transaction transaction(db);
        std::vector<qint64> ids;
        qint64 chars = 0;
        {
            Statement next(db, R"sql(SELECT q.article_id, length(a.body) + length(a.captions) + length(a.title)
FROM index_queue q JOIN articles a ON a.id = q.article_id
WHERE q.article_id > ?1 AND q.article_id <= ?2 ORDER BY q.article_id LIMIT 4096)sql");
            next.bind(1, after).bind(2, ceiling);
            while (chars < kQueuePortionChars && next.step()) {
                ids.push_back(next.int64(0));
                chars += next.int64(1);
            }
        }
        if (ids.empty())
            break; // the rest was indexed by someone else, or there is no rest
        takeFromQueue(db, ids);
        transaction.commit();
        after = ids.back();
        done += qint64(ids.size());
        if (listener)
            listener->progress(qMin(done, total), total, {});
    }
    return done;
}

namespace {

// The search's message, under the context it has always had (lupdate reads Msg::tr calls).
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Baoku::Core::Searcher)
};

// Forwards a search's cancel flag; a search reports no progress of its own.
class CancelOnly final : public ProgressListener {
public:
    explicit CancelOnly(const ProgressListener *cancel) : m_cancel(cancel) {}
    void progress(qint64, qint64, const QString &) override {}
    bool isCancelled() const override { return m_cancel && m_cancel->isCancelled(); }

private:
    const ProgressListener *m_cancel;
};

} // namespace

void requireIndexedQueue(Database &db, const ProgressListener *cancel)
{
    // Articles an import stored but has not indexed yet would be missing from the result. They
    // are indexed here, a portion at a time (each waiting for another writer as long as the busy
    // timeout allows); when that cannot be done the caller fails rather than answer with part of
    // the archive.
    const qint64 waiting = queuedArticles(db);
    if (waiting == 0)
        return;
    CancelOnly listener(cancel);
    try {
        indexQueuedInPortions(db, &listener);
    } catch (const DatabaseError &e) {
        if (listener.isCancelled())
            throw;
        throw DatabaseError(Msg::tr("stored articles waiting for the search index (%1) cannot be added to it now (%2); "
                                    "the result would be incomplete, so there is none")
                                .arg(waiting)
                                .arg(e.message()),
                            e.code());
    }
    if (listener.isCancelled())
        throw DatabaseError(u"interrupted"_s, SQLITE_INTERRUPT); // the caller reports a cancelled search
}

void setBulkHashSize(Database &db)
{
    for (const char *table : {"search_fts", "search_chars", "search_titles"}) {
        const QString name = QString::fromLatin1(table);
        bool set = false;
        {
            Statement held(db, QString(u"SELECT v FROM %1_config WHERE k = 'hashsize'"_s).arg(name));
            set = held.step() && held.int64(0) == kBulkHashSize;
        }
        if (set)
            continue;
        Statement(db, QString(u"INSERT INTO %1(%1, rank) VALUES('hashsize', ?1)"_s).arg(name))
            .bind(1, kBulkHashSize)
            .run();
    }
}

} // namespace Baoku::Core
