// Notes as a Markdown document: one section per article with its GB/T 7714 citation, each note
// under it with the passage it is about as a quote.
#pragma once

#include "core/export/exportitem.h"

#include <QList>
#include <QString>

namespace Baoku::Core {

struct NoteEntry final {
    QString text;
    QString quote;        // empty for a note on the whole article
    bool anchored = true; // false: the passage is no longer in the article's text
};

struct NotedArticle final {
    ExportItem item;
    bool inArchive = true; // false when the article's page is no longer imported
    QList<NoteEntry> notes;
};

QString notesMarkdown(const QList<NotedArticle> &articles);

} // namespace Baoku::Core
