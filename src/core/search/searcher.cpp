#include "core/search/searcher.h"

#include "core/common/progress.h"
#include "core/search/ftsindex.h"
#include "core/search/searchsql.h"
#include "core/search/snippet.h"
#include "core/sql/database.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Baoku::Core {

namespace {

// bm25 weights by column (body, title, names, column name): a title hit outranks body hits.
constexpr const char *kRank = "bm25(search_fts, 1.0, 10.0, 4.0, 2.0)";

} // namespace

Searcher::Searcher(Database &db)
    : m_db(db)
{
    // Searching reads doclists and article text all over a large file: a bigger page cache and
    // memory-mapped reads spare most read() calls. Both only affect this connection.
    if (m_db.isOpen())
        m_db.exec("PRAGMA cache_size = -65536; PRAGMA mmap_size = 1073741824;");
}

SearchResult Searcher::search(const SearchRequest &request, const ProgressListener *cancel)
{
    const ParsedQuery query = m_parser.parse(request.query);
    if (!query.error.isEmpty()) {
        SearchResult result;
        result.error = query.error;
        return result;
    }
    if (query.isEmpty())
        return {};
    CancelGuard guard(m_db.handle(), cancel);
    try {
        requireIndexedQueue(m_db, cancel); // never an answer from part of the archive
        return run(request, query);
    } catch (const DatabaseError &e) {
        SearchResult result;
        result.cancelled = cancel && cancel->isCancelled();
        if (!result.cancelled)
            result.error = e.message();
        return result;
    }
}

SearchResult Searcher::run(const SearchRequest &request, const ParsedQuery &query)
{
    SearchResult result;
    const QString expression = query.ftsExpression();
    const SqlFilters filters = SqlFilters::of(request, query);
    const bool join = filters.any();
    const QString window = u"LIMIT %1 OFFSET %2"_s.arg(qMax(0, request.limit)).arg(qMax(0, request.offset));

    // One Han character alone: counted (and, when common, listed) from the character index,
    // since a prefix query over every bigram starting with it would merge thousands of lists.
    const QString lone = query.loneHanChar();
    const QString fts = u"search_fts"_s;
    const QString chars = u"search_chars"_s;
    const QString charsExpression = u'"' + lone + u'"';
    // Rank order depends on the count (common terms skip bm25), so every page of a ranked search
    // counts: otherwise a later page without withTotal would come in another order. A cursor only
    // comes from a page in the common-term order, so the page it continues needs no count.
    const SearchCursor &after = request.after;
    const bool continued = after.valid && request.sort == SearchSort::Rank;
    const bool counted = request.withTotal
        || (!continued && (!lone.isEmpty() || (request.sort == SearchSort::Rank && request.limit > 0)));
    bool deferred = false;
    if (counted && request.deferCommonTotal) {
        // Whether the query is common needs only the first kCommonTermHits matches.
        const QString sql = filteredMatchSql(lone.isEmpty() ? fts : chars, u"1"_s, filters, join,
                                             u"LIMIT %1"_s.arg(kCommonTermHits));
        Statement count(m_db, u"SELECT count(*) FROM ("_s + sql + u')');
        bindFilters(count, lone.isEmpty() ? expression : charsExpression, filters);
        if (count.step())
            result.total = count.int64(0);
        deferred = result.total >= kCommonTermHits;
    } else if (counted) {
        Statement count(m_db, filteredMatchSql(lone.isEmpty() ? fts : chars, u"count(*)"_s, filters, join, {}));
        bindFilters(count, lone.isEmpty() ? expression : charsExpression, filters);
        if (count.step())
            result.total = count.int64(0);
    }
    const qint64 offset = continued ? 0 : qMax(0, request.offset);
    const qint64 limit = qMax(0, request.limit);
    QList<QPair<qint64, double>> rows;
    // `before` > 0 continues below that rowid (bound as ?7, after the filters' parameters).
    const auto below = [](const QString &table, qint64 before) {
        return before > 0 ? u"AND "_s + table + u".rowid < ?7 "_s : QString();
    };
    const auto collect = [&](const QString &table, const QString &what, const QString &expr, bool withJoin,
                             const QString &tail, qint64 before = 0) {
        Statement select(m_db, filteredMatchSql(table, what, filters, withJoin, below(table, before) + tail));
        bindFilters(select, expr, filters);
        if (before > 0)
            select.bind(7, before);
        while (select.step())
            rows.append({select.int64(0), select.columnCount() > 1 ? select.real(1) : 0.0});
    };
    const bool common = continued || (counted && result.total >= kCommonTermHits);
    qint64 titleRows = 0; // rows of this page that are title hits (the common-term order's first part)
    if (limit == 0) {
        // only the count was wanted
    } else if (request.sort == SearchSort::Date) {
        const QString &table = lone.isEmpty() ? fts : chars;
        collect(table, table + u".rowid"_s, lone.isEmpty() ? expression : charsExpression, true,
                u"ORDER BY i.shown_date DESC, a.page, a.ord "_s + window);
    } else if (common && !lone.isEmpty()) {
        result.cheapOrder = true; // newest imported first
        collect(chars, u"search_chars.rowid"_s, charsExpression, join,
                u"ORDER BY search_chars.rowid DESC LIMIT %1 OFFSET %2"_s.arg(limit).arg(offset),
                continued ? after.lastId : 0);
    } else if (common) {
        // Many articles match: bm25 tells little and costs a pass over all of them. Title hits
        // come first, then the rest, each newest imported first.
        result.cheapOrder = true;
        // Title hits come from the small title index, up to the end of the page asked for:
        // fewer than that means all of them, so they need no count of their own.
        const QString titleExpression = query.titleExpression();
        qint64 titleHits = 0;
        QString rest = expression;
        // A cursor past the title hits continues in the rest; one inside them continues there.
        const bool titlesLeft = !continued || after.inTitles;
        const qint64 titlesBefore = continued && after.inTitles ? after.lastId : 0;
        if (titleExpression.isEmpty() || !titlesLeft) {
            // no title hits to list first
        } else if (query.excluded.isEmpty()) {
            collect(u"search_titles"_s, u"search_titles.rowid"_s, titleExpression, join,
                    u"ORDER BY search_titles.rowid DESC LIMIT %1"_s.arg(offset + limit), titlesBefore);
        } else {
            // The title index sees an excluded word only in titles; each title hit is checked
            // against the whole article, as the count was, until the page is full.
            Statement titles(m_db, filteredMatchSql(u"search_titles"_s, u"search_titles.rowid"_s, filters, join,
                                                    below(u"search_titles"_s, titlesBefore)
                                                        + u"ORDER BY search_titles.rowid DESC"_s));
            bindFilters(titles, titleExpression, filters);
            if (titlesBefore > 0)
                titles.bind(7, titlesBefore);
            Statement whole(m_db, "SELECT 1 FROM search_fts WHERE search_fts MATCH ?1 AND rowid = ?2");
            while (rows.size() < offset + limit && titles.step()) {
                whole.reset();
                whole.bind(1, expression);
                whole.bind(2, titles.int64(0));
                if (whole.step())
                    rows.append({titles.int64(0), 0.0});
            }
        }
        if (!titleExpression.isEmpty()) {
            titleHits = rows.size();
            rows = rows.mid(qMin(titleHits, offset));
            titleRows = rows.size();
            rest = u'(' + expression + u") NOT {title} : ("_s + expression + u')';
        }
        const qint64 wanted = limit - rows.size();
        if (wanted > 0)
            collect(fts, u"search_fts.rowid"_s, rest, join,
                    u"ORDER BY search_fts.rowid DESC LIMIT %1 OFFSET %2"_s.arg(wanted).arg(qMax<qint64>(0, offset - titleHits)),
                    continued && !after.inTitles ? after.lastId : 0);
    } else {
        collect(fts, u"search_fts.rowid, "_s + QString::fromLatin1(kRank), expression, join, u"ORDER BY 2 "_s + window);
    }
    if (deferred)
        result.total = -1;
    if (result.cheapOrder && !rows.isEmpty()) {
        result.next.valid = true;
        result.next.lastId = rows.constLast().first;
        result.next.inTitles = titleRows == rows.size();
    }

    for (const auto &[id, score] : rows) {
        SearchHit hit;
        hit.articleId = id;
        hit.score = score;
        result.hits.append(hit);
    }
    fillHits(result.hits, request, query);
    return result;
}

void Searcher::fillHits(QList<SearchHit> &hits, const SearchRequest &request, const ParsedQuery &query)
{
    if (hits.isEmpty())
        return;
    Statement row(m_db, R"sql(
SELECT i.shown_date, a.page, a.title, c.body, c.title, c.names, c.column_name, a.kind
FROM articles a JOIN issues_dated i ON i.id = a.issue_id JOIN search_content c ON c.id = a.id
WHERE a.id = ?1)sql");
    Statement people(m_db, "SELECT p.name FROM article_people ap JOIN people p ON p.id = ap.person_id "
                           "WHERE ap.article_id = ?1 AND ap.role <> 'signature' ORDER BY ap.position");
    SnippetMaker maker(query.positiveTerms());
    const QueryField fields[] = {QueryField::Any, QueryField::Title, QueryField::Author, QueryField::Column};
    for (SearchHit &hit : hits) {
        row.reset();
        row.bind(1, hit.articleId);
        if (!row.step())
            continue;
        hit.date = QDate::fromString(row.text(0), Qt::ISODate);
        hit.page = row.integer(1);
        hit.title = row.text(2);
        hit.advertisement = row.text(7) == u"advertisement"_s;
        people.reset();
        people.bind(1, hit.articleId);
        while (people.step())
            hit.bylines.append(people.text(0));
        if (!request.withSnippets)
            continue;
        // The snippet comes from the first column that holds a match: body, title, names, column.
        Snippet best;
        for (int column = 0; column < 4; ++column) {
            Snippet snippet = maker.make(row.text(3 + column), fields[column], request.snippetLength);
            if (column == 0)
                best = snippet;
            if (snippet.matched) {
                best = snippet;
                break;
            }
        }
        hit.snippetText = best.text;
        hit.highlights = best.highlights;
        hit.snippet = best.marked(request.markOpen, request.markClose);
    }
}

} // namespace Baoku::Core
