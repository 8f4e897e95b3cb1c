// Whole-issue behaviour: date sources, encodings, bad input.
#include "parserhelpers.h"

#include "../core/gb18030.h"
#include "core/common/textdecoder.h"

#include <QStringEncoder>


using namespace Baoku::Core;
using namespace Qt::StringLiterals;

namespace {

const QString kNoMasthead = uR"(## 芯片设计大赛启动

**本报讯** 5月8日，今年的芯片设计大赛吸引了来自全国的200多支队伍报名参赛，比赛将持续三个月，2024年度决赛将在深圳举行。

**本报讯** 5月9日，2024年度集成电路产业大会在江城开幕，来自全国的五百多家企业参加了本次大会。(李明)
)"_s;

} // namespace

TEST_CASE("Date sources: masthead, file name, inferred, user", "[parser][dates]")
{
    const auto inferred = parseOk(kNoMasthead, u"page.txt"_s).issue;
    CHECK(inferred.date == QDate(2024, 5, 9));
    CHECK(inferred.dateSource == DateSource::Inferred);
    CHECK(inferred.weekday == u"星期四"_s);

    const auto named = parseOk(kNoMasthead, u"/x/2024-05-10.txt"_s).issue;
    CHECK(named.date == QDate(2024, 5, 10));
    CHECK(named.dateSource == DateSource::Filename);

    ParseOptions options;
    options.date = QDate(2020, 1, 2);
    options.page = 4;
    const auto user = parseOk(kNoMasthead, u"/x/2024-05-10.txt"_s, options);
    CHECK(user.issue.date == QDate(2020, 1, 2));
    CHECK(user.issue.dateSource == DateSource::User);
    CHECK(user.articles.first().page == 4);

    const auto masthead = parseOk(u"2021年1月5日 星期二\n\n"_s + kNoMasthead, u"/x/2024-05-10.txt"_s).issue;
    CHECK(masthead.date == QDate(2021, 1, 5));
    CHECK(masthead.dateSource == DateSource::Masthead);
}

TEST_CASE("Every encoding and line end gives identical output", "[parser][encoding]")
{
    QString crlf = kNoMasthead;
    crlf.replace(u"\n"_s, u"\r\n"_s);
    QString cr = kNoMasthead;
    cr.replace(u'\n', u'\r');
    QStringEncoder utf16le(QStringConverter::Utf16LE);
    QStringEncoder utf16be(QStringConverter::Utf16BE);
    const QList<QByteArray> inputs = {
        kNoMasthead.toUtf8(),
        "\xEF\xBB\xBF" + kNoMasthead.toUtf8(),
        "\xFF\xFE" + QByteArray(utf16le.encode(kNoMasthead)),
        "\xFE\xFF" + QByteArray(utf16be.encode(kNoMasthead)),
        toGb18030(kNoMasthead),
        crlf.toUtf8(),
        cr.toUtf8(),
        toGb18030(crlf),
    };
    const auto reference = parseOk(kNoMasthead);
    for (const auto &bytes : inputs) {
        const auto decoded = decodeText(bytes);
        INFO(decoded.encoding.toStdString() << decoded.error.toStdString());
        REQUIRE(decoded.ok());
        const auto parsed = parseOk(decoded.text);
        CHECK(parsed.issue == reference.issue);
        CHECK(parsed.articles == reference.articles);
    }
}

TEST_CASE("Text with no recognisable article is refused with the file's name", "[parser][bad]")
{
    for (const QString &text : {u"hello\nworld\n"_s, u"主管：某某\n\n2024年1月1日\n"_s, u"#\n##\n**\n"_s}) {
        const auto outcome = IssueParser().parseText(text, u"/tmp/odd.txt"_s);
        CHECK_FALSE(outcome.ok());
        CHECK(outcome.error.contains(u"odd.txt"_s));
    }
}
