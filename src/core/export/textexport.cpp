#include "core/export/textexport.h"

#include "core/export/citation.h"

using namespace Qt::StringLiterals;

namespace Baoku::Core {
namespace {

QString bylinesText(const Article &article)
{
    QStringList parts;
    for (const auto &byline : article.bylines)
        parts << bylineText(byline);
    return parts.join(u"　"_s);
}

QString signatureText(const Article &article)
{
    return article.signature.isEmpty() ? QString() : u"（"_s + article.signature + u"）"_s;
}

// Escapes what CommonMark would read as markup anywhere, and block markers at a line's start.
QString mdEscape(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (QStringView(u"\\`*_[]<>|#").contains(c))
            out += u'\\';
        out += c;
    }
    if (!out.isEmpty() && QStringView(u"+-=~").contains(out.front()))
        out.prepend(u'\\');
    // "1. " or "1) " at a line's start would begin an ordered list.
    qsizetype digits = 0;
    while (digits < out.size() && out.at(digits).isDigit() && out.at(digits).unicode() < 128)
        ++digits;
    if (digits > 0 && digits < out.size() && (out.at(digits) == u'.' || out.at(digits) == u')'))
        out.insert(digits, u'\\');
    return out;
}

} // namespace

QString continuationNote(const Article &article)
{
    QStringList notes;
    if (article.continuedTo)
        notes << u"（转第%1版）"_s.arg(*article.continuedTo);
    if (article.continuedFrom)
        notes << u"（上接第%1版）"_s.arg(*article.continuedFrom);
    return notes.join(u' ');
}

QString plainText(const ExportItem &item)
{
    const Article &a = item.article;
    QStringList lines;
    if (!a.column.isEmpty())
        lines << u"【"_s + a.column + u"】"_s;
    if (!a.kicker.isEmpty())
        lines << a.kicker;
    lines << a.title;
    if (!a.subtitle.isEmpty())
        lines << a.subtitle;
    if (!a.bylines.isEmpty())
        lines << bylinesText(a);
    lines << sourceLine(item) << QString();
    qsizetype lead = 0;
    const QList<Paragraph> paragraphs = bodyParagraphs(a, &lead);
    if (!a.dateline.isEmpty() && lead == 0)
        lines << a.dateline;
    // A subhead stands on its own line without the paragraph indent, as the paper prints it.
    for (const auto &paragraph : paragraphs)
        lines << (paragraph.subhead ? paragraph.text : u"　　"_s + paragraph.text);
    if (!a.signature.isEmpty())
        lines << signatureText(a);
    for (const auto &caption : a.captions)
        lines << u"［图］"_s + caption;
    for (const auto &credit : a.photoCredits)
        lines << credit;
    if (!continuationNote(a).isEmpty())
        lines << continuationNote(a);
    lines << QString() << u"引用："_s + gbt7714(item);
    return lines.join(u'\n') + u'\n';
}

QString plainTextList(const QList<ExportItem> &items)
{
    QStringList parts;
    for (const auto &item : items)
        parts << plainText(item);
    return parts.join(u"\n"_s + QString(20, u'—') + u"\n\n"_s);
}

QString markdown(const ExportItem &item)
{
    const Article &a = item.article;
    QStringList blocks;
    if (!a.column.isEmpty())
        blocks << u"【"_s + mdEscape(a.column) + u"】"_s;
    if (!a.kicker.isEmpty())
        blocks << u'*' + mdEscape(a.kicker) + u'*';
    blocks << u"# "_s + mdEscape(a.title);
    if (!a.subtitle.isEmpty())
        blocks << u"**"_s + mdEscape(a.subtitle) + u"**"_s;
    if (!a.bylines.isEmpty())
        blocks << mdEscape(bylinesText(a));
    blocks << u'*' + mdEscape(sourceLine(item)) + u'*';
    qsizetype lead = 0;
    const QList<Paragraph> paragraphs = bodyParagraphs(a, &lead);
    if (!a.dateline.isEmpty() && lead == 0)
        blocks << u"**"_s + mdEscape(a.dateline) + u"**"_s;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const Paragraph &p = paragraphs.at(i);
        if (p.subhead)
            blocks << u"## "_s + mdEscape(p.text);
        else
            blocks << (i == 0 && lead > 0 ? u"**"_s + mdEscape(p.text.left(lead)) + u"**"_s + mdEscape(p.text.mid(lead))
                                          : mdEscape(p.text));
    }
    if (!a.signature.isEmpty())
        blocks << mdEscape(signatureText(a));
    for (const auto &caption : a.captions)
        blocks << u"> ［图］"_s + mdEscape(caption);
    for (const auto &credit : a.photoCredits)
        blocks << u"> "_s + mdEscape(credit);
    if (!continuationNote(a).isEmpty())
        blocks << mdEscape(continuationNote(a));
    blocks << u"引用："_s + mdEscape(gbt7714(item));
    return blocks.join(u"\n\n"_s) + u'\n';
}

QString markdownList(const QList<ExportItem> &items)
{
    QStringList parts;
    for (const auto &item : items)
        parts << markdown(item);
    return parts.join(u"\n---\n\n"_s);
}

} // namespace Baoku::Core
