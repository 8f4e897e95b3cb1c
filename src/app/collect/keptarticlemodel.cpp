#include "app/collect/keptarticlemodel.h"

#include "app/browse/modelroles.h"
#include "app/common/dateformat.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Baoku::App {

KeptArticleModel::KeptArticleModel(QObject *parent)
    : PagedListModel(parent)
{
}

void KeptArticleModel::setArticles(const QList<Core::KeptArticle> &articles)
{
    resetRows([&] {
        m_all = articles;
        return std::min<int>(kPageSize, int(m_all.size()));
    });
}

qint64 KeptArticleModel::articleIdAt(int row) const
{
    if (row < 0 || row >= shownCount())
        return -1;
    const auto &id = m_all.at(row).articleId;
    return id ? *id : -1;
}

QList<qint64> KeptArticleModel::articleIds() const
{
    QList<qint64> ids;
    for (const auto &kept : m_all) {
        if (kept.articleId)
            ids << *kept.articleId;
    }
    return ids;
}

QVariant KeptArticleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::KeptArticle &kept = m_all.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString meta = DateFormat::text(kept.date) + u" · "_s + tr("Page %1").arg(kept.page);
        if (!kept.newspaper.isEmpty())
            meta = kept.newspaper + u" · "_s + meta;
        if (!kept.articleId)
            meta += u" · "_s + tr("not in the archive now");
        return QString((kept.title.isEmpty() ? tr("(untitled)") : kept.title) + u"\n"_s + meta);
    }
    case Qt::ToolTipRole:
        return kept.articleId ? QVariant()
                              : QVariant(tr("This article's page is not in the archive now; it comes back "
                                            "when the page is imported again."));
    case Qt::ForegroundRole:
        return kept.articleId ? QVariant() : QVariant(QGuiApplication::palette().brush(QPalette::PlaceholderText));
    case ArticleIdRole: return kept.articleId ? *kept.articleId : qint64(-1);
    case DateRole: return kept.date;
    case PageRole: return kept.page;
    case TitleRole: return kept.title;
    case InArchiveRole: return kept.articleId.has_value();
    default: return {};
    }
}

QHash<int, QByteArray> KeptArticleModel::roleNames() const
{
    auto names = PagedListModel::roleNames();
    names.insert(ArticleIdRole, "articleId");
    names.insert(DateRole, "date");
    names.insert(PageRole, "page");
    names.insert(TitleRole, "title");
    names.insert(InArchiveRole, "inArchive");
    return names;
}

} // namespace Baoku::App
