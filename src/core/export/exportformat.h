// The export formats, their names on the command line and their file extensions.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Baoku::Core {

enum class ExportFormat { Text, Markdown, Html, Pdf, Odt, Json, Csv, Ris, Bibtex, CslJson, Gbt7714 };

// "txt", "md", "html", "pdf", "odt", "json", "csv", "ris", "bib", "csl", "gbt7714".
QString formatName(ExportFormat format);
std::optional<ExportFormat> formatFromName(const QString &name);
QStringList formatNames();

// The file extension without a dot ("csl" writes ".json", "gbt7714" writes ".txt").
QString fileExtension(ExportFormat format);

// Whether several articles go into one file; otherwise each article gets a file of its own.
bool holdsSeveral(ExportFormat format);

// PDF and ODT are written by the exportgui library and need a QGuiApplication.
bool needsGui(ExportFormat format);

} // namespace Baoku::Core
