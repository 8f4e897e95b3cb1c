// Search hits, loaded page by page from the worker as the view scrolls (100,000 hits stay smooth).
#pragma once

#include "app/search/searchtypes.h"

#include <QAbstractListModel>

namespace Baoku::App {

class SearchResultsModel final : public QAbstractListModel {
    Q_OBJECT
public:
    explicit SearchResultsModel(QObject *parent = nullptr);

    // A new search: the first page of `token` replaces everything.
    void reset(const SearchPage &first);
    void clear();
    // A later page; ignored when it belongs to another search or does not continue the rows.
    bool append(const SearchPage &page);
    quint64 token() const { return m_token; }
    qint64 total() const { return m_total; }
    QString query() const { return m_query; }
    qint64 articleIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // The view wants rows from `offset` on; the owner asks the worker and calls append().
    void moreWanted(quint64 token, int offset);

private:
    void finishReset();
    QList<SearchHitRow> m_rows;
    qint64 m_total = 0;
    quint64 m_token = 0;
    QString m_query;
    bool m_pending = false;
    bool m_notifying = false; // views handling a change notification must not fetch yet
};

} // namespace Baoku::App
