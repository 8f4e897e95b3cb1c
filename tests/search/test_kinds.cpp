// Advertisements are left out of search unless the query asks for them (kind:), and half-width
// and full-width punctuation are the same for search.
#include "catchqt.h"
#include "searchfixture.h"

#include "core/search/queryparser.h"
#include "core/search/textfold.h"

using namespace Baoku::Core;
using Set = QSet<qint64>;

namespace {

Set set(const QList<qint64> &ids)
{
    return Set(ids.cbegin(), ids.cend());
}

} // namespace

TEST_CASE("search leaves advertisements out unless kind: asks for them", "[search][kind]")
{
    SearchFixture fx;
    Article ad = SearchFixture::article(QString(), QStringLiteral("扫码订阅江城科技报，订阅热线全年开通。"));
    ad.kind = ArticleKind::Advertisement;
    Article notice = SearchFixture::article(QStringLiteral("订阅启事"), QStringLiteral("本报明年订阅工作现已开始，欢迎读者订阅。"));
    notice.kind = ArticleKind::Notice;
    const auto ids = fx.addPage(QDate(2024, 5, 8), {
        SearchFixture::article(QStringLiteral("图书馆推出电子报刊"), QStringLiteral("读者可以在线订阅一百多种报刊。")),
        notice, ad});
    REQUIRE(ids.size() == 3);
    const qint64 article = ids[0], noticeId = ids[1], adId = ids[2];

    CHECK(set(fx.ids(QStringLiteral("订阅"))) == Set{article, noticeId});
    CHECK(set(fx.ids(QStringLiteral("订阅 kind:ad"))) == Set{adId});
    CHECK(set(fx.ids(QStringLiteral("订阅 类型:广告"))) == Set{adId});
    CHECK(set(fx.ids(QStringLiteral("订阅 kind:notice"))) == Set{noticeId});
    CHECK(set(fx.ids(QStringLiteral("订阅 kind:ad kind:article"))) == Set{article, adId});
    CHECK(set(fx.ids(QStringLiteral("订阅 kind:all"))) == Set{article, noticeId, adId});
    CHECK(set(fx.ids(QStringLiteral("扫码"))).isEmpty());
    CHECK(set(fx.ids(QStringLiteral("订"))) == Set{article, noticeId}); // the one-character path too

    qint64 total = 0;
    fx.ids(QStringLiteral("订阅 kind:ad"), &total);
    CHECK(total == 1);

    Searcher searcher(fx.db());
    SearchRequest request;
    request.query = QStringLiteral("热线 kind:ad");
    const auto result = searcher.search(request);
    REQUIRE(result.hits.size() == 1);
    CHECK(result.hits[0].advertisement);
}

TEST_CASE("kind: values the parser does not know are searched as text", "[search][kind][query]")
{
    QueryParser parser;
    const auto known = parser.parse(QStringLiteral("芯片 kind:AD"));
    CHECK(known.kinds == QStringList{QStringLiteral("advertisement")});
    CHECK(known.groups.size() == 1);
    const auto unknown = parser.parse(QStringLiteral("芯片 kind:banner"));
    CHECK(unknown.kinds.isEmpty());
    CHECK(unknown.groups.size() == 2);
    CHECK(parser.parse(QStringLiteral("kind:ad")).isEmpty()); // a kind alone searches nothing
}

TEST_CASE("half-width and full-width punctuation fold alike", "[search][fold]")
{
    CHECK(foldText(QStringLiteral("会议指出，要加强（协调）：")) == foldText(QStringLiteral("会议指出,要加强(协调):")));
    SearchFixture fx;
    const auto ids = fx.addPage(QDate(2024, 5, 9), {
        SearchFixture::article(QStringLiteral("全角"), QStringLiteral("会议指出，要加强协调；各方参加。")),
        SearchFixture::article(QStringLiteral("半角"), QStringLiteral("会议指出,要加强协调;各方参加。"))});
    CHECK(set(fx.ids(QStringLiteral("\"指出,要加强\""))) == Set{ids[0], ids[1]});
    CHECK(set(fx.ids(QStringLiteral("\"指出，要加强\""))) == Set{ids[0], ids[1]});
}
