// What the Export dialog offers from the research tools: the collection open in the Collections
// panel (every format; pdf, odt and txt as one document) and every note as Markdown with citations.
#pragma once

#include "app/export/exportactions.h"
#include "core/store/research.h"

namespace Baoku::App {

ExportScope collectionScope(const std::optional<Core::CollectionInfo> &open, const QList<qint64> &articleIds);
ExportScope notesScope(const QString &databasePath, int noteCount);
// Writes every note of the archive as Markdown to `path`, with its own connection (the export
// thread's); returns an error or empty, and the number of articles with notes in `count`.
QString writeNotesMarkdown(const QString &databasePath, const QString &path, qsizetype *count);

} // namespace Baoku::App
