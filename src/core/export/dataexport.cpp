#include "core/export/dataexport.h"

#include "core/common/issuejson.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Baoku::Core {
namespace {

// A field a spreadsheet would read as a formula (=, +, -, @, or a tab or CR before one) gets a
// leading apostrophe, as OWASP advises against CSV injection; numbers Baoku writes itself
// (ids, pages, counts) are never negative, so no value of ours loses its meaning.
QString neutralised(const QString &text)
{
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()))
        return u'\'' + text;
    return text;
}

QString csvField(const QString &raw)
{
    const QString text = neutralised(raw);
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString optionalNumber(const std::optional<int> &number) { return number ? QString::number(*number) : QString(); }

// Every page a continued article was printed on ("1; 4"), else its one page.
QString pagesText(const Article &article)
{
    if (article.pages.isEmpty())
        return QString::number(article.page);
    QStringList pages;
    for (int page : article.pages)
        pages << QString::number(page);
    return pages.join(u"; "_s);
}

} // namespace

QJsonObject articleRecord(const ExportItem &item)
{
    QJsonObject record = toJson(item.article);
    record.insert(u"id"_s, item.id);
    record.insert(u"date"_s, item.issue.date.isValid() ? QJsonValue(item.issue.date.toString(Qt::ISODate)) : QJsonValue());
    record.insert(u"newspaper"_s, item.issue.newspaper.isEmpty() ? QJsonValue() : QJsonValue(item.issue.newspaper));
    record.insert(u"issue"_s, toJson(item.issue));
    return record;
}

QByteArray jsonLines(const QList<ExportItem> &items)
{
    QByteArray out;
    for (const auto &item : items)
        out += QJsonDocument(articleRecord(item)).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

QStringList csvColumns()
{
    return {u"id"_s,     u"date"_s,     u"weekday"_s,   u"newspaper"_s, u"issue_no"_s,  u"total_no"_s,
            u"page"_s,   u"order"_s,    u"kind"_s,      u"column"_s,    u"kicker"_s,    u"title"_s,
            u"subtitle"_s, u"authors"_s, u"bylines"_s,  u"signature"_s, u"dateline"_s,  u"characters"_s,
            u"captions"_s, u"continued_from"_s, u"continued_to"_s, u"source"_s, u"section"_s, u"pages"_s};
}

QByteArray csv(const QList<ExportItem> &items)
{
    QString text = u"\uFEFF"_s + csvColumns().join(u',') + u"\r\n"_s;
    for (const auto &item : items) {
        const Article &a = item.article;
        QStringList bylines;
        for (const auto &byline : a.bylines)
            bylines << bylineText(byline);
        const QStringList row = {
            QString::number(item.id),
            item.issue.date.isValid() ? item.issue.date.toString(Qt::ISODate) : QString(),
            item.issue.date.isValid() ? chineseWeekday(item.issue.date) : item.issue.weekday,
            item.issue.newspaper,
            optionalNumber(item.issue.issueNo),
            optionalNumber(item.issue.totalNo),
            QString::number(a.page),
            QString::number(a.order),
            toString(a.kind),
            a.column,
            a.kicker,
            a.title,
            a.subtitle,
            citationAuthors(a).join(u"; "_s),
            bylines.join(u"; "_s),
            a.signature,
            a.dateline,
            QString::number(QString(a.body).remove(u'\n').size()),
            a.captions.join(u'\n'),
            optionalNumber(a.continuedFrom),
            optionalNumber(a.continuedTo),
            item.issue.sourcePath,
            a.section,
            pagesText(a),
        };
        QStringList fields;
        for (const auto &field : row)
            fields << csvField(field);
        text += fields.join(u',') + u"\r\n"_s;
    }
    return text.toUtf8();
}

} // namespace Baoku::Core
