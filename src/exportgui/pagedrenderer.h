// Paints a text document page by page with a footer line, onto a PDF writer or a printer.
#pragma once

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace Baoku::Core {

// Lays the document out for the device's page size, leaving room for the footer, and paints
// every page with the footer text and "页码/总页数". False when the device cannot be painted on.
bool renderPaged(QTextDocument &document, QPagedPaintDevice &device, const QString &footer);

} // namespace Baoku::Core
