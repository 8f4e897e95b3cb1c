// Standalone HTML of articles: every text escaped, a small stylesheet, no scripts.
#pragma once

#include "core/export/exportitem.h"

namespace Baoku::Core {

// One <article> element; the exportgui library lays the same markup out for PDF, ODT and print.
QString htmlArticle(const ExportItem &item);

// The stylesheet of the standalone page.
QString htmlStyleSheet();

// A complete UTF-8 HTML5 page holding every article in order.
QString htmlDocument(const QList<ExportItem> &items);

} // namespace Baoku::Core
