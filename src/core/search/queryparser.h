// The search query language: words (all required), "phrases", OR, -exclusions and the fields
// title:, author:, column:, page:, kind:. Every input parses; what cannot be searched is ignored, and the
// FTS5 expression it yields is written only from quoted tokens, so user text is never FTS5 syntax.
// A query over the bounds below, or with a page: that is no page number, yields only an error.
#pragma once

#include "core/search/tokenizer.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Baoku::Core {

enum class QueryField { Any, Title, Author, Column };

// One searchable term: the tokens it must match in sequence (an FTS5 phrase).
struct QueryTerm final {
    QueryField field = QueryField::Any;
    QString text;               // as the user typed it, without quotes or field prefix
    std::vector<Token> tokens;  // folded tokens; never empty
    bool prefix = false;        // the last token is a lone Han character matched as a prefix
};

struct ParsedQuery final {
    QList<QList<QueryTerm>> groups; // every group must match; a group is alternatives joined by OR
    QList<QueryTerm> excluded;      // none may match
    QList<int> pages;               // page: filters (any of them); empty for all pages
    // Set, with nothing else, when the query cannot be searched as asked: too long, too many
    // terms, or a page: that is not a page number. A sentence for the user.
    QString error;
    // kind: filters: stored article kinds (article, advertisement, notice), "*" for all; empty
    // for the default, every kind but advertisements.
    QStringList kinds;
    bool isEmpty() const { return groups.isEmpty(); }
    // The FTS5 MATCH expression; empty when there is nothing to search for.
    QString ftsExpression() const;
    // The same expression without column filters, for the title index (search_titles); empty
    // when a term asks for another field (author:, column:).
    QString titleExpression() const;
    // For a query that is one Han character in any field and nothing else: its folded UTF-8 token,
    // answered from the character index (search_chars); empty otherwise.
    QString loneHanChar() const;
    // The positive terms, for marking snippets.
    QList<QueryTerm> positiveTerms() const;
};

class QueryParser final {
public:
    // Bounds on what one query may ask: FTS5's bm25 and snippet marking cost grows with the
    // product of terms and their matches, so an unbounded query could tie up a search for minutes.
    static constexpr qsizetype kMaxQueryChars = 1000;
    static constexpr qsizetype kMaxTerms = 64;

    QueryParser();
    ~QueryParser();
    QueryParser(const QueryParser &) = delete;
    QueryParser &operator=(const QueryParser &) = delete;

    ParsedQuery parse(const QString &text);
    // The FTS5 phrase for one term, e.g. {title} : "电子 子报" — exposed for tests.
    static QString ftsPhrase(const QueryTerm &term, bool withColumns = true);

private:
    std::unique_ptr<TextTokenizer> m_tokenizer;
};

} // namespace Baoku::Core
