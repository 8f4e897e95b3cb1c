#include "exportgui/setdocument.h"

#include "core/export/htmlexport.h"
#include "exportgui/articledocument.h"
#include "exportgui/pdftounicode.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>

using namespace Qt::StringLiterals;

namespace Baoku::Core {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("Baoku::Core", text); }

bool fail(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return false;
}

struct Entry final {
    QString title;
    QString source;
    int pages = 0;
};

// The page geometry shared by both passes: the body between a header and a footer line.
struct Frame final {
    QRectF area;
    QFont small;
    qreal line = 0;
    QSizeF body;
};

Frame frameFor(QPagedPaintDevice &device)
{
    Frame frame;
    frame.area = device.pageLayout().paintRectPixels(device.logicalDpiX());
    frame.small = QFont(exportFontFamily());
    frame.small.setPointSizeF(8);
    frame.line = QFontMetricsF(frame.small, &device).lineSpacing();
    frame.body = QSizeF(frame.area.width(), frame.area.height() - frame.line * 5);
    return frame;
}

void prepare(QTextDocument &document, QPagedPaintDevice &device, const Frame &frame)
{
    document.documentLayout()->setPaintDevice(&device);
    indentParagraphs(document, device);
    document.setPageSize(frame.body);
}

std::unique_ptr<QTextDocument> contentsDocument(const ExportSet &set, const QList<Entry> &entries,
                                                const QList<int> &startPages, QPagedPaintDevice &device,
                                                const Frame &frame)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font(exportFontFamily());
    font.setPointSizeF(10.5);
    document->setDefaultFont(font);
    QTextCursor cursor(document.get());
    QTextCharFormat coverFormat;
    coverFormat.setFontPointSize(18);
    coverFormat.setFontWeight(QFont::Bold);
    QTextBlockFormat spaced;
    spaced.setBottomMargin(8);
    cursor.setBlockFormat(spaced);
    cursor.insertText(set.cover, coverFormat);
    QTextCharFormat plain;
    QTextCharFormat grey;
    grey.setForeground(QColor(0x55, 0x55, 0x55));
    grey.setFontPointSize(9);
    cursor.insertBlock(spaced);
    cursor.insertText(u"共 %1 篇"_s.arg(entries.size()), grey);
    QTextCharFormat heading;
    heading.setFontPointSize(14);
    heading.setFontWeight(QFont::Bold);
    QTextBlockFormat headingBlock;
    headingBlock.setTopMargin(12);
    headingBlock.setBottomMargin(6);
    cursor.insertBlock(headingBlock);
    cursor.insertText(u"目录"_s, heading);
    // The page number follows a leader: Qt 6.4 wraps a right tab stop at the margin onto a line of its own.
    QTextBlockFormat entryBlock;
    entryBlock.setBottomMargin(3);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        cursor.insertBlock(entryBlock);
        cursor.insertText(u"%1. %2　"_s.arg(i + 1).arg(entries.at(i).title), plain);
        cursor.insertText(entries.at(i).source, grey);
        cursor.insertText(u" …… %1"_s.arg(startPages.value(i, 99999)), plain);
    }
    prepare(*document, device, frame);
    return document;
}

void paintFrame(QPainter &painter, const Frame &frame, const QString &left, const QString &right, int page, int pages)
{
    painter.setFont(frame.small);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QFontMetricsF metrics(frame.small, painter.device());
    const qreal width = frame.area.width();
    const QString rightText = metrics.elidedText(right, Qt::ElideRight, width * 0.55);
    painter.drawText(QRectF(0, 0, width - metrics.horizontalAdvance(rightText) - frame.line, frame.line * 1.5),
                     Qt::AlignLeft | Qt::AlignTop, metrics.elidedText(left, Qt::ElideRight, width * 0.4));
    painter.drawText(QRectF(0, 0, width, frame.line * 1.5), Qt::AlignRight | Qt::AlignTop, rightText);
    painter.drawLine(QPointF(0, frame.line * 1.4), QPointF(width, frame.line * 1.4));
    const qreal footerTop = frame.line * 2.5 + frame.body.height() + frame.line * 0.8;
    painter.drawLine(QPointF(0, footerTop - frame.line * 0.3), QPointF(width, footerTop - frame.line * 0.3));
    painter.drawText(QRectF(0, footerTop, width, frame.line * 1.5), Qt::AlignHCenter | Qt::AlignTop,
                     u"%1 / %2"_s.arg(page).arg(pages));
}

// Paints every page of a laid-out document; `page` is the running page number, advanced here.
bool paintDocument(QPainter &painter, QPagedPaintDevice &device, QTextDocument &document, const Frame &frame,
                   const QString &left, const QString &right, int &page, int pages)
{
    const int count = document.pageCount();
    for (int i = 0; i < count; ++i) {
        if (page > 0 && !device.newPage())
            return false;
        ++page;
        const QRectF clip(0, i * frame.body.height(), frame.body.width(), frame.body.height());
        painter.save();
        painter.translate(0, frame.line * 2.5 - clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        paintFrame(painter, frame, left, right, page, pages);
    }
    return true;
}

} // namespace

bool renderSet(const ExportSet &set, const ItemLoader &load, QPagedPaintDevice &device,
               ProgressListener *listener, QList<OutlineEntry> *outline, QString *error)
{
    const qint64 total = set.ids.size();
    const auto loadAt = [&](qsizetype i, qint64 step) -> std::optional<ExportItem> {
        if (listener && listener->isCancelled()) {
            fail(error, tr("cancelled"));
            return std::nullopt;
        }
        auto item = load(set.ids.at(i));
        if (!item)
            fail(error, tr("article %1: not in the archive").arg(set.ids.at(i)));
        else if (listener)
            listener->progress(step, 2 * total, item->article.title);
        return item;
    };
    QPainter painter;
    if (!painter.begin(&device))
        return fail(error, tr("cannot lay out the PDF"));
    const Frame frame = frameFor(device);

    // First pass: how many pages each article takes.
    QList<Entry> entries;
    for (qsizetype i = 0; i < set.ids.size(); ++i) {
        const auto item = loadAt(i, i);
        if (!item)
            return false;
        const auto document = articleDocument({*item});
        prepare(*document, device, frame);
        entries.append({displayTitle(item->article), contentsSource(*item), document->pageCount()});
    }
    // The contents' own length moves every start page; settle it (numbers have a fixed column).
    QList<int> starts;
    int contentsPages = contentsDocument(set, entries, {}, device, frame)->pageCount();
    for (int round = 0; round < 3; ++round) {
        starts.clear();
        int next = contentsPages + 1;
        for (const auto &entry : entries) {
            starts << next;
            next += entry.pages;
        }
        const int pages = contentsDocument(set, entries, starts, device, frame)->pageCount();
        if (pages == contentsPages)
            break;
        contentsPages = pages;
    }
    int pages = contentsPages;
    for (const auto &entry : entries)
        pages += entry.pages;

    int page = 0;
    {
        // Let the contents go before the articles: at ten thousand entries it is a large layout.
        const auto contents = contentsDocument(set, entries, starts, device, frame);
        if (!paintDocument(painter, device, *contents, frame, set.cover, u"目录"_s, page, pages))
            return fail(error, tr("cannot lay out the PDF"));
    }
    // Second pass: load, lay out and paint each article, then let it go.
    for (qsizetype i = 0; i < set.ids.size(); ++i) {
        const auto item = loadAt(i, total + i);
        if (!item)
            return false;
        const auto document = articleDocument({*item});
        prepare(*document, device, frame);
        if (outline)
            outline->append({displayTitle(item->article), page});
        if (!paintDocument(painter, device, *document, frame, runningHeader(*item), displayTitle(item->article), page, pages))
            return fail(error, tr("cannot lay out the PDF"));
    }
    if (listener)
        listener->progress(2 * total, 2 * total, {});
    return painter.end() || fail(error, tr("cannot lay out the PDF"));
}

bool writeSetPdf(const ExportSet &set, const ItemLoader &load, const QString &path, ProgressListener *listener,
                 QString *error)
{
    const auto pathFail = [&](const QString &reason) { return fail(error, u"%1: %2"_s.arg(path, reason)); };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return pathFail(file.errorString());
    // Qt writes the pages to a temporary file; finishPdf copies them over with the repairs.
    QTemporaryFile raw;
    if (!raw.open())
        return pathFail(raw.errorString());
    QList<OutlineEntry> outline;
    QString reason;
    {
        QPdfWriter writer(&raw);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 12, 20, 10),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setCreator(u"Baoku"_s);
        writer.setTitle(set.cover);
        if (!renderSet(set, load, writer, listener, &outline, &reason))
            return pathFail(reason);
    }
    if (!raw.flush())
        return pathFail(raw.errorString());
    QFont font(exportFontFamily());
    if (!finishPdf(raw, file, toUnicodeReplacements(font), outline, &reason))
        return pathFail(reason);
    if (!file.commit())
        return pathFail(file.errorString());
    return true;
}

bool writeSetOdt(const ExportSet &set, const ItemLoader &load, const QString &path, ProgressListener *listener,
                 QString *error)
{
    const auto pathFail = [&](const QString &reason) { return fail(error, u"%1: %2"_s.arg(path, reason)); };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return pathFail(file.errorString());
    const qint64 total = set.ids.size();
    QString contents, articles;
    for (qsizetype i = 0; i < set.ids.size(); ++i) {
        if (listener && listener->isCancelled())
            return pathFail(tr("cancelled"));
        const auto item = load(set.ids.at(i));
        if (!item)
            return pathFail(tr("article %1: not in the archive").arg(set.ids.at(i)));
        if (listener)
            listener->progress(i, total, item->article.title);
        contents += u"<p class=\"toc\">%1. %2　<span class=\"source\">%3</span></p>\n"_s.arg(i + 1).arg(
            displayTitle(item->article).toHtmlEscaped(), contentsSource(*item).toHtmlEscaped());
        articles += u"<div style=\"page-break-before: always\">\n"_s + htmlArticle(*item) + u"</div>\n"_s;
    }
    const QString html = u"<p class=\"cover\">%1</p>\n<p class=\"source\">共 %2 篇</p>\n<h2>目录</h2>\n"_s.arg(
                             set.cover.toHtmlEscaped()).arg(total)
        + contents + articles;
    const auto document = articleDocument({});
    document->setDefaultStyleSheet(document->defaultStyleSheet()
                                   + u".cover { font-size: 18pt; font-weight: bold; text-indent: 0px; }\n"
                                     ".toc { text-indent: 0px; margin-top: 1pt; margin-bottom: 1pt; line-height: 120%; }\n"
                                     "h2 { font-size: 14pt; }\n"_s);
    document->setHtml(html);
    document->setMetaInformation(QTextDocument::DocumentTitle, set.cover);
    indentParagraphs(*document, QImage(1, 1, QImage::Format_RGB32));
    QByteArray odt;
    QBuffer buffer(&odt);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(document.get()))
        return pathFail(tr("cannot write the ODT document"));
    if (listener)
        listener->progress(total, total, {});
    if (file.write(odt) != odt.size() || !file.commit())
        return pathFail(file.errorString());
    return true;
}

} // namespace Baoku::Core
