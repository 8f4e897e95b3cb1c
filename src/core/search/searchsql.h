// The SQL shared by the Searcher and the FacetCounter: a MATCH on one of the FTS5 tables with the
// request's filters (dates, pages, newspaper, column, author), and the cancel hook. Internal to
// src/core/search.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace Baoku::Core {

class ProgressListener;
class Statement;
struct ParsedQuery;
struct SearchRequest;

struct SqlFilters final {
    QString from; // ISO dates, empty for no bound
    QString to;
    QList<int> pages; // any of them; empty for all
    bool noPage = false; // the query's page: and the request's pages have none in common
    QString newspaper;
    QString column;
    QString author;
    QStringList kinds; // as ParsedQuery::kinds; a condition on the rowid, so no join needed
    bool any() const; // whether articles and issues must be joined
    static SqlFilters of(const SearchRequest &request, const ParsedQuery &query);
};

// "SELECT <what> FROM <table> [JOIN articles a, issues i] WHERE <table> MATCH ?1 [filters] <tail>";
// ?1 is the expression, ?2–?6 the filters' values; pages are integers written into the SQL.
QString filteredMatchSql(const QString &table, const QString &what, const SqlFilters &filters, bool join,
                         const QString &tail);
void bindFilters(Statement &statement, const QString &expression, const SqlFilters &filters);

// Installs SQLite's progress handler for one search, so that a cancel aborts long statements.
class CancelGuard final {
public:
    CancelGuard(sqlite3 *db, const ProgressListener *listener);
    ~CancelGuard();
    CancelGuard(const CancelGuard &) = delete;
    CancelGuard &operator=(const CancelGuard &) = delete;

private:
    sqlite3 *m_db;
};

} // namespace Baoku::Core
