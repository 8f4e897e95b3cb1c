#include "core/export/exportset.h"

#include "core/export/textexport.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Baoku::Core {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("Baoku::Core", text); }

bool put(QIODevice &out, const QString &text, QString *error)
{
    const QByteArray bytes = text.toUtf8();
    if (out.write(bytes) == bytes.size())
        return true;
    if (error)
        *error = out.errorString();
    return false;
}

} // namespace

ItemLoader loaderFor(const QList<ExportItem> &items)
{
    QHash<qint64, ExportItem> byId;
    for (const auto &item : items)
        byId.insert(item.id, item);
    return [byId](qint64 id) -> std::optional<ExportItem> {
        const auto it = byId.constFind(id);
        return it == byId.cend() ? std::nullopt : std::optional<ExportItem>(*it);
    };
}

ExportSet setFor(const QString &cover, const QList<ExportItem> &items)
{
    ExportSet set{cover, {}};
    for (const auto &item : items)
        set.ids << item.id;
    return set;
}

QString issueCover(const QString &newspaper, const QDate &date)
{
    const QString when = chineseDate(date);
    return newspaper.isEmpty() ? when : newspaper + u' ' + when;
}

QString queryCover(const QString &query, const QString &filters)
{
    QString text = u"检索“%1”的结果"_s.arg(query);
    if (!filters.isEmpty())
        text += u"（%1）"_s.arg(filters);
    return text;
}

QString selectionCover(qsizetype count) { return u"选定的 %1 篇文章"_s.arg(count); }

QString collectionCover(const QString &kind, const QString &name)
{
    if (kind == u"star")
        return u"星标文章"_s;
    return (kind == u"tag" ? u"标签“%1”"_s : u"收藏夹“%1”"_s).arg(name);
}

QString displayTitle(const Article &article)
{
    if (!article.title.trimmed().isEmpty())
        return article.title.trimmed();
    const QString start = article.body.simplified().left(20);
    return start.isEmpty() ? u"（无题）"_s : u"（无题）"_s + start + u'…';
}

QString runningHeader(const ExportItem &item)
{
    QStringList parts;
    if (!item.issue.newspaper.isEmpty())
        parts << item.issue.newspaper;
    if (item.issue.date.isValid())
        parts << u"%1年%2月%3日"_s.arg(item.issue.date.year()).arg(item.issue.date.month()).arg(item.issue.date.day());
    return parts.join(u' ');
}

QString contentsSource(const ExportItem &item)
{
    QStringList parts;
    if (!item.issue.newspaper.isEmpty())
        parts << item.issue.newspaper;
    if (item.issue.date.isValid())
        parts << item.issue.date.toString(Qt::ISODate);
    // A continued article names every page it runs over: 第1、3版.
    QStringList pages;
    for (const int page : item.article.pages)
        pages << QString::number(page);
    parts << u"第%1版"_s.arg(pages.size() > 1 ? pages.join(u'、') : QString::number(item.article.page));
    return parts.join(u' ');
}

bool writeCombinedText(const ExportSet &set, const ItemLoader &load, QIODevice &out, ProgressListener *listener,
                       QString *error)
{
    const qint64 total = set.ids.size();
    const auto loadAt = [&](qsizetype i, qint64 step) -> std::optional<ExportItem> {
        if (listener && listener->isCancelled()) {
            if (error)
                *error = tr("cancelled");
            return std::nullopt;
        }
        if (listener)
            listener->progress(step, 2 * total, {});
        auto item = load(set.ids.at(i));
        if (!item && error)
            *error = tr("article %1: not in the archive").arg(set.ids.at(i));
        return item;
    };
    QString head = set.cover + u'\n' + u"共 %1 篇"_s.arg(total) + u"\n\n目录\n"_s;
    if (!put(out, head, error))
        return false;
    for (qsizetype i = 0; i < set.ids.size(); ++i) {
        const auto item = loadAt(i, i);
        if (!item || !put(out, u"%1. %2　%3\n"_s.arg(i + 1).arg(displayTitle(item->article), contentsSource(*item)), error))
            return false;
    }
    for (qsizetype i = 0; i < set.ids.size(); ++i) {
        const auto item = loadAt(i, total + i);
        if (!item || !put(out, u"\n"_s + QString(20, u'═') + u"\n\n"_s + plainText(*item), error))
            return false;
    }
    if (listener)
        listener->progress(2 * total, 2 * total, {});
    return true;
}

} // namespace Baoku::Core
