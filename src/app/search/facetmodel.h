// The facets of the current search as a two-level tree: a row per facet (year, month, …), under it
// a row per value with its count. Values of a facet that is an active filter are not listed.
#pragma once

#include "core/search/facets.h"

#include <QAbstractItemModel>

namespace Baoku::App {

class FacetModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { FacetRole = Qt::UserRole + 1, ValueRole, CountRole };
    // How many values a facet lists at most; the rest are left out (their counts stay exact).
    static constexpr int kMaxValues = 50;

    explicit FacetModel(QObject *parent = nullptr);
    void setResult(const Core::FacetResult &result, const QList<Core::Facet> &shown);
    void retranslate();
    static QString facetTitle(Core::Facet facet);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Group {
        Core::Facet facet;
        QList<Core::FacetValue> values;
    };
    QList<Group> m_groups;
};

} // namespace Baoku::App
