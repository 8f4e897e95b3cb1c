// Search behaviour on a small hand-made archive: the query language, fields, filters, ranking,
// snippets and hostile queries.
#include "catchqt.h"
#include "searchfixture.h"

#include "core/common/progress.h"
#include "core/search/ftsindex.h"
#include "core/search/textfold.h"
#include "core/sql/database.h"

using namespace Baoku::Core;
using Set = QSet<qint64>;

namespace {

struct Data {
    SearchFixture fx;
    QList<qint64> p1, p2, p3;
    Data()
    {
        p1 = fx.addPage(QDate(2023, 11, 10), {
            SearchFixture::article(QStringLiteral("金壮龙会见欧盟委员会内部市场委员布雷顿"),
                                   QStringLiteral("工业和信息化部部长金壮龙在北京会见布雷顿一行。\n双方就芯片供应链交流。"),
                                   {QStringLiteral("耀文")}),
            SearchFixture::article(QStringLiteral("家电企业要当智能制造排头兵"),
                                   QStringLiteral("会上奏唱中华人民共和国国歌。半导体与电池产业加快发展。")),
            SearchFixture::article(QStringLiteral("芯片产业再上台阶"), QStringLiteral("本报讯 产业规模持续扩大。")),
            SearchFixture::article(QStringLiteral("一季度通信业运行"),
                                   QStringLiteral("芯片，芯片，还是芯片。手机出货量增长，芯片需求旺盛。")),
        });
        Article withColumn = SearchFixture::article(QStringLiteral("5G手机出货"),
                                                    QStringLiteral("APEC 技展会在青岛举办。本刊《電子報》繁体字样。"));
        withColumn.column = QStringLiteral("要闻");
        p2 = fx.addPage(QDate(2023, 11, 17), {withColumn, SearchFixture::article(QStringLiteral("读者来信"),
                                                                                 QStringLiteral("我每期都读电子报。"))}, 2);
        p3 = fx.addPage(QDate(2024, 1, 5), {SearchFixture::article(QStringLiteral("新年献词"), QStringLiteral("电，光，声。"))});
    }
};

Set set(const QList<qint64> &ids)
{
    return Set(ids.begin(), ids.end());
}

SearchResult run(SearchFixture &fx, const QString &query, SearchSort sort = SearchSort::Rank)
{
    Searcher searcher(fx.db());
    SearchRequest request;
    request.query = query;
    request.sort = sort;
    return searcher.search(request);
}

} // namespace

TEST_CASE("any substring of Han text is found, at any length", "[search]")
{
    Data d;
    CHECK(set(d.fx.ids(QStringLiteral("国歌"))) == Set{d.p1[1]}); // unicode61 finds nothing here
    CHECK(set(d.fx.ids(QStringLiteral("共和国国歌"))) == Set{d.p1[1]});
    CHECK(set(d.fx.ids(QStringLiteral("歌"))) == Set{d.p1[1]});
    CHECK(set(d.fx.ids(QStringLiteral("电"))) == Set{d.p1[1], d.p2[0], d.p2[1], d.p3[0]});
    CHECK(set(d.fx.ids(QStringLiteral("龙在北"))) == Set{d.p1[0]});
    CHECK(d.fx.ids(QStringLiteral("国歌半")).isEmpty()); // punctuation sits between them
    CHECK(d.fx.ids(QStringLiteral("芯片产业加快")).isEmpty());
}

TEST_CASE("a Traditional query finds what its Simplified form finds", "[search]")
{
    Data d;
    const Set expected{d.p2[0], d.p2[1]};
    CHECK(set(d.fx.ids(QStringLiteral("电子报"))) == expected);
    CHECK(set(d.fx.ids(QStringLiteral("電子報"))) == expected);
    CHECK(set(d.fx.ids(QStringLiteral("APEC"))) == Set{d.p2[0]});
    CHECK(set(d.fx.ids(QStringLiteral("ａｐｅｃ"))) == Set{d.p2[0]});
}

TEST_CASE("words, OR, exclusion, phrases and fields", "[search]")
{
    Data d;
    CHECK(set(d.fx.ids(QStringLiteral("芯片 产业"))) == Set{d.p1[2]});
    CHECK(set(d.fx.ids(QStringLiteral("国歌 OR 排头兵"))) == Set{d.p1[1]});
    CHECK(set(d.fx.ids(QStringLiteral("芯片 OR 电子报"))) == Set{d.p1[0], d.p1[2], d.p1[3], d.p2[0], d.p2[1]});
    CHECK(set(d.fx.ids(QStringLiteral("芯片 -手机"))) == Set{d.p1[0], d.p1[2]});
    CHECK(set(d.fx.ids(QStringLiteral("\"apec 技展会\""))) == Set{d.p2[0]});
    CHECK(d.fx.ids(QStringLiteral("\"技展会 在青岛\"")).isEmpty()); // the phrase's space is a break the text lacks
    CHECK(set(d.fx.ids(QStringLiteral("title:芯片"))) == Set{d.p1[2]});
    CHECK(set(d.fx.ids(QStringLiteral("author:耀文"))) == Set{d.p1[0]});
    CHECK(set(d.fx.ids(QStringLiteral("耀文"))) == Set{d.p1[0]}); // names are searched too
    CHECK(set(d.fx.ids(QStringLiteral("column:要闻"))) == Set{d.p2[0]});
    CHECK(d.fx.ids(QStringLiteral("要闻")).isEmpty()); // the column name only through column:
    CHECK(set(d.fx.ids(QStringLiteral("电 page:2"))) == Set{d.p2[0], d.p2[1]});
}

TEST_CASE("bm25 puts title hits first; date order and filters; limit, offset and exact totals", "[search]")
{
    Data d;
    const SearchResult ranked = run(d.fx, QStringLiteral("芯片"));
    REQUIRE(ranked.hits.size() == 3);
    CHECK(ranked.total == 3);
    CHECK(ranked.hits.first().articleId == d.p1[2]);
    CHECK(ranked.hits.first().title == QStringLiteral("芯片产业再上台阶"));

    const SearchResult byDate = run(d.fx, QStringLiteral("电"), SearchSort::Date);
    REQUIRE(byDate.hits.size() == 4);
    CHECK(byDate.hits.first().articleId == d.p3[0]);
    CHECK(byDate.hits.first().date == QDate(2024, 1, 5));
    CHECK(byDate.hits.last().date == QDate(2023, 11, 10));

    Searcher searcher(d.fx.db());
    SearchRequest request;
    request.query = QStringLiteral("电");
    request.from = QDate(2023, 11, 11);
    request.to = QDate(2023, 12, 31);
    SearchResult filtered = searcher.search(request);
    CHECK(filtered.total == 2);
    CHECK(filtered.hits.size() == 2);

    request = {};
    request.query = QStringLiteral("电");
    request.limit = 3;
    const SearchResult first = searcher.search(request);
    request.offset = 3;
    const SearchResult second = searcher.search(request);
    CHECK(first.total == 4);
    CHECK(second.total == 4);
    REQUIRE(first.hits.size() == 3);
    REQUIRE(second.hits.size() == 1);
    QSet<qint64> all;
    for (const auto &hit : first.hits + second.hits)
        all.insert(hit.articleId);
    CHECK(all.size() == 4);
}

TEST_CASE("hits carry page, bylines and a snippet in which exactly the match is marked", "[search][snippet]")
{
    Data d;
    SearchResult result = run(d.fx, QStringLiteral("国歌"));
    REQUIRE(result.hits.size() == 1);
    CHECK(result.hits.first().snippet.contains(QStringLiteral("共和国⟦国歌⟧。")));

    result = run(d.fx, QStringLiteral("電子報"));
    REQUIRE(result.hits.size() == 2);
    for (const SearchHit &hit : result.hits) {
        REQUIRE(hit.highlights.size() == 1);
        const QString marked = hit.snippetText.mid(hit.highlights[0].first, hit.highlights[0].second);
        CHECK(foldText(marked) == QStringLiteral("电子报"));
        CHECK(hit.page == 2);
    }

    result = run(d.fx, QStringLiteral("电")); // a lone character marks itself, not the bigram it starts
    for (const SearchHit &hit : result.hits) {
        REQUIRE(!hit.highlights.isEmpty());
        for (const auto &[start, length] : hit.highlights)
            CHECK(foldText(hit.snippetText.mid(start, length)) == QStringLiteral("电"));
    }

    result = run(d.fx, QStringLiteral("author:耀文 芯片"));
    REQUIRE(result.hits.size() == 1);
    CHECK(result.hits.first().bylines == QStringList{QStringLiteral("耀文")});
    CHECK(result.hits.first().snippet.contains(QStringLiteral("⟦芯片⟧供应链")));

    result = run(d.fx, QStringLiteral("芯片"));
    const SearchHit &many = result.hits.last().articleId == d.p1[3] ? result.hits.last() : result.hits[1];
    CHECK(many.snippet.count(QStringLiteral("⟦芯片⟧")) == 4);
}

TEST_CASE("every query-syntax trap is searched literally or ignored, never an FTS5 error", "[search][query]")
{
    Data d;
    const QStringList traps = {
        QStringLiteral("\""), QStringLiteral("\"电子"), QStringLiteral("电子\""), QStringLiteral("\"\"\"\""),
        QStringLiteral("*"), QStringLiteral("电子*"), QStringLiteral("*电子"), QStringLiteral("^电子"), QStringLiteral("^"),
        QStringLiteral("NEAR"), QStringLiteral("NEAR(电子 报)"), QStringLiteral("NEAR/2"), QStringLiteral("电子 NEAR 报"),
        QStringLiteral("AND"), QStringLiteral("电子 AND 报"), QStringLiteral("NOT 电子"), QStringLiteral("电子 NOT"),
        QStringLiteral("OR"), QStringLiteral("电子 OR"), QStringLiteral("OR 电子"), QStringLiteral("OR OR"),
        QStringLiteral("("), QStringLiteral(")"), QStringLiteral("(电子"), QStringLiteral("电子)"), QStringLiteral("(((电子)))"),
        QStringLiteral("'; DROP TABLE articles; --"), QStringLiteral("\" OR 1=1 --"), QStringLiteral("search_fts MATCH '*'"),
        QStringLiteral("😀"), QStringLiteral("电子😀报"), QStringLiteral("👨‍👩‍👧"), QStringLiteral("-"), QStringLiteral("--"),
        QStringLiteral("-电子"), QStringLiteral("-\""), QStringLiteral("title:"), QStringLiteral("title:\""),
        QStringLiteral("title:\"\""), QStringLiteral("body:电子"), QStringLiteral("{body}: 电子"), QStringLiteral("{title body} : 电"),
        QStringLiteral("page:"),
        QStringLiteral(":"), QStringLiteral("a:b:c"), QStringLiteral("+电子"), QStringLiteral("电子-报"), QStringLiteral("\\"),
        QStringLiteral("\t\n\r"), QString(QChar(0)), QStringLiteral("\u3000电子\u3000"), QString(1000, QChar(u'电')),
        QStringLiteral("%_"), QStringLiteral("``"), QStringLiteral("「电子"), QStringLiteral("“电子"), QString(QChar(0xFFFF)) + QChar(0xD800),
    };
    Searcher searcher(d.fx.db());
    for (const QString &trap : traps) {
        INFO(trap.toStdString());
        SearchRequest request;
        request.query = trap;
        const SearchResult result = searcher.search(request);
        CHECK(result.error.isEmpty());
        CHECK(result.total == result.hits.size());
    }
    // What cannot be searched as asked is refused with a sentence, never run (docs/reliability.md).
    const QStringList refused = {QStringLiteral("page:abc"), QStringLiteral("page:-1"), QStringLiteral("page:99999999999"),
                                 QString(5000, QChar(u'电'))};
    for (const QString &trap : refused) {
        INFO(trap.left(20).toStdString());
        SearchRequest request;
        request.query = trap;
        const SearchResult result = searcher.search(request);
        CHECK((result.error.contains(QStringLiteral("not a page number")) || result.error.contains(QStringLiteral("at most"))));
        CHECK(result.hits.isEmpty());
    }
    // Operators and symbols are ignored or literal: these find what the plain words find.
    CHECK(set(d.fx.ids(QStringLiteral("电子*"))) == set(d.fx.ids(QStringLiteral("电子"))));
    CHECK(set(d.fx.ids(QStringLiteral("(电子)"))) == set(d.fx.ids(QStringLiteral("电子"))));
    CHECK(set(d.fx.ids(QStringLiteral("^电子 😀"))) == set(d.fx.ids(QStringLiteral("电子"))));
    CHECK(d.fx.ids(QStringLiteral("电子 AND")).isEmpty()); // AND is the word "and", which no article holds
}

TEST_CASE("the index stays consistent with its content through unindexing", "[search][index]")
{
    Data d;
    d.fx.db().exec("INSERT INTO search_fts(search_fts, rank) VALUES('integrity-check', 1)");
    {
        Transaction transaction(d.fx.db());
        unindexArticle(d.fx.db(), d.p1[1]);
        Statement remove(d.fx.db(), "DELETE FROM articles WHERE id = ?1");
        remove.bind(1, d.p1[1]).run();
        transaction.commit();
    }
    d.fx.db().exec("INSERT INTO search_fts(search_fts, rank) VALUES('integrity-check', 1);"
                   "INSERT INTO search_chars(search_chars, rank) VALUES('integrity-check', 1);"
                   "INSERT INTO search_titles(search_titles, rank) VALUES('integrity-check', 1);");
    CHECK(d.fx.ids(QStringLiteral("国歌")).isEmpty());
    CHECK(set(d.fx.ids(QStringLiteral("电"))) == Set{d.p2[0], d.p2[1], d.p3[0]});
}

TEST_CASE("a cancelled search stops without an error", "[search]")
{
    Data d;
    CancelFlag cancel;
    cancel.cancel();
    Searcher searcher(d.fx.db());
    SearchRequest request;
    request.query = QStringLiteral("电");
    const SearchResult result = searcher.search(request, &cancel);
    CHECK(result.error.isEmpty());
}
