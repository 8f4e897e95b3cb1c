// Problem 5 of issue 12: export injection. CSV fields a spreadsheet would run as formulas, and
// control characters (ESC, BEL) in imported text printed raw by search and the text exports.
#include "hardening.h"

using namespace Qt::StringLiterals;
using namespace Hardening;

namespace {

// ESC [2J clears a terminal; BEL rings; DEL; U+009B is the C1 form of ESC [.
const QString kHostile = u"电子\x1b[2J\x07标题\x7f\u009b31m"_s;

bool holdsControls(const QByteArray &bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\n' && u != '\t' && u != '\r') || u == 0x7F)
            return true;
    }
    return bytes.contains("\xC2\x9B"); // U+009B in UTF-8
}

} // namespace

TEST_CASE("control characters in imported text reach no search output and no text export", "[hardening][injection]")
{
    SearchFixture fixture;
    auto hostile = SearchFixture::article(kHostile, u"电子正文\x1b]0;title\x07继续。"_s, {u"张\x1b三"_s});
    hostile.captions = {u"图\x1b注"_s};
    fixture.addPage(QDate(2023, 11, 10), {hostile});

    for (const QStringList &extra : {QStringList{}, QStringList{u"--json"_s}}) {
        const auto search = runCli(QStringList{u"search"_s, u"--db"_s, fixture.path(), u"电子"_s} + extra);
        INFO("search " << extra.join(u' ').toStdString());
        REQUIRE(search.exitCode == 0);
        CHECK(search.out.contains("电子"));
        CHECK_FALSE(holdsControls(search.out));
    }
    for (const QString &format : {u"txt"_s, u"md"_s, u"html"_s, u"csv"_s, u"json"_s, u"ris"_s, u"bib"_s, u"csl"_s, u"gbt7714"_s}) {
        INFO(format.toStdString());
        const auto result = runCli({u"export"_s, u"--db"_s, fixture.path(), u"--all"_s, u"--format"_s, format});
        REQUIRE(result.exitCode == 0);
        CHECK(result.out.contains("标题"));
        CHECK_FALSE(holdsControls(result.out));
        // A JSON escape would decode back into ESC: none may remain.
        CHECK_FALSE(result.out.toLower().contains("\\u001b"));
    }
}

TEST_CASE("CSV fields that start like a formula get a leading apostrophe (OWASP)", "[hardening][injection]")
{
    SearchFixture fixture;
    fixture.addPage(QDate(2023, 11, 10),
                    {SearchFixture::article(u"=HYPERLINK(\"http://x\",\"电子\")"_s, u"电子一。"_s),
                     SearchFixture::article(u"+1+1电子"_s, u"电子二。"_s),
                     SearchFixture::article(u"-2+3电子"_s, u"电子三。"_s),
                     SearchFixture::article(u"@SUM(1)电子"_s, u"电子四。"_s),
                     SearchFixture::article(u"\t=1电子"_s, u"电子五。"_s),
                     SearchFixture::article(u"电子 = 正常"_s, u"电子六。"_s)});
    const auto result = runCli({u"export"_s, u"--db"_s, fixture.path(), u"--all"_s, u"--format"_s, u"csv"_s});
    REQUIRE(result.exitCode == 0);
    const QString csv = text(result.out);
    CHECK(csv.contains(u",\"'=HYPERLINK(\"\"http://x\"\",\"\"电子\"\")\","_s));
    CHECK(csv.contains(u",'+1+1电子,"_s));
    CHECK(csv.contains(u",'-2+3电子,"_s));
    CHECK(csv.contains(u",'@SUM(1)电子,"_s));
    CHECK(csv.contains(u",'\t=1电子,"_s));
    CHECK(csv.contains(u",电子 = 正常,"_s)); // left alone: it does not start with a trigger
    for (const QString &line : csv.split(u"\r\n"_s, Qt::SkipEmptyParts).mid(1)) {
        for (const QString &field : line.split(u',')) {
            const QString bare = field.startsWith(u'"') ? field.mid(1) : field;
            INFO(line.toStdString());
            CHECK_FALSE((bare.startsWith(u'=') || bare.startsWith(u'+') || bare.startsWith(u'@')));
        }
    }
}
