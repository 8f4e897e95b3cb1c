// The Timeline and Coverage docks of the main window (below the panes, tabbed together, hidden
// until View → Timeline or View → Coverage shows them) and their wiring to the search, the facet
// filters and the issue browser.
#pragma once

#include <QObject>

class QAction;
class QDockWidget;

namespace Baoku::App {

class CoveragePanel;
class MainWindow;
class TimelinePanel;

class ChartDocks final : public QObject {
    Q_OBJECT
public:
    ChartDocks(MainWindow *window, const QString &databasePath);

    QAction *timelineAction() const;
    QAction *coverageAction() const;
    QDockWidget *timelineDock() const { return m_timelineDock; }
    QDockWidget *coverageDock() const { return m_coverageDock; }
    TimelinePanel *timeline() const { return m_timeline; }
    CoveragePanel *coverage() const { return m_coverage; }
    // After an import or a corrected date: both count again (when shown, else when next shown).
    void archiveChanged();
    void retranslate();

private:
    MainWindow *m_window;
    TimelinePanel *m_timeline;
    CoveragePanel *m_coverage;
    QDockWidget *m_timelineDock;
    QDockWidget *m_coverageDock;
};

} // namespace Baoku::App
