#include "app/reader/articlehtml.h"
#include "app/common/dateformat.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Baoku::App {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString paragraph(const QString &cssClass, const QString &text)
{
    return u"<p class=\""_s + cssClass + u"\">"_s + esc(text) + u"</p>\n"_s;
}

QString link(const QString &cssClass, const QString &text, const QString &href)
{
    return u"<p class=\""_s + cssClass + u"\"><a href=\""_s + esc(href) + u"\">"_s + esc(text) + u"</a></p>\n"_s;
}

QString partAnchor(int page)
{
    return u"page-%1"_s.arg(page);
}

// Part starts that really split the body, ascending; anything else is ignored.
QList<qsizetype> validPartStarts(const Core::Article &article)
{
    QList<qsizetype> starts;
    for (const qsizetype start : article.partStarts) {
        if (start > (starts.isEmpty() ? 0 : starts.last()) && start <= article.body.size())
            starts << start;
    }
    return starts;
}

// The page of part `part`: the parts come in page order, one per page.
int partPage(const Core::Article &article, qsizetype part)
{
    return part < article.pages.size() ? article.pages.at(part) : article.page + int(part);
}

// One paragraph of text; the dateline opens the first one in bold, as the paper prints it.
QString bodyParagraph(const Core::Article &article, const QString &text, bool first)
{
    if (!first || article.dateline.isEmpty())
        return paragraph(u"body"_s, text);
    // The body may already start with the dateline's date part ("本报讯 11月10日" before "11月10日，…").
    const QString &dateline = article.dateline;
    qsizetype overlap = 0;
    for (qsizetype k = 0; k < dateline.size() && overlap == 0; ++k) {
        if (text.startsWith(QStringView(dateline).mid(k)))
            overlap = dateline.size() - k;
    }
    const QString rest = text.mid(overlap);
    const bool joined = overlap > 0 || rest.startsWith(u'，') || rest.startsWith(u',');
    return u"<p class=\"body\"><b>"_s + esc(dateline) + u"</b>"_s + (joined ? QString() : u" "_s) + esc(rest)
        + u"</p>\n"_s;
}

} // namespace

QString ArticleHtml::bylineText(const QList<Core::Byline> &bylines)
{
    QStringList parts;
    for (const auto &byline : bylines) {
        QString part = roleLabel(byline.role);
        part += part.isEmpty() ? byline.name : u" "_s + byline.name;
        if (!byline.affiliation.isEmpty())
            part += u" ("_s + byline.affiliation + u")"_s;
        parts << part;
    }
    return parts.join(u"  ·  "_s);
}

QString ArticleHtml::metaLine(const Core::Article &article, const Core::IssueInfo &issue)
{
    QStringList parts;
    if (!issue.newspaper.isEmpty())
        parts << issue.newspaper;
    if (issue.date.isValid()) {
        QString date = DateFormat::text(issue.date);
        if (issue.dateSource == Core::DateSource::Inferred)
            date += u" "_s + tr("(date inferred)");
        parts << date;
    }
    parts << tr("Page %1").arg(article.page);
    return parts.join(u"  ·  "_s);
}

QString ArticleHtml::pageLink(int page, int fromPage)
{
    return u"baoku:page/%1?from=%2"_s.arg(page).arg(fromPage);
}

QString ArticleHtml::roleLabel(const QString &role)
{
    if (role == u"reporter")
        return tr("Reporter");
    if (role == u"intern_reporter")
        return tr("Intern reporter");
    if (role == u"correspondent")
        return tr("Correspondent");
    if (role == u"author")
        return tr("Author");
    if (role == u"photographer")
        return tr("Photographer");
    if (role == u"editor")
        return tr("Editor");
    return {};
}

QString ArticleHtml::render(const Core::Article &article, const Core::IssueInfo &issue)
{
    QString html;
    html.reserve(article.body.size() * 2 + 1024);
    html += u"<html><body>\n"_s;
    if (!article.column.isEmpty())
        html += paragraph(u"column"_s, article.column);
    if (!article.kicker.isEmpty())
        html += paragraph(u"kicker"_s, article.kicker);
    const bool ad = article.kind == Core::ArticleKind::Advertisement;
    const QString title = !article.title.isEmpty() ? article.title : ad ? tr("Advertisement") : tr("(untitled)");
    // The anchor lets a later part's "continued from" link come back to the title.
    html += u"<h1><a name=\""_s + partAnchor(article.page) + u"\"></a>"_s + esc(title) + u"</h1>\n"_s;
    if (!article.subtitle.isEmpty())
        html += paragraph(u"subtitle"_s, article.subtitle);
    if (!article.bylines.isEmpty())
        html += paragraph(u"bylines"_s, bylineText(article.bylines));
    html += paragraph(u"meta"_s, metaLine(article, issue));
    if (article.continuedFrom)
        html += link(u"continued"_s, tr("Continued from page %1").arg(*article.continuedFrom),
                     pageLink(*article.continuedFrom, article.page));
    html += u"<hr/>\n"_s;

    // A continued article read from the archive holds every part; each later part is marked
    // where it begins (partStarts fall on paragraph starts), and the parts link to each other.
    const QList<qsizetype> starts = validPartStarts(article);
    qsizetype offset = 0;
    qsizetype part = 0;
    bool first = true;
    for (const Core::Paragraph &p : Core::paragraphsOf(article)) {
        while (part < starts.size() && offset >= starts.at(part)) {
            ++part;
            const int page = partPage(article, part);
            const int previous = partPage(article, part - 1);
            html += link(u"continued"_s, tr("Continued on page %1").arg(page), u"#"_s + partAnchor(page));
            html += u"<p class=\"part\"><a name=\""_s + partAnchor(page) + u"\"></a>"_s + esc(tr("Page %1").arg(page))
                + u"  ·  <a href=\"#"_s + partAnchor(previous) + u"\">"_s
                + esc(tr("Continued from page %1").arg(previous)) + u"</a></p>\n"_s;
        }
        offset += p.text.size() + 1;
        if (p.text.isEmpty())
            continue;
        if (p.subhead) {
            html += u"<h3 class=\"subhead\">"_s + esc(p.text) + u"</h3>\n"_s;
            continue; // the dateline still opens the first paragraph of text
        }
        html += bodyParagraph(article, p.text, first);
        first = false;
    }
    if (!article.signature.isEmpty())
        html += paragraph(u"signature"_s, u"（"_s + article.signature + u"）"_s);
    if (article.continuedTo)
        html += link(u"continued"_s, tr("Continued on page %1").arg(*article.continuedTo),
                     pageLink(*article.continuedTo, partPage(article, starts.size())));

    if (!article.captions.isEmpty() || !article.photoCredits.isEmpty()) {
        // Captions are set apart in a shaded box so they never read as part of the body.
        html += u"<table class=\"captions\" width=\"100%\" cellpadding=\"8\"><tr><td>"_s;
        html += u"<p class=\"caption-label\">"_s + esc(tr("Captions")) + u"</p>"_s;
        for (const QString &caption : article.captions)
            html += paragraph(u"caption"_s, caption);
        for (const QString &credit : article.photoCredits)
            html += paragraph(u"credit"_s, tr("Photo: %1").arg(credit));
        html += u"</td></tr></table>\n"_s;
    }
    html += u"</body></html>"_s;
    return html;
}

QString ArticleHtml::styleSheet(const QPalette &palette)
{
    const QString text = palette.color(QPalette::Text).name();
    const QString muted = palette.color(QPalette::PlaceholderText).name();
    const QString accent = palette.color(QPalette::Link).name();
    const QString shade = palette.color(QPalette::AlternateBase).name();
    return uR"(
p.column { color: %2; font-weight: bold; margin-bottom: 4px; }
p.kicker { color: %1; font-size: large; margin-bottom: 2px; }
h1 { color: %1; margin-top: 4px; margin-bottom: 4px; }
p.subtitle { color: %1; font-size: large; margin-top: 2px; }
p.bylines { color: %1; margin-top: 6px; margin-bottom: 2px; }
p.meta { color: %3; font-size: small; margin-top: 2px; }
p.continued { color: %2; font-style: italic; }
p.part { color: %3; font-weight: bold; margin-top: 14px; border-top: 1px solid %3; }
p.body { color: %1; margin-top: 0px; margin-bottom: 10px; line-height: 160%; }
h3.subhead { color: %1; margin-top: 14px; margin-bottom: 8px; }
p.signature { color: %1; }
table.captions { background-color: %4; margin-top: 16px; }
p.caption-label { color: %3; font-size: small; font-weight: bold; }
p.caption { color: %1; }
p.credit { color: %3; font-size: small; }
)"_s.arg(text, accent, muted, shade);
}

} // namespace Baoku::App
