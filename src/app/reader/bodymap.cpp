#include "app/reader/bodymap.h"

#include <QTextBlock>
#include <QTextDocument>

namespace Baoku::App {

namespace {

// Aligns a paragraph with the end of a block's text, from the back: the block may hold more in
// front (the dateline) and the HTML parser may have collapsed or dropped white space. Fills
// `positions` (one per paragraph character, -1 for dropped white space); false when the block
// does not end with the paragraph.
bool alignTail(const QString &paragraph, const QString &block, QList<int> &positions)
{
    positions.fill(-1, paragraph.size());
    qsizetype i = paragraph.size() - 1;
    qsizetype j = block.size() - 1;
    while (i >= 0) {
        if (j >= 0 && paragraph.at(i) == block.at(j)) {
            positions[i--] = int(j--);
        } else if (paragraph.at(i).isSpace()) {
            --i;
        } else if (j >= 0 && block.at(j).isSpace()) {
            --j;
        } else {
            return false;
        }
    }
    return true;
}

} // namespace

BodyMap BodyMap::build(const QTextDocument &document, const Core::Article &article)
{
    BodyMap map;
    map.m_documentOf.fill(-1, article.body.size());
    // The body follows the rule under the header; the title or a byline never counts as body.
    QTextBlock block = document.begin();
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
            block = b.next();
            break;
        }
    }
    qsizetype offset = 0;
    QList<int> positions;
    for (const Core::Paragraph &p : Core::paragraphsOf(article)) {
        const qsizetype start = offset;
        offset += p.text.size() + 1;
        if (p.text.trimmed().isEmpty())
            continue;
        // Part marks and "continued" links sit between paragraphs: skip blocks until one ends with it.
        for (QTextBlock candidate = block; candidate.isValid(); candidate = candidate.next()) {
            if (!alignTail(p.text, candidate.text(), positions))
                continue;
            for (qsizetype k = 0; k < positions.size(); ++k) {
                if (positions.at(k) < 0)
                    continue;
                const int at = candidate.position() + positions.at(k);
                map.m_documentOf[start + k] = at;
                map.m_bodyOf.insert(at, int(start + k));
            }
            block = candidate.next();
            break;
        }
    }
    return map;
}

std::optional<std::pair<int, int>> BodyMap::documentRange(int start, int length) const
{
    const int end = std::min<int>(start + length, int(m_documentOf.size()));
    int first = -1;
    int last = -1;
    for (int k = std::max(0, start); k < end; ++k) {
        const int at = m_documentOf.at(k);
        if (at < 0)
            continue;
        if (first < 0)
            first = at;
        last = at;
    }
    if (first < 0)
        return std::nullopt;
    return std::make_pair(first, last + 1);
}

std::optional<std::pair<int, int>> BodyMap::bodyRange(int from, int to) const
{
    int first = -1;
    int last = -1;
    for (int at = from; at < to; ++at) {
        const auto it = m_bodyOf.constFind(at);
        if (it == m_bodyOf.constEnd())
            continue;
        if (first < 0)
            first = *it;
        last = *it;
    }
    if (first < 0)
        return std::nullopt;
    return std::make_pair(first, last + 1);
}

} // namespace Baoku::App
