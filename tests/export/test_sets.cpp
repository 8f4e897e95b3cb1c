// Many articles as one document: the combined text (golden), the PDF read back with poppler's tools
// (pages, text in order, outline), the ODT's content.xml, cancelling, and the dateline fixes.
#include <catch2/catch.hpp>

#include "fixtures.h"

#include "core/export/exportset.h"
#include "core/export/htmlexport.h"
#include "core/export/textexport.h"
#include "exportgui/setdocument.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Baoku::Core;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    const QString path = QStandardPaths::findExecutable(program);
    REQUIRE_FALSE(path.isEmpty()); // poppler-utils and unzip, listed in tools/deps.sh
    QProcess process;
    process.start(path, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString squeeze(QString text) { return text.remove(QRegularExpression(u"\\s+"_s)); }

// The fixtures plus a long article, so one article runs over several pages.
QList<ExportItem> setItems()
{
    QList<ExportItem> items = ExportFixtures::items();
    ExportItem longItem = items.first();
    longItem.id = 77;
    longItem.article.title = u"长篇报道跨越多页"_s;
    QStringList paragraphs;
    for (int i = 0; i < 90; ++i)
        paragraphs << u"第%1段：各地有关部门围绕产业链协同开展专题调研。"_s.arg(i + 1);
    longItem.article.body = paragraphs.join(u'\n');
    items.insert(1, longItem);
    return items;
}

// A sentence of each article: the first paragraph's first twelve characters.
QString sentenceOf(const ExportItem &item) { return squeeze(bodyParagraphs(item.article).value(0).text.left(12)); }

int pageCount(const QString &pdf)
{
    return QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(run(u"pdfinfo"_s, {pdf})).captured(1).toInt();
}

class Counter final : public ProgressListener {
public:
    void progress(qint64 done, qint64 all, const QString &) override
    {
        last = done;
        total = all;
        ++calls;
        if (cancelAt >= 0 && done >= cancelAt)
            cancelled = true;
    }
    bool isCancelled() const override { return cancelled; }
    qint64 last = -1, total = 0, cancelAt = -1;
    int calls = 0;
    bool cancelled = false;
};

} // namespace

TEST_CASE("the combined text matches its golden file", "[export][set][golden]")
{
    const auto items = ExportFixtures::items();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    Counter counter;
    QString error;
    REQUIRE(writeCombinedText(setFor(issueCover(u"中国电子报"_s, QDate(2023, 11, 10)), items), loaderFor(items), buffer,
                              &counter, &error));
    CHECK(bytes == ExportFixtures::golden(u"set.txt"_s, bytes));
    CHECK(counter.last == counter.total);
    CHECK(counter.total == 2 * items.size());
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.startsWith(u"中国电子报 2023年11月10日 星期五\n共 3 篇\n\n目录\n1. "_s));
}

TEST_CASE("a missing article stops the combined text with its id", "[export][set]")
{
    const auto items = ExportFixtures::items();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    CHECK_FALSE(writeCombinedText({u"x"_s, {42, 5555}}, loaderFor(items), buffer, nullptr, &error));
    CHECK(error.contains(u"5555"_s));
}

TEST_CASE("the dateline leads the first paragraph instead of repeating its date", "[export][dateline]")
{
    ExportItem item = ExportFixtures::items().first();
    item.article.dateline = u"本报讯 6月20日"_s;
    item.article.body = u"6月20日，会议在北京召开。\n第二段。"_s;
    const QString text = plainText(item);
    CHECK(text.contains(u"\n　　本报讯 6月20日，会议在北京召开。\n"_s));
    CHECK_FALSE(text.contains(u"\n本报讯 6月20日\n"_s));
    CHECK(text.count(u"6月20日"_s) == 1);
    CHECK(htmlArticle(item).contains(u"<p><b>本报讯 6月20日</b>，会议在北京召开。</p>"_s));
    CHECK(markdown(item).contains(u"**本报讯 6月20日**，会议在北京召开。"_s));
    // A body that does not repeat the date keeps the dateline on its own line.
    item.article.body = u"会议在北京召开。"_s;
    CHECK(plainText(item).contains(u"\n本报讯 6月20日\n　　会议在北京召开。"_s));
}

TEST_CASE("the contents name every page of a continued article", "[export][set]")
{
    ExportItem item = ExportFixtures::items().first();
    CHECK(contentsSource(item) == u"中国电子报 2023-11-10 第1版"_s);
    item.article.pages = {1, 3};
    CHECK(contentsSource(item) == u"中国电子报 2023-11-10 第1、3版"_s);
}

TEST_CASE("an inferred date is marked in the source line", "[export][dateline]")
{
    ExportItem item = ExportFixtures::items().first();
    CHECK_FALSE(sourceLine(item).contains(u"推断"_s));
    item.issue.dateSource = DateSource::Inferred;
    CHECK(sourceLine(item) == u"中国电子报 2023年11月10日 星期五（日期系推断） 第1版"_s);
}

TEST_CASE("a set as one PDF: contents, every article in order, one outline item each", "[export][set][pdf]")
{
    const auto items = setItems();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"set.pdf"_s);
    Counter counter;
    QString error;
    REQUIRE(writeSetPdf(setFor(selectionCover(items.size()), items), loaderFor(items), path, &counter, &error));
    CHECK(error.isEmpty());
    CHECK(counter.last == 2 * items.size());

    const int pages = pageCount(path);
    CHECK(pages >= 1 + int(items.size()) + 2); // contents, one page each, the long one runs over more
    const QString text = squeeze(run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s}));
    CHECK(text.startsWith(squeeze(selectionCover(items.size()))));
    CHECK(text.contains(u"%1/%1"_s.arg(pages)));
    qsizetype at = text.indexOf(u"目录"_s);
    REQUIRE(at >= 0);
    // The contents list every title in order, then the articles follow in the same order.
    for (const auto &item : items) {
        const qsizetype next = text.indexOf(squeeze(displayTitle(item.article)), at + 1);
        INFO(item.article.title.toStdString());
        CHECK(next > at);
        at = next;
    }
    for (const auto &item : items) {
        INFO(item.article.title.toStdString());
        const qsizetype title = text.indexOf(squeeze(displayTitle(item.article)), at + 1);
        CHECK(title > at);
        const qsizetype sentence = text.indexOf(sentenceOf(item), title);
        CHECK(sentence > title);
        at = sentence;
    }

    // poppler's own reading of the outline: one item per article, in order, on the page where it starts.
    const QString xml = run(u"pdftohtml"_s, {u"-xml"_s, u"-i"_s, u"-q"_s, u"-stdout"_s, path});
    const QRegularExpression outlineItem(u"<item page=\"(\\d+)\">([^<]*)</item>"_s);
    QList<std::pair<int, QString>> outline;
    for (const auto &m : outlineItem.globalMatch(xml))
        outline.append({m.captured(1).toInt(), m.captured(2)});
    REQUIRE(outline.size() == items.size());
    int previous = 1;
    for (qsizetype i = 0; i < items.size(); ++i) {
        INFO(items.at(i).article.title.toStdString());
        CHECK(outline.at(i).first > previous);
        previous = outline.at(i).first;
        const QString page = squeeze(run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, u"-f"_s, QString::number(previous), u"-l"_s,
                                                          QString::number(previous), path, u"-"_s}));
        CHECK(page.contains(squeeze(items.at(i).article.title.left(8))));
        // The running header names the newspaper and the date.
        CHECK(page.contains(squeeze(runningHeader(items.at(i)))));
    }
    CHECK(outline.at(0).second == items.at(0).article.title);
    // The long article takes more than one page: the next one starts later than one page on.
    CHECK(outline.at(2).first - outline.at(1).first >= 2);
}

TEST_CASE("cancelling a set PDF leaves no file", "[export][set][pdf]")
{
    const auto items = setItems();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cancelled.pdf"_s);
    Counter counter;
    counter.cancelAt = 2;
    QString error;
    CHECK_FALSE(writeSetPdf(setFor(u"x"_s, items), loaderFor(items), path, &counter, &error));
    CHECK(error.contains(u"cancelled"_s));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("a set as one ODT: contents, then each article after a page break", "[export][set][odt]")
{
    const auto items = setItems();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"set.odt"_s);
    QString error;
    REQUIRE(writeSetOdt(setFor(issueCover(u"中国电子报"_s, QDate(2023, 11, 10)), items), loaderFor(items), path, nullptr,
                        &error));
    const QString xml = run(u"unzip"_s, {u"-p"_s, path, u"content.xml"_s});
    CHECK(xml.contains(u"中国电子报 2023年11月10日 星期五"_s));
    // Styles with a page break before, and how many paragraphs use them.
    QStringList breakStyles;
    static const QRegularExpression style(
        u"<style:style style:name=\"([^\"]+)\"[^>]*>\\s*<style:paragraph-properties[^>]*fo:break-before=\"page\""_s);
    for (const auto &m : style.globalMatch(xml))
        breakStyles << m.captured(1);
    REQUIRE_FALSE(breakStyles.isEmpty());
    int breaks = 0;
    static const QRegularExpression paragraph(u"<text:(?:p|h) text:style-name=\"([^\"]+)\""_s);
    for (const auto &m : paragraph.globalMatch(xml))
        breaks += breakStyles.contains(m.captured(1)) ? 1 : 0;
    CHECK(breaks == items.size());
    // The text without markup: Qt splits a heading into several spans.
    QString body = xml.mid(xml.indexOf(u"目录"_s));
    body.remove(QRegularExpression(u"<[^>]*>"_s));
    for (const auto &[entity, character] : {std::pair{u"&lt;"_s, u"<"_s}, {u"&gt;"_s, u">"_s}, {u"&quot;"_s, u"\""_s},
                                            {u"&apos;"_s, u"'"_s}, {u"&amp;"_s, u"&"_s}})
        body.replace(entity, character);
    body = squeeze(body);
    qsizetype at = 0;
    for (const auto &item : items) { // the contents
        at = body.indexOf(squeeze(item.article.title), at + 1);
        CHECK(at > 0);
    }
    for (const auto &item : items) { // the articles: title, then a sentence of the body
        INFO(item.article.title.toStdString());
        at = body.indexOf(squeeze(item.article.title), at + 1);
        CHECK(at > 0);
        const qsizetype sentence = body.indexOf(sentenceOf(item), at);
        CHECK(sentence > at);
        at = sentence;
    }
}
