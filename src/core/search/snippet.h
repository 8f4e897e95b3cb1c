// Snippets for search hits: a window of an article's text around its first match, with exactly
// the matched text marked. Matches are found on the same tokens FTS5 matched, so what is marked
// is what was found.
#pragma once

#include "core/search/queryparser.h"
#include "core/search/textfold.h"

#include <QList>
#include <QPair>
#include <QString>

namespace Baoku::Core {

struct Snippet final {
    QString text;                      // plain text, newlines as spaces, "…" where cut
    QList<QPair<int, int>> highlights; // (start, length) in UTF-16 units of `text`
    bool matched = false;
    // The text with each highlight wrapped in `open` … `close`.
    QString marked(const QString &open, const QString &close) const;
};

class SnippetMaker final {
public:
    explicit SnippetMaker(const QList<QueryTerm> &terms);

    // The match ranges (UTF-8 byte offsets, merged and sorted) of the terms that apply to `field`.
    QList<QPair<int, int>> matches(const QByteArray &utf8, QueryField field);
    // A window of about `length` characters around the first match of `text`.
    Snippet make(const QString &text, QueryField field, int length = 80);

private:
    QList<QPair<int, int>> matchesIn(const QByteArray &utf8, int length, QueryField field);
    void tokenMatches(const QByteArray &utf8, int length, QueryField field, QList<QPair<int, int>> &ranges);

    struct DocToken {
        std::string text;
        int begin;
        int end;
    };
    QList<QueryTerm> m_terms;
    // Per term, its folded Han characters when the term is a plain run of Han text (the common
    // case), matched on folded characters without building tokens; empty for other terms.
    std::vector<std::u32string> m_hanRuns;
    TextTokenizer m_tokenizer;
    std::vector<DocToken> m_tokens;
    std::vector<FoldedChar> m_chars;
};

// Escaped HTML of a text whose matches are enclosed in `open`/`close` markers, each match in a
// highlighted span: the rich text the app's result list shows, made on the search worker.
QString markedToHtml(const QString &marked, QChar open, QChar close);

} // namespace Baoku::Core
