// The search results page: filters (date range, field, sort), the total count and the hit list.
#pragma once

#include "app/search/searchtypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListView;

namespace Baoku::App {

class FacetPanel;
class SearchResultsModel;

class SearchPanel final : public QWidget {
    Q_OBJECT
public:
    explicit SearchPanel(QWidget *parent = nullptr);

    // The filter part of a request; the query and paging are the controller's.
    SearchRequest filters() const;
    SearchResultsModel *model() const { return m_model; }
    FacetPanel *facets() const { return m_facets; }
    QListView *view() const { return m_view; }
    void setStatus(const QString &text);
    void showNoResults(const QString &richText); // with a help: link
    void setDateRange(const QDate &first, const QDate &last); // the archive's first and last issue
    void setFilters(const SearchRequest &request);             // without emitting filtersChanged
    QDateEdit *fromEdit() const { return m_from; }
    QCheckBox *fromCheck() const { return m_useFrom; }
    void showTotal(qint64 total, double elapsedMs); // total -1: still being counted
    void selectRow(int row); // without emitting resultActivated
    int currentRow() const;
    void retranslate();

signals:
    void filtersChanged();
    void resultActivated(int row);
    void helpRequested(const QString &anchor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QCheckBox *m_useFrom;
    QDateEdit *m_from;
    QCheckBox *m_useTo;
    QDateEdit *m_to;
    QComboBox *m_field;
    QComboBox *m_sort;
    QLabel *m_count;
    QListView *m_view;
    SearchResultsModel *m_model;
    FacetPanel *m_facets;
    bool m_selecting = false;
    qint64 m_total = -1; // shown total, -1 while none is shown
    bool m_counting = false; // "counting" is shown
    double m_elapsedMs = 0;
};

} // namespace Baoku::App
