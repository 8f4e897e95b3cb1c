// The last step of every PDF Baoku writes: Qt's output streamed to the file, its text layer repaired
// (pdftounicode.h) and, for documents of several articles, an outline (bookmarks) added.
//
// Qt 6.4's QPdfWriter has no outline API. The outline is added as an incremental update, the way the
// PDF standard lets a writer change a finished file: a new version of the catalog naming /Outlines,
// the outline items and a cross-reference section for them are appended after %%EOF, so none of the
// pages Qt wrote is read or moved.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

class QIODevice;

namespace Baoku::Core {

struct OutlineEntry final {
    QString title;
    int page = 0; // 0-based page index of the destination
};

// Copies `in` (a PDF QPdfWriter wrote) to `out`: only the end of the file, from its first ToUnicode
// map on, is held in memory. False with a reason in error when `in` is not laid out as Qt writes PDFs
// or writing fails.
bool finishPdf(QIODevice &in, QIODevice &out, const QHash<char32_t, char32_t> &replacements,
               const QList<OutlineEntry> &outline, QString *error);

// The bytes of an incremental update that adds `outline` to the PDF whose cross-reference table,
// trailer, catalog and page tree are given; `base` is the file's size before the update.
// Exposed for tests; finishPdf reads these parts from the file.
struct PdfTrailerInfo final {
    qint64 size = 0;        // /Size: the number of objects
    qint64 root = 0;        // catalog object number
    qint64 info = 0;        // document information object number, 0 when none
    qint64 xref = 0;        // offset of the last cross-reference section
    QByteArray catalog;     // the catalog's dictionary, "<< … >>"
    QList<qint64> pages;    // page object numbers in order
};
QByteArray outlineUpdate(const PdfTrailerInfo &pdf, qint64 base, const QList<OutlineEntry> &outline);

} // namespace Baoku::Core
