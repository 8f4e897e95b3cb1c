#include <catch2/catch.hpp>

#include "fixtures.h"

#include "core/export/citation.h"
#include "core/export/exporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMultiMap>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace Baoku::Core;

namespace {

using Record = QMultiMap<QString, QString>;

// Reads RIS as reference managers do: "XX  - value" lines, records from TY to ER.
QList<Record> readRis(const QString &text)
{
    static const QRegularExpression tagLine(u"^([A-Z][A-Z0-9])  - ?(.*)$"_s);
    QList<Record> records;
    Record current;
    for (const auto &line : text.split(u"\r\n"_s)) {
        const auto match = tagLine.match(line);
        if (!match.hasMatch())
            continue;
        if (match.captured(1) == u"ER"_s) {
            records << current;
            current.clear();
        } else {
            current.insert(match.captured(1), match.captured(2));
        }
    }
    return records;
}

QStringList valuesInOrder(const Record &record, const QString &tag)
{
    QStringList values = record.values(tag);
    std::reverse(values.begin(), values.end()); // QMultiMap returns the latest insertion first
    return values;
}

struct BibEntry {
    QString type;
    QString key;
    QMap<QString, QString> fields;
};

QString unescapeTex(QString value)
{
    value.replace(u"\\textbackslash{}"_s, u"\\"_s).replace(u"\\^{}"_s, u"^"_s).replace(u"\\~{}"_s, u"~"_s);
    static const QRegularExpression escaped(u"\\\\([{}%&$#_])"_s);
    return value.replace(escaped, u"\\1"_s);
}

// A BibTeX reader for brace-delimited values, enough to check what the exporter wrote.
QList<BibEntry> readBibtex(const QString &text)
{
    QList<BibEntry> entries;
    qsizetype i = 0;
    const auto skipSpace = [&] { while (i < text.size() && text.at(i).isSpace()) ++i; };
    while ((i = text.indexOf(u'@', i)) >= 0) {
        BibEntry entry;
        const qsizetype open = text.indexOf(u'{', i);
        entry.type = text.mid(i + 1, open - i - 1);
        const qsizetype comma = text.indexOf(u',', open);
        entry.key = text.mid(open + 1, comma - open - 1);
        i = comma + 1;
        for (;;) {
            skipSpace();
            if (i >= text.size() || text.at(i) == u'}')
                break;
            const qsizetype equals = text.indexOf(u'=', i);
            const QString name = text.mid(i, equals - i).trimmed();
            i = text.indexOf(u'{', equals);
            int depth = 0;
            const qsizetype start = i + 1;
            for (; i < text.size(); ++i) {
                if (text.at(i) == u'\\') { ++i; continue; }
                if (text.at(i) == u'{') ++depth;
                if (text.at(i) == u'}' && --depth == 0) break;
            }
            entry.fields.insert(name, text.mid(start, i - start));
            ++i;
            skipSpace();
            if (i < text.size() && text.at(i) == u',')
                ++i;
        }
        entries << entry;
        ++i;
    }
    return entries;
}

QStringList bibAuthors(const QString &field)
{
    QStringList authors;
    for (auto name : field.split(u" and "_s)) {
        REQUIRE(name.startsWith(u'{'));
        REQUIRE(name.endsWith(u'}'));
        authors << unescapeTex(name.mid(1, name.size() - 2));
    }
    return authors;
}

} // namespace

TEST_CASE("GB/T 7714-2015 newspaper entries", "[export][citation]")
{
    const auto items = ExportFixtures::items();
    CHECK(gbt7714(items.at(0)) == u"张维, 李明. 金壮龙会见欧盟委员会内部市场委员布雷顿：中欧加强产业链供应链合作[N]. 中国电子报, 2023-11-10(1)."_s);
    CHECK(gbt7714(items.at(1)) == u"耀文. <script>alert(\"x\")</script> 测试 & 50% {报} #1_a[N]. 中国电子报, 2023-11-17(3)."_s);
    CHECK(gbt7714(items.at(2)) == u"甲一, 乙二, 丙三, 等. 工信部等四部门联合发布通知[N]. 中国电子报, 2023-11-10(12)."_s);
    ExportItem bare;
    bare.article.title = u"无名文章"_s;
    bare.article.page = 4;
    CHECK(gbt7714(bare) == u"无名文章[N]. (4)."_s);
    CHECK(gbt7714List(items).startsWith(u"[1] 张维, 李明. "_s));
    CHECK(gbt7714List(items).split(u'\n').size() == 4);
}

TEST_CASE("RIS reads back with every field", "[export][citation][ris]")
{
    const auto items = ExportFixtures::items();
    const QString text = QString::fromUtf8(exportText(ExportFormat::Ris, items));
    const auto records = readRis(text);
    REQUIRE(records.size() == items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ExportItem &item = items.at(i);
        const Record &record = records.at(i);
        INFO(i);
        CHECK(record.value(u"TY"_s) == u"NEWS"_s);
        CHECK(record.value(u"ID"_s) == QString::number(item.id));
        CHECK(record.value(u"TI"_s) == citationTitle(item.article));
        CHECK(valuesInOrder(record, u"AU"_s) == citationAuthors(item.article));
        CHECK(record.value(u"T2"_s) == u"中国电子报"_s);
        CHECK(record.value(u"DA"_s) == item.issue.date.toString(u"yyyy/MM/dd/"_s));
        CHECK(record.value(u"PY"_s) == QString::number(item.issue.date.year()));
        CHECK(record.value(u"SP"_s) == QString::number(item.article.page));
        CHECK(record.value(u"SE"_s) == u"第%1版"_s.arg(item.article.page));
        CHECK(record.value(u"LA"_s) == u"zh-CN"_s);
    }
    CHECK(records.at(0).value(u"C1"_s) == u"要闻"_s);
    CHECK(records.at(0).value(u"C2"_s) == u"第85期 总第8265期"_s);
    CHECK(records.at(0).value(u"N1"_s) == u"深入学习贯彻习近平总书记重要指示精神"_s);
    CHECK(records.at(1).value(u"C2"_s) == u"总第8265期"_s);
    CHECK_FALSE(records.at(2).contains(u"C2"_s));
    CHECK(valuesInOrder(records.at(2), u"AU"_s).size() == 4);
    CHECK(text.startsWith(u"TY  - NEWS\r\n"_s));
    CHECK(text.endsWith(u"ER  - \r\n"_s));
}

TEST_CASE("BibTeX reads back with every field", "[export][citation][bibtex]")
{
    const auto items = ExportFixtures::items();
    const auto entries = readBibtex(QString::fromUtf8(exportText(ExportFormat::Bibtex, items)));
    REQUIRE(entries.size() == items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ExportItem &item = items.at(i);
        const BibEntry &entry = entries.at(i);
        INFO(i);
        CHECK(entry.type == u"article"_s);
        CHECK(entry.key == u"baoku%1"_s.arg(item.id));
        CHECK(bibAuthors(entry.fields.value(u"author"_s)) == citationAuthors(item.article));
        CHECK(unescapeTex(entry.fields.value(u"title"_s)) == citationTitle(item.article));
        CHECK(entry.fields.value(u"journal"_s) == u"中国电子报"_s);
        CHECK(entry.fields.value(u"date"_s) == item.issue.date.toString(Qt::ISODate));
        CHECK(entry.fields.value(u"year"_s) == QString::number(item.issue.date.year()));
        CHECK(entry.fields.value(u"month"_s) == QString::number(item.issue.date.month()));
        CHECK(entry.fields.value(u"pages"_s) == QString::number(item.article.page));
        CHECK(entry.fields.value(u"entrysubtype"_s) == u"newspaper"_s);
        CHECK(entry.fields.value(u"language"_s) == u"chinese"_s);
    }
    CHECK(entries.at(0).fields.value(u"number"_s) == u"85"_s);
    CHECK(entries.at(0).fields.value(u"note"_s) == u"第1版 要闻"_s);
    CHECK_FALSE(entries.at(1).fields.contains(u"number"_s));
    CHECK(entries.at(1).fields.value(u"title"_s).contains(u"50\\% \\{报\\} \\#1\\_a"_s));
}

TEST_CASE("CSL-JSON reads back as article-newspaper items", "[export][citation][csl]")
{
    const auto items = ExportFixtures::items();
    QJsonParseError error;
    const QJsonArray array = QJsonDocument::fromJson(exportText(ExportFormat::CslJson, items), &error).array();
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(array.size() == items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ExportItem &item = items.at(i);
        const QJsonObject object = array.at(i).toObject();
        INFO(i);
        CHECK(object.value(u"id"_s).toString() == u"baoku-%1"_s.arg(item.id));
        CHECK(object.value(u"type"_s).toString() == u"article-newspaper"_s);
        CHECK(object.value(u"title"_s).toString() == citationTitle(item.article));
        CHECK(object.value(u"container-title"_s).toString() == u"中国电子报"_s);
        QStringList authors;
        for (const auto &author : object.value(u"author"_s).toArray())
            authors << author.toObject().value(u"literal"_s).toString();
        CHECK(authors == citationAuthors(item.article));
        const QJsonArray parts = object.value(u"issued"_s).toObject().value(u"date-parts"_s).toArray().at(0).toArray();
        CHECK(QDate(parts.at(0).toInt(), parts.at(1).toInt(), parts.at(2).toInt()) == item.issue.date);
        CHECK(object.value(u"page"_s).toString() == QString::number(item.article.page));
        CHECK(object.value(u"section"_s).toString() == u"第%1版"_s.arg(item.article.page));
        CHECK(object.value(u"language"_s).toString() == u"zh-CN"_s);
    }
    CHECK(array.at(0).toObject().value(u"issue"_s).toString() == u"85"_s);
    CHECK(array.at(0).toObject().value(u"note"_s).toString() == u"栏目: 要闻"_s);
    CHECK_FALSE(array.at(1).toObject().contains(u"issue"_s));
}

TEST_CASE("citation text for the clipboard follows the chosen style", "[export][citation]")
{
    const auto items = QList<ExportItem>{ExportFixtures::items().first()};
    CHECK(citationText(ExportFormat::Gbt7714, items) == gbt7714(items.first()) + u'\n');
    CHECK(citationText(ExportFormat::Ris, items).startsWith(u"TY  - NEWS"_s));
    CHECK(citationText(ExportFormat::Bibtex, items).startsWith(u"@article{baoku42,"_s));
    CHECK(citationText(ExportFormat::CslJson, items).contains(u"\"article-newspaper\""_s));
}

TEST_CASE("a continued article is cited where it starts, with every page where the format allows", "[export][citations]")
{
    ExportItem item = ExportFixtures::items().first();
    item.article.page = 1;
    item.article.pages = {1, 4};
    CHECK(gbt7714(item).contains(u"(1)."_s));
    const auto records = readRis(ris(item));
    REQUIRE(records.size() == 1);
    CHECK(records.first().value(u"SP"_s) == u"1"_s);
    CHECK(records.first().value(u"EP"_s) == u"4"_s);
    CHECK(records.first().value(u"SE"_s) == u"第1版"_s);
    CHECK(bibtex(item).contains(u"pages = {1, 4}"_s));
    const QJsonObject csl = cslJson(item);
    CHECK(csl.value(u"page"_s).toString() == u"1, 4"_s);
    CHECK(csl.value(u"page-first"_s).toString() == u"1"_s);
    // One page: no end page, no list.
    item.article.pages.clear();
    CHECK_FALSE(readRis(ris(item)).first().contains(u"EP"_s));
    CHECK(cslJson(item).value(u"page"_s).toString() == u"1"_s);
    CHECK_FALSE(cslJson(item).contains(u"page-first"_s));
}
