// How the search index lives in PostgreSQL (docs/shared-archives.md, "Search"): each column of an
// article as tsvector chunks of Baoku's own tokens, and each query term as a tsquery phrase.
// Tokens come from TextTokenizer on the client, so folding is the same as in SQLite's FTS5 index.
#pragma once

#include "core/search/queryparser.h"

#include <QByteArray>
#include <QList>

#include <string>
#include <vector>

namespace Baoku::Core {

class TextTokenizer;

// tsvector limits: positions above 16,383 are clamped and a lexeme keeps at most 256 positions,
// so a column is cut into chunks below both; chunks overlap by kChunkOverlap tokens so that a
// phrase of up to that many tokens lies wholly inside one of them.
constexpr int kChunkPositions = 16000;
constexpr int kChunkLexemePositions = 255;
constexpr int kChunkOverlap = 1000;
constexpr int kMaxLexemeBytes = 2046; // longer tokens are not indexed (tsvector's own limit)

// The column's tokens, in order (what FTS5 indexes for it).
std::vector<std::string> documentTokens(TextTokenizer &tokenizer, const QString &text);
// The tsvector literals of the column's chunks; none for a column without tokens.
QList<QByteArray> tsvectorChunks(const std::vector<std::string> &tokens);
// The tsquery of one term: its tokens as a phrase (<->), the last one a prefix (:*) when the
// term ends in a lone Han character.
QByteArray tsqueryOf(const QueryTerm &term);
// The search_terms columns (0 body, 1 title, 2 names, 3 column) a term of this field is searched in.
QList<int> columnsOf(QueryField field);
// How often the term's token sequence occurs in `tokens` (FTS5's phrase instances).
int phraseInstances(const QueryTerm &term, const std::vector<std::string> &tokens);

} // namespace Baoku::Core
