#include "app/search/facetmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Baoku::App {

namespace {
// Internal ids: 0 for a facet row, group + 1 for its values.
constexpr quintptr kTop = 0;
} // namespace

FacetModel::FacetModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QString FacetModel::facetTitle(Core::Facet facet)
{
    switch (facet) {
    case Core::Facet::Year: return tr("Year");
    case Core::Facet::Month: return tr("Month");
    case Core::Facet::Newspaper: return tr("Newspaper");
    case Core::Facet::Page: return tr("Page");
    case Core::Facet::Column: return tr("Column");
    case Core::Facet::Author: return tr("Author");
    }
    return {};
}

void FacetModel::setResult(const Core::FacetResult &result, const QList<Core::Facet> &shown)
{
    beginResetModel();
    m_groups.clear();
    for (Core::Facet facet : shown) {
        const auto values = result.facets.value(facet);
        if (!values.isEmpty())
            m_groups.append({facet, values.mid(0, kMaxValues)});
    }
    endResetModel();
}

void FacetModel::retranslate()
{
    if (!m_groups.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_groups.size()) - 1, 0));
}

QModelIndex FacetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, kTop) : QModelIndex();
    if (parent.internalId() != kTop || parent.row() >= m_groups.size() || row >= m_groups.at(parent.row()).values.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row()) + 1);
}

QModelIndex FacetModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTop)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTop);
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kTop)
        return 0;
    return int(m_groups.at(parent.row()).values.size());
}

int FacetModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kTop) {
        const Group &group = m_groups.at(index.row());
        if (role == Qt::DisplayRole)
            return facetTitle(group.facet);
        if (role == FacetRole)
            return int(group.facet);
        return {};
    }
    const Group &group = m_groups.at(int(index.internalId() - 1));
    const Core::FacetValue &value = group.values.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(value.value, QLocale().toString(value.count));
    case Qt::ToolTipRole:
        return tr("Show only these %n article(s)", nullptr, int(qMin<qint64>(value.count, INT_MAX)));
    case FacetRole:
        return int(group.facet);
    case ValueRole:
        return value.value;
    case CountRole:
        return value.count;
    default:
        return {};
    }
}

} // namespace Baoku::App
