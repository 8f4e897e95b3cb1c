#include <catch2/catch.hpp>

#include "fixtures.h"

#include "exportgui/articledocument.h"
#include "exportgui/documentwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Baoku::Core;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext breaks lines where the layout does; compare without any white space.
QString squeeze(QString text) { return text.remove(QRegularExpression(u"\\s+"_s)); }

} // namespace

TEST_CASE("PDF holds the article's Chinese text, in an embedded CJK font, with the citation", "[export][pdf]")
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    const QString pdffonts = QStandardPaths::findExecutable(u"pdffonts"_s);
    REQUIRE_FALSE(pdftotext.isEmpty()); // Debian package poppler-utils, listed in tools/deps.sh
    QTemporaryDir dir;
    const QString path = dir.filePath(u"article.pdf"_s);
    const auto item = ExportFixtures::items().first();
    QString error;
    REQUIRE(writePdf({item}, path, &error));
    CHECK(error.isEmpty());

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");

    const QString text = squeeze(run(pdftotext, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s}));
    INFO("pdftotext: " << text.toStdString());
    CHECK(text.contains(squeeze(item.article.title)));
    for (const auto &paragraph : item.article.body.split(u'\n'))
        CHECK(text.contains(squeeze(paragraph)));
    CHECK(text.contains(squeeze(item.article.kicker)));
    // The footer: the GB/T 7714 citation and the page number.
    CHECK(text.contains(squeeze(u"张维, 李明. 金壮龙会见欧盟委员会内部市场委员布雷顿"_s)));
    CHECK(text.contains(u"中国电子报,2023-11-10(1)."_s));
    CHECK(text.contains(u"1/1"_s));

    if (!pdffonts.isEmpty()) {
        const QStringList fonts = run(pdffonts, {path}).split(u'\n');
        bool embeddedCjk = false;
        for (const auto &line : fonts) {
            const QStringList columns = line.simplified().split(u' ');
            // name type encoding emb sub uni object ID: the CJK font must be embedded ("yes").
            if (line.contains(u"CJK"_s) && columns.size() >= 7 && columns.at(columns.size() - 5) == u"yes"_s)
                embeddedCjk = true;
        }
        INFO(fonts.join(u'\n').toStdString());
        CHECK(embeddedCjk);
    }
}

TEST_CASE("the repaired PDF's cross-reference table points at every object", "[export][pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"xref.pdf"_s);
    QString error;
    REQUIRE(writePdf(ExportFixtures::items(), path, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    const qsizetype xref = pdf.lastIndexOf("\nxref\n");
    REQUIRE(xref > 0);
    const QByteArray startxref = pdf.mid(pdf.lastIndexOf("startxref\n") + 10).split('\n').first().trimmed();
    CHECK(startxref.toLongLong() == xref + 1);
    const QByteArrayList lines = pdf.mid(xref + 1).split('\n');
    int objects = 0;
    for (qsizetype i = 2; i < lines.size() && lines.at(i).size() >= 18; ++i) {
        if (lines.at(i).at(17) != 'n')
            continue;
        const qsizetype offset = lines.at(i).left(10).toLongLong();
        CHECK(pdf.mid(offset, 20).startsWith(QByteArray(QByteArray::number(i - 2) + " 0 obj")));
        ++objects;
    }
    CHECK(objects > 10);
    // No radical stands in for an ideograph in the text layer any more.
    CHECK_FALSE(pdf.contains("<2FA6>")); // ⾦ for 金
}

TEST_CASE("a long article runs over several A4 pages, each with the footer", "[export][pdf]")
{
    auto item = ExportFixtures::items().first();
    QStringList paragraphs;
    for (int i = 0; i < 120; ++i)
        paragraphs << u"第%1段：工业和信息化部有关司局负责人参加会见，双方就产业合作深入交流。"_s.arg(i + 1);
    item.article.body = paragraphs.join(u'\n');
    QTemporaryDir dir;
    const QString path = dir.filePath(u"long.pdf"_s);
    QString error;
    REQUIRE(writePdf({item}, path, &error));
    const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    REQUIRE_FALSE(pdfinfo.isEmpty());
    const QString info = run(pdfinfo, {path});
    const auto pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info).captured(1).toInt();
    CHECK(pages >= 3);
    CHECK(info.contains(u"(A4)"_s));
    const QString text = squeeze(run(QStandardPaths::findExecutable(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, path, u"-"_s}));
    CHECK(text.contains(u"第120段"_s));
    CHECK(text.count(u"中国电子报,2023-11-10(1)."_s) >= pages);
    CHECK(text.contains(u"%1/%1"_s.arg(pages)));
}

TEST_CASE("a PDF into a folder that does not exist fails with the path in the message", "[export][pdf]")
{
    QString error;
    CHECK_FALSE(writePdf(ExportFixtures::items(), u"/nonexistent-dir/x.pdf"_s, &error));
    CHECK(error.startsWith(u"/nonexistent-dir/x.pdf: "_s));
    CHECK_FALSE(QFileInfo::exists(u"/nonexistent-dir/x.pdf"_s));
}

TEST_CASE("ODT is an OpenDocument text holding the articles", "[export][odt]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"articles.odt"_s);
    QString error;
    REQUIRE(writeOdt(ExportFixtures::items(), path, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("PK"));
    CHECK(bytes.contains("mimetypeapplication/vnd.oasis.opendocument.text"));
    CHECK(bytes.contains("content.xml"));
}

TEST_CASE("the print document holds every article and its citation", "[export][print]")
{
    const auto items = ExportFixtures::items();
    const auto document = articleDocument(items);
    const QString text = document->toPlainText();
    for (const auto &item : items)
        CHECK(text.contains(item.article.title));
    CHECK(text.contains(u"引用：张维, 李明. "_s));
    CHECK(pageFooter(items) == u"3 篇文章"_s);
    CHECK(pageFooter({items.first()}).endsWith(u"中国电子报, 2023-11-10(1)."_s));
}

TEST_CASE("PDF and ODT documents set a subhead apart as a heading", "[export][subhead]")
{
    auto items = ExportFixtures::items();
    items.first().article.body = u"第一段正文。\n数据提振信心\n第二段正文。"_s;
    items.first().article.subheads = {1};
    const auto document = articleDocument({items.first()});
    // PDF, ODT and print are written from this document: the subhead is a heading block in it.
    bool heading = false;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.text() == u"数据提振信心"_s)
            heading = block.blockFormat().headingLevel() == 2;
    }
    CHECK(heading);
}
