#include "core/store/pgterms.h"

#include "core/search/tokenizer.h"

#include <unordered_map>

namespace Baoku::Core {

namespace {

// A lexeme quoted for a tsvector or tsquery literal: ' doubled, \ escaped.
void appendQuoted(QByteArray &out, const std::string &lexeme)
{
    out += '\'';
    for (const char c : lexeme) {
        if (c == '\'')
            out += "''";
        else if (c == '\\')
            out += "\\\\";
        else
            out += c;
    }
    out += '\'';
}

} // namespace

std::vector<std::string> documentTokens(TextTokenizer &tokenizer, const QString &text)
{
    std::vector<std::string> tokens;
    const QByteArray utf8 = text.toUtf8();
    tokenizer.tokenize(utf8.constData(), int(utf8.size()), &tokens,
                       [](void *context, const char *token, int length, int, int, int) {
                           static_cast<std::vector<std::string> *>(context)->emplace_back(token, size_t(length));
                           return 0;
                       });
    return tokens;
}

QList<QByteArray> tsvectorChunks(const std::vector<std::string> &tokens)
{
    QList<QByteArray> chunks;
    const size_t count = tokens.size();
    size_t start = 0;
    while (start < count) {
        // Positions of each lexeme in this chunk, in order.
        std::unordered_map<std::string_view, std::vector<int>> positions;
        std::vector<std::string_view> order;
        size_t end = start;
        while (end < count && end - start < size_t(kChunkPositions)) {
            const std::string &token = tokens[end];
            if (token.size() <= size_t(kMaxLexemeBytes)) {
                auto &list = positions[token];
                if (list.size() >= size_t(kChunkLexemePositions))
                    break;
                if (list.empty())
                    order.push_back(token);
                list.push_back(int(end - start) + 1);
            }
            ++end;
        }
        QByteArray literal;
        for (const std::string_view &lexeme : order) {
            if (!literal.isEmpty())
                literal += ' ';
            appendQuoted(literal, std::string(lexeme));
            literal += ':';
            bool first = true;
            for (const int position : positions[lexeme]) {
                if (!first)
                    literal += ',';
                literal += QByteArray::number(position);
                first = false;
            }
        }
        if (!literal.isEmpty())
            chunks.append(literal);
        if (end >= count)
            break;
        // The next chunk repeats the last kChunkOverlap tokens; a chunk cut short by a lexeme
        // repeated 255 times repeats at most half of itself, so the loop always moves on.
        const size_t length = end - start;
        start = end - std::min(size_t(kChunkOverlap), length / 2);
    }
    return chunks;
}

QByteArray tsqueryOf(const QueryTerm &term)
{
    QByteArray query;
    for (size_t i = 0; i < term.tokens.size(); ++i) {
        if (i > 0)
            query += " <-> ";
        appendQuoted(query, term.tokens[i].text);
    }
    if (term.prefix)
        query += ":*";
    return query;
}

QList<int> columnsOf(QueryField field)
{
    switch (field) {
    case QueryField::Any: return {0, 1, 2};
    case QueryField::Title: return {1};
    case QueryField::Author: return {2};
    case QueryField::Column: return {3};
    }
    return {};
}

int phraseInstances(const QueryTerm &term, const std::vector<std::string> &tokens)
{
    const size_t n = term.tokens.size();
    if (n == 0 || tokens.size() < n)
        return 0;
    int found = 0;
    for (size_t at = 0; at + n <= tokens.size(); ++at) {
        size_t k = 0;
        for (; k < n; ++k) {
            const std::string &want = term.tokens[k].text;
            const std::string &have = tokens[at + k];
            const bool last = k + 1 == n;
            if (last && term.prefix ? have.compare(0, want.size(), want) != 0 : have != want)
                break;
        }
        if (k == n)
            ++found;
    }
    return found;
}

} // namespace Baoku::Core
