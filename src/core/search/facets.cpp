#include "core/search/facets.h"

#include "core/common/progress.h"
#include "core/search/facettable.h"
#include "core/search/ftsindex.h"
#include "core/search/searchsql.h"
#include "core/sql/database.h"

#include <QDate>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace Baoku::Core {

namespace {

// Year, month and page ascending (pages are numbers: 10 after 9); the others by count, most first.
void sortValues(QList<FacetValue> &values, bool byValue)
{
    if (byValue) {
        std::sort(values.begin(), values.end(), [](const FacetValue &a, const FacetValue &b) {
            if (a.value.size() != b.value.size())
                return a.value.size() < b.value.size();
            return a.value < b.value;
        });
    } else {
        std::sort(values.begin(), values.end(), [](const FacetValue &a, const FacetValue &b) {
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
    }
}

// The values with a count, named from `names` (index → name); `skip` is an index counted in no value.
QList<FacetValue> listed(const std::vector<qint64> &counts, const QStringList &names, bool byValue, qint64 skip = -1)
{
    QList<FacetValue> values;
    for (size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] > 0 && qint64(i) != skip)
            values.append({names.value(qsizetype(i)), counts[i]});
    }
    sortValues(values, byValue);
    return values;
}

// One read transaction around the table's refresh and the MATCH, so both see the same archive.
// A SAVEPOINT, which nests inside a caller's transaction.
class ReadSnapshot final {
public:
    explicit ReadSnapshot(Database &db)
        : m_db(db)
        , m_callerTransaction(!sqlite3_get_autocommit(db.handle()))
    {
        m_db.exec("SAVEPOINT baoku_facets");
    }
    ~ReadSnapshot()
    {
        try {
            m_db.exec("RELEASE baoku_facets");
        } catch (const DatabaseError &) {
            // Nothing was written; a read transaction that cannot be released ends with the connection.
        }
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;
    bool callerTransaction() const { return m_callerTransaction; }

private:
    Database &m_db;
    bool m_callerTransaction;
};

// begin() … end() of another backend's snapshot.
class SourceSnapshot final {
public:
    explicit SourceSnapshot(FacetSource &source)
        : m_source(source)
    {
        m_source.begin();
    }
    ~SourceSnapshot() { m_source.end(); }
    SourceSnapshot(const SourceSnapshot &) = delete;
    SourceSnapshot &operator=(const SourceSnapshot &) = delete;

private:
    FacetSource &m_source;
};

} // namespace

FacetCounter::FacetCounter(Database &db)
    : m_db(&db)
    , m_table(std::make_unique<FacetTable>())
{
}

FacetCounter::FacetCounter(std::unique_ptr<FacetSource> source)
    : m_source(std::move(source))
    , m_table(std::make_unique<FacetTable>())
{
}

FacetCounter::~FacetCounter() = default;

QString FacetCounter::name(Facet facet)
{
    switch (facet) {
    case Facet::Year: return u"year"_s;
    case Facet::Month: return u"month"_s;
    case Facet::Newspaper: return u"newspaper"_s;
    case Facet::Page: return u"page"_s;
    case Facet::Column: return u"column"_s;
    case Facet::Author: return u"author"_s;
    }
    return {};
}

bool FacetCounter::fromName(const QString &text, Facet *facet)
{
    for (Facet f : {Facet::Year, Facet::Month, Facet::Newspaper, Facet::Page, Facet::Column, Facet::Author}) {
        if (name(f) == text) {
            *facet = f;
            return true;
        }
    }
    return false;
}

FacetTableStats FacetCounter::tableStats() const
{
    return {m_table->articleCount(), m_table->bytes(), m_table->loads(), m_table->lastLoadMs()};
}

void FacetCounter::refreshTable(bool callerTransaction)
{
    if (m_source) {
        m_source->refresh(*m_table);
        return;
    }
    m_table->refresh(*m_db);
    // Loaded with the caller's uncommitted changes in view: they may yet be rolled back.
    if (callerTransaction)
        m_table->invalidate();
}

FacetResult FacetCounter::count(const SearchRequest &request, const QList<Facet> &facets, const ProgressListener *cancel)
{
    const ParsedQuery query = m_parser.parse(request.query);
    if (query.isEmpty())
        return {};
    try {
        if (m_source) {
            SourceSnapshot snapshot(*m_source);
            refreshTable(false);
            return run(request, query, facets, cancel);
        }
        requireIndexedQueue(*m_db, cancel); // counts of part of the archive would mislead
        ReadSnapshot snapshot(*m_db);
        // Loading the table is not cancelled: it serves every later request too.
        refreshTable(snapshot.callerTransaction());
        CancelGuard guard(m_db->handle(), cancel); // removed before the snapshot is released
        return run(request, query, facets, cancel);
    } catch (const DatabaseError &e) {
        FacetResult result;
        result.cancelled = cancel && cancel->isCancelled();
        if (!result.cancelled)
            result.error = e.message();
        return result;
    }
}

QString FacetCounter::walkKey(const ParsedQuery &query, const SqlFilters &filters)
{
    QStringList pages;
    for (int page : filters.pages)
        pages.append(QString::number(page));
    const QChar separator(0x1f);
    return QStringList{query.loneHanChar(), query.ftsExpression(), pages.join(u','), filters.noPage ? u"0"_s : QString(),
                       filters.newspaper, filters.column, filters.author, filters.kinds.join(u',')}
        .join(separator);
}

const FacetCounter::Walk *FacetCounter::recentWalk(const QString &key) const
{
    for (const Walk &walk : m_recentWalks) {
        if (walk.key == key && walk.tableLoads == m_table->loads())
            return &walk;
    }
    return nullptr;
}

FacetResult FacetCounter::run(const SearchRequest &request, const ParsedQuery &query, const QList<Facet> &facets,
                              const ProgressListener *cancel)
{
    const FacetTable &table = *m_table;
    const SqlFilters filters = SqlFilters::of(request, query);
    const FacetTable::Filter filter = table.filter(filters, true);
    // The walk also counts hits per issue without the date filters (which act per issue only), for
    // a trend of the same query afterwards.
    SqlFilters undatedFilters = filters;
    undatedFilters.from.clear();
    undatedFilters.to.clear();
    const FacetTable::Filter undated = table.filter(undatedFilters, true);
    // The MATCH gives only rowids (on search_chars for a lone character, as the count does);
    // everything a facet or a filter needs comes from the table.
    const QString lone = query.loneHanChar();
    const QString fts = lone.isEmpty() ? u"search_fts"_s : u"search_chars"_s;
    const bool authors = facets.contains(Facet::Author);
    const bool perArticle = authors || facets.contains(Facet::Page) || facets.contains(Facet::Column);
    std::vector<qint64> perIssue(size_t(table.issueCount()));
    std::vector<qint64> perIssueUndated(size_t(table.issueCount()));
    std::vector<qint64> pages(size_t(table.pageNumbers().size())), columns(size_t(table.columns().size()));
    std::vector<qint64> people(authors ? size_t(table.people().size()) : 0);
    FacetResult result;
    const auto visit = [&](qint64 id) {
        const qint64 slot = table.slotOf(id);
        // The two filters differ only in the issues the dates leave out.
        if (slot < 0 || !undated.passes(table, slot))
            return;
        const quint32 issue = table.issue(slot) - 1;
        ++perIssueUndated[issue];
        if (!filter.issueOk[issue])
            return;
        ++result.total;
        ++perIssue[issue];
        if (!perArticle)
            return;
        ++pages[table.page(slot)];
        ++columns[table.column(slot)];
        if (authors) {
            for (const quint32 *p = table.peopleBegin(slot); p != table.peopleEnd(slot); ++p)
                ++people[*p];
        }
    };
    if (!undated.none) {
        ++m_walks;
        if (m_source) {
            m_source->forEachMatch(query, cancel, visit);
        } else {
            Statement select(*m_db, u"SELECT rowid FROM "_s + fts + u" WHERE "_s + fts + u" MATCH ?1 ORDER BY rowid"_s);
            select.bind(1, lone.isEmpty() ? query.ftsExpression() : u'"' + lone + u'"');
            while (select.step())
                visit(select.int64(0));
        }
    }
    // Completed (a cancel throws): kept for the trend, the newest first.
    const QString key = walkKey(query, undatedFilters);
    m_recentWalks.removeIf([&](const Walk &walk) { return walk.key == key; });
    m_recentWalks.prepend(Walk{key, table.loads(), std::move(perIssueUndated)});
    while (m_recentWalks.size() > kRecentWalks)
        m_recentWalks.removeLast();
    std::vector<qint64> years(size_t(table.years().size())), months(size_t(table.months().size()));
    std::vector<qint64> papers(size_t(table.newspapers().size()));
    for (qsizetype i = 0; i < table.issueCount(); ++i) {
        const qint64 n = perIssue[size_t(i)];
        if (n == 0)
            continue;
        years[table.issueYear(i)] += n;
        months[table.issueMonth(i)] += n;
        papers[table.issueNewspaper(i)] += n;
    }
    QStringList pageNames;
    for (int page : table.pageNumbers())
        pageNames.append(QString::number(page));
    for (Facet facet : facets) {
        switch (facet) {
        case Facet::Year: result.facets.insert(facet, listed(years, table.years(), true)); break;
        case Facet::Month: result.facets.insert(facet, listed(months, table.months(), true)); break;
        case Facet::Page: result.facets.insert(facet, listed(pages, pageNames, true)); break;
        case Facet::Column: result.facets.insert(facet, listed(columns, table.columns(), false, 0)); break; // 0: none
        case Facet::Newspaper: result.facets.insert(facet, listed(papers, table.newspapers(), false)); break;
        case Facet::Author: result.facets.insert(facet, listed(people, table.people(), false)); break;
        }
    }
    return result;
}

TrendResult FacetCounter::trend(const QStringList &queries, TrendPeriod period, const SearchRequest &filters,
                                const ProgressListener *cancel)
{
    TrendResult result;
    const int width = period == TrendPeriod::Year ? 4 : 7;
    const Facet facet = period == TrendPeriod::Year ? Facet::Year : Facet::Month;
    try {
        std::optional<SourceSnapshot> sourceSnapshot;
        std::optional<ReadSnapshot> snapshot;
        std::optional<CancelGuard> guard;
        if (m_source) {
            sourceSnapshot.emplace(*m_source);
            refreshTable(false);
        } else {
            requireIndexedQueue(*m_db, cancel);
            snapshot.emplace(*m_db);
            refreshTable(snapshot->callerTransaction());
            guard.emplace(m_db->handle(), cancel);
        }
        const FacetTable &table = *m_table;
        if (table.issueCount() == 0)
            return result;
        // Every period between the first and the last issue, so gaps show as zeros.
        const QDate first = QDate::fromString(QString::fromUtf8(table.firstDate()), Qt::ISODate);
        const QDate last = QDate::fromString(QString::fromUtf8(table.lastDate()), Qt::ISODate);
        for (QDate d(first.year(), period == TrendPeriod::Year ? 1 : first.month(), 1); d <= last;
             d = period == TrendPeriod::Year ? d.addYears(1) : d.addMonths(1))
            result.periods.append(d.toString(Qt::ISODate).left(width));
        // The articles held per period under the same filters, so "per 1,000 articles" compares
        // a newspaper's hits with that newspaper's articles; advertisements are left out of both,
        // as a search leaves them out unless asked.
        const FacetTable::Filter held = table.filter(SqlFilters::of(filters, ParsedQuery{}), true);
        std::vector<qint64> perIssue(size_t(table.issueCount()));
        for (qint64 slot = 0; slot < table.slotCount() && !held.none; ++slot) {
            if (table.issue(slot) != 0 && held.passes(table, slot))
                ++perIssue[table.issue(slot) - 1];
        }
        const QStringList &keys = period == TrendPeriod::Year ? table.years() : table.months();
        QHash<QString, qint64> byKey;
        for (qsizetype i = 0; i < table.issueCount(); ++i) {
            if (perIssue[size_t(i)] > 0)
                byKey[keys.at(period == TrendPeriod::Year ? table.issueYear(i) : table.issueMonth(i))] += perIssue[size_t(i)];
        }
        for (const QString &p : std::as_const(result.periods))
            result.articles.append(byKey.value(p));

        for (const QString &text : queries) {
            SearchRequest request = filters;
            request.query = text;
            const ParsedQuery query = m_parser.parse(text);
            QHash<QString, qint64> byPeriod;
            if (!query.isEmpty()) {
                const SqlFilters sql = SqlFilters::of(request, query);
                SqlFilters undated = sql;
                undated.from.clear();
                undated.to.clear();
                if (const Walk *walk = recentWalk(walkKey(query, undated))) {
                    // The facets of this query were just counted: their walk's hits per issue,
                    // restricted to the dates, are what another walk would count.
                    const FacetTable::Filter dated = table.filter(sql, true);
                    for (qsizetype i = 0; i < table.issueCount(); ++i) {
                        if (walk->perIssue[size_t(i)] > 0 && dated.issueOk[size_t(i)])
                            byPeriod[keys.at(period == TrendPeriod::Year ? table.issueYear(i) : table.issueMonth(i))]
                                += walk->perIssue[size_t(i)];
                    }
                } else {
                    for (const FacetValue &value : run(request, query, {facet}, cancel).facets.value(facet))
                        byPeriod.insert(value.value, value.count);
                }
            }
            QList<qint64> row;
            for (const QString &p : std::as_const(result.periods))
                row.append(byPeriod.value(p));
            result.hits.append(row);
        }
    } catch (const DatabaseError &e) {
        result.cancelled = cancel && cancel->isCancelled();
        if (!result.cancelled)
            result.error = e.message();
    }
    return result;
}

} // namespace Baoku::Core
