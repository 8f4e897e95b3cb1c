// The classes of layout issue 11 names (merged headlines, kickers over broken titles, banners,
// reporters listed together, subheads, advertisements, half-width punctuation): one made-up
// layout per class, with the traps around it.
#include "parserhelpers.h"

#include "core/parser/textutil.h"

using namespace Baoku::Core;
using namespace Qt::StringLiterals;

namespace {

// Two briefs whose headlines the OCR read onto one line: the end of the first headline and the
// whole second headline, separated by a space.
const QString kMergedHeadlines = uR"(江城光伏组件产

能持续扩大 滨海新区氢能项目开工

本报讯 3月2日，江城光伏组件
产能持续扩大，一季度组件产量
同比增长三成，出口订单已经排
到了年底。 （李 明）

本报讯 3月3日，滨海新区氢能
项目开工建设，项目总投资四十
亿元，建成后每年可生产绿氢两
万吨。 （王 芳）
)"_s;

const Article *withBodyStarting(const QList<Article> &articles, const QString &start)
{
    for (const auto &article : articles) {
        if (article.body.startsWith(start))
            return &article;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Class 1: two headlines on one line are split between their articles", "[parser][raw][classes]")
{
    const auto articles = newsArticles(parseOk(kMergedHeadlines));
    REQUIRE(articles.size() == 2);
    CHECK(articles[0].title == u"江城光伏组件产能持续扩大"_s);
    CHECK(articles[1].title == u"滨海新区氢能项目开工"_s);
}

TEST_CASE("Class 1 trap: a headline in two parts for one article keeps both parts", "[parser][raw][classes]")
{
    const QString page = u"守望相助 共建绿色家园\n\n"_s + kMergedHeadlines.mid(kMergedHeadlines.indexOf(u"本报讯"_s))
        + uR"(
本报讯 3月4日，西城社区居民守
望相助，共建绿色家园，三年来
在小区里种下了上千棵树，社区
绿化率提高了一倍。 （赵 青）
)"_s;
    const auto articles = newsArticles(parseOk(page));
    const auto *garden = withBodyStarting(articles, u"3月4日"_s);
    REQUIRE(garden != nullptr);
    CHECK(garden->title == u"守望相助共建绿色家园"_s);
}

TEST_CASE("Class 2: a kicker over a main title broken after a comma", "[parser][raw][classes]")
{
    const QString page = uR"(省长在全省制造业大会上强调
推进技术改造，

加快产业升级

本报讯 4月1日，全省制造业大
会在省城召开。会议要求各地推
进技术改造，加快产业升级，让
传统产业焕发新的活力。会议还
表彰了一批技术改造示范企业。
 （钱 进）
)"_s;
    const auto articles = newsArticles(parseOk(page));
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].kicker == u"省长在全省制造业大会上强调"_s);
    CHECK(articles[0].title == u"推进技术改造，加快产业升级"_s);
    CHECK(articles[0].body.startsWith(u"4月1日，全省制造业大会在省城召开。"_s));
}

TEST_CASE("Class 2 trap: a body's first line ending in a comma stays in the body", "[parser][raw][classes]")
{
    const QString page = uR"(智能仓储走进县城

随着电商物流下沉，
县城仓储中心数量快速增长了

今年新增三十余家，带动就业上
千人。业内人士认为，县域物流
的智能化还有很大的提升空间。
)"_s;
    const auto articles = newsArticles(parseOk(page));
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].title == u"智能仓储走进县城"_s);
    CHECK(articles[0].body.startsWith(u"随着电商物流下沉，县城仓储中心"_s));
}

TEST_CASE("Class 3: a banner over a feature is its column, and the feature keeps its title", "[parser][raw][classes]")
{
    const QString page = kMergedHeadlines + uR"(
走进新时代

一条老街的新生

本报记者 刘洋

清晨六点，老街上的早点铺就已
经热气腾腾。十年前，这里还是
一片破旧的平房，如今青石板路
修葺一新，游客络绎不绝。

街道负责人说，改造时保留了老
街的肌理，请回了老字号。
)"_s;
    const auto issue = parseOk(page);
    const auto articles = newsArticles(issue);
    REQUIRE(articles.size() == 3);
    CHECK_FALSE(titles(issue).contains(u"走进新时代"_s));
    const auto *feature = findByTitle(issue, u"一条老街的新生"_s);
    REQUIRE(feature != nullptr);
    CHECK(feature->column == u"走进新时代"_s);
    REQUIRE(feature->bylines.size() == 1);
    CHECK(feature->bylines[0].name == u"刘洋"_s);
    CHECK(feature->body.startsWith(u"清晨六点"_s));
}

TEST_CASE("Class 3 trap: a short banner line over matched headlines is a column, not a title", "[parser][raw][classes]")
{
    const auto issue = parseOk(u"深化改革开放\n\n"_s + kMergedHeadlines);
    const auto articles = newsArticles(issue);
    REQUIRE(articles.size() == 2);
    CHECK_FALSE(titles(issue).contains(u"深化改革开放"_s));
    int columns = 0;
    for (const auto &article : articles) {
        columns += article.column == u"深化改革开放"_s ? 1 : 0;
        CHECK(article.kicker.isEmpty());
    }
    CHECK(columns == 1);
}

namespace {

// Three headlines at the top (two features and a signed brief) and two reporters listed together
// under them; the features' bodies follow, in another order than their headlines.
QString listedReporters(const QString &reporters)
{
    return uR"(造船业订单创新高

县域商业体系建设观察

港口吞吐量稳步回升

)"_s + reporters + uR"(

本报讯 6月2日，江城港前五个
月货物吞吐量稳步回升，集装箱
吞吐量同比增长百分之八，港口
运行保持平稳。 （孙 航）

县域商业是连接城乡消费的重要
纽带。记者走访多个县城发现，
连锁超市和快递网点越开越多，
县域商业体系建设正在提速。（下转第3版）

今年前五个月，全国造船完工量
和新接订单量同比均有增长，造
船业手持订单量创下新高，多家
船厂的订单已经排到三年以后。（下转第4版）
)"_s;
}

} // namespace

TEST_CASE("Class 4: reporters listed together go to the unsigned articles in headline order", "[parser][raw][classes]")
{
    const auto issue = parseOk(listedReporters(u"本报记者 甲乙丙\n本报记者 丁戊己"_s));
    const auto *ships = findByTitle(issue, u"造船业订单创新高"_s);
    const auto *county = findByTitle(issue, u"县域商业体系建设观察"_s);
    const auto *port = findByTitle(issue, u"港口吞吐量稳步回升"_s);
    REQUIRE(ships != nullptr);
    REQUIRE(county != nullptr);
    REQUIRE(port != nullptr);
    REQUIRE(ships->bylines.size() == 1);
    CHECK(ships->bylines[0].name == u"甲乙丙"_s);
    REQUIRE(county->bylines.size() == 1);
    CHECK(county->bylines[0].name == u"丁戊己"_s);
    CHECK(port->bylines.isEmpty());
    CHECK(port->signature == u"孙航"_s);
}

TEST_CASE("Class 4 trap: with no evidence for each reporter, none is attached", "[parser][raw][classes]")
{
    // Three reporters for two unsigned articles: the order alone cannot tell whose is whose.
    const auto issue = parseOk(listedReporters(u"本报记者 甲乙丙\n本报记者 丁戊己\n本报记者 庚辛"_s));
    for (const auto &article : newsArticles(issue))
        CHECK(article.bylines.isEmpty());
}

TEST_CASE("Class 4: a listed reporter the body names itself goes to that body", "[parser][raw][classes]")
{
    // The brief that names its reporter has no signature, so it comes last: nothing marks where
    // a body without an end would stop.
    QString page = listedReporters(u"本报记者 甲乙丙\n本报记者 孙航"_s);
    const qsizetype start = page.indexOf(u"本报讯"_s);
    const qsizetype end = page.indexOf(u"（孙 航）"_s) + 6;
    QString brief = page.mid(start, end - start);
    page.remove(start, end - start);
    brief.replace(u"本报讯 6月2日，江城港前五个\n"_s, u"本报讯 记者孙航报道：6月2日，江城港前五个\n"_s);
    brief.replace(u" （孙 航）"_s, QString());
    page += u"\n"_s + brief + u"\n"_s;
    const auto issue = parseOk(page);
    const auto *port = findByTitle(issue, u"港口吞吐量稳步回升"_s);
    REQUIRE(port != nullptr);
    REQUIRE(port->bylines.size() == 1);
    CHECK(port->bylines[0].name == u"孙航"_s);
    // One reporter left for two unsigned features: attached to neither.
    const auto *ships = findByTitle(issue, u"造船业订单创新高"_s);
    const auto *county = findByTitle(issue, u"县域商业体系建设观察"_s);
    REQUIRE(ships != nullptr);
    REQUIRE(county != nullptr);
    CHECK(ships->bylines.isEmpty());
    CHECK(county->bylines.isEmpty());
}

namespace {

const QString kFeatureWithSubheads = uR"(山区小镇的数字新路

本报记者 周琳

山区小镇过去靠种茶为生，茶叶
卖不上价，年轻人纷纷外出打工。
这几年，情况悄悄发生了变化。

直播间里

卖出好价钱

镇上建起了直播基地，茶农在镜
头前讲解采茶制茶的过程，一场
直播能卖出上千单。

与会企业代表围绕融资用工

问题发言。

数据帮着

种好茶

茶园里装上了传感器，土壤湿度
和温度一目了然，茶农用手机就
能安排灌溉和施肥。
)"_s;

} // namespace

TEST_CASE("Class 5: a raw subhead split over two lines is one subhead paragraph", "[parser][raw][classes]")
{
    const auto issue = parseOk(kFeatureWithSubheads);
    const auto articles = newsArticles(issue);
    REQUIRE(articles.size() == 1);
    const Article &a = articles[0];
    const auto paragraphs = paragraphsOf(a);
    QStringList subheads;
    for (const auto &p : paragraphs) {
        if (p.subhead)
            subheads << p.text;
    }
    CHECK(subheads == QStringList{u"直播间里卖出好价钱"_s, u"数据帮着种好茶"_s});
    CHECK_FALSE(a.body.split(u'\n').contains(u"直播间里"_s));
}

TEST_CASE("Class 5 trap: a short real paragraph cut by blank lines is no subhead", "[parser][raw][classes]")
{
    const auto articles = newsArticles(parseOk(kFeatureWithSubheads));
    REQUIRE(articles.size() == 1);
    const auto paragraphs = paragraphsOf(articles[0]);
    bool found = false;
    for (const auto &p : paragraphs) {
        if (p.text == u"与会企业代表围绕融资用工问题发言。"_s) {
            found = true;
            CHECK_FALSE(p.subhead);
        }
    }
    CHECK(found);
}

TEST_CASE("Class 5: markdown bold lines are subheads; a bold sentence is a paragraph", "[parser][markdown][classes]")
{
    const QString page = u"## 储能电站并网运行\n\n**本报讯** 5月9日，储能电站在江城并网运行，电站总装机容量达到20万千瓦。\n\n"
                         "**调度更聪明**\n\n电站采用智能调度系统，运行人员可以随时查看设备状态，效率大大提高。\n\n"
                         "**电站负责人表示，下一步将继续扩大装机规模，为全市的能源转型提供更多支撑。**\n\n"
                         "电站二期工程预计明年建成投运，届时总装机容量将翻一番。\n"_s;
    const auto articles = newsArticles(parseOk(page));
    REQUIRE(articles.size() == 1);
    const auto paragraphs = paragraphsOf(articles[0]);
    REQUIRE(paragraphs.size() == 5);
    CHECK_FALSE(paragraphs[0].subhead);
    CHECK(paragraphs[1].subhead);
    CHECK(paragraphs[1].text == u"调度更聪明"_s);
    CHECK_FALSE(paragraphs[2].subhead);
    CHECK_FALSE(paragraphs[3].subhead); // the long bold sentence
    CHECK(paragraphs[3].text.startsWith(u"电站负责人表示"_s));
    CHECK_FALSE(paragraphs[4].subhead);
    CHECK(articles[0].subheads == QList<int>{1});
}

TEST_CASE("Class 5: a subhead index outside the body is dropped when read back", "[parser][classes]")
{
    CHECK(validSubheads({3, 1, 1, -2, 9}, u"a\nb\nc\nd"_s) == QList<int>{1, 3});
    CHECK(validSubheads({0}, QString()).isEmpty());
}

TEST_CASE("Class 6: a subscription block with a QR prompt, a hotline and a price is an advertisement", "[parser][raw][classes]")
{
    const QString page = kMergedHeadlines + uR"(
本报记者 刘洋

江城科技报
全年订阅 每份定价2.50元
订阅热线 010-55501234
扫码订阅 即可轻松阅读
)"_s;
    const auto issue = parseOk(page);
    REQUIRE(!issue.articles.isEmpty());
    const Article &ad = issue.articles.last();
    CHECK(ad.kind == ArticleKind::Advertisement);
    CHECK(ad.body.contains(u"订阅热线"_s));
    CHECK_FALSE(ad.body.contains(u"刘洋"_s)); // a byline at the end of the page is no advertisement
    for (const auto &article : newsArticles(issue))
        CHECK_FALSE(article.body.contains(u"扫码"_s));
}

TEST_CASE("Class 6 trap: an article that mentions subscriptions in sentences stays an article", "[parser][raw][classes]")
{
    const QString page = kMergedHeadlines + uR"(
本报讯 3月5日，江城图书馆推出
电子报刊订阅服务，读者扫码即可
免费阅读一百多种报刊，服务开通
一周来已有上万人次使用。（吴 越）
)"_s;
    const auto issue = parseOk(page);
    CHECK(issue.articles.last().kind == ArticleKind::Article);
    CHECK(issue.articles.last().signature == u"吴越"_s);
}

TEST_CASE("Class 7: half-width punctuation between Han characters becomes full-width", "[parser][classes]")
{
    using Parse::fullWidthPunctuation;
    CHECK(fullWidthPunctuation(u"会议指出,要加强协调;会上:各方发言"_s) == u"会议指出，要加强协调；会上：各方发言"_s);
    CHECK(fullWidthPunctuation(u"这是真的吗?太好了!"_s) == u"这是真的吗？太好了！"_s);
    CHECK(fullWidthPunctuation(u"世界移动通信大会(MWC上海)召开"_s) == u"世界移动通信大会（MWC上海）召开"_s);
    CHECK(fullWidthPunctuation(u"覆盖率达到5G-A,用户超1,000万"_s) == u"覆盖率达到5G-A，用户超1,000万"_s);
}

TEST_CASE("Class 7 trap: ASCII inside Latin text and numbers stays", "[parser][classes]")
{
    using Parse::fullWidthPunctuation;
    CHECK(fullWidthPunctuation(u"增长3.14个百分点"_s) == u"增长3.14个百分点"_s);
    CHECK(fullWidthPunctuation(u"会议于10:30开始"_s) == u"会议于10:30开始"_s);
    CHECK(fullWidthPunctuation(u"Hello, world (test)!"_s) == u"Hello, world (test)!"_s);
    CHECK(fullWidthPunctuation(u"共1,000,000台"_s) == u"共1,000,000台"_s);
    CHECK(fullWidthPunctuation(u"微信号:cena1984"_s) == u"微信号：cena1984"_s);
}

TEST_CASE("Class 7: parsed articles read with full-width punctuation", "[parser][markdown][classes]")
{
    const QString page = u"## 江城召开节能工作会(扩大)\n\n**本报讯** 5月9日,江城召开节能工作会,部署全年任务;会议强调:要抓好落实。全市3.5万家企业参加。\n"_s;
    const auto articles = newsArticles(parseOk(page));
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].title == u"江城召开节能工作会（扩大）"_s);
    CHECK(articles[0].body == u"5月9日，江城召开节能工作会，部署全年任务；会议强调：要抓好落实。全市3.5万家企业参加。"_s);
}

TEST_CASE("Raw: a feature's first line with no punctuation and a blank line after it opens the body", "[parser][raw]")
{
    // The line end cuts 快递 in two; the page uses 快递 elsewhere, so the lines run on.
    const QString page = kMergedHeadlines + uR"(
县城物流跑出加速度

这几年，县城里的快
递网点越开越多，快递员
也从几个人增加到几十人。

县城快递网点的增加，让农
产品出村进城的路更顺了，
也让县城居民网购的商品
当天就能送到家门口。
)"_s;
    const QString cut = page;
    QString withBlank = cut;
    withBlank.replace(u"县城里的快\n递网点"_s, u"县城里的快\n\n递网点"_s);
    withBlank.replace(u"这几年，县城里的快"_s, u"这几年江城各县城里的快"_s);
    const auto issue = parseOk(withBlank);
    const auto *feature = findByTitle(issue, u"县城物流跑出加速度"_s);
    REQUIRE(feature != nullptr);
    CHECK(feature->body.startsWith(u"这几年江城各县城里的快递网点越开越多"_s));
    CHECK(newsArticles(issue).size() == 3);
}

TEST_CASE("Raw trap: a title over a body is not taken for the body's first line", "[parser][raw]")
{
    const QString page = kMergedHeadlines + uR"(
县城物流跑出加速度

这几年，县城里的快递网点
越开越多，快递员也从几个人
增加到几十人，农产品出村进
城的路更顺了，县城居民网购
的商品当天就能送到家门口。
)"_s;
    const auto issue = parseOk(page);
    const auto *feature = findByTitle(issue, u"县城物流跑出加速度"_s);
    REQUIRE(feature != nullptr);
    CHECK(feature->body.startsWith(u"这几年，县城里的快递网点"_s));
}

TEST_CASE("Raw: 本报讯 记者X报道 on a line of its own keeps its date", "[parser][raw]")
{
    const QString page = uR"(江城发布人才新政

本报讯 记者甲乙报道：
5月9日，江城市发布支持制造
业人才发展的十条措施，从引进、
培养、激励等方面加大支持力度。
)"_s;
    const auto articles = newsArticles(parseOk(page));
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].dateline == u"本报讯 5月9日"_s);
    REQUIRE(articles[0].bylines.size() == 1);
    CHECK(articles[0].bylines[0].name == u"甲乙"_s);
    CHECK(articles[0].body.startsWith(u"5月9日，江城市发布"_s));
}
