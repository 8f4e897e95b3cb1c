// PgArchive::search: the Searcher's contract (docs/search.md) on PostgreSQL. Each query term is a
// tsquery phrase over the tsvector chunks of search_terms (GIN index), the query's AND/OR/NOT are
// set operations on article ids, and the order is the SQLite archive's: bm25 exactly as FTS5
// computes it, or for very common terms title hits first, then newest; or date.
#include "core/store/pgarchive.h"

#include "core/common/progress.h"
#include "core/search/searcher.h"
#include "core/search/snippet.h"
#include "core/search/textfold.h"
#include "core/search/tokenizer.h"
#include "core/store/pgterms.h"

#include <QHash>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <thread>

using namespace Qt::StringLiterals;

namespace Baoku::Core {

namespace {

// While a search runs, a cancelled listener cancels the statement on the server.
class CancelWatch final {
public:
    CancelWatch(const PgConnection &connection, const ProgressListener *listener)
    {
        if (!listener)
            return;
        m_thread = std::jthread([&connection, listener](std::stop_token stop) {
            while (!stop.stop_requested()) {
                if (listener->isCancelled()) {
                    connection.cancel();
                    return;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });
    }

private:
    std::jthread m_thread;
};

// Builds the SQL of one search: a CTE per distinct term, parameters numbered as they come.
class SqlBuilder final {
public:
    QString param(const PgValue &value)
    {
        params.append(value);
        return u'$' + QString::number(params.size());
    }
    // The article ids whose columns of the term's field hold its phrase.
    QString termSet(const QueryTerm &term, bool titleOnly)
    {
        const QString key = QString::fromUtf8(tsqueryOf(term)) + u'|' + QString::number(int(term.field)) + (titleOnly ? u"t"_s : u""_s);
        if (const auto found = m_names.constFind(key); found != m_names.constEnd())
            return *found;
        const QList<int> columns = titleOnly ? QList<int>{1} : columnsOf(term.field);
        QStringList cols;
        for (int c : columns)
            cols.append(QString::number(c));
        const QString name = u"t"_s + QString::number(m_names.size());
        ctes.append(name + u" AS (SELECT DISTINCT article_id FROM search_terms WHERE col IN ("_s + cols.join(u',')
                    + u") AND terms @@ "_s + param(tsqueryOf(term)) + u"::tsquery)"_s);
        m_names.insert(key, name);
        return name;
    }
    // The query's boolean structure as set operations on the term sets.
    QString expression(const ParsedQuery &query, bool titleOnly)
    {
        QStringList groups;
        for (const auto &group : query.groups) {
            QStringList alternatives;
            for (const QueryTerm &term : group)
                alternatives.append(u"SELECT article_id FROM "_s + termSet(term, titleOnly));
            groups.append(u'(' + alternatives.join(u" UNION "_s) + u')');
        }
        QString sql = groups.join(u" INTERSECT "_s);
        if (!query.excluded.isEmpty()) {
            QStringList excluded;
            for (const QueryTerm &term : query.excluded)
                excluded.append(u"SELECT article_id FROM "_s + termSet(term, titleOnly));
            sql = u'(' + sql + u") EXCEPT ("_s + excluded.join(u" UNION "_s) + u')';
        }
        return sql;
    }
    QString with() const { return u"WITH "_s + ctes.join(u", "_s) + u' '; }

    QList<PgValue> params;
    QStringList ctes;

private:
    QHash<QString, QString> m_names;
};

// The request's filters on articles a joined with issues i (as searchsql.cpp writes them for SQLite).
QString filterSql(SqlBuilder &sql, const SearchRequest &request, const ParsedQuery &query)
{
    QStringList where;
    if (request.from.isValid())
        where.append(u"i.shown_date >= "_s + sql.param(pgText(request.from.toString(Qt::ISODate))));
    if (request.to.isValid())
        where.append(u"i.shown_date <= "_s + sql.param(pgText(request.to.toString(Qt::ISODate))));
    QList<int> pages;
    bool noPage = false;
    if (query.pages.isEmpty() || request.pages.isEmpty()) {
        pages = query.pages.isEmpty() ? request.pages : query.pages;
    } else {
        for (int page : query.pages) {
            if (request.pages.contains(page) && !pages.contains(page))
                pages.append(page);
        }
        noPage = pages.isEmpty();
    }
    if (noPage) {
        where.append(u"false"_s);
    } else if (!pages.isEmpty()) {
        QStringList list;
        for (int page : pages)
            list.append(QString::number(page));
        where.append(u"a.page IN ("_s + list.join(u',') + u')');
    }
    if (!request.newspaper.isEmpty())
        where.append(u"i.newspaper_id IN (SELECT id FROM newspapers WHERE name = "_s + sql.param(pgText(request.newspaper)) + u')');
    if (!request.column.isEmpty())
        where.append(u"a.column_name = "_s + sql.param(pgText(request.column)));
    if (!request.author.isEmpty())
        where.append(u"EXISTS (SELECT 1 FROM article_people ap JOIN people p ON p.id = ap.person_id "
                     "WHERE ap.article_id = a.id AND p.name = "_s + sql.param(pgText(request.author)) + u')');
    // Advertisements only when kind: asks for them, as in SQLite.
    if (query.kinds.isEmpty()) {
        where.append(u"a.kind IS DISTINCT FROM 'advertisement'"_s);
    } else if (!query.kinds.contains(u"*"_s)) {
        QStringList kinds;
        for (const QString &kind : query.kinds)
            kinds.append(sql.param(pgText(kind)));
        where.append(u"a.kind IN ("_s + kinds.join(u',') + u')');
    }
    return where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);
}

// FTS5's bm25 (fts5_aux.c) with Baoku's column weights, computed on the client from the tokens of
// the matching articles, so that ranked results come in the SQLite archive's order.
class Bm25 final {
public:
    static constexpr double kWeights[4] = {1.0, 10.0, 4.0, 2.0};

    Bm25(const PgConnection &connection, const ParsedQuery &query)
    {
        const PgResult stats = connection.exec(
            "SELECT (SELECT value FROM baoku_meta WHERE key = 'rows'), (SELECT value FROM baoku_meta WHERE key = 'tokens')");
        m_rows = stats.int64(0, 0);
        const double tokens = double(stats.int64(0, 1));
        m_avgdl = m_rows > 0 ? tokens / double(m_rows) : 0.0;
        // The phrases in FTS5's order: every group's alternatives, then the exclusions.
        for (const auto &group : query.groups)
            m_phrases.append(group);
        m_phrases.append(query.excluded);
        for (const QueryTerm &term : std::as_const(m_phrases)) {
            m_hanText.append(hanText(term));
            QStringList cols;
            for (int c : columnsOf(term.field))
                cols.append(QString::number(c));
            const PgResult hits = connection.exec(
                u"SELECT count(DISTINCT article_id) FROM search_terms WHERE col IN ("_s + cols.join(u',')
                    + u") AND terms @@ $1::tsquery"_s,
                {tsqueryOf(term)});
            const double n = double(hits.int64(0, 0));
            double idf = std::log((double(m_rows) - n + 0.5) / (n + 0.5));
            if (idf <= 0.0)
                idf = 1e-6;
            m_idf.push_back(idf);
        }
    }

    // columns: the article's body, title, names, column as search_docs holds them; total: its
    // token count.
    // Whether every phrase is counted in the folded text (score's `folded` is then enough).
    bool foldedOnly() const
    {
        return std::none_of(m_hanText.cbegin(), m_hanText.cend(), [](const QString &han) { return han.isEmpty(); });
    }

    double score(const QString columns[4], const QString folded[4], qint64 total, TextTokenizer &tokenizer) const
    {
        constexpr double k1 = 1.2;
        constexpr double b = 0.75;
        const double d = double(total);
        double score = 0.0;
        std::vector<std::string> tokens[4];
        bool isTokenized[4] = {false, false, false, false};
        for (qsizetype i = 0; i < m_phrases.size(); ++i) {
            const QueryTerm &term = m_phrases.at(i);
            const QString &han = m_hanText.at(i);
            double freq = 0.0;
            for (int c : columnsOf(term.field)) {
                int instances = 0;
                if (!han.isEmpty()) {
                    for (qsizetype at = folded[c].indexOf(han); at >= 0; at = folded[c].indexOf(han, at + 1))
                        ++instances;
                } else {
                    if (!isTokenized[c]) {
                        tokens[c] = documentTokens(tokenizer, columns[c]);
                        isTokenized[c] = true;
                    }
                    instances = phraseInstances(term, tokens[c]);
                }
                for (int k = 0; k < instances; ++k)
                    freq += kWeights[c];
            }
            score += m_idf[size_t(i)] * ((freq * (k1 + 1.0)) / (freq + k1 * (1 - b + b * d / m_avgdl)));
        }
        return -1.0 * score;
    }

private:
    // For a term of Han bigrams only (or one Han character as a prefix), the folded characters:
    // its instances are then exactly its overlapping occurrences in the folded text, since every
    // Han character starts one token and bigrams never cross a run. Empty for any other term.
    static QString hanText(const QueryTerm &term)
    {
        QString text;
        for (size_t i = 0; i < term.tokens.size(); ++i) {
            const Token &token = term.tokens[i];
            const QString chars = QString::fromStdString(token.text);
            const bool lone = term.prefix && term.tokens.size() == 1;
            if (token.hanUnigram && !lone)
                return {};
            if (chars.size() != (lone ? 1 : 2) || !std::all_of(chars.begin(), chars.end(), [](QChar c) { return isHanChar(c.unicode()); }))
                return {};
            if (i == 0)
                text = chars;
            else if (text.back() == chars.front())
                text += chars.back();
            else
                return {};
        }
        return text;
    }

    QList<QueryTerm> m_phrases;
    QStringList m_hanText;
    std::vector<double> m_idf;
    qint64 m_rows = 0;
    double m_avgdl = 0;
};

} // namespace

void PgArchive::forEachMatch(const ParsedQuery &query, const ProgressListener *cancel,
                             const std::function<void(qint64)> &visit) const
{
    SqlBuilder sql;
    const QString expression = sql.expression(query, false);
    const CancelWatch watch(m_connection, cancel);
    const PgResult ids = m_connection.exec(sql.with() + u"SELECT article_id FROM ("_s + expression + u") m"_s, sql.params);
    for (int row = 0; row < ids.rows(); ++row)
        visit(ids.int64(row, 0));
}

SearchResult PgArchive::search(const SearchRequest &request, const ProgressListener *cancel) const
{
    const ParsedQuery query = m_parser->parse(request.query);
    if (!query.error.isEmpty()) {
        SearchResult result;
        result.error = query.error;
        return result;
    }
    if (query.isEmpty())
        return {};
    SearchResult result;
    CancelWatch watch(m_connection, cancel);
    try {
        SqlBuilder sql;
        const QString matches = sql.expression(query, false);
        const QString filters = filterSql(sql, request, query);
        const QString lone = query.loneHanChar();
        const QString titleExpression = query.titleExpression();
        const QString titles = lone.isEmpty() && !titleExpression.isEmpty() ? sql.expression(query, true) : QString();
        // Every statement starts with all the term sets (WITH), then reads the filtered matches.
        const QString with = sql.with();
        const QString filtered = u"SELECT a.id FROM ("_s + matches
            + u") m JOIN articles a ON a.id = m.article_id JOIN issues i ON i.id = a.issue_id"_s + filters;
        const bool counted = request.withTotal || !lone.isEmpty() || (request.sort == SearchSort::Rank && request.limit > 0);
        if (counted)
            result.total = m_connection.exec(with + u"SELECT count(*) FROM ("_s + filtered + u") f"_s, sql.params).int64(0, 0);
        const qint64 offset = qMax(0, request.offset);
        const qint64 limit = qMax(0, request.limit);
        const QString window = u" LIMIT %1 OFFSET %2"_s.arg(limit).arg(offset);
        const bool common = counted && result.total >= Searcher::kCommonTermHits;
        QList<QPair<qint64, double>> rows;
        if (limit == 0) {
            // only the count was wanted
        } else if (request.sort == SearchSort::Date) {
            const PgResult r = m_connection.exec(
                with + filtered + u" ORDER BY i.shown_date DESC, a.page, a.ord, a.id"_s + window,
                sql.params);
            for (int row = 0; row < r.rows(); ++row)
                rows.append({r.int64(row, 0), 0.0});
        } else if (common) {
            // Title hits first when the query can be asked of titles alone, then the rest; each newest imported first.
            result.cheapOrder = true;
            const QString order = titles.isEmpty() ? u" ORDER BY f.id DESC"_s
                                                   : u" ORDER BY f.id IN ("_s + titles + u") DESC, f.id DESC"_s;
            const PgResult r = m_connection.exec(with + u"SELECT f.id FROM ("_s + filtered + u") f"_s + order + window, sql.params);
            for (int row = 0; row < r.rows(); ++row)
                rows.append({r.int64(row, 0), 0.0});
        } else {
            // Fewer than kCommonTermHits articles: each is scored as FTS5's bm25 would.
            const Bm25 bm25(m_connection, query);
            // Han terms are counted in the folded text alone, which saves tokenizing every match.
            const bool foldedOnly = bm25.foldedOnly();
            const PgResult r = m_connection.exec(
                with + u"SELECT d.article_id, d.folded[1], d.folded[2], d.folded[3], d.folded[4], d.tokens, "_s
                    + (foldedOnly ? u"'', '', '', ''"_s : u"d.body, d.title, d.names, d.column_name"_s) + u" FROM ("_s
                    + filtered + u") f JOIN search_docs d ON d.article_id = f.id"_s,
                sql.params);
            TextTokenizer tokenizer;
            QList<QPair<qint64, double>> scored;
            for (int row = 0; row < r.rows(); ++row) {
                const QString folded[4] = {r.text(row, 1), r.text(row, 2), r.text(row, 3), r.text(row, 4)};
                const QString columns[4] = {r.text(row, 6), r.text(row, 7), r.text(row, 8), r.text(row, 9)};
                scored.append({r.int64(row, 0), bm25.score(columns, folded, r.int64(row, 5), tokenizer)});
            }
            std::stable_sort(scored.begin(), scored.end(), [](const auto &x, const auto &y) {
                return x.second < y.second || (x.second == y.second && x.first < y.first);
            });
            rows = scored.mid(offset, limit);
        }
        for (const auto &[id, score] : rows) {
            SearchHit hit;
            hit.articleId = id;
            hit.score = score;
            result.hits.append(hit);
        }
        if (result.hits.isEmpty())
            return result;
        // The hits' dates, titles, bylines and snippets, as the Searcher fills them.
        QList<qint64> ids;
        for (const auto &hit : std::as_const(result.hits))
            ids.append(hit.articleId);
        QByteArray idList = "{";
        for (qsizetype i = 0; i < ids.size(); ++i)
            idList += (i ? "," : "") + QByteArray::number(ids.at(i));
        idList += '}';
        const PgResult details = m_connection.exec(
            "SELECT a.id, i.shown_date, a.page, a.title, d.body, d.title, d.names, d.column_name, a.kind "
            "FROM articles a JOIN issues i ON i.id = a.issue_id JOIN search_docs d ON d.article_id = a.id "
            "WHERE a.id = ANY($1::bigint[])",
            {idList});
        QHash<qint64, int> rowOf;
        for (int row = 0; row < details.rows(); ++row)
            rowOf.insert(details.int64(row, 0), row);
        const PgResult people = m_connection.exec(
            "SELECT ap.article_id, p.name FROM article_people ap JOIN people p ON p.id = ap.person_id "
            "WHERE ap.article_id = ANY($1::bigint[]) AND ap.role <> 'signature' ORDER BY ap.article_id, ap.position",
            {idList});
        SnippetMaker maker(query.positiveTerms());
        const QueryField fields[] = {QueryField::Any, QueryField::Title, QueryField::Author, QueryField::Column};
        for (SearchHit &hit : result.hits) {
            const auto found = rowOf.constFind(hit.articleId);
            if (found == rowOf.constEnd())
                continue;
            const int row = *found;
            hit.date = QDate::fromString(details.text(row, 1), Qt::ISODate);
            hit.page = details.integer(row, 2);
            hit.title = details.text(row, 3);
            hit.advertisement = details.text(row, 8) == u"advertisement"_s;
            for (int p = 0; p < people.rows(); ++p) {
                if (people.int64(p, 0) == hit.articleId)
                    hit.bylines.append(people.text(p, 1));
            }
            if (!request.withSnippets)
                continue;
            Snippet best;
            for (int column = 0; column < 4; ++column) {
                Snippet snippet = maker.make(details.text(row, 4 + column), fields[column], request.snippetLength);
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
    } catch (const PgError &e) {
        result = {};
        result.cancelled = cancel && cancel->isCancelled();
        if (!result.cancelled)
            result.error = e.message();
    }
    return result;
}

} // namespace Baoku::Core
