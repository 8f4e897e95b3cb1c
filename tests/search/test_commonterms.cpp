// Queries that match very many articles skip bm25: title hits first, then newest imported first.
#include "catchqt.h"
#include "searchfixture.h"

using namespace Baoku::Core;

TEST_CASE("a very common term is listed title hits first, then newest, with an exact total", "[search][common]")
{
    SearchFixture fx;
    QList<qint64> all;
    QList<qint64> titled;
    const int pages = int(Searcher::kCommonTermHits / 100) + 1;
    for (int page = 0; page < pages; ++page) {
        QList<Article> articles;
        for (int k = 0; k < 100; ++k) {
            const bool inTitle = page % 7 == 3 && k == 50;
            articles.append(SearchFixture::article(inTitle ? QStringLiteral("芯片专题%1").arg(page) : QStringLiteral("第%1篇").arg(k),
                                                   QStringLiteral("我国芯片产业第%1页第%2篇。").arg(page).arg(k)));
        }
        const QList<qint64> ids = fx.addPage(QDate(2020, 1, 1).addDays(page), articles);
        all += ids;
        if (page % 7 == 3)
            titled.append(ids.at(50));
    }
    std::sort(all.begin(), all.end(), std::greater<>());
    std::sort(titled.begin(), titled.end(), std::greater<>());
    QList<qint64> expected = titled;
    for (qint64 id : all) {
        if (!titled.contains(id))
            expected.append(id);
    }

    Searcher searcher(fx.db());
    SearchRequest request;
    request.query = QStringLiteral("芯片");
    request.limit = 10;
    SearchResult result = searcher.search(request);
    CHECK(result.cheapOrder);
    CHECK(result.total == all.size());
    QList<qint64> found;
    for (const auto &hit : result.hits)
        found.append(hit.articleId);
    CHECK(found == expected.mid(0, 10));
    CHECK(result.hits.first().snippet.contains(QStringLiteral("⟦芯片⟧")));

    request.offset = int(titled.size()) - 1; // across the end of the title hits
    request.limit = 3;
    result = searcher.search(request);
    found.clear();
    for (const auto &hit : result.hits)
        found.append(hit.articleId);
    CHECK(found == expected.mid(request.offset, 3));

    // A later page without the total comes in the same order as the first.
    request.offset = 10;
    request.limit = 10;
    request.withTotal = false;
    result = searcher.search(request);
    found.clear();
    for (const auto &hit : result.hits)
        found.append(hit.articleId);
    CHECK(found == expected.mid(10, 10));

    request = {};
    request.query = QStringLiteral("芯"); // one character: the character index, newest first
    request.limit = 5;
    result = searcher.search(request);
    CHECK(result.cheapOrder);
    CHECK(result.total == all.size());
    found.clear();
    for (const auto &hit : result.hits)
        found.append(hit.articleId);
    CHECK(found == all.mid(0, 5));

    request.query = QStringLiteral("芯片 第3页第7篇"); // a rare combination is ranked by bm25
    result = searcher.search(request);
    CHECK_FALSE(result.cheapOrder);
    CHECK(result.total == 1);
}

TEST_CASE("a very common term with an excluded word never lists a title hit the word excludes", "[search][common]")
{
    SearchFixture fx;
    QList<qint64> expected; // title hits first, then the rest, each newest first
    QList<qint64> titled;
    QList<qint64> rest;
    const int pages = int(Searcher::kCommonTermHits / 100) + 1;
    for (int page = 0; page < pages; ++page) {
        QList<Article> articles;
        for (int k = 0; k < 100; ++k) {
            const bool inTitle = k % 25 == 5;
            const bool excludedInBody = k % 50 == 5; // half the titled ones, and never in a title
            articles.append(SearchFixture::article(inTitle ? QStringLiteral("芯片专题%1").arg(page) : QStringLiteral("第%1篇").arg(k),
                                                   QStringLiteral("我国芯片产业第%1页第%2篇。%3").arg(page).arg(k)
                                                       .arg(excludedInBody ? QStringLiteral("另见广告。") : QString())));
        }
        const QList<qint64> ids = fx.addPage(QDate(2020, 1, 1).addDays(page), articles);
        for (int k = 0; k < 100; ++k) {
            if (k % 50 == 5)
                continue;
            (k % 25 == 5 ? titled : rest).append(ids.at(k));
        }
    }
    std::sort(titled.begin(), titled.end(), std::greater<>());
    std::sort(rest.begin(), rest.end(), std::greater<>());
    expected = titled + rest;

    Searcher searcher(fx.db());
    SearchRequest request;
    request.query = QStringLiteral("芯片 -广告");
    request.limit = 30;
    SearchResult result = searcher.search(request);
    CHECK(result.cheapOrder);
    CHECK(result.total == expected.size());
    QList<qint64> found;
    for (const auto &hit : result.hits)
        found.append(hit.articleId);
    CHECK(found == expected.mid(0, 30));

    request.offset = int(titled.size()) - 2; // across the end of the title hits
    request.limit = 5;
    result = searcher.search(request);
    found.clear();
    for (const auto &hit : result.hits)
        found.append(hit.articleId);
    CHECK(found == expected.mid(request.offset, 5));
}

namespace {
// Every hit of `request`, page by page: by OFFSET, or each page continuing after the last (cursor).
QList<qint64> allPages(Searcher &searcher, SearchRequest request, int pageSize, bool keyset, int *continued = nullptr)
{
    QList<qint64> ids;
    request.limit = pageSize;
    request.offset = 0;
    request.withTotal = true;
    for (;;) {
        const SearchResult result = searcher.search(request);
        REQUIRE(result.error.isEmpty());
        if (request.offset == 0)
            CHECK(result.cheapOrder);
        if (result.hits.isEmpty())
            break;
        for (const auto &hit : result.hits)
            ids.append(hit.articleId);
        CHECK(result.next.valid);
        CHECK(result.next.lastId == ids.constLast());
        request.offset = int(ids.size());
        request.withTotal = false;
        request.after = keyset ? result.next : SearchCursor{};
        if (keyset && continued)
            ++*continued;
    }
    return ids;
}
} // namespace

TEST_CASE("keyset pages of a very common term are the offset pages, row for row", "[search][common]")
{
    SearchFixture fx;
    const int pages = int(Searcher::kCommonTermHits / 100) + 6;
    for (int page = 0; page < pages; ++page) {
        QList<Article> articles;
        for (int k = 0; k < 100; ++k) {
            const bool inTitle = k % 30 == 4;
            articles.append(SearchFixture::article(inTitle ? QStringLiteral("芯片专题%1").arg(page) : QStringLiteral("第%1篇").arg(k),
                                                   QStringLiteral("我国芯片产业第%1页第%2篇。%3").arg(page).arg(k)
                                                       .arg(k % 40 == 4 ? QStringLiteral("另见广告。") : QString())));
        }
        fx.addPage(QDate(2020, 1, 1).addDays(page * 3), articles, 1 + page % 3);
    }
    Searcher searcher(fx.db());
    // Title hits first (with and without an excluded word), the character index, and a date filter
    // (which joins the articles and issues).
    QList<SearchRequest> requests;
    for (const QString &query : {QStringLiteral("芯片"), QStringLiteral("芯片 -广告"), QStringLiteral("芯")}) {
        SearchRequest request;
        request.query = query;
        requests.append(request);
        request.from = QDate(2020, 1, 4); // all issues but the first
        request.to = QDate(2020, 12, 31);
        requests.append(request);
    }
    for (const SearchRequest &request : std::as_const(requests)) {
        CAPTURE(request.query, request.from);
        for (int pageSize : {37, 100}) {
            const QList<qint64> byOffset = allPages(searcher, request, pageSize, false);
            int continued = 0;
            const QList<qint64> byCursor = allPages(searcher, request, pageSize, true, &continued);
            SearchRequest counting = request;
            counting.limit = 0;
            const qint64 total = searcher.search(counting).total;
            CHECK(total >= Searcher::kCommonTermHits / 2);
            CHECK(byOffset.size() == total);
            CHECK(byCursor == byOffset);
            CHECK(continued > 1);
        }
    }

    // A page that continues by cursor is not counted again, and says where the next one starts.
    SearchRequest request;
    request.query = QStringLiteral("芯片");
    request.limit = 5;
    SearchResult first = searcher.search(request);
    REQUIRE(first.next.valid);
    CHECK(first.next.inTitles);
    request.after = first.next;
    request.offset = 5;
    request.withTotal = false;
    const SearchResult second = searcher.search(request);
    CHECK(second.total == 0);
    CHECK(second.hits.size() == 5);
    CHECK(second.cheapOrder);
    // A deferred total: the common query's hits, without walking all of them to count; a rare
    // query's total is exact anyway.
    SearchRequest deferred;
    deferred.query = QStringLiteral("芯片");
    deferred.limit = 20;
    deferred.deferCommonTotal = true;
    const SearchResult quick = searcher.search(deferred);
    CHECK(quick.total == -1);
    CHECK(quick.cheapOrder);
    deferred.deferCommonTotal = false;
    const SearchResult full = searcher.search(deferred);
    CHECK(full.total > Searcher::kCommonTermHits);
    REQUIRE(quick.hits.size() == full.hits.size());
    for (qsizetype i = 0; i < quick.hits.size(); ++i)
        CHECK(quick.hits[i].articleId == full.hits[i].articleId);
    deferred.deferCommonTotal = true;
    deferred.sort = SearchSort::Date;
    CHECK(searcher.search(deferred).total == -1);
    deferred.sort = SearchSort::Rank;
    deferred.query = QStringLiteral("第3页第7篇 OR 第4页第7篇");
    CHECK(searcher.search(deferred).total == 2);

    // A ranked, rare query has no cursor: its pages go by offset.
    request = {};
    request.query = QStringLiteral("第3页第7篇");
    CHECK_FALSE(searcher.search(request).next.valid);
}
