#include "app/search/queryexplanation.h"

#include "app/common/dateformat.h"
#include "core/search/queryparser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Baoku::App {

namespace {

QString termText(const Core::QueryTerm &term)
{
    QString text = u"“"_s + term.text + u"”"_s;
    switch (term.field) {
    case Core::QueryField::Title: return QueryExplanation::tr("%1 in titles").arg(text);
    case Core::QueryField::Author: return QueryExplanation::tr("%1 in authors").arg(text);
    case Core::QueryField::Column: return QueryExplanation::tr("%1 in columns").arg(text);
    case Core::QueryField::Any: break;
    }
    return text;
}

} // namespace

QString QueryExplanation::understood(const QString &query)
{
    Core::QueryParser parser;
    const Core::ParsedQuery parsed = parser.parse(query);
    if (parsed.isEmpty())
        return {};
    QStringList groups;
    for (const auto &group : parsed.groups) {
        QStringList alternatives;
        for (const auto &term : group)
            alternatives << termText(term);
        groups << alternatives.join(tr(" or "));
    }
    QString text = tr("Searched for %1").arg(groups.join(tr(" and ")));
    QStringList excluded;
    for (const auto &term : parsed.excluded)
        excluded << termText(term);
    if (!excluded.isEmpty())
        text += tr(", without %1").arg(excluded.join(tr(" or ")));
    if (!parsed.pages.isEmpty()) {
        QStringList pages;
        for (int page : parsed.pages)
            pages << QString::number(page);
        text += tr(", on page %1").arg(pages.join(u", "_s));
    }
    return text + tr(".");
}

QString QueryExplanation::noResults(const SearchRequest &request, const QString &error)
{
    const QString query = request.query.trimmed();
    QStringList lines;
    if (!error.isEmpty())
        lines << tr("The search failed: %1").arg(error.toHtmlEscaped());
    const QString read = understood(query);
    if (read.isEmpty()) {
        Core::QueryParser parser;
        if (!parser.parse(query).excluded.isEmpty() || query.startsWith(u'-'))
            lines << tr("<b>Nothing to search for:</b> “%1” only excludes words. Add a word the articles "
                        "must contain, e.g. <code>芯片 -手机</code>.").arg(query.toHtmlEscaped());
        else
            lines << tr("<b>Nothing to search for:</b> “%1” holds no word that can be searched "
                        "(OR, a field name or punctuation alone). Type a word, e.g. <code>title:芯片</code>.")
                         .arg(query.toHtmlEscaped());
    } else {
        lines << tr("<b>No results.</b> %1").arg(read.toHtmlEscaped());
        static const QRegularExpression bareField(u"(^|\\s)(title|author|column|page|标题|作者|栏目|版)[:：](\\s|$)"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
        if (bareField.match(query).hasMatch())
            lines << tr("A field name needs its word right after it, without a space, e.g. <code>title:芯片</code>.");
        const int quotes = int(query.count(u'"'));
        if (quotes % 2 == 1)
            lines << tr("The quote is not closed, so everything after it was read as one phrase.");
        QStringList tries;
        if (request.from.isValid() || request.to.isValid())
            tries << tr("widen the dates (now %1 – %2)")
                         .arg(request.from.isValid() ? DateFormat::text(request.from) : tr("any"),
                              request.to.isValid() ? DateFormat::text(request.to) : tr("any"));
        if (request.field != SearchScope::All)
            tries << tr("search all fields");
        tries << tr("use fewer words") << tr("put OR between alternatives");
        lines << tr("Try to %1.").arg(tries.join(tr(", ")));
    }
    lines << u"<a href=\"help:syntax\">"_s + tr("How to write a query") + u"</a>"_s;
    return lines.join(u"<br>"_s);
}

} // namespace Baoku::App
