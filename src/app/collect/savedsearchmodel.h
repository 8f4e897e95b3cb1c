// The saved searches in the Collections panel: name, query and filters; a click re-runs one.
#pragma once

#include "core/store/research.h"

#include <QAbstractListModel>

namespace Baoku::App {

class SavedSearchModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { NameRole = Qt::UserRole + 60, QueryRole };

    explicit SavedSearchModel(QObject *parent = nullptr);

    void setSearches(const QList<Core::SavedSearch> &searches);
    Core::SavedSearch searchAt(int row) const;
    int rowOf(const QString &name) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "芯片 · 2024-01-01 – 2024-12-31 · Page 1 · newest first": what re-running it will search.
    static QString describe(const Core::SavedSearch &search);

private:
    QList<Core::SavedSearch> m_rows;
};

} // namespace Baoku::App
