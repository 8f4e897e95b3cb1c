// Search over an archive: query text and filters in, ranked hits with marked snippets and the
// exact total count out. Used by `baoku-cli search` and the app's search worker.
#pragma once

#include "core/search/queryparser.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Baoku::Core {

class Database;
class ProgressListener;

enum class SearchSort { Rank, Date };

// Where a page of a search in the common-term order ended (docs/search.md): the next page continues
// after this row (keyset paging), which costs the same at row 50,000 as at row 50, where an OFFSET
// walks every row before it.
struct SearchCursor final {
    bool valid = false;
    bool inTitles = false; // the last row was a title hit (title hits come first)
    qint64 lastId = 0;     // the last row's article id (rows come newest imported first)
    bool operator==(const SearchCursor &) const = default;
};

struct SearchRequest final {
    QString query;
    QDate from; // inclusive; invalid for no bound
    QDate to;
    // Exact filters, as a facet value applies them (docs/search.md, "Facets"); empty for none.
    QList<int> pages;  // any of these pages (and of the query's page: terms)
    QString newspaper; // the newspaper's name
    QString column;    // the column (栏目) exactly
    QString author;    // someone named in a byline or signature, exactly
    SearchSort sort = SearchSort::Rank;
    int limit = 50;
    int offset = 0;
    // A valid cursor (a previous page's SearchResult::next) continues that search in place of
    // `offset`, and without counting again unless withTotal asks for it.
    SearchCursor after;
    bool withTotal = true; // a ranked search counts anyway: its order depends on the count
    // Counts only up to kCommonTermHits: a rarer query's total is exact, a common one's is left
    // to the caller (total -1), which counts it elsewhere (the app, with the facets' walk over the
    // same hits) rather than walk every hit twice.
    bool deferCommonTotal = false;
    bool withSnippets = true;
    int snippetLength = 80; // characters
    QString markOpen = QStringLiteral("\u27E6");  // ⟦
    QString markClose = QStringLiteral("\u27E7"); // ⟧
};

struct SearchHit final {
    qint64 articleId = 0;
    QDate date;
    int page = 0;
    QString title;
    bool advertisement = false;        // found with kind:ad; the app labels it, having no title
    QStringList bylines;               // names in byline order (signatures excluded)
    QString snippet;                   // snippetText with the request's markers around matches
    QString snippetText;               // plain
    QList<QPair<int, int>> highlights; // (start, length) in snippetText
    double score = 0;                  // bm25 (lower is better); 0 in date or common-term order
};

struct SearchResult final {
    QList<SearchHit> hits;
    qint64 total = 0;        // exact number of matching articles (when requested); -1 when deferred
    bool cheapOrder = false; // very common terms: title hits first, then newest (see docs/search.md)
    SearchCursor next;       // in that order, where the next page continues; invalid otherwise
    bool cancelled = false;
    QString error;           // set when the query is refused or the archive could not be searched
                             // completely; hits are then empty
};

class Searcher final {
public:
    explicit Searcher(Database &db);

    // Queries matching at least this many articles skip bm25 (see docs/search.md): bm25 costs
    // a few microseconds per matching article.
    static constexpr qint64 kCommonTermHits = 2000;

    // Runs on the calling thread; `cancel` (may be null) is polled while SQLite works.
    SearchResult search(const SearchRequest &request, const ProgressListener *cancel = nullptr);

private:
    SearchResult run(const SearchRequest &request, const ParsedQuery &query);
    void fillHits(QList<SearchHit> &hits, const SearchRequest &request, const ParsedQuery &query);

    Database &m_db;
    QueryParser m_parser;
};

} // namespace Baoku::Core
