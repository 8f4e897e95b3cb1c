// Inner pages: the page header (date, 第N版 and section, editor line, paper name), page numbers
// from file names, and （上接第N版） parts. Made-up pages, one trap each.
#include "parserhelpers.h"

#include "core/parser/pageheader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Baoku::Core;

namespace {

// Two made-up articles in markdown form, under whatever header the test puts above them.
const QString kMarkdownBody = u"## 城市书房夜间开放受欢迎\n\n"
                              "**本报讯** 记者周明报道：近日，河畔区的八家城市书房延长开放时间至晚上十点，"
                              "附近居民下班后也能来读书自习，首周夜间借阅量比上月同期增长近一倍。\n\n"
                              "## 老旧小区加装电梯提速\n\n"
                              "今年以来，河畔区已有三十二部加装电梯投入使用，街道工作人员上门协调，"
                              "帮助居民解决费用分摊和施工占地等难题，让老人出行更加方便。\n"_s;

ParsedIssue parseWithHeader(const QString &header, const QString &path = u"page.txt"_s)
{
    return parseOk(header + u"\n\n"_s + kMarkdownBody, path);
}

} // namespace

TEST_CASE("Page header on separate lines: page, section, date, paper; none of it is article text", "[parser][pages]")
{
    const auto issue = parseWithHeader(u"2021年5月6日\n\n第4版\n\n综合\n\n河畔日报\n\n编辑：张三 电话：010-12345678"_s);
    REQUIRE(newsArticles(issue).size() == 2);
    for (const auto &article : issue.articles) {
        CHECK(article.page == 4);
        CHECK(article.section == u"综合"_s);
        CHECK_FALSE(article.body.contains(u"编辑"_s));
        CHECK_FALSE(article.title.contains(u"河畔日报"_s));
        CHECK_FALSE(article.column.contains(u"综合"_s));
    }
    CHECK(issue.issue.date == QDate(2021, 5, 6));
    CHECK(issue.issue.dateSource == DateSource::Masthead);
    CHECK(issue.issue.newspaper == u"河畔日报"_s);
    CHECK(issue.issue.weekday == u"星期四"_s);
}

TEST_CASE("Page header on one line, with Chinese numerals and a weekday", "[parser][pages]")
{
    const auto issue = parseWithHeader(u"河畔日报 2021年5月6日 星期四 第十二版 要闻\n\n责任编辑：李四"_s);
    REQUIRE(newsArticles(issue).size() == 2);
    CHECK(issue.articles.first().page == 12);
    CHECK(issue.articles.first().section == u"要闻"_s);
    CHECK(issue.issue.date == QDate(2021, 5, 6));
    CHECK(issue.issue.newspaper == u"河畔日报"_s);
    CHECK(titles(issue).first() == u"城市书房夜间开放受欢迎"_s);
}

TEST_CASE("Page header with the section on the page line and an editor line at the foot", "[parser][pages]")
{
    const auto issue = parseOk(u"第3版：民生\n\n"_s + kMarkdownBody + u"\n本版编辑：王五 美编：赵六\n"_s);
    CHECK(issue.articles.first().page == 3);
    CHECK(issue.articles.first().section == u"民生"_s);
    for (const auto &article : issue.articles)
        CHECK_FALSE(article.body.contains(u"美编"_s));
}

TEST_CASE("A front page without 第N版 keeps its lines: no header is read", "[parser][pages]")
{
    const auto header = Parse::readPageHeader({u"河畔日报"_s, u"2021年5月6日"_s, u"今日8版"_s, u"## 标题"_s});
    CHECK_FALSE(header.page);
    CHECK(header.lines.isEmpty());
    const auto issue = parseOk(kMarkdownBody);
    CHECK(issue.articles.first().page == 1);
    CHECK(issue.articles.first().section.isEmpty());
}

TEST_CASE("Page numbers from file names", "[parser][pages]")
{
    using Parse::pageFromFileName;
    CHECK(pageFromFileName(u"/x/2024-03-29_04.txt"_s) == 4);
    CHECK(pageFromFileName(u"/x/20240329-04.txt"_s) == 4);
    CHECK(pageFromFileName(u"/x/2024-03-29-12.txt"_s) == 12);
    CHECK(pageFromFileName(u"/x/p4.txt"_s) == 4);
    CHECK(pageFromFileName(u"/x/hpdb_P07.txt"_s) == 7);
    CHECK(pageFromFileName(u"/x/page12.txt"_s) == 12);
    CHECK(pageFromFileName(u"/x/第4版.txt"_s) == 4);
    CHECK(pageFromFileName(u"/x/2024年3月29日第六版.txt"_s) == 6);
    CHECK(pageFromFileName(u"/x/issue-2024-03-29/04.txt"_s) == 4);
    CHECK(pageFromFileName(u"/x/8.txt"_s) == 8);
    CHECK_FALSE(pageFromFileName(u"/x/2024-03-29.txt"_s));
    CHECK_FALSE(pageFromFileName(u"/x/20240329.txt"_s));
    CHECK_FALSE(pageFromFileName(u"/x/000_516666ff67d7d3b5.txt"_s));
    CHECK_FALSE(pageFromFileName(u"/x/front.txt"_s));
    CHECK_FALSE(pageFromFileName(u"/x/2024.txt"_s));
}

TEST_CASE("Page: the header beats the file name, which beats --page", "[parser][pages]")
{
    CHECK(parseWithHeader(u"第5版 综合"_s, u"/x/03.txt"_s).articles.first().page == 5);
    CHECK(parseOk(kMarkdownBody, u"/x/03.txt"_s).articles.first().page == 3);
    ParseOptions options;
    options.page = 7;
    CHECK(parseOk(kMarkdownBody, u"/x/03.txt"_s, options).articles.first().page == 3);
    CHECK(parseOk(kMarkdownBody, u"/x/front.txt"_s, options).articles.first().page == 7);
}

TEST_CASE("A folder named by its date dates the pages that print none", "[parser][pages][dates]")
{
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkpath(u"hpdb-2021-05-07"_s));
    const QString path = dir.filePath(u"hpdb-2021-05-07/02.txt"_s);
    const auto issue = parseOk(kMarkdownBody, path);
    CHECK(issue.issue.date == QDate(2021, 5, 7));
    CHECK(issue.issue.dateSource == DateSource::Filename);
    CHECK(issue.articles.first().page == 2);
    // A date printed on the page still wins.
    CHECK(parseWithHeader(u"2021年5月6日 第2版"_s, path).issue.date == QDate(2021, 5, 6));
}

TEST_CASE("Two （上接第N版） parts on one raw page are two articles, apart from the page's own", "[parser][pages][raw]")
{
    const QString text = u"第2版 综合\n\n"
                         "（上接第1版）街道还组织志愿\n"
                         "者每周上门走访独居老人，帮\n"
                         "助他们预约体检、代购药品，\n"
                         "解决生活中的实际困难。\n\n"
                         "（上接第1版）新建的口袋公园\n"
                         "种植了四十多种乡土花木，设\n"
                         "有儿童游乐区和健身步道，成\n"
                         "为周边居民散步休闲的好去处。\n\n"
                         "社区食堂开门迎客\n\n"
                         "本报讯 记者吴亮报道：河畔区\n"
                         "首家社区食堂近日开业，每天\n"
                         "供应三餐，老人就餐另有补贴\n"
                         "，开业首周接待居\n"
                         "民两千余人次。\n"_s;
    const auto issue = parseOk(text);
    const auto articles = newsArticles(issue);
    REQUIRE(articles.size() == 3);
    CHECK(articles.at(0).continuedFrom == 1);
    CHECK(articles.at(0).body.startsWith(u"街道还组织志愿者"_s));
    CHECK(articles.at(0).body.endsWith(u"实际困难。"_s));
    CHECK(articles.at(1).continuedFrom == 1);
    CHECK(articles.at(1).body.startsWith(u"新建的口袋公园"_s));
    CHECK_FALSE(articles.at(2).continuedFrom);
    CHECK(articles.at(2).title == u"社区食堂开门迎客"_s);
    for (const auto &article : articles) {
        CHECK(article.page == 2);
        CHECK_FALSE(article.body.contains(u"上接"_s));
    }
}

TEST_CASE("A markdown （上接第N版） paragraph without a repeated headline starts its own part", "[parser][pages][markdown]")
{
    const QString text = u"第2版 综合\n\n"
                         "(上接第1版)街道还组织志愿者每周上门走访独居老人，帮助他们预约体检、代购药品，解决生活中的实际困难。\n\n"
                         "(上接第1版)新建的口袋公园种植了四十多种乡土花木，设有儿童游乐区和健身步道，成为周边居民散步休闲的好去处。\n\n"
                         "## 社区食堂开门迎客\n\n"
                         "**本报讯** 记者吴亮报道：河畔区首家社区食堂近日开业，每天供应三餐，老人就餐另有补贴。\n"_s;
    const auto articles = newsArticles(parseOk(text));
    REQUIRE(articles.size() == 3);
    CHECK(articles.at(0).continuedFrom == 1);
    CHECK(articles.at(1).continuedFrom == 1);
    CHECK(articles.at(1).body.startsWith(u"新建的口袋公园"_s));
    CHECK(articles.at(2).title == u"社区食堂开门迎客"_s);
}
