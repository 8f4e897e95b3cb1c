// One entry point for the formats the core writes itself (everything but PDF and ODT).
#pragma once

#include "core/export/exportformat.h"
#include "core/export/exportitem.h"

#include <QByteArray>

namespace Baoku::Core {

// The UTF-8 bytes of the items in a text format; empty for PDF and ODT (see exportgui).
QByteArray exportText(ExportFormat format, const QList<ExportItem> &items);

// The text of one citation style for the clipboard: Gbt7714, Ris, Bibtex or CslJson.
QString citationText(ExportFormat style, const QList<ExportItem> &items);

} // namespace Baoku::Core
