// The articles of one issue (page order) or of one person (newest first), shown in pages.
#pragma once

#include "core/store/archive.h"

#include <QAbstractListModel>

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

class ArticleListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

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

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static ArticleRow rowFrom(const Core::StoredArticle &stored);

private:
    void finishReset();
    void rebuildRows();
    QList<ArticleRow> m_all;  // every row given, in the given order
    QList<ArticleRow> m_rows; // the rows listed; only the first m_shown are in the model
    int m_adCount = 0;
    bool m_showAds = false;
    int m_shown = 0;
    bool m_showDate = false;
    bool m_notifying = false; // views handling a change notification must not fetch yet
};

} // namespace Baoku::App
