#include "core/search/snippet.h"

#include <unicode/utf8.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Baoku::Core {

namespace {

bool applies(QueryField termField, QueryField field)
{
    if (termField == QueryField::Any)
        return field == QueryField::Any || field == QueryField::Title || field == QueryField::Author;
    return termField == field;
}

// The byte length of the original character starting at `offset`.
int charLength(const QByteArray &utf8, int offset)
{
    int i = offset;
    U8_FWD_1(reinterpret_cast<const uint8_t *>(utf8.constData()), i, int(utf8.size()));
    return i - offset;
}

// The characters of a term made only of Han text: one lone character matched as a prefix (any
// token starting with it), or n-1 overlapping bigrams (n characters inside one run). Anything
// else (words, a run-final unigram before more text) gives an empty string.
std::u32string hanRun(const QueryTerm &term)
{
    std::u32string run;
    for (size_t t = 0; t < term.tokens.size(); ++t) {
        std::u32string chars;
        const std::string &text = term.tokens[t].text;
        const auto *bytes = reinterpret_cast<const uint8_t *>(text.data());
        for (int i = 0; i < int(text.size());) {
            UChar32 c = 0;
            U8_NEXT(bytes, i, int(text.size()), c);
            if (c < 0 || !isHanChar(char32_t(c)))
                return {};
            chars.push_back(char32_t(c));
        }
        const bool lone = term.prefix && term.tokens.size() == 1 && chars.size() == 1;
        if (lone)
            return chars;
        if (term.prefix || chars.size() != 2 || (t > 0 && run.back() != chars[0]))
            return {};
        if (t == 0)
            run.push_back(chars[0]);
        run.push_back(chars[1]);
    }
    return run;
}

} // namespace

QString Snippet::marked(const QString &open, const QString &close) const
{
    QString out;
    int at = 0;
    for (const auto &[start, length] : highlights) {
        out += QStringView(text).mid(at, start - at) + open + QStringView(text).mid(start, length) + close;
        at = start + length;
    }
    out += QStringView(text).mid(at);
    return out;
}

SnippetMaker::SnippetMaker(const QList<QueryTerm> &terms)
    : m_terms(terms)
{
    for (const QueryTerm &term : m_terms)
        m_hanRuns.push_back(hanRun(term));
}

QList<QPair<int, int>> SnippetMaker::matches(const QByteArray &utf8, QueryField field)
{
    return matchesIn(utf8, int(utf8.size()), field);
}

// Matches within the first `length` bytes. A cut inside a Han run makes its last character a
// run-final unigram, which is a real character, so no match is invented at the cut.
QList<QPair<int, int>> SnippetMaker::matchesIn(const QByteArray &utf8, int length, QueryField field)
{
    QList<QPair<int, int>> ranges;
    bool needTokens = false;
    bool folded = false;
    for (qsizetype i = 0; i < m_terms.size(); ++i) {
        const QueryTerm &term = m_terms.at(i);
        if (!applies(term.field, field))
            continue;
        const std::u32string &run = m_hanRuns[size_t(i)];
        if (run.empty()) {
            needTokens = true;
            continue;
        }
        // A Han term occurs where its folded characters follow each other inside one Han run,
        // which is exactly where FTS5 finds its bigrams at consecutive positions.
        if (!folded) {
            foldUtf8(utf8.constData(), length, m_chars);
            folded = true;
        }
        const size_t n = run.size();
        for (size_t p = 0; p + n <= m_chars.size(); ++p) {
            size_t k = 0;
            while (k < n && m_chars[p + k].han && m_chars[p + k].c == run[k])
                ++k;
            if (k == n)
                ranges.append({m_chars[p].begin, m_chars[p + n - 1].end});
        }
    }
    if (needTokens)
        tokenMatches(utf8, length, field, ranges);
    std::sort(ranges.begin(), ranges.end());
    QList<QPair<int, int>> merged;
    for (const auto &range : ranges) {
        if (!merged.isEmpty() && range.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, range.second);
        else
            merged.append(range);
    }
    return merged;
}

// Matches of the other terms, on the tokens FTS5 would make of the text.
void SnippetMaker::tokenMatches(const QByteArray &utf8, int length, QueryField field, QList<QPair<int, int>> &ranges)
{
    m_tokens.clear();
    m_tokenizer.tokenize(utf8.constData(), length, &m_tokens,
                         [](void *context, const char *token, int tokenLength, int begin, int end, int) {
                             static_cast<std::vector<DocToken> *>(context)->push_back(
                                 DocToken{std::string(token, size_t(tokenLength)), begin, end});
                             return 0;
                         });
    for (qsizetype i = 0; i < m_terms.size(); ++i) {
        const QueryTerm &term = m_terms.at(i);
        if (!applies(term.field, field) || !m_hanRuns[size_t(i)].empty())
            continue;
        const size_t k = term.tokens.size();
        for (size_t p = 0; p + k <= m_tokens.size(); ++p) {
            bool same = true;
            for (size_t t = 0; t < k && same; ++t) {
                const std::string &want = term.tokens[t].text;
                const std::string &have = m_tokens[p + t].text;
                same = (term.prefix && t + 1 == k) ? have.compare(0, want.size(), want) == 0 : have == want;
            }
            if (!same)
                continue;
            const DocToken &last = m_tokens[p + k - 1];
            int end = last.end;
            if (term.prefix && last.text.size() > term.tokens.back().text.size())
                end = last.begin + charLength(utf8, last.begin); // only the lone character
            ranges.append({m_tokens[p].begin, end});
        }
    }
}

Snippet SnippetMaker::make(const QString &text, QueryField field, int length)
{
    const QByteArray utf8 = text.toUtf8();
    const auto *bytes = reinterpret_cast<const uint8_t *>(utf8.constData());
    const int size = int(utf8.size());
    // Most first matches are early: scan a head of the text, and all of it only when needed.
    int scanned = std::min(size, 1536);
    while (scanned < size && (bytes[scanned] & 0xC0) == 0x80)
        ++scanned;
    QList<QPair<int, int>> ranges = matchesIn(utf8, scanned, field);
    const int needed = ranges.isEmpty() ? size : ranges.first().first + 4 * length + 8;
    if (scanned < size && needed > scanned)
        ranges = matchesIn(utf8, size, field);
    // Start a fifth of the window before the first match, on a character boundary.
    int from = ranges.isEmpty() ? 0 : ranges.first().first;
    for (int back = 0; back < length / 5 && from > 0; ++back)
        U8_BACK_1(bytes, 0, from);
    int to = from;
    for (int forward = 0; forward < length && to < size; ++forward)
        U8_FWD_1(bytes, to, size);
    Snippet snippet;
    snippet.matched = !ranges.isEmpty();
    const auto piece = [&](int begin, int end) {
        return QString::fromUtf8(utf8.constData() + begin, end - begin).replace(u'\n', u' ');
    };
    if (from > 0)
        snippet.text = u"…"_s;
    int at = from;
    for (const auto &[begin, end] : ranges) {
        if (end <= from || begin >= to)
            continue;
        const int clippedBegin = std::max(begin, from);
        const int clippedEnd = std::min(end, to);
        snippet.text += piece(at, clippedBegin);
        const QString matched = piece(clippedBegin, clippedEnd);
        snippet.highlights.append({int(snippet.text.size()), int(matched.size())});
        snippet.text += matched;
        at = clippedEnd;
    }
    snippet.text += piece(at, to);
    if (to < size)
        snippet.text += u"…"_s;
    return snippet;
}

QString markedToHtml(const QString &marked, QChar open, QChar close)
{
    QString html;
    html.reserve(marked.size() * 2);
    qsizetype start = 0;
    bool inside = false;
    for (qsizetype i = 0; i <= marked.size(); ++i) {
        const bool end = i == marked.size();
        if (end || marked.at(i) == open || marked.at(i) == close) {
            html += marked.mid(start, i - start).toHtmlEscaped();
            if (!end) {
                const bool opening = marked.at(i) == open;
                if (opening && !inside)
                    html += u"<span style=\"background-color:#ffd54f; color:#000000;\">"_s;
                else if (!opening && inside)
                    html += u"</span>"_s;
                inside = opening;
            }
            start = i + 1;
        }
    }
    if (inside)
        html += u"</span>"_s;
    return html;
}

} // namespace Baoku::Core
