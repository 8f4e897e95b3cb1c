#include <catch2/catch.hpp>

#include "fixtures.h"

#include "core/export/dataexport.h"
#include "core/export/exporter.h"
#include "core/export/htmlexport.h"
#include "core/export/textexport.h"
#include "core/common/issuejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Baoku::Core;

namespace {

// RFC 4180 reader for the test: quoted fields may hold commas, quotes and line breaks.
QList<QStringList> readCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

TEST_CASE("every text format matches its golden file", "[export][golden]")
{
    const auto items = ExportFixtures::items();
    for (const auto format : {ExportFormat::Text, ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Json,
                              ExportFormat::Csv, ExportFormat::Ris, ExportFormat::Bibtex, ExportFormat::CslJson,
                              ExportFormat::Gbt7714}) {
        const QString name = u"three."_s + formatName(format);
        INFO(name.toStdString());
        const QByteArray actual = exportText(format, items);
        CHECK_FALSE(actual.isEmpty());
        CHECK(actual == ExportFixtures::golden(name, actual));
    }
    const auto single = QList<ExportItem>{items.first()};
    for (const auto format : {ExportFormat::Text, ExportFormat::Gbt7714}) {
        const QString name = u"single."_s + formatName(format);
        INFO(name.toStdString());
        const QByteArray actual = exportText(format, single);
        CHECK(actual == ExportFixtures::golden(name, actual));
    }
}

TEST_CASE("HTML shows <script> in article text as text", "[export][html]")
{
    const auto items = ExportFixtures::items();
    const QString html = htmlDocument(items);
    CHECK_FALSE(html.contains(u"<script"_s, Qt::CaseInsensitive));
    CHECK(html.contains(u"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"_s));
    CHECK(html.contains(u"<meta charset=\"utf-8\">"_s));
    CHECK(html.contains(u"<style>"_s));
    // Rendered by an HTML engine, the markup is visible text and the Chinese survives.
    QTextDocument document;
    document.setHtml(html);
    const QString shown = document.toPlainText();
    CHECK(shown.contains(u"<script>alert(\"x\")</script> 测试 & 50% {报} #1_a"_s));
    CHECK(shown.contains(u"正文含有 <script>alert(1)</script>"_s));
    CHECK(shown.contains(u"金壮龙表示，中国正加快推进新型工业化"_s));
}

TEST_CASE("Markdown escapes what it would otherwise interpret", "[export][markdown]")
{
    const QString md = markdown(ExportFixtures::items().at(1));
    CHECK(md.contains(u"# \\<script\\>alert(\"x\")\\</script\\> 测试 & 50% {报} \\#1\\_a\n"_s));
    CHECK(md.contains(u"\n\\# 不是标题\n"_s));
    CHECK(md.contains(u"\n1\\. 不是列表\n"_s));
    CHECK(md.contains(u"\\*星号\\* 与 \\[链接\\](http://x)"_s));
}

TEST_CASE("plain text keeps every part of the article", "[export][text]")
{
    const auto item = ExportFixtures::items().first();
    const QString text = plainText(item);
    for (const auto &part : {item.article.column, item.article.kicker, item.article.title, item.article.subtitle,
                             item.article.dateline, item.article.captions.first(), item.article.photoCredits.first()})
        CHECK(text.contains(part));
    for (const auto &paragraph : item.article.body.split(u'\n'))
        CHECK(text.contains(u"　　"_s + paragraph + u'\n'));
    CHECK(text.contains(u"记者 张维　通讯员 李明（工业和信息化部）　摄影 王摄"_s));
    CHECK(text.contains(u"中国电子报 2023年11月10日 星期五 第1版"_s));
    CHECK(text.contains(u"（转第2版）"_s));
}

TEST_CASE("JSON lines hold id, date, page and every field of parse", "[export][json]")
{
    const auto items = ExportFixtures::items();
    const QList<QByteArray> lines = jsonLines(items).split('\n');
    REQUIRE(lines.size() == items.size() + 1);
    CHECK(lines.last().isEmpty());
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(lines.at(i), &error).object();
        REQUIRE(error.error == QJsonParseError::NoError);
        CHECK(object.value(u"id"_s).toInteger() == items.at(i).id);
        CHECK(object.value(u"date"_s).toString() == items.at(i).issue.date.toString(Qt::ISODate));
        CHECK(object.value(u"page"_s).toInt() == items.at(i).article.page);
        CHECK(articleFromJson(object) == items.at(i).article);
        CHECK(issueInfoFromJson(object.value(u"issue"_s).toObject()) == items.at(i).issue);
        for (const auto &key : toJson(items.at(i).article).keys())
            CHECK(object.contains(key));
    }
}

TEST_CASE("CSV reads back with one row per article", "[export][csv]")
{
    const auto items = ExportFixtures::items();
    const QByteArray bytes = csv(items);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const auto rows = readCsv(QString::fromUtf8(bytes.mid(3)));
    REQUIRE(rows.size() == items.size() + 1);
    CHECK(rows.first() == csvColumns());
    const auto column = [&](const char *name) { return csvColumns().indexOf(QString::fromLatin1(name)); };
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QStringList &row = rows.at(i + 1);
        REQUIRE(row.size() == csvColumns().size());
        CHECK(row.at(column("id")) == QString::number(items.at(i).id));
        CHECK(row.at(column("title")) == items.at(i).article.title);
        CHECK(row.at(column("page")) == QString::number(items.at(i).article.page));
        CHECK(row.at(column("date")) == items.at(i).issue.date.toString(Qt::ISODate));
    }
    CHECK(rows.at(1).at(column("authors")) == u"张维; 李明"_s);
    CHECK(rows.at(1).at(column("total_no")) == u"8265"_s);
    CHECK(rows.at(2).at(column("kind")) == u"notice"_s);

    // A continued article lists every page it was printed on, and the page's section.
    auto continued = items.first();
    continued.article.pages = {1, 4};
    continued.article.section = u"要闻"_s;
    const auto back = readCsv(QString::fromUtf8(csv({continued}).mid(3)));
    REQUIRE(back.size() == 2);
    CHECK(back.at(1).at(column("pages")) == u"1; 4"_s);
    CHECK(back.at(1).at(column("section")) == u"要闻"_s);
    CHECK(rows.at(1).at(column("pages")) == QString::number(items.first().article.page));
}

TEST_CASE("format names and file extensions", "[export][format]")
{
    CHECK(formatNames().size() == 11);
    for (const auto &name : formatNames())
        CHECK(formatName(*formatFromName(name)) == name);
    CHECK_FALSE(formatFromName(u"docx"_s).has_value());
    CHECK(fileExtension(ExportFormat::CslJson) == u"json"_s);
    CHECK(holdsSeveral(ExportFormat::Ris));
    CHECK_FALSE(holdsSeveral(ExportFormat::Pdf));
    CHECK(needsGui(ExportFormat::Odt));
    CHECK(fileBaseName(ExportFixtures::items().at(1)) == u"2023-11-17_p3_7_scriptalert(x)script测试&50%{报}"_s); // the title is cut at 40 characters
}

TEST_CASE("a subhead is shown as a subhead in every text format, never as a loose paragraph", "[export][subhead]")
{
    auto item = ExportFixtures::items().first();
    item.article.body = u"第一段正文。\n数据提振信心\n第二段正文。"_s;
    item.article.subheads = {1};

    const QString text = plainText(item);
    CHECK(text.contains(u"\n数据提振信心\n"_s)); // its own line, without the paragraph indent
    CHECK_FALSE(text.contains(u"　　数据提振信心"_s));
    CHECK(text.contains(u"　　第二段正文。"_s));

    const QString md = markdown(item);
    CHECK(md.contains(u"\n## 数据提振信心\n"_s));

    const QString html = htmlArticle(item);
    CHECK(html.contains(u"<h2 class=\"subhead\">数据提振信心</h2>"_s));
    CHECK_FALSE(html.contains(u"<p>数据提振信心</p>"_s));

    const QJsonObject object = QJsonDocument::fromJson(jsonLines({item}).trimmed()).object();
    CHECK(object.value(u"subheads"_s).toArray() == QJsonArray{1});
    CHECK(articleFromJson(object).subheads == QList<int>{1});
}
