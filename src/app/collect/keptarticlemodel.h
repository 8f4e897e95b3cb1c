// The articles of one collection, shown page by page as the view scrolls (a collection of
// thousands costs only what is shown). A kept article whose page is no longer imported stays
// listed, greyed, with its key (newspaper, date, page, title).
#pragma once

#include "app/browse/pagedlistmodel.h"
#include "core/store/research.h"

namespace Baoku::App {

class KeptArticleModel final : public PagedListModel {
    Q_OBJECT
public:
    enum Role { InArchiveRole = Qt::UserRole + 50 };

    explicit KeptArticleModel(QObject *parent = nullptr);

    void setArticles(const QList<Core::KeptArticle> &articles);
    int totalCount() const { return int(m_all.size()); }
    // The archive id of the row's article, -1 when it is not in the archive now.
    qint64 articleIdAt(int row) const;
    QList<qint64> articleIds() const; // every linked article, shown or not, in collection order

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    bool hasMore() const override { return shownCount() < m_all.size(); }
    void loadMore() override { showRows(std::min<int>(shownCount() + kPageSize, int(m_all.size()))); }

    QList<Core::KeptArticle> m_all;
};

} // namespace Baoku::App
