// Machine-readable exports: JSON lines in the schema of `baoku-cli parse`, and CSV of metadata.
#pragma once

#include "core/export/exportitem.h"

#include <QJsonObject>

namespace Baoku::Core {

// Every field of the article as `parse` prints it, plus "id", "date" (the issue's, ISO or null),
// "newspaper" and "issue" (the issue object of `parse`).
QJsonObject articleRecord(const ExportItem &item);
// One compact JSON object a line.
QByteArray jsonLines(const QList<ExportItem> &items);

// The CSV header and one row per article (RFC 4180: quoted where needed, CRLF line ends),
// UTF-8 with a byte-order mark so that spreadsheet programs read the Chinese right.
QStringList csvColumns();
QByteArray csv(const QList<ExportItem> &items);

} // namespace Baoku::Core
