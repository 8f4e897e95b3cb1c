// The articles of one issue (page order) or of one person (newest first), shown in pages.
#pragma once

#include "app/browse/pagedlistmodel.h"

#include "core/store/archive.h"

namespace Baoku::App {

struct ArticleRow final {
    qint64 id = 0;
    qint64 issueId = 0;
    QDate date;
    int page = 0;
    QString title;
    QString kicker;
    QString bylines;
    QString firstLine;
    bool advertisement = false;
};

class ArticleListModel final : public PagedListModel {
    Q_OBJECT
public:
    explicit ArticleListModel(QObject *parent = nullptr);

    void setArticles(const QList<Core::StoredArticle> &articles, bool showDate);
    // Advertisements are hidden unless shown; shown, they come after the articles, apart.
    void setShowAdvertisements(bool show);
    bool showsAdvertisements() const { return m_showAds; }
    int advertisementCount() const { return m_adCount; }
    void clear();
    int rowOf(qint64 articleId); // reveals the row when needed; -1 when absent
    qint64 articleIdAt(int row) const;
    int totalCount() const { return int(m_rows.size()); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static ArticleRow rowFrom(const Core::StoredArticle &stored);

private:
    bool hasMore() const override { return shownCount() < m_rows.size(); }
    void loadMore() override { showRows(std::min<int>(shownCount() + kPageSize, int(m_rows.size()))); }
    // Lists the given rows, advertisements last and only when shown; the rows first in the model.
    int rebuildRows();

    QList<ArticleRow> m_all;  // every row given, in the given order
    QList<ArticleRow> m_rows; // the rows listed; only the first shownCount() are in the model
    int m_adCount = 0;
    bool m_showAds = false;
    bool m_showDate = false;
};

} // namespace Baoku::App
