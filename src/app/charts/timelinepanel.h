// The Timeline dock: hits per year or month of the current query and of queries added to compare
// with it, as counts or per 1,000 articles; a click on a period filters the results to it (the
// facet panel's year and month filters), and the chart exports as PNG, SVG and CSV.
#pragma once

#include "app/search/searchtypes.h"
#include "core/search/facets.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace Baoku::App {

class TimelineChart;
class TimelineController;
struct TimelineData;

class TimelinePanel final : public QWidget {
    Q_OBJECT
public:
    enum class Format { Png, Svg, Csv };

    explicit TimelinePanel(QWidget *parent = nullptr);

    void setDatabasePath(const QString &path);
    // The search the results show: its query leads the chart, its filters (but the dates) apply.
    void setSearch(const SearchRequest &request);
    void addComparison(const QString &query);
    void removeComparison(const QString &query);
    void setPeriod(Core::TrendPeriod period);
    void setPerArticles(bool on);
    QStringList queries() const; // the current query (when there is one), then the compared ones
    // Counts again (when shown; a hidden panel counts when it is shown).
    void refresh();
    bool exportTo(const QString &path, Format format, QString *error = nullptr) const;

    TimelineChart *chart() const { return m_chart; }
    TimelineController *controller() const { return m_controller; }
    QLineEdit *compareEdit() const { return m_compare; }
    void retranslate();

signals:
    // A click on a period: Facet::Year with "2024", or Facet::Month with "2024-03"; `query` is the
    // compared query whose bar was clicked (its results are wanted), empty for the current query.
    void periodChosen(Baoku::Core::Facet facet, const QString &value, const QString &query);
    void counted(); // the newest counts are shown

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showData(const TimelineData &data);
    void rebuildChips();
    void chooseExport(Format format);

    QLabel *m_compareLabel;
    QLineEdit *m_compare;
    QPushButton *m_add;
    QWidget *m_chips;
    QHBoxLayout *m_chipLayout;
    QComboBox *m_by;
    QCheckBox *m_per;
    QToolButton *m_export;
    QLabel *m_status;
    TimelineChart *m_chart;
    TimelineController *m_controller = nullptr;
    SearchRequest m_search;
    QStringList m_compared;
    QStringList m_pendingLabels; // the labels of the newest request
    bool m_dirty = true;
};

} // namespace Baoku::App
