// Reporters and authors with their article counts, most prolific first, shown in pages.
#pragma once

#include "app/browse/pagedlistmodel.h"

#include "core/store/archive.h"

namespace Baoku::App {

class PeopleModel final : public PagedListModel {
    Q_OBJECT
public:
    explicit PeopleModel(QObject *parent = nullptr);

    void setPeople(const QList<Core::PersonSummary> &people);
    void setFilter(const QString &text); // keeps the people whose name contains text
    int totalCount() const { return int(m_visible.size()); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    bool hasMore() const override { return shownCount() < m_visible.size(); }
    void loadMore() override { showRows(std::min<int>(shownCount() + kPageSize, int(m_visible.size()))); }
    void rebuild();

    QList<Core::PersonSummary> m_all;
    QList<int> m_visible; // indexes into m_all passing the filter
    QString m_filter;
};

} // namespace Baoku::App
