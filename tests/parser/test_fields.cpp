// The parser's small recognisers, one trap each.
#include "parserhelpers.h"

#include "core/parser/fields.h"
#include "core/parser/issuemeta.h"
#include "core/parser/textutil.h"

using namespace Baoku::Core;
using namespace Baoku::Core::Parse;
using namespace Qt::StringLiterals;

TEST_CASE("Spaces inside Chinese text, dates and numbers go; spaces between Latin words stay", "[parser][fields]")
{
    CHECK(squeezeSpaces(u"截至 9 月底，建设 5G 基站 318.9 万个"_s) == u"截至9月底，建设5G基站318.9万个"_s);
    CHECK(squeezeSpaces(u"11 月 11 日 至 12 日"_s) == u"11月11日至12日"_s);
    CHECK(squeezeSpaces(u"“5G-A x AI”正在"_s) == u"“5G-A x AI”正在"_s);
    CHECK(removeSpaces(u"耀 文"_s) == u"耀文"_s);
}

TEST_CASE("Text the OCR read twice is read once", "[parser][fields]")
{
    CHECK(undouble(u"王弋王弋摄摄"_s) == u"王弋摄"_s);
    CHECK(undouble(u"图为工厂外景图为工厂外景"_s) == u"图为工厂外景"_s);
    CHECK(undouble(u"图为工厂外景"_s) == u"图为工厂外景"_s);
}

TEST_CASE("Byline lines", "[parser][fields]")
{
    const auto two = parseBylineLine(u"本报记者 徐恒 实习记者 路轶晨"_s);
    REQUIRE(two.size() == 2);
    CHECK(two[0] == Byline{u"徐恒"_s, u"reporter"_s, {}});
    CHECK(two[1] == Byline{u"路轶晨"_s, u"intern_reporter"_s, {}});
    CHECK(parseBylineLine(u"**本报记者 张琪玮**"_s).value(0).name == u"张琪玮"_s);
    CHECK(parseBylineLine(u"本报记者 宋婧 卢梦琪"_s).size() == 2);
    CHECK(parseBylineLine(u"记者走访了多家工厂，发现"_s).isEmpty());
    CHECK(parseBylineLine(u"本报记者在现场看到"_s).isEmpty());
}

TEST_CASE("Author lines carry their affiliation", "[parser][fields]")
{
    const auto author = parseAuthorLine(u"党组书记、厅长 盛云峰"_s);
    REQUIRE(author);
    CHECK(author->name == u"盛云峰"_s);
    CHECK(author->role == u"author"_s);
    CHECK(author->affiliation == u"党组书记、厅长"_s);
    CHECK_FALSE(parseAuthorLine(u"部长金壮龙在北京会见"_s));
    CHECK(looksLikeOrganisation(u"甘肃省工业和信息化厅"_s));
}

TEST_CASE("Datelines, with a range and with a reporter", "[parser][fields]")
{
    const auto range = matchDateline(u"本报讯 11月9日至11日，第十二届"_s);
    REQUIRE(range);
    CHECK(range->dateline == u"本报讯 11月9日至11日"_s);
    CHECK(range->month == 11);
    CHECK(range->day == 11);
    const auto reporter = matchDateline(u"**本报讯** 记者徐恒报道:3月26日,国新办"_s);
    REQUIRE(reporter);
    CHECK(reporter->dateline == u"本报讯 3月26日"_s);
    REQUIRE(reporter->reporters.size() == 1);
    CHECK(reporter->reporters[0].name == u"徐恒"_s);
    CHECK(QStringView(u"**本报讯** 记者徐恒报道:3月26日,国新办"_s).mid(reporter->consumed) == u"3月26日,国新办"_s);
    CHECK_FALSE(matchDateline(u"据本报记者了解"_s));
}

TEST_CASE("Continuation notes, in digits and in Chinese numerals", "[parser][fields]")
{
    Continuation c;
    CHECK(takeContinuations(u"作出贡献。 （下转第2版）"_s, &c) == u"作出贡献。"_s);
    CHECK(c.to == 2);
    Continuation d;
    CHECK(takeContinuations(u"（上接第十二版）今年以来"_s, &d) == u"今年以来"_s);
    CHECK(d.from == 12);
    CHECK(parseSmallNumber(u"二十一"_s) == 21);
}

TEST_CASE("Signatures close a paragraph; brackets inside a sentence are not one", "[parser][fields]")
{
    QString text = u"负责人参加会见。 （耀 文）"_s;
    CHECK(takeSignature(&text) == u"耀文"_s);
    CHECK(text == u"负责人参加会见。"_s);
    QString inside = u"2023中国产业转移发展对接活动（甘肃）"_s;
    CHECK(takeSignature(&inside).isEmpty());
    QString note = u"此文完。（完）"_s;
    CHECK(takeSignature(&note).isEmpty());
}

TEST_CASE("Captions and photo credits", "[parser][fields]")
{
    CHECK(looksLikeCaption(u"图为比亚迪新能源汽车整装待发"_s));
    CHECK_FALSE(looksLikeCaption(u"图形处理器市场持续增长"_s));
    CHECK(parsePhotoCredit(u"（王弋 摄）"_s) == u"王弋"_s);
    CHECK(parsePhotoCredit(u"本报记者 王弋 摄"_s) == u"王弋"_s);
    QString caption = u"图为工厂外景。 王弋 摄"_s;
    CHECK(takeTrailingCredit(&caption) == u"王弋"_s);
    CHECK(caption == u"图为工厂外景。"_s);
}

TEST_CASE("Dates in file names", "[parser][dates]")
{
    CHECK(dateFromFileName(u"/a/中国电子报-2024-03-29.txt"_s) == QDate(2024, 3, 29));
    CHECK(dateFromFileName(u"20240329_p1.txt"_s) == QDate(2024, 3, 29));
    CHECK(dateFromFileName(u"2024年3月29日.txt"_s) == QDate(2024, 3, 29));
    CHECK_FALSE(dateFromFileName(u"000_516666ff67d7d3b5.txt"_s).isValid());
    CHECK_FALSE(dateFromFileName(u"a20240329b.txt"_s).isValid());
    CHECK_FALSE(dateFromFileName(u"2024-13-40.txt"_s).isValid());
}

TEST_CASE("A date inferred from the latest dateline and the year the text names most", "[parser][dates]")
{
    const QString text = u"2023年度示范工厂名单发布。到2035年基本实现。2023中国产业转移对接活动。"_s;
    CHECK(inferDate({{11, 9}, {11, 12}, {11, 10}}, text) == QDate(2023, 11, 12));
    CHECK_FALSE(inferDate({}, text).isValid());
    CHECK_FALSE(inferDate({{11, 9}}, u"没有年份"_s).isValid());
}
