#include "app/browse/peoplemodel.h"

#include "app/browse/modelroles.h"

namespace Baoku::App {

PeopleModel::PeopleModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void PeopleModel::setPeople(const QList<Core::PersonSummary> &people)
{
    m_all = people;
    rebuild();
}

void PeopleModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    rebuild();
}

void PeopleModel::rebuild()
{
    beginResetModel();
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (m_filter.isEmpty() || m_all.at(i).name.contains(m_filter, Qt::CaseInsensitive))
            m_visible << i;
    }
    m_shown = std::min<int>(kPageSize, int(m_visible.size()));
    finishReset();
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::PersonSummary &person = m_all.at(m_visible.at(index.row()));
    switch (role) {
    case Qt::DisplayRole: return tr("%1 (%n)", nullptr, person.articleCount).arg(person.name);
    case Qt::ToolTipRole: return tr("%n article(s)", nullptr, person.articleCount);
    case PersonIdRole: return person.id;
    case TitleRole: return person.name;
    case CountRole: return person.articleCount;
    default: return {};
    }
}

QHash<int, QByteArray> PeopleModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(PersonIdRole, "personId");
    names.insert(TitleRole, "name");
    names.insert(CountRole, "count");
    return names;
}

bool PeopleModel::canFetchMore(const QModelIndex &parent) const
{
    return !m_notifying && !parent.isValid() && m_shown < m_visible.size();
}

void PeopleModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int last = std::min<int>(m_shown + kPageSize, int(m_visible.size())) - 1;
    m_notifying = true;
    beginInsertRows({}, m_shown, last);
    m_shown = last + 1;
    endInsertRows();
    m_notifying = false;
}

void PeopleModel::finishReset()
{
    // Qt 6.4's model tester (and some views) call fetchMore() from their change handlers,
    // which would begin an insertion inside the notification.
    m_notifying = true;
    endResetModel();
    m_notifying = false;
}

} // namespace Baoku::App
