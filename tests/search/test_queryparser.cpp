// The query language's structure, and that its FTS5 expressions hold only quoted tokens.
#include "catchqt.h"
#include "core/search/queryparser.h"

#include <catch2/catch.hpp>

using namespace Baoku::Core;

TEST_CASE("words, phrases, OR, exclusions and fields", "[query]")
{
    QueryParser parser;
    ParsedQuery q = parser.parse(QStringLiteral("芯片  工信"));
    REQUIRE(q.groups.size() == 2);
    CHECK(q.ftsExpression() == QStringLiteral("({body title names} : \"芯片\") AND ({body title names} : \"工信\")"));

    q = parser.parse(QStringLiteral("芯片 OR 半导体 -手机"));
    REQUIRE(q.groups.size() == 1);
    CHECK(q.groups.first().size() == 2);
    REQUIRE(q.excluded.size() == 1);
    CHECK(q.ftsExpression() == QStringLiteral("(({body title names} : \"芯片\" OR {body title names} : \"半导 导体\")) NOT "
                                              "({body title names} : \"手机\")"));

    q = parser.parse(QStringLiteral("title:电子报 author:金壮龙 column:要闻 page:3 “中国 制造”"));
    REQUIRE(q.groups.size() == 4);
    CHECK(q.groups[0].first().field == QueryField::Title);
    CHECK(q.groups[1].first().field == QueryField::Author);
    CHECK(q.groups[2].first().field == QueryField::Column);
    CHECK(q.pages == QList<int>{3});
    CHECK(QueryParser::ftsPhrase(q.groups[3].first()) == QStringLiteral("{body title names} : \"中国 国 制造\""));
    CHECK(QueryParser::ftsPhrase(parser.parse(QStringLiteral("标题：电")).groups.first().first()) == QStringLiteral("{title} : \"电\"*"));
}

TEST_CASE("hostile text parses into quoted tokens or nothing", "[query]")
{
    QueryParser parser;
    CHECK(parser.parse(QString()).isEmpty());
    CHECK(parser.parse(QStringLiteral("   ")).isEmpty());
    CHECK(parser.parse(QStringLiteral("* ^ ( ) : - -- OR AND? 😀 {} + \"")).ftsExpression() ==
          QStringLiteral("({body title names} : \"and\")"));
    CHECK(parser.parse(QStringLiteral("-电子")).isEmpty()); // exclusions alone find nothing
    CHECK(parser.parse(QStringLiteral("NEAR(电子 报)")).ftsExpression() ==
          QStringLiteral("({body title names} : \"near 电子\") AND ({body title names} : \"报\"*)"));
    CHECK(parser.parse(QStringLiteral("\"unbalanced 电子")).groups.size() == 1);
    CHECK(parser.parse(QStringLiteral("page:abc")).ftsExpression() == QStringLiteral("({body title names} : \"page abc\")"));
    CHECK(parser.parse(QStringLiteral("OR OR 电子 OR")).groups.size() == 1);
    // A double quote inside a token is doubled, never closing the FTS5 string.
    const ParsedQuery hebrew = parser.parse(QStringLiteral("צה\"ל"));
    REQUIRE(!hebrew.isEmpty());
    CHECK(hebrew.ftsExpression().count(u'"') % 2 == 0);
}
