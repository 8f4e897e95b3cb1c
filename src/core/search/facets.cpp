#include "core/search/facets.h"

#include "core/common/progress.h"
#include "core/search/searchsql.h"
#include "core/sql/database.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Baoku::Core {

namespace {

using Counts = QHash<QString, qint64>;

QList<FacetValue> sorted(const Counts &counts, bool byValue)
{
    QList<FacetValue> values;
    values.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        values.append({it.key(), it.value()});
    if (byValue) {
        // Pages are numbers: 10 after 9.
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
    return values;
}

QHash<qint64, QString> names(Database &db, const char *sql)
{
    QHash<qint64, QString> out;
    Statement select(db, sql);
    while (select.step())
        out.insert(select.int64(0), select.text(1));
    return out;
}

} // namespace

FacetCounter::FacetCounter(Database &db)
    : m_db(db)
{
}

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

FacetResult FacetCounter::count(const SearchRequest &request, const QList<Facet> &facets, const ProgressListener *cancel)
{
    const ParsedQuery query = m_parser.parse(request.query);
    if (query.isEmpty())
        return {};
    CancelGuard guard(m_db.handle(), cancel);
    try {
        return run(request, query, facets);
    } catch (const DatabaseError &e) {
        FacetResult result;
        result.cancelled = cancel && cancel->isCancelled();
        if (!result.cancelled)
            result.error = e.message();
        return result;
    }
}

FacetResult FacetCounter::run(const SearchRequest &request, const ParsedQuery &query, const QList<Facet> &facets)
{
    const SqlFilters filters = SqlFilters::of(request, query);
    // One pass over the matching articles reads every attribute a facet needs; the counting is
    // done here rather than by one GROUP BY per facet, which would run the MATCH once per facet.
    const QString lone = query.loneHanChar();
    const QString table = lone.isEmpty() ? u"search_fts"_s : u"search_chars"_s;
    const bool authors = facets.contains(Facet::Author);
    QString what = u"i.shown_date, i.newspaper_id, a.page, a.column_name"_s;
    if (authors)
        what += u", (SELECT group_concat(person_id) FROM article_people WHERE article_id = a.id)"_s;
    Statement select(m_db, filteredMatchSql(table, what, filters, true, {}));
    bindFilters(select, lone.isEmpty() ? query.ftsExpression() : u'"' + lone + u'"', filters);

    Counts years, months, pages, columns;
    QHash<qint64, qint64> papers, people;
    FacetResult result;
    QList<qint64> seen;
    while (select.step()) {
        ++result.total;
        const QString date = select.text(0);
        years[date.left(4)] += 1;
        months[date.left(7)] += 1;
        papers[select.int64(1)] += 1;
        pages[QString::number(select.integer(2))] += 1;
        const QString column = select.text(3);
        if (!column.isEmpty())
            columns[column] += 1;
        if (authors) {
            // One person named twice (byline and signature) counts the article once.
            seen.clear();
            for (const QString &id : select.text(4).split(u',', Qt::SkipEmptyParts)) {
                const qint64 person = id.toLongLong();
                if (!seen.contains(person)) {
                    seen.append(person);
                    people[person] += 1;
                }
            }
        }
    }
    const auto named = [](const QHash<qint64, qint64> &counts, const QHash<qint64, QString> &names) {
        Counts out;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            out.insert(names.value(it.key()), it.value());
        return out;
    };
    for (Facet facet : facets) {
        switch (facet) {
        case Facet::Year: result.facets.insert(facet, sorted(years, true)); break;
        case Facet::Month: result.facets.insert(facet, sorted(months, true)); break;
        case Facet::Page: result.facets.insert(facet, sorted(pages, true)); break;
        case Facet::Column: result.facets.insert(facet, sorted(columns, false)); break;
        case Facet::Newspaper:
            result.facets.insert(facet, sorted(named(papers, names(m_db, "SELECT id, name FROM newspapers")), false));
            break;
        case Facet::Author:
            if (people.isEmpty())
                result.facets.insert(facet, {});
            else
                result.facets.insert(facet, sorted(named(people, names(m_db, "SELECT id, name FROM people")), false));
            break;
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
        // Every period between the first and the last issue, so gaps show as zeros.
        Statement range(m_db, "SELECT min(shown_date), max(shown_date) FROM issues_dated");
        if (!range.step() || range.isNull(0))
            return result;
        const QDate first = QDate::fromString(range.text(0), Qt::ISODate);
        const QDate last = QDate::fromString(range.text(1), Qt::ISODate);
        for (QDate d(first.year(), period == TrendPeriod::Year ? 1 : first.month(), 1); d <= last;
             d = period == TrendPeriod::Year ? d.addYears(1) : d.addMonths(1))
            result.periods.append(d.toString(Qt::ISODate).left(width));
        // The articles held per period under the same filters, so "per 1,000 articles" compares
        // a newspaper's hits with that newspaper's articles.
        const SqlFilters f = SqlFilters::of(filters, ParsedQuery{});
        QString sql = QStringLiteral("SELECT substr(i.shown_date, 1, %1), count(*) FROM articles a "
                                     "JOIN issues_dated i ON i.id = a.issue_id WHERE 1").arg(width);
        if (!f.from.isEmpty())
            sql += u" AND i.shown_date >= ?2"_s;
        if (!f.to.isEmpty())
            sql += u" AND i.shown_date <= ?3"_s;
        if (f.noPage)
            sql += u" AND 0"_s;
        QStringList pages;
        for (int page : f.pages)
            pages.append(QString::number(page));
        if (!pages.isEmpty())
            sql += u" AND a.page IN ("_s + pages.join(u',') + u')';
        if (!f.newspaper.isEmpty())
            sql += u" AND i.newspaper_id = (SELECT id FROM newspapers WHERE name = ?4)"_s;
        if (!f.column.isEmpty())
            sql += u" AND a.column_name = ?5"_s;
        if (!f.author.isEmpty())
            sql += u" AND EXISTS (SELECT 1 FROM article_people ap JOIN people p ON p.id = ap.person_id"
                   " WHERE ap.article_id = a.id AND p.name = ?6)"_s;
        Statement articles(m_db, sql + u" GROUP BY 1"_s);
        if (!f.from.isEmpty())
            articles.bind(2, f.from);
        if (!f.to.isEmpty())
            articles.bind(3, f.to);
        if (!f.newspaper.isEmpty())
            articles.bind(4, f.newspaper);
        if (!f.column.isEmpty())
            articles.bind(5, f.column);
        if (!f.author.isEmpty())
            articles.bind(6, f.author);
        QHash<QString, qint64> held;
        while (articles.step())
            held.insert(articles.text(0), articles.int64(1));
        for (const QString &p : std::as_const(result.periods))
            result.articles.append(held.value(p));
    } catch (const DatabaseError &e) {
        result.error = e.message();
        return result;
    }
    for (const QString &query : queries) {
        SearchRequest request = filters;
        request.query = query;
        const FacetResult counts = count(request, {facet}, cancel);
        if (counts.cancelled || !counts.error.isEmpty()) {
            result.cancelled = counts.cancelled;
            result.error = counts.error;
            return result;
        }
        QHash<QString, qint64> byPeriod;
        for (const FacetValue &value : counts.facets.value(facet))
            byPeriod.insert(value.value, value.count);
        QList<qint64> row;
        for (const QString &p : std::as_const(result.periods))
            row.append(byPeriod.value(p));
        result.hits.append(row);
    }
    return result;
}

} // namespace Baoku::Core
