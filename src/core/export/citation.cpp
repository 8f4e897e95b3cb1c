#include "core/export/citation.h"

using namespace Qt::StringLiterals;

namespace Baoku::Core {
namespace {

// RIS and BibTeX values are one line each: OCR line breaks and tabs become spaces.
QString oneLine(const QString &text) { return text.simplified(); }

QString pageLabel(const Article &article) { return u"第%1版"_s.arg(article.page); }

// Every page of a continued article, "1, 4"; the page it starts on otherwise.
QString pageList(const Article &article)
{
    if (article.pages.size() < 2)
        return QString::number(article.page);
    QStringList pages;
    for (const int page : article.pages)
        pages << QString::number(page);
    return pages.join(u", "_s);
}

QString issueNumber(const IssueInfo &issue)
{
    QStringList parts;
    if (issue.issueNo)
        parts << u"第%1期"_s.arg(*issue.issueNo);
    if (issue.totalNo)
        parts << u"总第%1期"_s.arg(*issue.totalNo);
    return parts.join(u' ');
}

QString bibtexEscape(const QString &text)
{
    QString out;
    for (const QChar c : oneLine(text)) {
        switch (c.unicode()) {
        case '\\': out += u"\\textbackslash{}"_s; break;
        case '{': case '}': case '%': case '&': case '$': case '#': case '_':
            out += u'\\';
            out += c;
            break;
        case '^': out += u"\\^{}"_s; break;
        case '~': out += u"\\~{}"_s; break;
        default: out += c;
        }
    }
    return out;
}

} // namespace

QString gbt7714(const ExportItem &item)
{
    const QStringList authors = citationAuthors(item.article);
    QString text;
    if (!authors.isEmpty()) {
        text = authors.mid(0, 3).join(u", "_s);
        if (authors.size() > 3)
            text += u", 等"_s;
        text += u". "_s;
    }
    text += citationTitle(item.article) + u"[N]. "_s;
    QStringList source;
    if (!item.issue.newspaper.isEmpty())
        source << item.issue.newspaper;
    if (item.issue.date.isValid())
        source << item.issue.date.toString(Qt::ISODate) + u"(%1)"_s.arg(item.article.page);
    else
        source << u"(%1)"_s.arg(item.article.page);
    return text + source.join(u", "_s) + u'.';
}

QString gbt7714List(const QList<ExportItem> &items)
{
    QString text;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.size() > 1)
            text += u"[%1] "_s.arg(i + 1);
        text += gbt7714(items.at(i)) + u'\n';
    }
    return text;
}

QString ris(const ExportItem &item)
{
    QString text;
    const auto add = [&text](const char16_t *tag, const QString &value) {
        if (!value.trimmed().isEmpty())
            text += QString::fromUtf16(tag) + u"  - "_s + oneLine(value) + u"\r\n"_s;
    };
    text += u"TY  - NEWS\r\n"_s;
    if (item.id > 0)
        add(u"ID", QString::number(item.id));
    add(u"TI", citationTitle(item.article));
    for (const auto &author : citationAuthors(item.article))
        add(u"AU", author);
    add(u"T2", item.issue.newspaper);
    if (item.issue.date.isValid()) {
        add(u"DA", item.issue.date.toString(u"yyyy/MM/dd/"_s));
        add(u"PY", QString::number(item.issue.date.year()));
    }
    add(u"SP", QString::number(item.article.page));
    if (item.article.pages.size() > 1)
        add(u"EP", QString::number(item.article.pages.constLast()));
    add(u"SE", pageLabel(item.article));
    add(u"C1", item.article.column);
    add(u"C2", issueNumber(item.issue));
    add(u"LA", u"zh-CN"_s);
    add(u"N1", item.article.kicker);
    text += u"ER  - \r\n"_s;
    return text;
}

QString risList(const QList<ExportItem> &items)
{
    QString text;
    for (const auto &item : items)
        text += ris(item);
    return text;
}

QString bibtexKey(const ExportItem &item)
{
    if (item.id > 0)
        return u"baoku%1"_s.arg(item.id);
    const QString date = item.issue.date.isValid() ? item.issue.date.toString(u"yyyyMMdd"_s) : u"undated"_s;
    return u"baoku%1p%2n%3"_s.arg(date).arg(item.article.page).arg(item.article.order);
}

QString bibtex(const ExportItem &item)
{
    QStringList fields;
    const auto add = [&fields](const char *name, const QString &value) {
        if (!value.trimmed().isEmpty())
            fields << u"  "_s + QLatin1StringView(name) + u" = {"_s + value + u'}';
    };
    QStringList authors;
    // Braces keep BibTeX from splitting a Chinese name into given and family parts.
    for (const auto &author : citationAuthors(item.article))
        authors << u'{' + bibtexEscape(author) + u'}';
    add("author", authors.join(u" and "_s));
    add("title", bibtexEscape(citationTitle(item.article)));
    add("journal", bibtexEscape(item.issue.newspaper));
    if (item.issue.date.isValid()) {
        add("date", item.issue.date.toString(Qt::ISODate));
        add("year", QString::number(item.issue.date.year()));
        add("month", QString::number(item.issue.date.month()));
    }
    add("pages", pageList(item.article));
    if (item.issue.issueNo)
        add("number", QString::number(*item.issue.issueNo));
    add("note", bibtexEscape(QStringList({pageLabel(item.article), item.article.column}).join(u' ')));
    add("language", u"chinese"_s);
    add("entrysubtype", u"newspaper"_s);
    return u"@article{"_s + bibtexKey(item) + u",\n"_s + fields.join(u",\n"_s) + u"\n}\n"_s;
}

QString bibtexList(const QList<ExportItem> &items)
{
    QStringList entries;
    for (const auto &item : items)
        entries << bibtex(item);
    return entries.join(u'\n');
}

QJsonObject cslJson(const ExportItem &item)
{
    QJsonObject object{
        {u"id"_s, item.id > 0 ? u"baoku-%1"_s.arg(item.id) : bibtexKey(item)},
        {u"type"_s, u"article-newspaper"_s},
        {u"title"_s, citationTitle(item.article)},
        {u"page"_s, pageList(item.article)},
        {u"section"_s, pageLabel(item.article)},
        {u"language"_s, u"zh-CN"_s},
    };
    if (item.article.pages.size() > 1)
        object.insert(u"page-first"_s, QString::number(item.article.page));
    QJsonArray authors;
    for (const auto &author : citationAuthors(item.article))
        authors.append(QJsonObject{{u"literal"_s, author}});
    if (!authors.isEmpty())
        object.insert(u"author"_s, authors);
    if (!item.issue.newspaper.isEmpty())
        object.insert(u"container-title"_s, item.issue.newspaper);
    if (item.issue.date.isValid()) {
        const QDate &date = item.issue.date;
        object.insert(u"issued"_s, QJsonObject{{u"date-parts"_s,
                                                QJsonArray{QJsonArray{date.year(), date.month(), date.day()}}}});
    }
    if (item.issue.issueNo)
        object.insert(u"issue"_s, QString::number(*item.issue.issueNo));
    if (!item.article.column.isEmpty())
        object.insert(u"note"_s, QString(u"栏目: "_s + item.article.column));
    return object;
}

QJsonArray cslJsonList(const QList<ExportItem> &items)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(cslJson(item));
    return array;
}

} // namespace Baoku::Core
