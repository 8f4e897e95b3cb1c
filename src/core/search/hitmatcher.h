// Finds a search query's matches in any text with the core's tokenizer, so that the reader marks
// exactly what the search found (folded case, Traditional forms, any substring length).
#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace Baoku::Core {

class SnippetMaker;

class HitMatcher final {
public:
    explicit HitMatcher(const QString &query);
    ~HitMatcher();
    HitMatcher(const HitMatcher &) = delete;
    HitMatcher &operator=(const HitMatcher &) = delete;

    bool isEmpty() const { return !m_maker; }
    // (start, length) in UTF-16 units of `text`, sorted and merged.
    QList<QPair<int, int>> find(const QString &text);

    // The query with each search term limited to one field (title:, author:, column:);
    // phrases, exclusions, OR and terms with their own field are kept as they are.
    static QString scoped(const QString &query, const QString &prefix);

private:
    std::unique_ptr<SnippetMaker> m_maker;
};

} // namespace Baoku::Core
