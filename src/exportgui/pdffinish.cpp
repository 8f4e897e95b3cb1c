#include "exportgui/pdffinish.h"

#include "exportgui/pdftounicode.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Baoku::Core {
namespace {

constexpr qint64 kChunk = 1 << 20;

QString tr(const char *text) { return QCoreApplication::translate("Baoku::Core", text); }

QByteArray readAt(QIODevice &in, qint64 offset, qint64 length)
{
    if (!in.seek(offset))
        return {};
    return in.read(length);
}

// The first offset of `needle` in the device, reading it a chunk at a time; -1 when absent.
qint64 findFirst(QIODevice &in, const QByteArray &needle)
{
    const qint64 size = in.size();
    for (qint64 pos = 0; pos < size; pos += kChunk) {
        const QByteArray chunk = readAt(in, pos, kChunk + needle.size());
        const qsizetype at = chunk.indexOf(needle);
        if (at >= 0)
            return pos + at;
    }
    return -1;
}

// The object "N 0 obj … endobj" starting at offset, read in growing steps (a page tree of
// thousands of pages is longer than one read).
QByteArray objectAt(QIODevice &in, qint64 offset)
{
    QByteArray data;
    for (qint64 length = 4096; length < 256 * kChunk; length *= 4) {
        data = readAt(in, offset, length);
        const qsizetype end = data.indexOf("endobj");
        if (end >= 0)
            return data.left(end);
        if (data.size() < length)
            break;
    }
    return {};
}

qint64 number(const QByteArray &text, const char *pattern)
{
    const auto m = QRegularExpression(QString::fromLatin1(pattern)).match(QString::fromLatin1(text));
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

// Reads the trailer, cross-reference table, catalog and page tree of a PDF as Qt writes it.
bool readTrailer(QIODevice &in, PdfTrailerInfo &info)
{
    const qint64 size = in.size();
    const QByteArray end = readAt(in, qMax<qint64>(0, size - 1024), 1024);
    info.xref = number(end.mid(end.lastIndexOf("startxref")), "startxref\\s+(\\d+)");
    if (info.xref <= 0 || info.xref >= size)
        return false;
    const QByteArray table = readAt(in, info.xref, size - info.xref);
    const qsizetype trailerAt = table.indexOf("trailer");
    if (!table.startsWith("xref") || trailerAt < 0)
        return false;
    const QByteArray trailer = table.mid(trailerAt);
    info.size = number(trailer, "/Size\\s+(\\d+)");
    info.root = number(trailer, "/Root\\s+(\\d+)\\s+0\\s+R");
    info.info = number(trailer, "/Info\\s+(\\d+)\\s+0\\s+R");
    // One section "0 N" of twenty-byte entries: entry k is object k.
    const QByteArrayList lines = table.left(trailerAt).split('\n');
    const auto offsetOf = [&lines](qint64 object) -> qint64 {
        return object + 2 < lines.size() ? lines.at(object + 2).left(10).toLongLong() : 0;
    };
    if (info.size <= 0 || info.root <= 0 || !lines.value(1).startsWith("0 "))
        return false;
    const QByteArray catalog = objectAt(in, offsetOf(info.root));
    const qsizetype open = catalog.indexOf("<<"), close = catalog.lastIndexOf(">>");
    if (open < 0 || close < open)
        return false;
    info.catalog = catalog.mid(open, close + 2 - open);
    const qint64 pagesRoot = number(info.catalog, "/Pages\\s+(\\d+)\\s+0\\s+R");
    const QByteArray pages = objectAt(in, offsetOf(pagesRoot));
    const qsizetype kids = pages.indexOf("/Kids");
    if (kids < 0)
        return false;
    const QByteArray list = pages.mid(kids, pages.indexOf(']', kids) - kids);
    static const QRegularExpression ref(u"(\\d+)\\s+0\\s+R"_s);
    for (const auto &m : ref.globalMatch(QString::fromLatin1(list)))
        info.pages << m.captured(1).toLongLong();
    return !info.pages.isEmpty();
}

QByteArray pdfText(const QString &text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).toUpper().rightJustified(4, '0');
    return hex + '>';
}

} // namespace

QByteArray outlineUpdate(const PdfTrailerInfo &pdf, qint64 base, const QList<OutlineEntry> &outline)
{
    QByteArray out = "\n";
    QList<qint64> offsets; // of the catalog, then the outline root, then each item
    const qint64 first = pdf.size;
    const qint64 count = outline.size();
    QByteArray catalog = pdf.catalog;
    catalog.insert(catalog.size() - 2, "/Outlines " + QByteArray::number(first) + " 0 R\n/PageMode /UseOutlines\n");
    offsets << base + out.size();
    out += QByteArray::number(pdf.root) + " 0 obj\n" + catalog + "\nendobj\n";
    offsets << base + out.size();
    out += QByteArray::number(first) + " 0 obj\n<< /Type /Outlines /First " + QByteArray::number(first + 1)
        + " 0 R /Last " + QByteArray::number(first + count) + " 0 R /Count " + QByteArray::number(count) + " >>\nendobj\n";
    for (qint64 i = 0; i < count; ++i) {
        const OutlineEntry &entry = outline.at(i);
        const qint64 page = pdf.pages.value(std::clamp<qsizetype>(entry.page, 0, pdf.pages.size() - 1));
        offsets << base + out.size();
        out += QByteArray::number(first + 1 + i) + " 0 obj\n<< /Title " + pdfText(entry.title) + " /Parent "
            + QByteArray::number(first) + " 0 R";
        if (i > 0)
            out += " /Prev " + QByteArray::number(first + i) + " 0 R";
        if (i + 1 < count)
            out += " /Next " + QByteArray::number(first + 2 + i) + " 0 R";
        out += " /Dest [" + QByteArray::number(page) + " 0 R /XYZ null null null] >>\nendobj\n";
    }
    const qint64 xref = base + out.size();
    const auto entry = [](qint64 offset) -> QByteArray { return QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n"; };
    out += "xref\n" + QByteArray::number(pdf.root) + " 1\n" + entry(offsets.at(0));
    out += QByteArray::number(first) + ' ' + QByteArray::number(count + 1) + '\n';
    for (qsizetype i = 1; i < offsets.size(); ++i)
        out += entry(offsets.at(i));
    out += "trailer\n<<\n/Size " + QByteArray::number(first + count + 1) + "\n/Root " + QByteArray::number(pdf.root) + " 0 R\n";
    if (pdf.info > 0)
        out += "/Info " + QByteArray::number(pdf.info) + " 0 R\n";
    out += "/Prev " + QByteArray::number(pdf.xref) + "\n>>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

bool finishPdf(QIODevice &in, QIODevice &out, const QHash<char32_t, char32_t> &replacements,
               const QList<OutlineEntry> &outline, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    const qint64 size = in.size();
    // Qt writes the fonts and their ToUnicode maps after the last page: the tail starts at the first map.
    qint64 tailStart = size;
    const qint64 marker = findFirst(in, "/CMapName /Adobe-Identity-UCS");
    if (marker >= 0) {
        const qint64 windowStart = qMax<qint64>(0, marker - 4096);
        const QString window = QString::fromLatin1(readAt(in, windowStart, marker - windowStart));
        static const QRegularExpression header(u"\n\\d+ 0 obj\n<< /Length \\d+ >>\nstream\n"_s);
        qsizetype last = -1;
        for (const auto &m : header.globalMatch(window))
            last = m.capturedStart(0);
        tailStart = last >= 0 ? windowStart + last : size;
    }
    PdfTrailerInfo info;
    const bool haveTrailer = !outline.isEmpty() && readTrailer(in, info);
    if (!outline.isEmpty() && !haveTrailer)
        return fail(tr("the PDF is not laid out as expected; cannot add the outline"));
    if (!in.seek(0))
        return fail(in.errorString());
    for (qint64 copied = 0; copied < tailStart;) {
        const QByteArray chunk = in.read(qMin(kChunk, tailStart - copied));
        if (chunk.isEmpty() || out.write(chunk) != chunk.size())
            return fail(out.errorString());
        copied += chunk.size();
    }
    QByteArray tail = in.read(size - tailStart);
    if (marker >= 0)
        tail = repairToUnicodeTail(tail, tailStart, replacements);
    if (out.write(tail) != tail.size())
        return fail(out.errorString());
    if (!haveTrailer)
        return true;
    // The repair may have moved the cross-reference table: the update points at where it is now.
    info.xref = number(tail.mid(tail.lastIndexOf("startxref")), "startxref\\s+(\\d+)");
    const QByteArray update = outlineUpdate(info, tailStart + tail.size(), outline);
    if (out.write(update) != update.size())
        return fail(out.errorString());
    return true;
}

} // namespace Baoku::Core
