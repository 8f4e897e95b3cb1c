// Writes articles as PDF (A4, embedded CJK font, citation footer) or ODT.
#pragma once

#include "core/export/exportitem.h"

namespace Baoku::Core {

// Each writes through a QSaveFile, so a failure leaves no half-written file; on failure
// they return false and set error to a message that names the file and the reason.
bool writePdf(const QList<ExportItem> &items, const QString &path, QString *error);
bool writeOdt(const QList<ExportItem> &items, const QString &path, QString *error);

} // namespace Baoku::Core
