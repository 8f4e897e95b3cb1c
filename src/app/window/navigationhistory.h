// Browser-style Back/Forward over every place the reader has shown: an article reached through an
// issue, a person or a search (with its query, filters and result row, so going back to a search
// brings back its result list and highlights). Any navigation records itself with push(); going
// back or forward calls the function given to the constructor, during which pushes are ignored.
#pragma once

#include "app/search/searchtypes.h"

#include <QList>
#include <QObject>

#include <functional>

namespace Baoku::App {

struct Place final {
    enum class Via { Issue, Person, Search };
    Via via = Via::Issue;
    qint64 articleId = -1;
    qint64 issueId = -1;
    qint64 personId = -1;
    QString personName;
    SearchRequest search; // query and filters when via == Search
    int resultRow = -1;

    bool sameAs(const Place &other) const;
};

class NavigationHistory final : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxPlaces = 200;

    NavigationHistory(std::function<void(const Place &)> go, QObject *parent = nullptr);

    void push(const Place &place); // drops the places ahead; ignored while going back or forward
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_places.size(); }
    void back();
    void forward();
    bool isMoving() const { return m_moving; }
    int size() const { return int(m_places.size()); }
    const Place *current() const { return m_current >= 0 ? &m_places.at(m_current) : nullptr; }

signals:
    void changed();

private:
    void moveTo(int index);

    std::function<void(const Place &)> m_go;
    QList<Place> m_places;
    int m_current = -1;
    bool m_moving = false;
};

} // namespace Baoku::App
