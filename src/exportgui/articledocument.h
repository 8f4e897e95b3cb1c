// Articles laid out as a QTextDocument in a CJK serif font: the source of PDF, ODT and print.
#pragma once

#include "export/exportitem.h"

#include <QString>

#include <memory>

class QTextDocument;

namespace Baoku::Core {

// The font family exports ask for first; fontconfig falls back to another CJK font if missing.
QString exportFontFamily();

std::unique_ptr<QTextDocument> articleDocument(const QList<ExportItem> &items);

// The footer printed on each page: the GB/T 7714 citation for one article, the count otherwise.
QString pageFooter(const QList<ExportItem> &items);

} // namespace Baoku::Core
