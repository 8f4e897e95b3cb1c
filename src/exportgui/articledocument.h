// Articles laid out as a QTextDocument in a CJK serif font: the source of PDF, ODT and print.
#pragma once

#include "core/export/exportitem.h"

#include <QString>

#include <memory>

class QPaintDevice;
class QTextDocument;

namespace Baoku::Core {

// The font family exports ask for first; fontconfig falls back to another CJK font if missing.
QString exportFontFamily();

std::unique_ptr<QTextDocument> articleDocument(const QList<ExportItem> &items);

// Text indents are in device pixels: gives body paragraphs two characters' indent on `device`.
void indentParagraphs(QTextDocument &document, const QPaintDevice &device);

// The footer printed on each page: the GB/T 7714 citation for one article, the count otherwise.
QString pageFooter(const QList<ExportItem> &items);

} // namespace Baoku::Core
