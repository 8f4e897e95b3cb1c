// Turns a draft into a clean article: rejoins wrapped lines and broken paragraphs, removes OCR
// repeats and spaces, and takes out dateline, bylines, signature, captions, credits and notes.
#pragma once

#include "core/parser/draft.h"

#include <QSet>

namespace Baoku::Core::Parse {

class ArticleBuilder final {
public:
    Article build(Draft draft);

private:
    QStringList joinParagraphs(const QList<Unit> &units, Article *article) const;
    QStringList removeRepeats(const QStringList &paragraphs);

    // Paragraph keys already emitted by earlier articles of the issue; a long paragraph met again
    // is an OCR repeat.
    QSet<QString> m_seenParagraphs;
    QStringList m_previousTail; // the last paragraphs of the article built before
};

} // namespace Baoku::Core::Parse
