#include "app/collect/savedsearchmodel.h"

using namespace Qt::StringLiterals;

namespace Baoku::App {

SavedSearchModel::SavedSearchModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SavedSearchModel::setSearches(const QList<Core::SavedSearch> &searches)
{
    beginResetModel();
    m_rows = searches;
    endResetModel();
}

Core::SavedSearch SavedSearchModel::searchAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Core::SavedSearch{};
}

int SavedSearchModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).name == name)
            return row;
    }
    return -1;
}

void SavedSearchModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::ToolTipRole});
}

int SavedSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString SavedSearchModel::describe(const Core::SavedSearch &search)
{
    QStringList parts{search.query};
    if (search.from.isValid() || search.to.isValid())
        parts << u"%1 – %2"_s.arg(search.from.toString(Qt::ISODate), search.to.toString(Qt::ISODate)).trimmed();
    for (int page : search.pages)
        parts << tr("Page %1").arg(page);
    for (const QString &value : {search.newspaper, search.column, search.author}) {
        if (!value.isEmpty())
            parts << value;
    }
    if (search.sort == u"date"_s)
        parts << tr("newest first");
    return parts.join(u" · "_s);
}

QVariant SavedSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::SavedSearch &search = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return search.name;
    case Qt::ToolTipRole: return tr("Search again: %1").arg(describe(search));
    case NameRole: return search.name;
    case QueryRole: return search.query;
    default: return {};
    }
}

QHash<int, QByteArray> SavedSearchModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(QueryRole, "query");
    return names;
}

} // namespace Baoku::App
