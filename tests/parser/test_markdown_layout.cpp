// Markdown-like OCR: one made-up layout per trap.
#include "parserhelpers.h"

#include "core/parser/layout.h"

using namespace Baoku::Core;
using namespace Qt::StringLiterals;

namespace {

const QString kPage = uR"(主管：江城市工业和信息化局

主办：江城科技报社

江城科技报社出版

2022年7月5日

星期二

今日12版

第48期(总第3021期)

# 新型储能产业联盟在京成立

**本报讯** 记者张三报道：5月8日，新型储能产业联盟在北京成立。联盟由30家企业发起，将推动标准制定和应用示范。  

联盟理事长表示，将加快



图为成立大会现场

构建开放合作的产业生态。(下转第3版)

## 芯片设计大赛启动

本报记者 李四 实习记者 王五

今年的芯片设计大赛吸引了来自全国的200多支队伍报名参赛，比赛将持续三个月。

**赛程安排**  
大赛组委会负责人说，比赛分为初赛和决赛两个阶段，决赛将在深圳举行，届时将评出一等奖三名。(赵六)

大赛组委会负责人说，比赛分为初赛和决赛两个阶段，决赛将在深圳举行，届时将评出一等奖三名。(赵六)

## 人工智能赋能制造业

### 用大模型改造生产线

——访江城智能研究院院长钱七

**本报记者 孙八**  
记者走访了多家工厂，发现大模型已经在质检、排产和设备维护中得到应用，企业的生产效率明显提高。

钱七说，用好大模型，关键在于行业数据。(上接第一版)

江城科技报  
官方店

扫码关注 微信号:jckjb
)"_s;

} // namespace

TEST_CASE("Markdown: masthead fields", "[parser][markdown]")
{
    const auto issue = parseOk(kPage).issue;
    CHECK(issue.newspaper == u"江城科技报"_s);
    CHECK(issue.date == QDate(2022, 7, 5));
    CHECK(issue.dateSource == DateSource::Masthead);
    CHECK(issue.weekday == u"星期二"_s);
    CHECK(issue.pages == 12);
    CHECK(issue.issueNo == 48);
    CHECK(issue.totalNo == 3021);
}

TEST_CASE("Markdown: headings are titles; the masthead is no article", "[parser][markdown]")
{
    const auto issue = parseOk(kPage);
    CHECK(titles(issue) == QStringList{u"新型储能产业联盟在京成立"_s, u"芯片设计大赛启动"_s, u"用大模型改造生产线"_s, QString()});
    CHECK(issue.articles.last().kind == ArticleKind::Advertisement);
}

TEST_CASE("Markdown: 本报讯 with 记者X报道 gives the dateline and the reporter", "[parser][markdown]")
{
    const auto issue = parseOk(kPage);
    const auto *article = findByTitle(issue, u"新型储能产业联盟在京成立"_s);
    REQUIRE(article != nullptr);
    CHECK(article->dateline == u"本报讯 5月8日"_s);
    REQUIRE(article->bylines.size() == 1);
    CHECK(article->bylines[0].name == u"张三"_s);
    CHECK(article->body.startsWith(u"5月8日，新型储能产业联盟在北京成立。"_s));
}

TEST_CASE("Markdown: a caption between two halves of a sentence", "[parser][markdown]")
{
    const auto issue = parseOk(kPage);
    const auto *article = findByTitle(issue, u"新型储能产业联盟在京成立"_s);
    REQUIRE(article != nullptr);
    CHECK(article->body.contains(u"联盟理事长表示，将加快构建开放合作的产业生态。"_s));
    CHECK(article->captions == QStringList{u"图为成立大会现场"_s});
    CHECK_FALSE(article->body.contains(u"图为"_s));
    CHECK(article->continuedTo == 3);
    CHECK_FALSE(article->body.contains(u"下转"_s));
}

TEST_CASE("Markdown: a duplicated paragraph appears once; the signature is taken out", "[parser][markdown]")
{
    const auto issue = parseOk(kPage);
    const auto *article = findByTitle(issue, u"芯片设计大赛启动"_s);
    REQUIRE(article != nullptr);
    CHECK(article->body.count(u"决赛将在深圳举行"_s) == 1);
    CHECK(article->signature == u"赵六"_s);
    REQUIRE(article->bylines.size() == 2);
    CHECK(article->bylines[0] == Byline{u"李四"_s, u"reporter"_s, {}});
    CHECK(article->bylines[1] == Byline{u"王五"_s, u"intern_reporter"_s, {}});
    CHECK(article->body.split(u'\n').contains(u"赛程安排"_s));
}

TEST_CASE("Markdown: a banner heading, a subtitle and a bold byline", "[parser][markdown]")
{
    const auto issue = parseOk(kPage);
    const auto *article = findByTitle(issue, u"用大模型改造生产线"_s);
    REQUIRE(article != nullptr);
    CHECK(article->column == u"人工智能赋能制造业"_s);
    CHECK(article->subtitle == u"——访江城智能研究院院长钱七"_s);
    REQUIRE(article->bylines.size() == 1);
    CHECK(article->bylines[0].name == u"孙八"_s);
    CHECK(article->body.startsWith(u"记者走访了多家工厂"_s));
    CHECK(article->continuedFrom == 1);
}

TEST_CASE("Markdown: the advertisement at the end is kept apart from articles", "[parser][markdown]")
{
    const auto issue = parseOk(kPage);
    for (const auto &article : newsArticles(issue)) {
        CHECK_FALSE(article.body.contains(u"扫码关注"_s));
        CHECK_FALSE(article.body.contains(u"官方店"_s));
    }
    CHECK(issue.articles.last().body.contains(u"扫码关注"_s));
}

TEST_CASE("Markdown: a repeated tail of the paragraph before is removed", "[parser][markdown]")
{
    const QString page = u"## 三部门部署安全管理工作\n\n**本报讯** 6月3日，三部门联合召开视频会，部署新能源汽车安全管理工作，要求企业不得进行夸大和虚假宣传，坚决守牢安全底线。各地有关部门参加会议。(龚言)\n\n"
                         "不得进行夸大和虚假宣传，坚决守牢安全底线。各地有关部门参加会议。(龚言)\n"_s;
    const auto articles = newsArticles(parseOk(page));
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].body.count(u"坚决守牢安全底线"_s) == 1);
    CHECK(articles[0].signature == u"龚言"_s);
}

TEST_CASE("Markdown: two headings of one level in a row are a kicker and a title", "[parser][markdown]")
{
    const QString page = u"## 江城新能源产业加速\n\n## 储能电站并网运行\n\n**本报讯** 5月9日，储能电站在江城并网运行，电站总装机容量达到20万千瓦，可满足十万户家庭的用电需求。\n"_s;
    const auto articles = newsArticles(parseOk(page));
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].kicker == u"江城新能源产业加速"_s);
    CHECK(articles[0].title == u"储能电站并网运行"_s);
}

TEST_CASE("Markdown: a bold line over a dateline is a title", "[parser][markdown]")
{
    const QString page = u"## 储能电站并网运行\n\n**本报讯** 5月9日，储能电站在江城并网运行，电站总装机容量达到20万千瓦，可满足十万户家庭的用电需求。(李明)\n\n"
                         "**江城举办芯片设计大赛**\n\n**本报讯** 5月10日，江城芯片设计大赛开幕，来自全国的两百多支队伍报名参赛，比赛将持续三个月。(王芳)\n"_s;
    const auto articles = newsArticles(parseOk(page));
    REQUIRE(articles.size() == 2);
    CHECK(articles[1].title == u"江城举办芯片设计大赛"_s);
    CHECK(articles[1].signature == u"王芳"_s);
    CHECK_FALSE(articles[0].body.contains(u"芯片"_s));
}

TEST_CASE("Markdown: a nameplate heading belongs to the masthead", "[parser][markdown]")
{
    const QString page = u"# 江城科技报\n\n2022年7月5日 星期二\n\n## 储能电站并网运行\n\n**本报讯** 5月9日，储能电站在江城并网运行，电站总装机容量达到20万千瓦，可满足十万户家庭的用电需求。\n"_s;
    const auto issue = parseOk(page);
    CHECK(issue.issue.newspaper == u"江城科技报"_s);
    CHECK(issue.issue.date == QDate(2022, 7, 5));
    CHECK(titles(issue) == QStringList{u"储能电站并网运行"_s});
}

TEST_CASE("Markdown form: a heading is one to six # and ASCII white space before its text", "[parser][markdown]")
{
    // Short lines, so only a heading can make the page markdown.
    const auto form = [](const QString &line) { return Parse::isMarkdownForm({u"短行"_s, line, u"短行"_s}); };
    CHECK(form(u"# 标题"_s));
    CHECK(form(u"###### 标题"_s));
    CHECK(form(u"##\t标题"_s));
    CHECK_FALSE(form(u"####### 标题"_s)); // seven
    CHECK_FALSE(form(u"#标题"_s));        // no space
    CHECK_FALSE(form(u"#   "_s));         // nothing after the space
    CHECK_FALSE(form(u"#\u3000标题"_s));  // the ideographic space is no \s of the old pattern
    CHECK(form(u"# \u3000标题"_s));       // but it is text after an ASCII space
    CHECK_FALSE(form(u" # 标题"_s));      // not at the line's start
    CHECK(form(u"前文**本报讯**后文"_s));
}
