// Reporters and authors with their article counts, most prolific first, shown in pages.
#pragma once

#include "core/store/archive.h"

#include <QAbstractListModel>

namespace Baoku::App {

class PeopleModel final : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    explicit PeopleModel(QObject *parent = nullptr);

    void setPeople(const QList<Core::PersonSummary> &people);
    void setFilter(const QString &text); // keeps the people whose name contains text
    int totalCount() const { return int(m_visible.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    void finishReset();
    void rebuild();

    QList<Core::PersonSummary> m_all;
    QList<int> m_visible; // indexes into m_all passing the filter
    QString m_filter;
    int m_shown = 0;
    bool m_notifying = false; // views handling a change notification must not fetch yet
};

} // namespace Baoku::App
