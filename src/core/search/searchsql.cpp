#include "core/search/searchsql.h"

#include "core/common/progress.h"
#include "core/search/queryparser.h"
#include "core/search/searcher.h"
#include "core/sql/database.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Baoku::Core {

namespace {

int interruptIfCancelled(void *listener)
{
    return static_cast<const ProgressListener *>(listener)->isCancelled() ? 1 : 0;
}

// Advertisements are left out unless the query asks for them with kind:. The kinds are the
// parser's fixed names, never user text; the subquery reads a partial index (schema.cpp).
QString kindCondition(const QString &table, const QStringList &kinds)
{
    if (kinds.contains(u"*"_s))
        return {};
    if (kinds.isEmpty())
        return u" AND "_s + table + u".rowid NOT IN (SELECT id FROM articles WHERE kind = 'advertisement')"_s;
    QStringList quoted;
    for (const auto &kind : kinds)
        quoted.append(u'\'' + QString(kind).remove(u'\'') + u'\'');
    return u" AND "_s + table + u".rowid IN (SELECT id FROM articles WHERE kind IN ("_s + quoted.join(u',') + u"))"_s;
}

} // namespace

bool SqlFilters::any() const
{
    return !from.isEmpty() || !to.isEmpty() || !pages.isEmpty() || noPage || !newspaper.isEmpty()
        || !column.isEmpty() || !author.isEmpty();
}

SqlFilters SqlFilters::of(const SearchRequest &request, const ParsedQuery &query)
{
    SqlFilters filters;
    if (request.from.isValid())
        filters.from = request.from.toString(Qt::ISODate);
    if (request.to.isValid())
        filters.to = request.to.toString(Qt::ISODate);
    // The query's page: terms and the request's pages both filter, so a page must be in both.
    if (query.pages.isEmpty() || request.pages.isEmpty()) {
        filters.pages = query.pages.isEmpty() ? request.pages : query.pages;
    } else {
        for (int page : query.pages) {
            if (request.pages.contains(page) && !filters.pages.contains(page))
                filters.pages.append(page);
        }
        filters.noPage = filters.pages.isEmpty();
    }
    filters.newspaper = request.newspaper;
    filters.column = request.column;
    filters.author = request.author;
    filters.kinds = query.kinds;
    return filters;
}

QString filteredMatchSql(const QString &table, const QString &what, const SqlFilters &filters, bool join,
                         const QString &tail)
{
    QString sql = u"SELECT "_s + what + u" FROM "_s + table;
    if (join)
        sql += u" JOIN articles a ON a.id = "_s + table + u".rowid JOIN issues_dated i ON i.id = a.issue_id"_s;
    sql += u" WHERE "_s + table + u" MATCH ?1"_s;
    if (!filters.from.isEmpty())
        sql += u" AND i.shown_date >= ?2"_s;
    if (!filters.to.isEmpty())
        sql += u" AND i.shown_date <= ?3"_s;
    if (filters.noPage) {
        sql += u" AND 0"_s;
    } else if (!filters.pages.isEmpty()) {
        QStringList pages;
        for (int page : filters.pages)
            pages.append(QString::number(page));
        sql += u" AND a.page IN ("_s + pages.join(u',') + u')';
    }
    if (!filters.newspaper.isEmpty())
        sql += u" AND i.newspaper_id = (SELECT id FROM newspapers WHERE name = ?4)"_s;
    if (!filters.column.isEmpty())
        sql += u" AND a.column_name = ?5"_s;
    if (!filters.author.isEmpty())
        sql += u" AND EXISTS (SELECT 1 FROM article_people ap JOIN people p ON p.id = ap.person_id"
               " WHERE ap.article_id = a.id AND p.name = ?6)"_s;
    sql += kindCondition(table, filters.kinds);
    return sql + u' ' + tail;
}

void bindFilters(Statement &statement, const QString &expression, const SqlFilters &filters)
{
    statement.bind(1, expression);
    if (!filters.from.isEmpty())
        statement.bind(2, filters.from);
    if (!filters.to.isEmpty())
        statement.bind(3, filters.to);
    if (!filters.newspaper.isEmpty())
        statement.bind(4, filters.newspaper);
    if (!filters.column.isEmpty())
        statement.bind(5, filters.column);
    if (!filters.author.isEmpty())
        statement.bind(6, filters.author);
}

CancelGuard::CancelGuard(sqlite3 *db, const ProgressListener *listener)
    : m_db(listener ? db : nullptr)
{
    if (m_db)
        sqlite3_progress_handler(m_db, 2000, interruptIfCancelled, const_cast<ProgressListener *>(listener));
}

CancelGuard::~CancelGuard()
{
    if (m_db)
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
}

} // namespace Baoku::Core
