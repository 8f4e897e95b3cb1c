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
    CHECK(parser.parse(QStringLiteral("page:abc")).error.contains(QStringLiteral("page:abc is not a page number")));
    CHECK(parser.parse(QStringLiteral("OR OR 电子 OR")).groups.size() == 1);
    // A double quote inside a token is doubled, never closing the FTS5 string.
    const ParsedQuery hebrew = parser.parse(QStringLiteral("צה\"ל"));
    REQUIRE(!hebrew.isEmpty());
    CHECK(hebrew.ftsExpression().count(u'"') % 2 == 0);
}

TEST_CASE("page: takes page numbers only, and says so otherwise", "[query]")
{
    QueryParser parser;
    for (const char *text : {"page:0", "page:abc 电子", "电子 版：-3", "page:10000", "page:1.5"}) {
        const ParsedQuery q = parser.parse(QString::fromUtf8(text));
        INFO(text);
        CHECK(q.error.contains(QStringLiteral("is not a page number")));
        CHECK(q.isEmpty());
        CHECK(q.ftsExpression().isEmpty());
    }
    const ParsedQuery ok = parser.parse(QStringLiteral("电子 page:9999 版：2"));
    CHECK(ok.error.isEmpty());
    CHECK(ok.pages == QList<int>{9999, 2});
    // A negated page: is a word, as before.
    CHECK(parser.parse(QStringLiteral("电子 -page:3")).error.isEmpty());
}

TEST_CASE("queries are bounded in length and terms; repeats count once", "[query][bounds]")
{
    QueryParser parser;
    CHECK(parser.parse(QString(QueryParser::kMaxQueryChars, u'电')).error.isEmpty());
    CHECK(parser.parse(QString(QueryParser::kMaxQueryChars + 1, u'电')).error.contains(QStringLiteral("at most 1000")));

    QStringList words; // distinct after folding, unlike some neighbouring Han code points
    for (int i = 0; i < QueryParser::kMaxTerms + 1; ++i)
        words.append(QStringLiteral("w%1").arg(i));
    CHECK(parser.parse(words.mid(0, QueryParser::kMaxTerms).join(u' ')).error.isEmpty());
    const ParsedQuery over = parser.parse(words.join(u' '));
    CHECK(over.error.contains(QStringLiteral("65 search terms")));
    CHECK(over.isEmpty());

    // 100 copies of one word, and of one exclusion, are one term each.
    QStringList repeated;
    for (int i = 0; i < 100; ++i)
        repeated << QStringLiteral("电子") << QStringLiteral("-手机");
    const ParsedQuery same = parser.parse(repeated.join(u' '));
    CHECK(same.error.isEmpty());
    CHECK(same.groups.size() == 1);
    CHECK(same.excluded.size() == 1);
    // A repeat keeps alternatives apart: "a b a OR c" still needs b, and a or c.
    const ParsedQuery alternatives = parser.parse(QStringLiteral("芯片 工信 芯片 OR 手机"));
    REQUIRE(alternatives.groups.size() == 3);
    CHECK(alternatives.groups[2].size() == 2);
}

TEST_CASE("many exclusions make one flat NOT, which FTS5 parses", "[query][bounds]")
{
    QueryParser parser;
    QStringList words{QStringLiteral("电子")};
    for (int i = 0; i < 50; ++i)
        words.append(QStringLiteral("-x%1").arg(i));
    const QString expression = parser.parse(words.join(u' ')).ftsExpression();
    CHECK(expression.count(QStringLiteral(" NOT ")) == 1);
    CHECK(expression.startsWith(QStringLiteral("(({body title names} : \"电子\")) NOT (")));
    CHECK(expression.count(QStringLiteral(" OR ")) == 49);
}
