// Notes as a Markdown document: one section per article with its GB/T 7714 citation, each note
// under it with the passage it is about as a quote.
#pragma once

#include "core/export/exportitem.h"

#include <QList>
#include <QString>

#include <optional>

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

// The notes grouped by article in the order given. `Note` is the research store's note and
// `Archive` the store's archive (its `article(id)`), both template parameters because export does
// not depend on the store; an article whose page is no longer imported keeps its key for the
// citation.
template <typename Note, typename Archive>
QList<NotedArticle> groupedNotes(const QList<Note> &notes, const Archive &archive)
{
    QList<NotedArticle> out;
    qint64 lastKept = 0;
    for (const Note &note : notes) {
        if (out.isEmpty() || note.article.keptId != lastKept) {
            NotedArticle noted;
            const auto stored = note.article.articleId ? archive.article(*note.article.articleId) : std::nullopt;
            if (stored) {
                noted.item = {stored->id, stored->issue, stored->article};
            } else {
                noted.inArchive = false;
                noted.item.issue.newspaper = note.article.newspaper;
                noted.item.issue.date = note.article.date;
                noted.item.article.page = note.article.page;
                noted.item.article.title = note.article.title;
            }
            out.append(noted);
            lastKept = note.article.keptId;
        }
        out.last().notes.append({note.text, note.quote, note.anchored});
    }
    return out;
}

} // namespace Baoku::Core
