// Facets beside the search results: counts by year, month (once a year is chosen), newspaper,
// page, column and author for the current query and filters; a click on a value filters the
// results to it and shows a chip with × that removes the filter again.
#pragma once

#include "app/search/searchtypes.h"
#include "core/search/facets.h"

#include <QMap>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QTreeView;

namespace Baoku::App {

class FacetController;
class FacetModel;

class FacetPanel final : public QWidget {
    Q_OBJECT
public:
    explicit FacetPanel(QWidget *parent = nullptr);

    void setDatabasePath(const QString &path);
    // Adds the active facet filters to a request.
    void applyTo(SearchRequest &request) const;
    // Counts the facets of this request (filters applied) off the GUI thread.
    void count(const SearchRequest &request);
    void addFilter(Core::Facet facet, const QString &value);
    void removeFilter(Core::Facet facet);
    // Replaces the active filters and their chips without emitting filtersChanged (a saved search).
    void setActiveFilters(const QMap<Core::Facet, QString> &filters);
    // A year ("2024") or a month ("2024-03", with its year) replaces the period filtered, in one
    // step: the timeline's click on a bar.
    void setPeriod(Core::Facet facet, const QString &value);
    QMap<Core::Facet, QString> activeFilters() const { return m_active; }
    FacetModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    FacetController *controller() const { return m_controller; }
    void retranslate();

signals:
    void filtersChanged();
    void counted(); // the newest facets are shown
    // The newest count's total (the search's, which a common query's first page leaves to it);
    // `ok` false when the count failed.
    void totalCounted(qint64 total, bool ok);

private:
    void showResult(const Core::FacetResult &result);
    void rebuildChips();

    QWidget *m_chips;
    QHBoxLayout *m_chipLayout;
    QLabel *m_title;
    QTreeView *m_view;
    FacetModel *m_model;
    FacetController *m_controller = nullptr;
    QMap<Core::Facet, QString> m_active;
};

} // namespace Baoku::App
