#include "core/export/exporter.h"

#include "core/export/citation.h"
#include "core/export/dataexport.h"
#include "core/export/htmlexport.h"
#include "core/export/textexport.h"

#include <QJsonDocument>

namespace Baoku::Core {

QByteArray exportText(ExportFormat format, const QList<ExportItem> &rawItems)
{
    // Control characters never reach a text export (JSON would escape C0 but not DEL or C1).
    QList<ExportItem> items;
    items.reserve(rawItems.size());
    for (const ExportItem &item : rawItems)
        items.append(withoutControls(item));
    switch (format) {
    case ExportFormat::Text: return plainTextList(items).toUtf8();
    case ExportFormat::Markdown: return markdownList(items).toUtf8();
    case ExportFormat::Html: return htmlDocument(items).toUtf8();
    case ExportFormat::Json: return jsonLines(items);
    case ExportFormat::Csv: return csv(items);
    case ExportFormat::Ris: return risList(items).toUtf8();
    case ExportFormat::Bibtex: return bibtexList(items).toUtf8();
    case ExportFormat::CslJson: return QJsonDocument(cslJsonList(items)).toJson(QJsonDocument::Indented);
    case ExportFormat::Gbt7714: return gbt7714List(items).toUtf8();
    case ExportFormat::Pdf:
    case ExportFormat::Odt: return {};
    }
    return {};
}

QString citationText(ExportFormat style, const QList<ExportItem> &items)
{
    switch (style) {
    case ExportFormat::Ris:
    case ExportFormat::Bibtex:
    case ExportFormat::CslJson: return QString::fromUtf8(exportText(style, items));
    default: {
        QList<ExportItem> clean;
        for (const ExportItem &item : items)
            clean.append(withoutControls(item));
        return gbt7714List(clean);
    }
    }
}

} // namespace Baoku::Core
