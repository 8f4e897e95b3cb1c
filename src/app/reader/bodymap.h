// Where each character of an article's body is in the reader's document, and back: passage notes
// are kept as UTF-16 offsets into Article::body, while the reader shows the body as HTML
// paragraphs (the dateline in front of the first, subheads and part marks between them, runs of
// spaces collapsed by the HTML parser).
#pragma once

#include "core/common/model.h"

#include <QHash>
#include <QList>

class QTextDocument;

namespace Baoku::App {

class BodyMap final {
public:
    // Reads the document that ArticleHtml::render(article) made.
    static BodyMap build(const QTextDocument &document, const Core::Article &article);

    // The document range of the body passage [start, start + length); nullopt when no character
    // of it is shown (an offset outside the body).
    std::optional<std::pair<int, int>> documentRange(int start, int length) const;
    // The body range of the document selection [from, to): the part of it that is body text.
    std::optional<std::pair<int, int>> bodyRange(int from, int to) const;
    bool isEmpty() const { return m_bodyOf.isEmpty(); }

private:
    QList<int> m_documentOf; // per body character its document position, -1 when not shown
    QHash<int, int> m_bodyOf; // document position -> body offset
};

} // namespace Baoku::App
