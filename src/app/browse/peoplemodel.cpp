#include "app/browse/peoplemodel.h"

#include "app/browse/modelroles.h"

namespace Baoku::App {

PeopleModel::PeopleModel(QObject *parent)
    : PagedListModel(parent)
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
    resetRows([this] {
        m_visible.clear();
        for (int i = 0; i < m_all.size(); ++i) {
            if (m_filter.isEmpty() || m_all.at(i).name.contains(m_filter, Qt::CaseInsensitive))
                m_visible << i;
        }
        return std::min<int>(kPageSize, int(m_visible.size()));
    });
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
    auto names = PagedListModel::roleNames();
    names.insert(PersonIdRole, "personId");
    names.insert(TitleRole, "name");
    names.insert(CountRole, "count");
    return names;
}

} // namespace Baoku::App
