// Exact counts of a search's hits by year, month, newspaper, page, column and author (facets), and
// hits per year or month for one or several queries (the trend). See docs/search.md, "Facets".
#pragma once

#include "core/search/queryparser.h"
#include "core/search/searcher.h"

#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace Baoku::Core {

class Database;
class FacetTable;
class ProgressListener;
struct SqlFilters;

enum class Facet { Year, Month, Newspaper, Page, Column, Author };

struct FacetValue final {
    QString value; // "2024", "2024-03", a newspaper's name, "3", a column, a person's name
    qint64 count = 0;
    bool operator==(const FacetValue &) const = default;
};

struct FacetResult final {
    // Year, month and page in ascending order; the others by count, most first, then by value.
    // Articles without a column or without anyone named count in no value of those facets.
    QMap<Facet, QList<FacetValue>> facets;
    qint64 total = 0; // matching articles
    bool cancelled = false;
    QString error;
};

enum class TrendPeriod { Year, Month };

struct TrendResult final {
    QStringList periods;             // every year or month from the archive's first issue to its last
    QList<qint64> articles;          // articles held per period (under the same filters)
    QList<QList<qint64>> hits;       // per query, per period: matching articles
    bool cancelled = false;
    QString error;
};

// The in-memory table the counter keeps (docs/search.md, "Facets and trend"), for benchmarks.
struct FacetTableStats final {
    qint64 articles = 0; // articles held
    qint64 bytes = 0;    // memory held, approximately
    int loads = 0;       // loads so far (the first, then one after each change of the archive)
    double lastLoadMs = 0;
};

// Where a counter reads an archive not held by SQLite (PgArchive, docs/shared-archives.md): the
// rows of its table and the ids of the articles a query matches. Failures throw DatabaseError.
class FacetSource {
public:
    virtual ~FacetSource() = default;
    // One snapshot from begin() to end(), so the table and the matches see the same archive.
    virtual void begin() = 0;
    virtual void end() noexcept = 0;
    // Loads the table when it was never loaded or the archive changed since.
    virtual void refresh(FacetTable &table) = 0;
    // Every article whose text matches the query (its terms only; the counter applies filters and
    // kinds from the table), in any order; a cancelled listener stops it with an error.
    virtual void forEachMatch(const ParsedQuery &query, const ProgressListener *cancel,
                              const std::function<void(qint64)> &visit) = 0;
};

// Keeps a table of every article's year, month, newspaper, page, column, kind and people in
// memory, loaded on first use and again after the archive changed; one counter per connection,
// used from one thread at a time.
class FacetCounter final {
public:
    explicit FacetCounter(Database &db);
    explicit FacetCounter(std::unique_ptr<FacetSource> source);
    ~FacetCounter();
    FacetCounter(const FacetCounter &) = delete;
    FacetCounter &operator=(const FacetCounter &) = delete;

    static QString name(Facet facet); // "year", "month", …
    static bool fromName(const QString &name, Facet *facet);

    // The request's query and filters; its sort, window and snippet settings do not matter.
    FacetResult count(const SearchRequest &request, const QList<Facet> &facets,
                      const ProgressListener *cancel = nullptr);
    // Hits per period for each query, with the request's filters.
    TrendResult trend(const QStringList &queries, TrendPeriod period, const SearchRequest &filters,
                      const ProgressListener *cancel = nullptr);

    FacetTableStats tableStats() const;
    // Walks over a query's matches so far (each MATCH read once); a trend of the query that the
    // last count() walked, with the same filters but the dates, reuses that walk (for tests).
    int walks() const { return m_walks; }

private:
    // Hits per issue of the last completed walk, under every filter but the dates, so that the
    // trend of the query just counted (the app's timeline after its facets) needs no walk of its own.
    struct Walk {
        QString key; // the MATCH and the filters but the dates
        int tableLoads = -1;
        std::vector<qint64> perIssue;
    };

    void refreshTable(bool callerTransaction);
    FacetResult run(const SearchRequest &request, const ParsedQuery &query, const QList<Facet> &facets,
                    const ProgressListener *cancel);
    static QString walkKey(const ParsedQuery &query, const SqlFilters &filters);
    const Walk *recentWalk(const QString &key) const;

    Database *m_db = nullptr;
    std::unique_ptr<FacetSource> m_source; // instead of m_db
    QueryParser m_parser;
    std::unique_ptr<FacetTable> m_table;
    static constexpr qsizetype kRecentWalks = 4;
    QList<Walk> m_recentWalks; // newest first, a few (the current query and those compared with it)
    int m_walks = 0;
};

} // namespace Baoku::Core
