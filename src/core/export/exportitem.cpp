#include "core/export/exportitem.h"

#include "core/common/textdecoder.h"

using namespace Qt::StringLiterals;

namespace Baoku::Core {

ExportItem withoutControls(const ExportItem &item)
{
    const auto clean = [](QString &text) { text = withoutControls(text); };
    const auto cleanList = [&clean](QStringList &list) {
        for (QString &text : list)
            clean(text);
    };
    ExportItem out = item;
    Article &a = out.article;
    for (QString *text : {&a.title, &a.kicker, &a.subtitle, &a.column, &a.signature, &a.dateline, &a.body})
        clean(*text);
    cleanList(a.captions);
    cleanList(a.photoCredits);
    for (Byline &byline : a.bylines) {
        clean(byline.name);
        clean(byline.role);
        clean(byline.affiliation);
    }
    for (QString *text : {&out.issue.newspaper, &out.issue.weekday, &out.issue.sourcePath})
        clean(*text);
    return out;
}

QStringList citationAuthors(const Article &article)
{
    QStringList names;
    for (const auto &byline : article.bylines) {
        if (byline.role == u"photographer"_s || byline.role == u"editor"_s || byline.name.trimmed().isEmpty())
            continue;
        if (!names.contains(byline.name.trimmed()))
            names << byline.name.trimmed();
    }
    if (names.isEmpty() && !article.signature.trimmed().isEmpty())
        names << article.signature.trimmed();
    return names;
}

QString bylineText(const Byline &byline)
{
    static const QList<std::pair<QString, QString>> labels = {
        {u"reporter"_s, u"记者"_s},      {u"intern_reporter"_s, u"实习记者"_s},
        {u"correspondent"_s, u"通讯员"_s}, {u"photographer"_s, u"摄影"_s},
        {u"editor"_s, u"编辑"_s},
    };
    QString text = byline.name;
    for (const auto &[role, label] : labels) {
        if (role == byline.role) {
            text = label + u' ' + byline.name;
            break;
        }
    }
    if (!byline.affiliation.isEmpty())
        text += u"（"_s + byline.affiliation + u"）"_s;
    return text;
}

QString citationTitle(const Article &article)
{
    QString title = article.title.trimmed();
    QString subtitle = article.subtitle.trimmed();
    while (subtitle.startsWith(u'—') || subtitle.startsWith(u'-'))
        subtitle.remove(0, 1);
    subtitle = subtitle.trimmed();
    if (title.isEmpty())
        return subtitle;
    return subtitle.isEmpty() ? title : title + u"："_s + subtitle;
}

QString chineseDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return u"%1年%2月%3日 %4"_s.arg(date.year()).arg(date.month()).arg(date.day()).arg(chineseWeekday(date));
}

QString sourceLine(const ExportItem &item)
{
    QStringList parts;
    if (!item.issue.newspaper.isEmpty())
        parts << item.issue.newspaper;
    if (item.issue.date.isValid())
        parts << chineseDate(item.issue.date);
    if (item.issue.date.isValid() && item.issue.dateSource == DateSource::Inferred)
        parts.last() += u"（日期系推断）"_s;
    parts << u"第%1版"_s.arg(item.article.page);
    return parts.join(u' ');
}

QList<Paragraph> bodyParagraphs(const Article &article, qsizetype *lead)
{
    QList<Paragraph> out;
    for (auto paragraph : paragraphsOf(article)) {
        paragraph.text = paragraph.text.trimmed();
        if (!paragraph.text.isEmpty())
            out << paragraph;
    }
    if (lead)
        *lead = 0;
    // "本报讯 6月20日": the part after the agency is the date the body repeats.
    const QString dateline = article.dateline.trimmed();
    const qsizetype space = dateline.lastIndexOf(u' ');
    const QString date = space > 0 ? dateline.mid(space + 1) : QString();
    if (!out.isEmpty() && !out.first().subhead && !date.isEmpty() && out.first().text.startsWith(date)) {
        out.first().text = dateline + out.first().text.mid(date.size());
        if (lead)
            *lead = dateline.size();
    }
    return out;
}

QString fileBaseName(const ExportItem &item)
{
    QString title;
    for (const QChar c : item.article.title.left(40)) {
        // Characters Windows, macOS or Linux refuse in names, and anything that is not printable.
        if (c.isPrint() && !QStringView(u"\\/:*?\"<>|").contains(c) && !c.isSpace())
            title += c;
    }
    const QString date = item.issue.date.isValid() ? item.issue.date.toString(Qt::ISODate) : u"undated"_s;
    QString name = u"%1_p%2_%3"_s.arg(date).arg(item.article.page).arg(item.id);
    if (!title.isEmpty())
        name += u'_' + title;
    return name;
}

} // namespace Baoku::Core
