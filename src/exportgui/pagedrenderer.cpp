#include "exportgui/pagedrenderer.h"

#include "exportgui/articledocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Baoku::Core {

bool renderPaged(QTextDocument &document, QPagedPaintDevice &device, const QString &footer)
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    // The painter's origin is the top-left corner of the printable area inside the margins.
    const QRectF area = device.pageLayout().paintRectPixels(device.logicalDpiX());
    QFont footerFont = document.defaultFont();
    footerFont.setPointSizeF(8);
    const QFontMetricsF metrics(footerFont, &device);
    const qreal footerHeight = metrics.lineSpacing() * 3.5;
    const QSizeF bodySize(area.width(), area.height() - footerHeight);

    document.documentLayout()->setPaintDevice(&device);
    indentParagraphs(document, device);
    document.setPageSize(bodySize);
    const int pageCount = document.pageCount();
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device.newPage())
            return false;
        const QRectF clip(0, page * bodySize.height(), bodySize.width(), bodySize.height());
        painter.save();
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const qreal top = bodySize.height() + metrics.lineSpacing() * 0.8;
        painter.drawLine(QPointF(0, top - metrics.lineSpacing() * 0.3), QPointF(area.width(), top - metrics.lineSpacing() * 0.3));
        const QString number = u"%1/%2"_s.arg(page + 1).arg(pageCount);
        const qreal numberWidth = metrics.horizontalAdvance(number) + metrics.averageCharWidth() * 4;
        painter.drawText(QRectF(0, top, area.width() - numberWidth, footerHeight), Qt::AlignLeft | Qt::TextWordWrap, footer);
        painter.drawText(QRectF(0, top, area.width(), footerHeight), Qt::AlignRight, number);
    }
    return painter.end();
}

} // namespace Baoku::Core
