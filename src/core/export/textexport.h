// Plain text and Markdown renderings of articles, for reading and pasting.
#pragma once

#include "core/export/exportitem.h"

namespace Baoku::Core {

// Headings, byline, source line, paragraphs, captions and the GB/T 7714 citation, in UTF-8 text.
QString plainText(const ExportItem &item);
// Several articles separated by a rule line.
QString plainTextList(const QList<ExportItem> &items);

// The same content as CommonMark; characters Markdown would interpret are escaped.
QString markdown(const ExportItem &item);
QString markdownList(const QList<ExportItem> &items);

// The closing parts every rendering shares: "（转第2版）" and "（上接第1版）".
QString continuationNote(const Article &article);

} // namespace Baoku::Core
