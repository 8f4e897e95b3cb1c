#include "exportgui/pdftounicode.h"

#include <QFont>
#include <QList>
#include <QRawFont>
#include <QRegularExpression>

#include <map>

using namespace Qt::StringLiterals;

namespace Baoku::Core {
namespace {

QByteArray hex4(char32_t value) { return QByteArray::number(uint(value), 16).toUpper().rightJustified(4, '0'); }

// Rewrites the bfrange and bfchar lines of one CMap; every target becomes an explicit value.
QByteArray repairCMap(const QByteArray &cmap, const QHash<char32_t, char32_t> &replacements)
{
    static const QRegularExpression range(u"^<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]{4})> (.*)$"_s);
    static const QRegularExpression single(u"^<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]{4})>$"_s);
    static const QRegularExpression hexToken(u"<([0-9A-Fa-f]{4})>"_s);
    const auto fix = [&](char32_t c) { return replacements.value(c, c); };
    QByteArrayList lines = cmap.split('\n');
    bool inRange = false, inChar = false;
    for (auto &line : lines) {
        if (line.endsWith("beginbfrange")) { inRange = true; continue; }
        if (line == "endbfrange") { inRange = false; continue; }
        if (line.endsWith("beginbfchar")) { inChar = true; continue; }
        if (line == "endbfchar") { inChar = false; continue; }
        const QString text = QString::fromLatin1(line);
        if (inChar) {
            const auto m = single.match(text);
            if (m.hasMatch())
                line = '<' + m.captured(1).toLatin1() + "> <" + hex4(fix(m.captured(2).toUInt(nullptr, 16))) + '>';
            continue;
        }
        const auto m = inRange ? range.match(text) : QRegularExpressionMatch();
        if (!m.hasMatch())
            continue;
        const uint first = m.captured(1).toUInt(nullptr, 16), last = m.captured(2).toUInt(nullptr, 16);
        QList<char32_t> targets;
        const QString rest = m.captured(3);
        if (rest.startsWith(u'[')) {
            for (const auto &token : hexToken.globalMatch(rest))
                targets << fix(token.captured(1).toUInt(nullptr, 16));
        } else {
            const uint start = rest.mid(1, 4).toUInt(nullptr, 16);
            for (uint g = first; g <= last; ++g)
                targets << fix(start + (g - first));
        }
        QByteArray out = '<' + m.captured(1).toLatin1() + "> <" + m.captured(2).toLatin1() + "> [";
        for (const char32_t target : targets)
            out += '<' + hex4(target) + "> ";
        line = out + ']';
    }
    return lines.join('\n');
}

} // namespace

QHash<char32_t, char32_t> toUnicodeReplacements(const QFont &font)
{
    QHash<char32_t, char32_t> replacements;
    for (char32_t c = 0; c < 0x20; ++c)
        replacements.insert(c, U' ');
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return replacements;
    // The first ideograph (U+3400–U+9FFF) drawn with each glyph.
    QString ideographs;
    for (char16_t c = 0x3400; c <= 0x9FFF; ++c)
        ideographs += QChar(c);
    const QList<quint32> ideographGlyphs = raw.glyphIndexesForString(ideographs);
    QHash<quint32, char32_t> byGlyph;
    for (qsizetype i = 0; i < ideographGlyphs.size(); ++i) {
        if (ideographGlyphs.at(i) != 0 && !byGlyph.contains(ideographGlyphs.at(i)))
            byGlyph.insert(ideographGlyphs.at(i), char32_t(0x3400 + i));
    }
    QString low;
    for (char16_t c = 0x2E80; c < 0x3400; ++c)
        low += QChar(c);
    const QList<quint32> lowGlyphs = raw.glyphIndexesForString(low);
    for (qsizetype i = 0; i < lowGlyphs.size(); ++i) {
        if (lowGlyphs.at(i) != 0 && byGlyph.contains(lowGlyphs.at(i)))
            replacements.insert(char32_t(0x2E80 + i), byGlyph.value(lowGlyphs.at(i)));
    }
    return replacements;
}

QByteArray repairToUnicode(const QByteArray &pdf, const QHash<char32_t, char32_t> &replacements)
{
    return repairToUnicodeTail(pdf, 0, replacements);
}

QByteArray repairToUnicodeTail(const QByteArray &pdf, qint64 tailOffset, const QHash<char32_t, char32_t> &replacements)
{
    // Qt writes each ToUnicode CMap as an uncompressed stream with a direct length.
    static const QRegularExpression header(u"\n(\\d+) 0 obj\n<< /Length (\\d+) >>\nstream\n"_s);
    const QString latin = QString::fromLatin1(pdf);
    std::map<qsizetype, qsizetype> shifts; // position in the input -> bytes added from there on
    QByteArray out;
    qsizetype copied = 0;
    for (const auto &m : header.globalMatch(latin)) {
        const qsizetype dataStart = m.capturedEnd(0);
        const qsizetype length = m.captured(2).toLongLong();
        const QByteArray data = pdf.mid(dataStart, length);
        if (dataStart + length > pdf.size() || !data.contains("/CMapName /Adobe-Identity-UCS"))
            continue;
        const QByteArray fixed = repairCMap(data, replacements);
        out += pdf.mid(copied, m.capturedStart(0) - copied);
        out += "\n" + m.captured(1).toLatin1() + " 0 obj\n<< /Length " + QByteArray::number(fixed.size()) + " >>\nstream\n";
        out += fixed;
        copied = dataStart + length;
        shifts[copied] = out.size() - copied;
    }
    const qsizetype xref = pdf.lastIndexOf("\nxref\n");
    const qsizetype startxref = pdf.lastIndexOf("startxref\n");
    if (shifts.empty() || xref < copied || startxref < xref)
        return pdf;
    out += pdf.mid(copied, xref + 1 - copied);
    // Offsets in the table count from the file's start; the part before the tail does not move.
    const auto moved = [&shifts, tailOffset](qint64 absolute) {
        if (absolute < tailOffset)
            return absolute;
        const qsizetype offset = absolute - tailOffset;
        auto it = shifts.upper_bound(offset);
        return tailOffset + (it == shifts.begin() ? offset : offset + std::prev(it)->second);
    };
    const qint64 newXref = tailOffset + out.size();
    // The table: "xref", "0 N", then N entries "oooooooooo ggggg n \n" of twenty bytes each.
    QByteArrayList lines = pdf.mid(xref + 1, startxref - xref - 1).split('\n');
    for (auto &line : lines) {
        if (line.size() >= 18 && line.at(10) == ' ' && line.at(16) == ' ' && line.at(17) == 'n')
            line = QByteArray::number(moved(line.left(10).toLongLong())).rightJustified(10, '0') + line.mid(10);
    }
    out += lines.join('\n');
    out += "startxref\n" + QByteArray::number(newXref) + " \n%%EOF\n";
    return out;
}

} // namespace Baoku::Core
