// Raw column OCR: one made-up layout per trap, in the manner of Okular's searchtest.
#include "parserhelpers.h"

using namespace Baoku::Core;
using namespace Qt::StringLiterals;

namespace {

// Two briefs whose headlines stand together at the top, in the opposite order of their bodies,
// each split over two lines; a number broken by a line end; spaces inside dates and signatures.
const QString kBriefs = uR"(市工信局召开

中小企业座谈会

新能源电池产线

在江城投产
本报讯 11 月 18 日，江城新能
源电池产线正式投产。该产线年
产能达 12.
5 万套，总投资约 30 亿元。

项目负责人介绍，产线采用全自
动装配工艺，每条产线只需十二
名工人值守。 （李 明）

本报讯 11月17日，市工信局召
开中小企业座谈会，听取企业意

见建议。会议由局长主持，二十
家企业代表参加。

与会企业代表围绕融资、用工等
问题发言。 （王 芳）
)"_s;

// Two features: an author line with its organisation under the first headline, a subheading split
// over two lines inside the second, and the second's byline at the very end of the page.
const QString kFeatures = uR"(江城智慧工厂产能提升

江城市工业和信息化局
党组书记、局长 陈明远

储能电站并网运行

江城智慧工厂建设以来，工厂
产能提升明显，产品良品率也
稳步提高。记者在车间看到，机
械臂正在有序地搬运零件。

企业负责人介绍，车间改造后
生产效率提升了两成以上，能
耗下降了一成。（下转第3版）

储能电站近日在江城并网运行，
电站总装机容量达到 20 万千
瓦，可满足十万户家庭的用电需
求。

数据驱动

精益管理

电站采用智能调度系统，运行人
员可以随时查看设备状态，储能
电站的效率因此大大提高。（下转第4版）

本报记者 周小川
)"_s;

} // namespace

TEST_CASE("Raw: headlines gathered at the top are matched to bodies by content, not position", "[parser][raw]")
{
    const auto issue = parseOk(kBriefs);
    const auto articles = newsArticles(issue);
    REQUIRE(articles.size() == 2);
    CHECK(articles[0].title == u"新能源电池产线在江城投产"_s);
    CHECK(articles[1].title == u"市工信局召开中小企业座谈会"_s);
}

TEST_CASE("Raw: a line break inside a number and spaces inside dates are removed", "[parser][raw]")
{
    const auto articles = newsArticles(parseOk(kBriefs));
    REQUIRE(articles.size() == 2);
    CHECK(articles[0].body.contains(u"年产能达12.5万套，总投资约30亿元。"_s));
    CHECK(articles[0].body.startsWith(u"11月18日，江城新能源电池产线正式投产。"_s));
    CHECK(articles[0].dateline == u"本报讯 11月18日"_s);
}

TEST_CASE("Raw: a blank line inside a sentence does not end the paragraph", "[parser][raw]")
{
    const auto articles = newsArticles(parseOk(kBriefs));
    REQUIRE(articles.size() == 2);
    CHECK(articles[1].body.contains(u"听取企业意见建议。"_s));
}

TEST_CASE("Raw: the closing signature is taken out with its spaces removed", "[parser][raw]")
{
    const auto articles = newsArticles(parseOk(kBriefs));
    REQUIRE(articles.size() == 2);
    CHECK(articles[0].signature == u"李明"_s);
    CHECK(articles[1].signature == u"王芳"_s);
    CHECK_FALSE(articles[0].body.contains(u"李"_s));
    CHECK(articles[1].body.endsWith(u"问题发言。"_s));
}

TEST_CASE("Raw: an author line with its organisation goes to the headline above it", "[parser][raw]")
{
    const auto issue = parseOk(kFeatures);
    const auto *first = findByTitle(issue, u"江城智慧工厂产能提升"_s);
    REQUIRE(first != nullptr);
    REQUIRE(first->bylines.size() == 1);
    CHECK(first->bylines[0].name == u"陈明远"_s);
    CHECK(first->bylines[0].role == u"author"_s);
    CHECK(first->bylines[0].affiliation == u"江城市工业和信息化局 党组书记、局长"_s);
    CHECK(first->continuedTo == 3);
}

TEST_CASE("Raw: a byline far from its article reaches the article", "[parser][raw]")
{
    const auto issue = parseOk(kFeatures);
    const auto *second = findByTitle(issue, u"储能电站并网运行"_s);
    REQUIRE(second != nullptr);
    REQUIRE(second->bylines.size() == 1);
    CHECK(second->bylines[0].name == u"周小川"_s);
    CHECK(second->bylines[0].role == u"reporter"_s);
}

TEST_CASE("Raw: a subheading inside an article stays in it, on lines of its own", "[parser][raw]")
{
    const auto issue = parseOk(kFeatures);
    CHECK(newsArticles(issue).size() == 2);
    CHECK_FALSE(titles(issue).contains(u"数据驱动"_s));
    const auto *second = findByTitle(issue, u"储能电站并网运行"_s);
    REQUIRE(second != nullptr);
    // The subhead split over two lines is one subhead paragraph.
    const auto paragraphs = second->body.split(u'\n');
    const auto index = paragraphs.indexOf(u"数据驱动精益管理"_s);
    CHECK(index > 0);
    CHECK(second->subheads == QList<int>{int(index)});
    CHECK(second->body.contains(u"电站采用智能调度系统"_s));
    CHECK(second->continuedTo == 4);
}

TEST_CASE("Raw: headline lines that match no body become a banner, not an empty article", "[parser][raw]")
{
    const QString page = u"坚持创新驱动发展\n全面推进产业升级\n\n"_s + kBriefs;
    const auto issue = parseOk(page);
    const auto articles = newsArticles(issue);
    REQUIRE(articles.size() == 2);
    bool placed = false;
    for (const auto &article : articles)
        placed = placed || article.kicker.contains(u"坚持创新驱动发展"_s) || article.column.contains(u"坚持创新驱动发展"_s);
    CHECK(placed);
}

TEST_CASE("Raw: a caption read twice, and a doubled photo credit", "[parser][raw]")
{
    const QString page = u"储能电站并网运行\n\n图为电站外景图为电站外景\n\n周小川周小川摄摄\n\n"_s
        + kFeatures.mid(kFeatures.indexOf(u"储能电站近日"_s));
    const auto issue = parseOk(page);
    const auto *article = findByTitle(issue, u"储能电站并网运行"_s);
    REQUIRE(article != nullptr);
    CHECK(article->captions == QStringList{u"图为电站外景"_s});
    CHECK(article->photoCredits == QStringList{u"周小川"_s});
    CHECK_FALSE(article->body.contains(u"图为"_s));
}

TEST_CASE("Raw: a signature on a line of its own, and a nameplate in the masthead", "[parser][raw]")
{
    QString page = kBriefs;
    page.replace(u"名工人值守。 （李 明）"_s, u"名工人值守。\n（李 明）\n"_s);
    const auto issue = parseOk(u"江城科技报\n2022年7月5日 星期二\n\n"_s + page);
    CHECK(issue.issue.newspaper == u"江城科技报"_s);
    CHECK(issue.issue.date == QDate(2022, 7, 5));
    const auto articles = newsArticles(issue);
    REQUIRE(articles.size() == 2);
    CHECK(articles[0].signature == u"李明"_s);
    CHECK(articles[0].column.isEmpty());
    CHECK(articles[1].title == u"市工信局召开中小企业座谈会"_s);
}

TEST_CASE("Raw: a headline wider than the column directly over its body", "[parser][raw]")
{
    const QString page = u"江城储能电站今日正式并网投入商业运行\n储能电站今日在江城并网运行，\n电站总装机容量达到 20 万千\n瓦，可满足十万户家庭的用电需\n求。（下转第2版）\n"_s;
    const auto articles = newsArticles(parseOk(page));
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].title == u"江城储能电站今日正式并网投入商业运行"_s);
    CHECK(articles[0].body.startsWith(u"储能电站今日在江城并网运行"_s));
}

TEST_CASE("Raw: a continuation note cut by a line end still ends the article", "[parser][raw]")
{
    QString page = kFeatures;
    page.replace(u"能\n耗下降了一成。（下转第3版）"_s, u"能\n耗下降了一成。（下转第\n3版）"_s);
    const auto issue = parseOk(page);
    const auto *first = findByTitle(issue, u"江城智慧工厂产能提升"_s);
    REQUIRE(first != nullptr);
    CHECK(first->continuedTo == 3);
    CHECK_FALSE(first->body.contains(u"储能"_s));
    CHECK(findByTitle(issue, u"储能电站并网运行"_s) != nullptr);
}

TEST_CASE("Raw: the end of an article read again after its signature is dropped", "[parser][raw]")
{
    QString page = kBriefs;
    page.replace(u"问题发言。 （王 芳）"_s, u"问题发言。 （王 芳）\n\n与会企业代表围绕融资、用工等\n问题发言。 （王 芳）"_s);
    page.replace(u"听取企业意\n\n见建议。"_s, u"听取企业意\n\n见建议。与会企业代表围绕融资、用工等问题发言。"_s);
    const auto issue = parseOk(page);
    CHECK(newsArticles(issue).size() == 2);
}

TEST_CASE("Raw: a headline line ending on a conjunction goes on to the next line", "[parser][raw]")
{
    const QString page = u"江城储能电站与\n\n氢能“比翼齐飞”\n\n本报讯 5月9日，江城储能电站并网运\n行，电站总装机容量达到 20 万千\n瓦，可满足十万户家庭的用电需求\n。 （李 明）\n"_s;
    const auto articles = newsArticles(parseOk(page));
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].title == u"江城储能电站与氢能“比翼齐飞”"_s);
}
