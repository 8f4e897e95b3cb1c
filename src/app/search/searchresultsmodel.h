// Search hits, loaded page by page from the worker as the view scrolls (100,000 hits stay smooth).
#pragma once

#include "app/browse/pagedlistmodel.h"
#include "app/search/searchtypes.h"

namespace Baoku::App {

class SearchResultsModel final : public PagedListModel {
    Q_OBJECT
public:
    explicit SearchResultsModel(QObject *parent = nullptr);

    // A new search: the first page of `token` replaces everything.
    void reset(const SearchPage &first);
    void clear();
    // A later page; ignored when it belongs to another search or does not continue the rows.
    bool append(const SearchPage &page);
    // The total of a search whose first page came without it; ignored for another search.
    bool setTotal(quint64 token, qint64 total);
    quint64 token() const { return m_token; }
    qint64 total() const { return m_total; } // -1 while it is being counted
    QString query() const { return m_query; }
    qint64 articleIdAt(int row) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // The view wants rows from `offset` on; the owner asks the worker and calls append().
    void moreWanted(quint64 token, int offset);

private:
    // Without a total yet, rows are asked for until a page comes back empty.
    bool hasMore() const override { return !m_pending && m_token != 0 && (m_total < 0 || m_rows.size() < m_total); }
    void loadMore() override;

    QList<SearchHitRow> m_rows;
    qint64 m_total = 0;
    quint64 m_token = 0;
    QString m_query;
    bool m_pending = false; // a page was asked for and has not arrived
};

} // namespace Baoku::App
