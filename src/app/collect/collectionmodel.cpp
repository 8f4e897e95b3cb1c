#include "app/collect/collectionmodel.h"

using namespace Qt::StringLiterals;

namespace Baoku::App {

CollectionModel::CollectionModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void CollectionModel::setCollections(int starred, const QList<Core::CollectionInfo> &lists,
                                     const QList<Core::CollectionInfo> &tags)
{
    beginResetModel();
    m_rows.clear();
    m_rows.append({0, Core::CollectionKind::Star, QString(), starred});
    m_rows << lists << tags;
    endResetModel();
}

Core::CollectionInfo CollectionModel::collectionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Core::CollectionInfo{};
}

int CollectionModel::rowOf(Core::CollectionKind kind, const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).kind == kind && (kind == Core::CollectionKind::Star || m_rows.at(row).name == name))
            return row;
    }
    return -1;
}

void CollectionModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int CollectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString CollectionModel::label(const Core::CollectionInfo &info)
{
    switch (info.kind) {
    case Core::CollectionKind::Star: return tr("★ Starred (%1)").arg(info.count);
    case Core::CollectionKind::Tag: return u"#%1 (%2)"_s.arg(info.name).arg(info.count);
    case Core::CollectionKind::List: break;
    }
    return u"%1 (%2)"_s.arg(info.name).arg(info.count);
}

QVariant CollectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::CollectionInfo &info = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return label(info);
    case Qt::ToolTipRole:
        switch (info.kind) {
        case Core::CollectionKind::Star: return tr("The articles you starred (Ctrl+D)");
        case Core::CollectionKind::Tag: return tr("Tag “%1”: %n article(s)", nullptr, info.count).arg(info.name);
        case Core::CollectionKind::List: return tr("List “%1”: %n article(s)", nullptr, info.count).arg(info.name);
        }
        return {};
    case KindRole: return int(info.kind);
    case NameRole: return info.name;
    case ArticleCountRole: return info.count;
    default: return {};
    }
}

QHash<int, QByteArray> CollectionModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(NameRole, "name");
    names.insert(ArticleCountRole, "count");
    return names;
}

} // namespace Baoku::App
