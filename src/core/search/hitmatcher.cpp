#include "core/search/hitmatcher.h"

#include "core/search/queryparser.h"
#include "core/search/snippet.h"

using namespace Qt::StringLiterals;

namespace Baoku::Core {

HitMatcher::HitMatcher(const QString &query)
{
    QueryParser parser;
    const ParsedQuery parsed = parser.parse(query);
    const QList<QueryTerm> terms = parsed.positiveTerms();
    if (!terms.isEmpty())
        m_maker = std::make_unique<SnippetMaker>(terms);
}

HitMatcher::~HitMatcher() = default;

QList<QPair<int, int>> HitMatcher::find(const QString &text)
{
    QList<QPair<int, int>> result;
    if (!m_maker || text.isEmpty())
        return result;
    const QByteArray utf8 = text.toUtf8();
    // Byte offset → UTF-16 offset, built once for the text.
    std::vector<int> toUtf16(size_t(utf8.size()) + 1, 0);
    int units = 0;
    for (qsizetype byte = 0; byte < utf8.size(); ++byte) {
        toUtf16[size_t(byte)] = units;
        const auto c = uchar(utf8.at(byte));
        if ((c & 0xC0) != 0x80)
            units += (c >= 0xF0) ? 2 : 1; // a 4-byte sequence is a surrogate pair
    }
    toUtf16[size_t(utf8.size())] = units;
    // Terms limited to a field are marked wherever they occur in the article.
    QList<QPair<int, int>> ranges;
    for (auto field : {QueryField::Any, QueryField::Author, QueryField::Column})
        ranges << m_maker->matches(utf8, field);
    std::sort(ranges.begin(), ranges.end());
    for (const auto &range : ranges) {
        const int start = toUtf16[size_t(range.first)];
        const int end = toUtf16[size_t(range.second)];
        if (!result.isEmpty() && start <= result.last().first + result.last().second)
            result.last().second = std::max(result.last().second, end - result.last().first);
        else
            result.append({start, end - start});
    }
    return result;
}

QString HitMatcher::scoped(const QString &query, const QString &prefix)
{
    QStringList items;
    QString current;
    bool quoted = false;
    for (const QChar c : query) {
        if (c == u'"')
            quoted = !quoted;
        if (!quoted && c.isSpace()) {
            if (!current.isEmpty())
                items << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        items << current;
    for (QString &item : items) {
        const qsizetype colon = item.indexOf(u':');
        const qsizetype quote = item.indexOf(u'"');
        const bool hasField = colon > 0 && (quote < 0 || colon < quote);
        if (item != u"OR" && !item.startsWith(u'-') && !hasField)
            item = prefix + item;
    }
    return items.join(u' ');
}

} // namespace Baoku::Core
