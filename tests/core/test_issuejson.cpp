#include <catch2/catch.hpp>

#include "core/common/issuejson.h"

#include <QJsonArray>

using namespace Baoku::Core;
using namespace Qt::StringLiterals;

TEST_CASE("An issue survives a round trip through JSON", "[json]")
{
    ParsedIssue issue;
    issue.issue.newspaper = u"中国电子报"_s;
    issue.issue.date = QDate(2024, 3, 29);
    issue.issue.dateSource = DateSource::Masthead;
    issue.issue.weekday = u"星期五"_s;
    issue.issue.issueNo = 21;
    issue.issue.totalNo = 4711;
    issue.issue.pages = 8;
    issue.issue.sourcePath = u"/tmp/a.txt"_s;
    issue.issue.sha256 = u"00ff"_s;
    Article article;
    article.title = u"标题"_s;
    article.bylines = {{u"徐恒"_s, u"reporter"_s, {}}};
    article.body = u"第一段。\n第二段。"_s;
    article.captions = {u"图为测试"_s};
    article.continuedTo = 2;
    article.order = 1;
    issue.articles = {article};

    const QJsonObject json = toJson(issue);
    const ParsedIssue back = parsedIssueFromJson(json);
    CHECK(back.issue == issue.issue);
    REQUIRE(back.articles.size() == 1);
    CHECK(back.articles.first() == article);
}

TEST_CASE("Absent values are null and lists are empty arrays", "[json]")
{
    const QJsonObject json = toJson(Article{});
    CHECK(json.value(u"title"_s).isNull());
    CHECK(json.value(u"continued_to"_s).isNull());
    CHECK(json.value(u"bylines"_s).isArray());
    CHECK(json.value(u"bylines"_s).toArray().isEmpty());
    CHECK(json.value(u"page"_s).isDouble());
    CHECK(json.value(u"kind"_s).toString() == u"article"_s);
}
