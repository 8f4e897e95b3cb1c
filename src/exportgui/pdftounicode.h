// Repairs the text layer of PDFs written by Qt, so that copying or extracting Chinese text works.
//
// Qt's PDF engine builds each font's ToUnicode map from the lowest code point that maps to a glyph.
// CJK fonts such as Noto CJK share one glyph between an ideograph and its Kangxi or supplementary
// radical (金 U+91D1 and ⾦ U+2FA6), so the map names the radical and pdftotext, search and copy
// return ⾦ instead of 金. These functions rewrite the ToUnicode maps with the ideographs.
#pragma once

#include <QByteArray>
#include <QHash>

class QFont;

namespace Baoku::Core {

// For a font: code points below U+3400 that share their glyph with a CJK ideograph, mapped to
// that ideograph; control characters map to the space.
QHash<char32_t, char32_t> toUnicodeReplacements(const QFont &font);

// The PDF with every ToUnicode CMap's targets replaced and the cross-reference table updated.
// Returns the input unchanged when it is not laid out as Qt writes PDFs.
QByteArray repairToUnicode(const QByteArray &pdf, const QHash<char32_t, char32_t> &replacements);
// The same for the end of a PDF that starts at tailOffset in the file and holds every ToUnicode
// CMap, the cross-reference table and the trailer: large PDFs are repaired without reading the pages.
QByteArray repairToUnicodeTail(const QByteArray &tail, qint64 tailOffset, const QHash<char32_t, char32_t> &replacements);

} // namespace Baoku::Core
