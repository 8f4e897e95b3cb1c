#include "core/search/queryparser.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Baoku::Core {

namespace {

// Messages of this file, under one translation context (lupdate reads Msg::tr calls).
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Baoku::Core::QueryParser)
};

// Identifies a term by what it searches, so that a repeated term is searched once.
QString termKey(const QueryTerm &term)
{
    QString key = QString::number(int(term.field)) + (term.prefix ? u'*' : u' ');
    for (const Token &token : term.tokens)
        key += QString::fromStdString(token.text) + u'\x1f';
    return key;
}

// A repeated group or exclusion adds nothing to the query but would multiply bm25's work (FTS5
// walks every pair of phrase instances), so each is kept once, where it first occurs.
void removeRepeats(ParsedQuery &query)
{
    QSet<QString> seen;
    QList<QList<QueryTerm>> groups;
    for (const auto &group : std::as_const(query.groups)) {
        QStringList keys;
        for (const QueryTerm &term : group)
            keys.append(termKey(term));
        keys.sort();
        if (!seen.contains(keys.join(u'|')))
            groups.append(group);
        seen.insert(keys.join(u'|'));
    }
    query.groups = std::move(groups);
    seen.clear();
    QList<QueryTerm> excluded;
    for (const QueryTerm &term : std::as_const(query.excluded)) {
        const QString key = termKey(term);
        if (!seen.contains(key))
            excluded.append(term);
        seen.insert(key);
    }
    query.excluded = std::move(excluded);
}

ParsedQuery failed(const QString &error)
{
    ParsedQuery query;
    query.error = error;
    return query;
}

struct Item {
    QueryField field = QueryField::Any;
    QString text;
    bool negated = false;
    bool quoted = false;
    bool isPage = false;
    bool isKind = false;
    bool isOr = false;
};

bool isOpenQuote(QChar c)
{
    return c == u'"' || c == QChar(0x201C) || c == QChar(0x300C); // " “ 「
}

bool isCloseQuote(QChar open, QChar c)
{
    if (open == QChar(0x201C))
        return c == QChar(0x201D) || c == u'"';
    if (open == QChar(0x300C))
        return c == QChar(0x300D);
    return c == u'"' || c == QChar(0x201D);
}

// Recognises "title:", "作者：" etc. at `from`; returns the length of the prefix, 0 if none.
qsizetype fieldPrefix(const QString &text, qsizetype from, QueryField *field, bool *isPage, bool *isKind)
{
    static const struct {
        QString name;
        QueryField field;
        bool page;
        bool kind = false;
    } fields[] = {
        {u"kind"_s, QueryField::Any, false, true}, {u"类型"_s, QueryField::Any, false, true},
        {u"title"_s, QueryField::Title, false},   {u"标题"_s, QueryField::Title, false},
        {u"author"_s, QueryField::Author, false}, {u"作者"_s, QueryField::Author, false},
        {u"column"_s, QueryField::Column, false}, {u"栏目"_s, QueryField::Column, false},
        {u"page"_s, QueryField::Any, true},       {u"版"_s, QueryField::Any, true},
    };
    for (const auto &f : fields) {
        const qsizetype end = from + f.name.size();
        if (end + 1 >= text.size() + 1 || text.mid(from, f.name.size()).compare(f.name, Qt::CaseInsensitive) != 0)
            continue;
        if (end >= text.size() || (text.at(end) != u':' && text.at(end) != QChar(0xFF1A)))
            continue;
        if (end + 1 >= text.size() || text.at(end + 1).isSpace())
            continue; // "title:" alone is a word
        *field = f.field;
        *isPage = f.page;
        *isKind = f.kind;
        return f.name.size() + 1;
    }
    return 0;
}

// The stored article kind a kind: value names ("ad", "广告" → advertisement), "*" for all kinds,
// empty for an unknown value.
QString kindNamed(const QString &value)
{
    static const struct {
        QString name;
        QString kind;
    } kinds[] = {
        {u"ad"_s, u"advertisement"_s},  {u"ads"_s, u"advertisement"_s}, {u"advertisement"_s, u"advertisement"_s},
        {u"广告"_s, u"advertisement"_s}, {u"article"_s, u"article"_s},     {u"文章"_s, u"article"_s},
        {u"notice"_s, u"notice"_s},      {u"启事"_s, u"notice"_s},         {u"all"_s, u"*"_s},
        {u"全部"_s, u"*"_s},
    };
    for (const auto &k : kinds) {
        if (value.compare(k.name, Qt::CaseInsensitive) == 0)
            return k.kind;
    }
    return {};
}

QList<Item> lex(const QString &text)
{
    QList<Item> items;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        Item item;
        if (text.at(i) == u'-' && i + 1 < n && !text.at(i + 1).isSpace()) {
            item.negated = true;
            ++i;
        }
        i += fieldPrefix(text, i, &item.field, &item.isPage, &item.isKind);
        if (i < n && isOpenQuote(text.at(i))) {
            const QChar open = text.at(i++);
            const qsizetype start = i;
            while (i < n && !isCloseQuote(open, text.at(i)))
                ++i;
            item.text = text.mid(start, i - start); // an unbalanced quote runs to the end
            item.quoted = true;
            if (i < n)
                ++i;
        } else {
            const qsizetype start = i;
            while (i < n && !text.at(i).isSpace())
                ++i;
            item.text = text.mid(start, i - start);
        }
        item.isOr = !item.negated && !item.quoted && !item.isPage && !item.isKind && item.field == QueryField::Any && item.text == u"OR"_s;
        items.append(item);
    }
    return items;
}

} // namespace

QueryParser::QueryParser()
    : m_tokenizer(std::make_unique<TextTokenizer>())
{
}

QueryParser::~QueryParser() = default;

ParsedQuery QueryParser::parse(const QString &text)
{
    if (text.size() > kMaxQueryChars)
        return failed(Msg::tr("the query is %1 characters long; a query may have at most %2")
                          .arg(text.size()).arg(kMaxQueryChars));
    ParsedQuery query;
    bool joinNext = false; // the previous item was OR
    bool lastWasPositive = false;
    for (const Item &item : lex(text)) {
        if (item.isOr) {
            joinNext = lastWasPositive;
            continue;
        }
        if (item.isPage && !item.negated) {
            bool ok = false;
            const int page = item.text.toInt(&ok);
            if (!ok || page <= 0 || page >= 10000)
                return failed(Msg::tr("page:%1 is not a page number (pages are numbered from 1 to 9999)").arg(item.text));
            query.pages.append(page);
            continue;
        }
        if (item.isKind && !item.negated) {
            if (const QString kind = kindNamed(item.text); !kind.isEmpty()) {
                if (!query.kinds.contains(kind))
                    query.kinds.append(kind);
                continue;
            }
        }
        QueryTerm term;
        term.field = item.field;
        term.text = item.isPage ? u"page:"_s + item.text : item.isKind ? u"kind:"_s + item.text : item.text;
        term.tokens = m_tokenizer->queryTokens(term.text, &term.prefix);
        if (term.tokens.empty()) { // punctuation, emoji, symbols: nothing to search for
            joinNext = joinNext && lastWasPositive;
            continue;
        }
        if (item.negated) {
            query.excluded.append(term);
            joinNext = false;
            lastWasPositive = false;
            continue;
        }
        if (joinNext && !query.groups.isEmpty())
            query.groups.last().append(term);
        else
            query.groups.append(QList<QueryTerm>{term});
        joinNext = false;
        lastWasPositive = true;
    }
    removeRepeats(query);
    qsizetype terms = query.excluded.size();
    for (const auto &group : std::as_const(query.groups))
        terms += group.size();
    if (terms > kMaxTerms)
        return failed(Msg::tr("the query has %1 search terms; a query may have at most %2").arg(terms).arg(kMaxTerms));
    return query;
}

QString QueryParser::ftsPhrase(const QueryTerm &term, bool withColumns)
{
    QString columns;
    switch (term.field) {
    case QueryField::Any: columns = u"{body title names}"_s; break;
    case QueryField::Title: columns = u"{title}"_s; break;
    case QueryField::Author: columns = u"{names}"_s; break;
    case QueryField::Column: columns = u"{column_name}"_s; break;
    }
    QString phrase = withColumns ? columns + u" : \""_s : u"\""_s;
    for (size_t i = 0; i < term.tokens.size(); ++i) {
        if (i > 0)
            phrase += u' ';
        phrase += QString::fromStdString(term.tokens[i].text).replace(u'"', u"\"\""_s);
    }
    phrase += u'"';
    if (term.prefix)
        phrase += u'*';
    return phrase;
}

namespace {

QString expressionOf(const ParsedQuery &query, bool withColumns)
{
    QStringList groupTexts;
    for (const auto &group : query.groups) {
        QStringList alternatives;
        for (const QueryTerm &term : group)
            alternatives.append(QueryParser::ftsPhrase(term, withColumns));
        groupTexts.append(u'(' + alternatives.join(u" OR "_s) + u')');
    }
    if (groupTexts.isEmpty())
        return {};
    QString expression = groupTexts.join(u" AND "_s);
    if (query.excluded.isEmpty())
        return expression;
    // One NOT over the alternatives: nesting a NOT per exclusion overflows FTS5's parser stack.
    QStringList excluded;
    for (const QueryTerm &term : query.excluded)
        excluded.append(QueryParser::ftsPhrase(term, withColumns));
    return u'(' + expression + u") NOT ("_s + excluded.join(u" OR "_s) + u')';
}

} // namespace

QString ParsedQuery::ftsExpression() const
{
    return expressionOf(*this, true);
}

QString ParsedQuery::titleExpression() const
{
    const auto inTitle = [](const QueryTerm &term) { return term.field == QueryField::Any || term.field == QueryField::Title; };
    for (const auto &group : groups) {
        if (!std::all_of(group.begin(), group.end(), inTitle))
            return {};
    }
    if (!std::all_of(excluded.begin(), excluded.end(), inTitle))
        return {};
    return expressionOf(*this, false);
}

QString ParsedQuery::loneHanChar() const
{
    if (groups.size() != 1 || groups.first().size() != 1 || !excluded.isEmpty())
        return {};
    const QueryTerm &term = groups.first().first();
    if (term.field != QueryField::Any || !term.prefix || term.tokens.size() != 1)
        return {};
    return QString::fromStdString(term.tokens.front().text);
}

QList<QueryTerm> ParsedQuery::positiveTerms() const
{
    QList<QueryTerm> terms;
    for (const auto &group : groups)
        terms.append(group);
    return terms;
}

} // namespace Baoku::Core
