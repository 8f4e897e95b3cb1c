#include "core/common/issuejson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Baoku::Core {
namespace {

QJsonValue orNull(const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); }
QJsonValue orNull(const std::optional<int> &number) { return number ? QJsonValue(*number) : QJsonValue(); }

std::optional<int> optionalInt(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInt();
    return std::nullopt;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const auto &item : value.toArray())
        out << item.toString();
    return out;
}

// Every page the article is on, ascending; one page for an article that is not continued.
QJsonArray pagesOf(const Article &article)
{
    QJsonArray pages;
    if (article.pages.isEmpty())
        pages.append(article.page);
    for (const int page : article.pages)
        pages.append(page);
    return pages;
}

} // namespace

QJsonObject toJson(const Byline &byline)
{
    return {{u"name"_s, byline.name}, {u"role"_s, orNull(byline.role)}, {u"affiliation"_s, orNull(byline.affiliation)}};
}

static QJsonArray subheadsToJson(const QList<int> &subheads)
{
    QJsonArray out;
    for (int index : subheads)
        out.append(index);
    return out;
}

QJsonObject toJson(const Article &article)
{
    QJsonArray bylines;
    for (const auto &byline : article.bylines)
        bylines.append(toJson(byline));
    QJsonObject object {
        {u"kind"_s, toString(article.kind)},
        {u"page"_s, article.page},
        {u"order"_s, article.order},
        {u"title"_s, orNull(article.title)},
        {u"kicker"_s, orNull(article.kicker)},
        {u"subtitle"_s, orNull(article.subtitle)},
        {u"column"_s, orNull(article.column)},
        {u"bylines"_s, bylines},
        {u"signature"_s, orNull(article.signature)},
        {u"dateline"_s, orNull(article.dateline)},
        {u"body"_s, article.body},
        {u"captions"_s, QJsonArray::fromStringList(article.captions)},
        {u"photo_credits"_s, QJsonArray::fromStringList(article.photoCredits)},
        {u"continued_to"_s, orNull(article.continuedTo)},
        {u"continued_from"_s, orNull(article.continuedFrom)},
        {u"section"_s, orNull(article.section)},
        {u"pages"_s, pagesOf(article)},
    };
    // Only articles with subheads carry the key: a reader of older output sees no change.
    if (!article.subheads.isEmpty())
        object.insert(u"subheads"_s, subheadsToJson(article.subheads));
    return object;
}

QJsonObject toJson(const IssueInfo &issue)
{
    return {
        {u"newspaper"_s, orNull(issue.newspaper)},
        {u"date"_s, issue.date.isValid() ? QJsonValue(issue.date.toString(Qt::ISODate)) : QJsonValue()},
        {u"date_source"_s, orNull(toString(issue.dateSource))},
        {u"weekday"_s, orNull(issue.weekday)},
        {u"issue_no"_s, orNull(issue.issueNo)},
        {u"total_no"_s, orNull(issue.totalNo)},
        {u"pages"_s, orNull(issue.pages)},
        {u"source"_s, orNull(issue.sourcePath)},
        {u"sha256"_s, orNull(issue.sha256)},
    };
}

QJsonObject toJson(const ParsedIssue &issue)
{
    QJsonArray articles;
    for (const auto &article : issue.articles)
        articles.append(toJson(article));
    return {{u"issue"_s, toJson(issue.issue)}, {u"articles"_s, articles}};
}

Article articleFromJson(const QJsonObject &object)
{
    Article article;
    article.kind = articleKindFromString(object.value(u"kind"_s).toString()).value_or(ArticleKind::Article);
    article.page = object.value(u"page"_s).toInt(1);
    article.order = object.value(u"order"_s).toInt();
    article.title = object.value(u"title"_s).toString();
    article.kicker = object.value(u"kicker"_s).toString();
    article.subtitle = object.value(u"subtitle"_s).toString();
    article.column = object.value(u"column"_s).toString();
    for (const auto &value : object.value(u"bylines"_s).toArray()) {
        const auto byline = value.toObject();
        article.bylines.append({byline.value(u"name"_s).toString(), byline.value(u"role"_s).toString(),
                                byline.value(u"affiliation"_s).toString()});
    }
    article.signature = object.value(u"signature"_s).toString();
    article.dateline = object.value(u"dateline"_s).toString();
    article.body = object.value(u"body"_s).toString();
    for (const auto &value : object.value(u"subheads"_s).toArray())
        article.subheads.append(value.toInt(-1));
    article.subheads = validSubheads(article.subheads, article.body);
    article.captions = stringList(object.value(u"captions"_s));
    article.photoCredits = stringList(object.value(u"photo_credits"_s));
    article.continuedTo = optionalInt(object.value(u"continued_to"_s));
    article.continuedFrom = optionalInt(object.value(u"continued_from"_s));
    article.section = object.value(u"section"_s).toString();
    if (const QJsonArray pages = object.value(u"pages"_s).toArray(); pages.size() > 1) {
        for (const auto &page : pages)
            article.pages.append(page.toInt());
    }
    return article;
}

IssueInfo issueInfoFromJson(const QJsonObject &object)
{
    IssueInfo issue;
    issue.newspaper = object.value(u"newspaper"_s).toString();
    issue.date = QDate::fromString(object.value(u"date"_s).toString(), Qt::ISODate);
    issue.dateSource = dateSourceFromString(object.value(u"date_source"_s).toString()).value_or(DateSource::Unknown);
    issue.weekday = object.value(u"weekday"_s).toString();
    issue.issueNo = optionalInt(object.value(u"issue_no"_s));
    issue.totalNo = optionalInt(object.value(u"total_no"_s));
    issue.pages = optionalInt(object.value(u"pages"_s));
    issue.sourcePath = object.value(u"source"_s).toString();
    issue.sha256 = object.value(u"sha256"_s).toString();
    return issue;
}

ParsedIssue parsedIssueFromJson(const QJsonObject &object)
{
    ParsedIssue parsed;
    parsed.issue = issueInfoFromJson(object.value(u"issue"_s).toObject());
    for (const auto &value : object.value(u"articles"_s).toArray())
        parsed.articles.append(articleFromJson(value.toObject()));
    return parsed;
}

} // namespace Baoku::Core
