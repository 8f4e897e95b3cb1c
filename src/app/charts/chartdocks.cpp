#include "app/charts/chartdocks.h"

#include "app/charts/coveragepanel.h"
#include "app/charts/timelinepanel.h"
#include "app/search/facetpanel.h"
#include "app/search/searchcontroller.h"
#include "app/search/searchpanel.h"
#include "app/window/mainwindow.h"

#include <QAction>
#include <QDockWidget>

using namespace Qt::StringLiterals;

namespace Baoku::App {

ChartDocks::ChartDocks(MainWindow *window, const QString &databasePath)
    : QObject(window)
    , m_window(window)
    , m_timeline(new TimelinePanel)
    , m_coverage(new CoveragePanel)
    , m_timelineDock(new QDockWidget(window))
    , m_coverageDock(new QDockWidget(window))
{
    m_timelineDock->setObjectName(u"timelineDock"_s);
    m_coverageDock->setObjectName(u"coverageDock"_s);
    m_timelineDock->setWidget(m_timeline);
    m_coverageDock->setWidget(m_coverage);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    window->tabifyDockWidget(m_timelineDock, m_coverageDock);
    m_timelineDock->hide();
    m_coverageDock->hide();
    m_timeline->setDatabasePath(databasePath);
    m_coverage->setDatabasePath(databasePath);
    timelineAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    coverageAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));

    // The chart follows the search the results show (its query, field and filters).
    SearchController *search = window->searchController();
    connect(search, &SearchController::firstPage, m_timeline, [this, search] {
        m_timeline->setSearch(search->currentRequest());
    });
    // A click on a period filters the results to it, as the facet panel's year and month do.
    // A compared query's bar searches for that query first (the period's search replaces that one).
    connect(m_timeline, &TimelinePanel::periodChosen, window,
            [window](Core::Facet facet, const QString &value, const QString &query) {
                if (!query.isEmpty())
                    window->search(query);
                window->searchPanel()->facets()->setPeriod(facet, value);
            });
    connect(m_coverage, &CoveragePanel::issueActivated, window, [window](qint64 issueId) { window->openIssue(issueId); });
    retranslate();
}

void ChartDocks::archiveChanged()
{
    m_coverage->reload();
    m_timeline->refresh();
}

QAction *ChartDocks::timelineAction() const
{
    return m_timelineDock->toggleViewAction();
}

QAction *ChartDocks::coverageAction() const
{
    return m_coverageDock->toggleViewAction();
}

void ChartDocks::retranslate()
{
    m_timelineDock->setWindowTitle(tr("Timeline"));
    m_coverageDock->setWindowTitle(tr("Coverage"));
    timelineAction()->setToolTip(tr("Hits per year or month of the query and of queries to compare (Ctrl+Shift+T)"));
    coverageAction()->setToolTip(tr("The days and pages the archive holds per newspaper, and its gaps (Ctrl+Shift+V)"));
}

} // namespace Baoku::App
