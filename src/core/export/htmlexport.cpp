#include "core/export/htmlexport.h"

#include "core/export/citation.h"
#include "core/export/textexport.h"

using namespace Qt::StringLiterals;

namespace Baoku::Core {
namespace {

QString element(const QString &tag, const QString &cls, const QString &text)
{
    const QString open = cls.isEmpty() ? QString(u'<' + tag + u'>') : QString(u'<' + tag + u" class=\""_s + cls + u"\">"_s);
    return open + text.toHtmlEscaped() + u"</"_s + tag + u">\n"_s;
}

} // namespace

QString htmlArticle(const ExportItem &item)
{
    const Article &a = item.article;
    QString html = item.id > 0 ? u"<article id=\"a%1\">\n"_s.arg(item.id) : u"<article>\n"_s;
    if (!a.column.isEmpty())
        html += element(u"p"_s, u"column"_s, a.column);
    if (!a.kicker.isEmpty())
        html += element(u"p"_s, u"kicker"_s, a.kicker);
    html += element(u"h1"_s, {}, a.title);
    if (!a.subtitle.isEmpty())
        html += element(u"p"_s, u"subtitle"_s, a.subtitle);
    QStringList bylines;
    for (const auto &byline : a.bylines)
        bylines << bylineText(byline);
    if (!bylines.isEmpty())
        html += element(u"p"_s, u"byline"_s, bylines.join(u"　"_s));
    html += element(u"p"_s, u"source"_s, sourceLine(item));
    qsizetype lead = 0;
    const QList<Paragraph> paragraphs = bodyParagraphs(a, &lead);
    if (!a.dateline.isEmpty() && lead == 0)
        html += element(u"p"_s, u"dateline"_s, a.dateline);
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const Paragraph &p = paragraphs.at(i);
        if (p.subhead)
            html += element(u"h2"_s, u"subhead"_s, p.text);
        else if (i == 0 && lead > 0)
            html += u"<p><b>"_s + p.text.left(lead).toHtmlEscaped() + u"</b>"_s + p.text.mid(lead).toHtmlEscaped() + u"</p>\n"_s;
        else
            html += element(u"p"_s, {}, p.text);
    }
    if (!a.signature.isEmpty())
        html += element(u"p"_s, u"signature"_s, u"（"_s + a.signature + u"）"_s);
    for (const auto &caption : a.captions)
        html += element(u"p"_s, u"caption"_s, u"［图］"_s + caption);
    for (const auto &credit : a.photoCredits)
        html += element(u"p"_s, u"caption"_s, credit);
    if (!continuationNote(a).isEmpty())
        html += element(u"p"_s, u"continued"_s, continuationNote(a));
    html += element(u"p"_s, u"cite"_s, u"引用："_s + gbt7714(item));
    return html + u"</article>\n"_s;
}

QString htmlStyleSheet()
{
    return u"body { max-width: 40em; margin: 2em auto; padding: 0 1em; line-height: 1.8;\n"
           "       font-family: \"Noto Serif CJK SC\", \"Source Han Serif SC\", \"Songti SC\", SimSun, serif; }\n"
           "article { margin-bottom: 3em; }\n"
           "article + article { border-top: 1px solid #999; padding-top: 2em; }\n"
           "h1 { font-size: 1.6em; line-height: 1.4; margin: 0.3em 0; }\n"
           "h2.subhead { font-size: 1.1em; line-height: 1.5; margin: 1.2em 0 0.4em; }\n"
           ".column, .kicker, .subtitle { color: #444; margin: 0.2em 0; }\n"
           ".byline, .source, .dateline { color: #555; margin: 0.2em 0; }\n"
           "p { text-indent: 2em; margin: 0.6em 0; }\n"
           ".column, .kicker, .subtitle, .byline, .source, .dateline, .caption, .cite { text-indent: 0; }\n"
           ".signature { text-align: right; }\n"
           ".caption { color: #555; font-size: 0.9em; }\n"
           ".cite { color: #666; font-size: 0.85em; border-top: 1px dotted #bbb; padding-top: 0.5em; }\n"_s;
}

QString htmlDocument(const QList<ExportItem> &items)
{
    QString title;
    if (items.size() == 1)
        title = items.first().article.title;
    else if (!items.isEmpty())
        title = items.first().article.title + u" 等 %1 篇"_s.arg(items.size());
    QString html = u"<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"generator\" content=\"Baoku\">\n<title>"_s
                   + title.toHtmlEscaped() + u"</title>\n<style>\n"_s + htmlStyleSheet() + u"</style>\n</head>\n<body>\n"_s;
    for (const auto &item : items)
        html += htmlArticle(item);
    return html + u"</body>\n</html>\n"_s;
}

} // namespace Baoku::Core
