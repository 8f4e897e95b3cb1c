#include "facetbench.h"

#include "core/search/facets.h"
#include "core/search/queryparser.h"
#include "core/search/searcher.h"
#include "core/sql/database.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Baoku;

namespace Baoku::Bench {

namespace {

struct Series {
    std::vector<double> ms;
    void add(double value) { ms.push_back(value); }
    double at(double q)
    {
        if (ms.empty())
            return 0;
        std::sort(ms.begin(), ms.end());
        return ms[std::min(ms.size() - 1, size_t(double(ms.size()) * q))];
    }
};

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

const QList<Core::Facet> kAll = {Core::Facet::Year, Core::Facet::Month, Core::Facet::Newspaper,
                                 Core::Facet::Page, Core::Facet::Column, Core::Facet::Author};

// The peer: one GROUP BY per facet, each running the MATCH again (authors through article_people).
qint64 groupByFacets(Core::Database &db, Core::QueryParser &parser, const QString &query)
{
    const Core::ParsedQuery parsed = parser.parse(query);
    const QString lone = parsed.loneHanChar();
    const QString table = lone.isEmpty() ? u"search_fts"_s : u"search_chars"_s;
    const QString expression = lone.isEmpty() ? parsed.ftsExpression() : u"\"%1\""_s.arg(lone);
    const QString from = u" FROM "_s + table + u" JOIN articles a ON a.id = "_s + table
        + u".rowid JOIN issues i ON i.id = a.issue_id"_s;
    const QStringList groups = {u"substr(coalesce(i.user_date, i.date), 1, 4)"_s, u"substr(coalesce(i.user_date, i.date), 1, 7)"_s,
                                u"i.newspaper_id"_s, u"a.page"_s, u"a.column_name"_s};
    qint64 rows = 0;
    for (const QString &group : groups) {
        Core::Statement select(db, u"SELECT "_s + group + u", count(*)"_s + from + u" WHERE "_s + table
                                       + u" MATCH ?1 GROUP BY 1"_s);
        select.bind(1, expression);
        while (select.step())
            ++rows;
    }
    Core::Statement people(db, u"SELECT ap.person_id, count(DISTINCT ap.article_id)"_s + from
                                   + u" JOIN article_people ap ON ap.article_id = a.id WHERE "_s + table
                                   + u" MATCH ?1 GROUP BY 1"_s);
    people.bind(1, expression);
    while (people.step())
        ++rows;
    return rows;
}

// The second peer: the one pass the counter made before its table (docs/benchmarks.md): the MATCH
// joined with each hit's article and issue, every attribute read per row and counted in hashes.
qint64 joinPerHit(Core::Database &db, Core::QueryParser &parser, const QString &query)
{
    const Core::ParsedQuery parsed = parser.parse(query);
    const QString lone = parsed.loneHanChar();
    const QString table = lone.isEmpty() ? u"search_fts"_s : u"search_chars"_s;
    const QString expression = lone.isEmpty() ? parsed.ftsExpression() : u"\"%1\""_s.arg(lone);
    Core::Statement select(db, u"SELECT coalesce(i.user_date, i.date), i.newspaper_id, a.page, a.column_name, "
                               "(SELECT group_concat(person_id) FROM article_people WHERE article_id = a.id) FROM "_s
                                   + table + u" JOIN articles a ON a.id = "_s + table
                                   + u".rowid JOIN issues i ON i.id = a.issue_id WHERE "_s + table + u" MATCH ?1"_s);
    select.bind(1, expression);
    QHash<QString, qint64> years, months, pages, columns, people;
    QHash<qint64, qint64> papers;
    qint64 rows = 0;
    while (select.step()) {
        ++rows;
        const QString date = select.text(0);
        years[date.left(4)] += 1;
        months[date.left(7)] += 1;
        papers[select.int64(1)] += 1;
        pages[QString::number(select.integer(2))] += 1;
        columns[select.text(3)] += 1;
        for (const QString &id : select.text(4).split(u',', Qt::SkipEmptyParts))
            people[id] += 1;
    }
    return rows;
}

} // namespace

int runFacetBench(Core::Database &db, const QStringList &queries, int rounds, int peerRounds)
{
    Core::Searcher searcher(db);
    Core::FacetCounter counter(db);
    Core::QueryParser parser;
    QElapsedTimer timer;
    Series facets, trend, count, groupBy, join;
    qint64 hitsSum = 0;
    QString commonest;
    qint64 commonestHits = -1;
    {
        // The first count loads the counter's table (docs/search.md): timed on its own.
        Core::SearchRequest request;
        request.query = queries.value(0, u"的"_s);
        timer.start();
        counter.count(request, kAll);
        const double firstMs = msSince(timer);
        const Core::FacetTableStats stats = counter.tableStats();
        std::printf("facet table: %lld articles, %.2f MB = %.1f bytes per article, loaded in %.1f ms "
                    "(first count with the load: %.1f ms)\n",
                    stats.articles, double(stats.bytes) / 1e6, double(stats.bytes) / double(qMax<qint64>(1, stats.articles)),
                    stats.lastLoadMs, firstMs);
    }
    for (const QString &query : queries.mid(0, 20)) { // warm the caches
        Core::SearchRequest request;
        request.query = query;
        counter.count(request, kAll);
    }
    for (const QString &query : queries) {
        Core::SearchRequest request;
        request.query = query;
        request.limit = 0;
        request.withSnippets = false;
        timer.restart();
        const qint64 total = searcher.search(request).total;
        count.add(msSince(timer));
        timer.restart();
        const Core::FacetResult result = counter.count(request, kAll);
        facets.add(msSince(timer));
        timer.restart();
        counter.trend({query}, Core::TrendPeriod::Month, {});
        trend.add(msSince(timer));
        timer.restart();
        groupByFacets(db, parser, query);
        groupBy.add(msSince(timer));
        timer.restart();
        joinPerHit(db, parser, query);
        join.add(msSince(timer));
        if (result.total != total) {
            std::printf("MISMATCH %s: facets %lld, count %lld\n", qPrintable(query), qint64(result.total), total);
            return 1;
        }
        hitsSum += total;
        if (total > commonestHits) {
            commonestHits = total;
            commonest = query;
        }
    }
    std::printf("facets: %lld queries, %.0f hits on average\n", qint64(queries.size()), double(hitsSum) / double(queries.size()));
    std::printf("%-34s %10s %10s\n", "", "p50 ms", "p99 ms");
    std::printf("%-34s %10.2f %10.2f\n", "exact count (peer)", count.at(0.5), count.at(0.99));
    std::printf("%-34s %10.2f %10.2f\n", "facets, 6 at once (one pass)", facets.at(0.5), facets.at(0.99));
    std::printf("%-34s %10.2f %10.2f\n", "trend by month, one query", trend.at(0.5), trend.at(0.99));
    std::printf("%-34s %10.2f %10.2f\n", "GROUP BY per facet (peer)", groupBy.at(0.5), groupBy.at(0.99));
    std::printf("%-34s %10.2f %10.2f\n", "join per hit, old one pass (peer)", join.at(0.5), join.at(0.99));
    std::printf("ratios of p50: facets/count %.2f, trend/count %.2f, facets/join peer %.3f\n",
                facets.at(0.5) / count.at(0.5), trend.at(0.5) / count.at(0.5), facets.at(0.5) / join.at(0.5));

    // The commonest queries: the sample's, and the commonest character of Chinese text.
    for (const QString &query : {commonest, u"的"_s}) {
        Series f, t, c, g, j;
        qint64 total = 0;
        for (int round = 0; round < rounds; ++round) {
            Core::SearchRequest request;
            request.query = query;
            request.limit = 0;
            request.withSnippets = false;
            timer.restart();
            total = searcher.search(request).total;
            c.add(msSince(timer));
            timer.restart();
            counter.count(request, kAll);
            f.add(msSince(timer));
            timer.restart();
            counter.trend({query}, Core::TrendPeriod::Month, {});
            t.add(msSince(timer));
            if (round >= peerRounds)
                continue;
            timer.restart();
            groupByFacets(db, parser, query);
            g.add(msSince(timer));
            timer.restart();
            joinPerHit(db, parser, query);
            j.add(msSince(timer));
        }
        std::printf("commonest '%s' (%lld hits), %d runs p50/p99 ms: count %.2f/%.2f, facets %.2f/%.2f, "
                    "trend %.2f/%.2f, GROUP BY peer %.2f/%.2f, join peer %.2f/%.2f (peers: %d runs)\n",
                    qPrintable(query), total, rounds, c.at(0.5), c.at(0.99), f.at(0.5), f.at(0.99), t.at(0.5), t.at(0.99),
                    g.at(0.5), g.at(0.99), j.at(0.5), j.at(0.99), std::min(rounds, peerRounds));
    }
    return 0;
}

} // namespace Baoku::Bench
