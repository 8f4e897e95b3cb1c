#include "app/window/navigationhistory.h"

namespace Baoku::App {

bool Place::sameAs(const Place &other) const
{
    return via == other.via && articleId == other.articleId && issueId == other.issueId
        && personId == other.personId && search.query == other.search.query && search.from == other.search.from
        && search.to == other.search.to && search.field == other.search.field && search.sort == other.search.sort
        && resultRow == other.resultRow;
}

NavigationHistory::NavigationHistory(std::function<void(const Place &)> go, QObject *parent)
    : QObject(parent)
    , m_go(std::move(go))
{
}

void NavigationHistory::push(const Place &place)
{
    if (m_moving)
        return;
    if (m_current >= 0 && m_places.at(m_current).sameAs(place))
        return;
    m_places.resize(m_current + 1);
    m_places << place;
    if (m_places.size() > kMaxPlaces)
        m_places.removeFirst();
    m_current = int(m_places.size()) - 1;
    emit changed();
}

void NavigationHistory::back()
{
    if (canGoBack())
        moveTo(m_current - 1);
}

void NavigationHistory::forward()
{
    if (canGoForward())
        moveTo(m_current + 1);
}

void NavigationHistory::moveTo(int index)
{
    m_current = index;
    m_moving = true;
    const Place place = m_places.at(index); // a copy: m_go may not change the list, but be safe
    m_go(place);
    m_moving = false;
    emit changed();
}

} // namespace Baoku::App
