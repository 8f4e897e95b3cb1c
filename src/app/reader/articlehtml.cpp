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
    html += u"<h1>"_s + esc(title) + u"</h1>\n"_s;
    if (!article.subtitle.isEmpty())
        html += paragraph(u"subtitle"_s, article.subtitle);
    if (!article.bylines.isEmpty())
        html += paragraph(u"bylines"_s, bylineText(article.bylines));
    html += paragraph(u"meta"_s, metaLine(article, issue));
    if (article.continuedFrom)
        html += paragraph(u"continued"_s, tr("Continued from page %1").arg(*article.continuedFrom));
    html += u"<hr/>\n"_s;

    bool first = true;
    for (const Core::Paragraph &p : Core::paragraphsOf(article)) {
        const QString &text = p.text;
        if (text.isEmpty())
            continue;
        if (p.subhead) {
            html += u"<h3 class=\"subhead\">"_s + esc(text) + u"</h3>\n"_s;
            continue; // the dateline still opens the first paragraph of text
        }
        if (first && !article.dateline.isEmpty()) {
            // The dateline opens the first paragraph in bold, as the paper prints it. The body may
            // already start with its date part ("本报讯 11月10日" before "11月10日，…").
            const QString &dateline = article.dateline;
            qsizetype overlap = 0;
            for (qsizetype k = 0; k < dateline.size() && overlap == 0; ++k) {
                if (text.startsWith(QStringView(dateline).mid(k)))
                    overlap = dateline.size() - k;
            }
            const QString rest = text.mid(overlap);
            const bool joined = overlap > 0 || rest.startsWith(u'，') || rest.startsWith(u',');
            html += u"<p class=\"body\"><b>"_s + esc(dateline) + u"</b>"_s + (joined ? QString() : u" "_s)
                + esc(rest) + u"</p>\n"_s;
        } else {
            html += paragraph(u"body"_s, text);
        }
        first = false;
    }
    if (!article.signature.isEmpty())
        html += paragraph(u"signature"_s, u"（"_s + article.signature + u"）"_s);
    if (article.continuedTo)
        html += paragraph(u"continued"_s, tr("Continued on page %1").arg(*article.continuedTo));

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
