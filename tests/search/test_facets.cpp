// Facets and the trend against brute force: a random archive of several newspapers, years, pages,
// columns and authors, random queries and filters; every count must equal the count made by
// scanning the generated articles themselves.
#include "facetfixture.h"
#include "../cli/clirunner.h"

#include "core/search/searcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Baoku::Core;
using namespace FacetTest;

TEST_CASE("facet counts equal brute-force counts for random queries and filters", "[facets][exact]")
{
    RandomArchive archive(20261130);
    FacetCounter counter(archive.db());
    Searcher searcher(archive.db());
    int nonEmpty = 0;
    for (int round = 0; round < 300; ++round) {
        QStringList words{archive.query()};
        if (round % 3 == 1)
            words.append(archive.query());
        SearchRequest request;
        request.query = words.join(u' ');
        // Every fifth round asks for kinds with kind: (stored names; "all" for every kind).
        QStringList kinds;
        if (round % 5 == 3) {
            const QList<QStringList> choices = {{QStringLiteral("advertisement")}, {QStringLiteral("all")},
                                                {QStringLiteral("notice")}, {QStringLiteral("article"), QStringLiteral("advertisement")}};
            kinds = choices.at(archive.pick(choices.size()));
            for (const QString &kind : std::as_const(kinds))
                request.query += QStringLiteral(" kind:") + kind;
        }
        // A third of the rounds apply one or two filters, as a click on a facet value does.
        if (round % 3 == 2) {
            switch (archive.pick(6)) {
            case 0: request.from = QDate(2022, 1, 1); request.to = QDate(2022, 12, 31); break;
            case 1: request.newspaper = kNewspapers.at(archive.pick(2)); break;
            case 2: request.pages = {1 + archive.pick(4)}; break;
            case 3: request.column = kColumns.at(1 + archive.pick(3)); break;
            case 4: request.author = kNames.at(archive.pick(4)); break;
            default: request.from = QDate(2023, 3, 1); request.to = QDate(2023, 3, 31); request.pages = {1, 2}; break;
            }
        }
        qint64 total = 0;
        const Expected expected = bruteForce(archive.made(), words, request, &total, kinds);
        const FacetResult result = counter.count(request, kAll);
        INFO("query " << request.query.toStdString());
        REQUIRE(result.error.isEmpty());
        CHECK(result.total == total);
        // The Searcher's SQL filters give the same total as the counter's table.
        SearchRequest counted = request;
        counted.limit = 0;
        CHECK(searcher.search(counted).total == total);
        for (Facet facet : kAll) {
            QMap<QString, qint64> got;
            for (const FacetValue &value : result.facets.value(facet)) {
                CHECK(value.count > 0);
                got.insert(value.value, value.count);
            }
            INFO("facet " << FacetCounter::name(facet).toStdString());
            CHECK(got == expected.value(facet));
        }
        if (total > 0)
            ++nonEmpty;
    }
    CHECK(nonEmpty > 200);
}

TEST_CASE("facet values come in their documented order", "[facets]")
{
    RandomArchive archive(7);
    SearchRequest request;
    request.query = kAlphabet.left(1);
    const FacetResult result = FacetCounter(archive.db()).count(request, kAll);
    for (Facet facet : {Facet::Year, Facet::Month}) {
        const auto values = result.facets.value(facet);
        for (qsizetype i = 1; i < values.size(); ++i)
            CHECK(values[i - 1].value < values[i].value);
    }
    const auto pages = result.facets.value(Facet::Page);
    for (qsizetype i = 1; i < pages.size(); ++i)
        CHECK(pages[i - 1].value.toInt() < pages[i].value.toInt());
    for (Facet facet : {Facet::Newspaper, Facet::Column, Facet::Author}) {
        const auto values = result.facets.value(facet);
        for (qsizetype i = 1; i < values.size(); ++i)
            CHECK(values[i - 1].count >= values[i].count);
    }
    request.query = QStringLiteral("   ");
    CHECK(FacetCounter(archive.db()).count(request, kAll).total == 0);
}

TEST_CASE("trend counts equal brute-force counts per year and per month", "[facets][trend][exact]")
{
    RandomArchive archive(99);
    FacetCounter counter(archive.db());
    for (int round = 0; round < 20; ++round) {
        const QStringList queries{archive.query(), archive.query(), archive.query()};
        for (TrendPeriod period : {TrendPeriod::Year, TrendPeriod::Month}) {
            const int width = period == TrendPeriod::Year ? 4 : 7;
            const TrendResult trend = counter.trend(queries, period, {});
            REQUIRE(trend.error.isEmpty());
            REQUIRE(trend.hits.size() == queries.size());
            QDate first = archive.made().first().date, last = first;
            QMap<QString, qint64> held;
            for (const Made &m : archive.made()) {
                first = qMin(first, m.date);
                last = qMax(last, m.date);
                held[m.date.toString(Qt::ISODate).left(width)] += kindPasses(m, {}) ? 1 : 0; // no advertisements
            }
            CHECK(trend.periods.first() == first.toString(Qt::ISODate).left(width));
            CHECK(trend.periods.last() == last.toString(Qt::ISODate).left(width));
            for (qsizetype p = 0; p < trend.periods.size(); ++p) {
                CHECK(trend.articles[p] == held.value(trend.periods[p]));
                if (p > 0)
                    CHECK(trend.periods[p - 1] < trend.periods[p]);
            }
            if (period == TrendPeriod::Month)
                CHECK(trend.periods.size() == (last.year() - first.year()) * 12 + last.month() - first.month() + 1);
            for (qsizetype q = 0; q < queries.size(); ++q) {
                QMap<QString, qint64> expected;
                for (const Made &m : archive.made()) {
                    if (matches(m, {queries[q]}) && kindPasses(m, {}))
                        expected[m.date.toString(Qt::ISODate).left(width)] += 1;
                }
                for (qsizetype p = 0; p < trend.periods.size(); ++p)
                    CHECK(trend.hits[q][p] == expected.value(trend.periods[p]));
            }
        }
    }
}

TEST_CASE("trend with filters counts the articles held under the same filters", "[facets][trend][exact]")
{
    RandomArchive archive(3);
    SearchRequest filters;
    filters.newspaper = kNewspapers.at(1);
    filters.pages = {1, 2};
    const QString query = archive.query();
    const TrendResult trend = FacetCounter(archive.db()).trend({query}, TrendPeriod::Year, filters);
    REQUIRE(trend.error.isEmpty());
    for (qsizetype p = 0; p < trend.periods.size(); ++p) {
        qint64 held = 0, hits = 0;
        for (const Made &m : archive.made()) {
            if (m.date.toString(Qt::ISODate).left(4) != trend.periods[p] || !passes(m, filters))
                continue;
            held += kindPasses(m, {}) ? 1 : 0; // the articles a search finds: no advertisements
            hits += matches(m, {query}) && kindPasses(m, {}) ? 1 : 0;
        }
        CHECK(trend.articles[p] == held);
        CHECK(trend.hits[0][p] == hits);
    }
}

TEST_CASE("baoku-cli search --facets and filters, baoku-cli trend", "[facets][cli]")
{
    RandomArchive archive(5);
    const QString db = archive.path();
    const QString word = kAlphabet.mid(2, 2);
    CliResult json = runCli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--json"),
                             QStringLiteral("--facets"), QStringLiteral("year,month,newspaper,page,column,author"), word});
    REQUIRE(json.exitCode == 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out).object();
    const QJsonObject facets = object.value(QStringLiteral("facets")).toObject();
    CHECK(facets.keys().size() == 6);
    const QJsonObject year = facets.value(QStringLiteral("year")).toArray().first().toObject();
    qint64 total = 0;
    SearchRequest expectedFilter;
    expectedFilter.from = QDate(year.value(QStringLiteral("value")).toString().toInt(), 1, 1);
    expectedFilter.to = QDate(expectedFilter.from.year(), 12, 31);
    bruteForce(archive.made(), {word}, expectedFilter, &total);
    CHECK(year.value(QStringLiteral("count")).toInteger() == total);

    // The facet value applied as a filter gives exactly that many hits.
    CliResult filtered = runCli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--json"),
                                 QStringLiteral("--year"), year.value(QStringLiteral("value")).toString(), word});
    CHECK(QJsonDocument::fromJson(filtered.out).object().value(QStringLiteral("total")).toInteger() == total);
    const QJsonObject author = facets.value(QStringLiteral("author")).toArray().first().toObject();
    CliResult byAuthor = runCli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--json"),
                                 QStringLiteral("--author"), author.value(QStringLiteral("value")).toString(), word});
    CHECK(QJsonDocument::fromJson(byAuthor.out).object().value(QStringLiteral("total")).toInteger()
          == author.value(QStringLiteral("count")).toInteger());

    CHECK(runCli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--facets"), QStringLiteral("colour"), word}).exitCode == 2);
    CHECK(runCli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("24"), word}).exitCode == 2);
    CHECK(runCli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2024-13"), word}).exitCode == 2);
    CHECK(runCli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--page"), QStringLiteral("0"), word}).exitCode == 2);

    CliResult trend = runCli({QStringLiteral("trend"), QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("--by"),
                              QStringLiteral("year"), word, QStringLiteral("电子")});
    REQUIRE(trend.exitCode == 0);
    const QJsonObject t = QJsonDocument::fromJson(trend.out).object();
    const QJsonArray periods = t.value(QStringLiteral("periods")).toArray();
    const QJsonArray series = t.value(QStringLiteral("series")).toArray();
    REQUIRE(series.size() == 2);
    qint64 sum = 0;
    for (const auto &v : series.first().toObject().value(QStringLiteral("values")).toArray())
        sum += v.toInteger();
    bruteForce(archive.made(), {word}, {}, &total);
    CHECK(sum == total);
    CHECK(series.first().toObject().value(QStringLiteral("values")).toArray().size() == periods.size());

    CliResult per = runCli({QStringLiteral("trend"), QStringLiteral("--db"), db, QStringLiteral("--csv"), QStringLiteral("--per-articles"), word});
    REQUIRE(per.exitCode == 0);
    const QList<QByteArray> lines = per.out.trimmed().split('\n');
    CHECK(lines.size() == periods.size() + 1);
    CHECK(lines.first().startsWith("year,articles,"));
    const QList<QByteArray> cells = lines.at(1).split(',');
    REQUIRE(cells.size() == 3);
    const double expectedPer = cells[1].toDouble() == 0 ? 0 : 1000.0 * series.first().toObject().value(QStringLiteral("values")).toArray().first().toDouble() / cells[1].toDouble();
    CHECK(cells[2].toDouble() == Approx(expectedPer).epsilon(0.001));
    CHECK(runCli({QStringLiteral("trend"), QStringLiteral("--db"), db, QStringLiteral("--by"), QStringLiteral("week"), word}).exitCode == 2);
    CHECK(runCli({QStringLiteral("trend"), QStringLiteral("--db"), db}).exitCode == 2);
}

TEST_CASE("a trend of the query just counted reuses its walk and equals a trend counted alone", "[facets][trend][exact]")
{
    RandomArchive archive(41);
    FacetCounter counter(archive.db());
    for (int round = 0; round < 24; ++round) {
        const QString query = archive.query();
        const QString other = archive.query();
        SearchRequest request;
        request.query = query;
        // The facets' request may narrow the dates (a year chosen); the trend's never does here.
        if (round % 2 == 1) {
            request.from = QDate(2022, 1 + archive.pick(12), 1);
            request.to = request.from.addMonths(8);
        }
        if (round % 3 == 1)
            request.newspaper = kNewspapers.at(archive.pick(2));
        if (round % 4 == 2)
            request.pages = {1, 3};
        if (round % 5 == 3)
            request.author = kNames.at(archive.pick(3));
        const FacetResult facets = counter.count(request, kAll);
        REQUIRE(facets.error.isEmpty());
        SearchRequest filters = request;
        filters.query.clear();
        filters.from = {};
        filters.to = {};
        if (round % 6 == 5)
            filters.to = QDate(2022, 6, 30); // a trend with a date bound of its own
        const TrendPeriod period = round % 2 == 0 ? TrendPeriod::Year : TrendPeriod::Month;
        const int walks = counter.walks();
        const TrendResult trend = counter.trend({query, other}, period, filters);
        REQUIRE(trend.error.isEmpty());
        CHECK(counter.walks() == walks + 1); // only `other` was walked
        FacetCounter alone(archive.db());
        const TrendResult expected = alone.trend({query, other}, period, filters);
        CHECK(alone.walks() == 2);
        CHECK(trend.periods == expected.periods);
        CHECK(trend.articles == expected.articles);
        CHECK(trend.hits == expected.hits);
        // The walk's undated hits agree with the facets' dated total.
        if (!request.from.isValid() && !filters.to.isValid()) {
            qint64 sum = 0;
            for (qint64 n : trend.hits.value(0))
                sum += n;
            CHECK(sum == facets.total);
        }
        // Other filters than the facets' need a walk of their own.
        SearchRequest page9 = filters;
        page9.pages = {9};
        counter.trend({query}, period, page9);
        CHECK(counter.walks() == walks + 2);
    }

    // After the archive changed, the kept walk is not used: the counts include the new articles.
    const QString query = archive.query();
    SearchRequest request;
    request.query = query;
    counter.count(request, kAll);
    archive.importIssues(archive.archive(), 6);
    const int walks = counter.walks();
    const TrendResult trend = counter.trend({query}, TrendPeriod::Year, {});
    CHECK(counter.walks() == walks + 1);
    CHECK(trend.hits == FacetCounter(archive.db()).trend({query}, TrendPeriod::Year, {}).hits);
}
