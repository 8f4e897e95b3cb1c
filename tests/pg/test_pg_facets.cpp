// Facets and trend on a PostgreSQL archive count what the SQLite archive counts: random substrings
// of the samples and queries of the query language, with every filter, and again after a publish
// and a date correction change the archive.
#include "pgcompare.h"

#include "core/search/facets.h"
#include "core/sql/database.h"
#include "core/store/importer.h"

#include <random>

using namespace Baoku::Core;

namespace {

const QList<Facet> kAll = {Facet::Year, Facet::Month, Facet::Newspaper, Facet::Page, Facet::Column, Facet::Author};

void sameFacets(Archive &local, Archive &remote, const SearchRequest &request)
{
    INFO("query " << request.query.toStdString() << " newspaper " << request.newspaper.toStdString() << " author "
                  << request.author.toStdString() << " column " << request.column.toStdString());
    const FacetResult a = local.facets(request, kAll);
    const FacetResult b = remote.facets(request, kAll);
    CHECK(a.error.toStdString() == b.error.toStdString());
    CHECK(a.total == b.total);
    CHECK(a.facets == b.facets);
    // The facets' total is the search's.
    CHECK(b.total == local.search(request).total);
}

void sameTrend(Archive &local, Archive &remote, const QStringList &queries, TrendPeriod period, const SearchRequest &filters)
{
    INFO("trend " << queries.join(u' ').toStdString());
    const TrendResult a = local.trend(queries, period, filters);
    const TrendResult b = remote.trend(queries, period, filters);
    CHECK(a.error.toStdString() == b.error.toStdString());
    CHECK(a.periods == b.periods);
    CHECK(a.articles == b.articles);
    CHECK(a.hits == b.hits);
    CHECK(!b.periods.isEmpty());
}

void fill(PublishedFixture &fx)
{
    Importer importer(fx.archive());
    for (const auto &result : importer.importPaths({QStringLiteral(BAOKU_SAMPLES_DIR), QStringLiteral(BAOKU_ISSUES_DIR)}, {}))
        REQUIRE(result.status != ImportStatus::Failed);
    auto a1 = SearchFixture::article(QStringLiteral("芯片产业新进展"), QStringLiteral("国产芯片制造工艺取得突破。"), {QStringLiteral("王小明")});
    a1.column = QStringLiteral("产业观察");
    auto a2 = SearchFixture::article(QStringLiteral("電子報創刊"), QStringLiteral("電子報今日創刊，芯片專題。"), {QStringLiteral("李华")});
    auto ad = SearchFixture::article({}, QStringLiteral("订阅芯片杂志，欢迎来电。"));
    ad.kind = ArticleKind::Advertisement;
    fx.addPage(QDate(2019, 5, 6), {a1, a2, ad}, 3);
    auto a3 = SearchFixture::article(QStringLiteral("5G手机"), QStringLiteral("手机5G芯片出货量上升。"), {QStringLiteral("王小明"), QStringLiteral("李华")});
    a3.column = QStringLiteral("产业观察");
    fx.addPage(QDate(2021, 7, 8), {a3}, 2);
}

// Random substrings of the archive's text, of 1 to 4 characters.
QStringList sampledQueries(SearchFixture &fx, int count)
{
    QStringList texts;
    Statement select(fx.db(), "SELECT body FROM articles ORDER BY id");
    while (select.step())
        texts.append(select.text(0));
    std::mt19937 random(16);
    QStringList queries;
    while (queries.size() < count) {
        const QString &text = texts.at(qsizetype(random() % texts.size()));
        if (text.size() < 8)
            continue;
        const int length = 1 + int(random() % 4);
        const QString query = text.mid(qsizetype(random() % (text.size() - length)), length).trimmed();
        if (!query.isEmpty() && !query.contains(u'"') && !query.contains(u'-') && !query.contains(u':'))
            queries.append(query);
    }
    return queries;
}

} // namespace

TEST_CASE("facets and trend on PostgreSQL count what SQLite counts", "[pg][facets]")
{
    PublishedFixture fx;
    fill(fx);
    fx.publish();
    Archive &local = fx.archive();
    Archive &remote = fx.remote();
    QStringList queries = sampledQueries(fx, 150);
    queries += {QStringLiteral("芯片"), QStringLiteral("电子报"), QStringLiteral("芯片 -手机"), QStringLiteral("title:芯片"),
                QStringLiteral("author:王小明"), QStringLiteral("column:产业"), QStringLiteral("芯片 OR 手机"),
                QStringLiteral("kind:ad 芯片"), QStringLiteral("kind:* 芯片"), QStringLiteral("page:2 手机"), QStringLiteral("中"),
                QStringLiteral("5G"), QStringLiteral("\"国产芯片\"")};
    for (const QString &query : std::as_const(queries)) {
        SearchRequest request;
        request.query = query;
        sameFacets(local, remote, request);
    }
    SearchRequest filtered;
    filtered.query = QStringLiteral("芯片");
    filtered.from = QDate(2019, 1, 1);
    filtered.to = QDate(2021, 12, 31);
    sameFacets(local, remote, filtered);
    filtered.author = QStringLiteral("王小明");
    sameFacets(local, remote, filtered);
    filtered = {};
    filtered.query = QStringLiteral("芯片");
    filtered.column = QStringLiteral("产业观察");
    filtered.pages = {2, 3};
    sameFacets(local, remote, filtered);
    filtered.column.clear();
    filtered.newspaper = remote.issues().constLast().newspaper;
    sameFacets(local, remote, filtered);

    const QStringList trendQueries = queries.mid(0, 20);
    sameTrend(local, remote, trendQueries, TrendPeriod::Year, {});
    sameTrend(local, remote, {QStringLiteral("芯片"), QStringLiteral("电子")}, TrendPeriod::Month, {});
    SearchRequest trendFilters;
    trendFilters.author = QStringLiteral("王小明");
    sameTrend(local, remote, {QStringLiteral("芯片")}, TrendPeriod::Year, trendFilters);

    // The remote counter keeps its table; a publish and a date correction must show in the next count.
    SearchRequest chips;
    chips.query = QStringLiteral("芯片");
    const qint64 before = remote.facets(chips, kAll).total;
    auto a4 = SearchFixture::article(QStringLiteral("芯片新闻"), QStringLiteral("又一款芯片。"), {QStringLiteral("赵六")});
    fx.addPage(QDate(2020, 2, 3), {a4}, 1);
    PgConnection connection;
    QString error;
    REQUIRE(connection.open(fx.url(), &error));
    REQUIRE(Publisher(fx.archive(), connection).publish().error.isEmpty());
    CHECK(remote.facets(chips, kAll).total == before + 1);
    sameFacets(local, remote, chips);
    const qint64 issue = remote.issues().constFirst().id;
    REQUIRE(remote.setIssueDate(issue, QDate(2018, 1, 1), &error));
    REQUIRE(local.setIssueDate(issue, QDate(2018, 1, 1), &error));
    sameFacets(local, remote, chips);
    sameTrend(local, remote, {QStringLiteral("芯片"), QStringLiteral("中国")}, TrendPeriod::Year, {});
}
