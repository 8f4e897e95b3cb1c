#include "app/diagnostics/benchmarkrunner.h"

#include "app/browse/overviewloader.h"
#include "app/charts/chartdocks.h"
#include "app/charts/timelinepanel.h"

#include "app/import/importcontroller.h"
#include "app/window/mainwindow.h"
#include "app/import/samples.h"
#include "app/search/facetpanel.h"
#include "app/search/searchcontroller.h"
#include "app/search/searchpanel.h"
#include "app/search/searchresultsmodel.h"
#include "app/diagnostics/stallmonitor.h"

#include <QApplication>
#include <QDockWidget>
#include <QEventLoop>
#include <QFile>
#include <QListView>
#include <QScrollBar>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Baoku::App {

namespace {
// Waits in a local event loop (so the GUI keeps running) until `done` or the timeout. Sleeps
// until the next event (the StallMonitor ticks every few ms): processEvents() with a time limit
// ignores WaitForMoreEvents and kept the GUI thread busy, taking one of two cores from the workers.
void spin(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
}
} // namespace

BenchmarkRunner::BenchmarkRunner(const QElapsedTimer &sinceStart, const QString &queriesFile, QObject *parent)
    : QObject(parent)
    , m_sinceStart(sinceStart)
    , m_monitor(new StallMonitor(this))
{
    QFile file(queriesFile);
    if (!queriesFile.isEmpty() && file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n'))
            if (!line.trimmed().isEmpty())
                m_queries << line.trimmed();
    }
    if (m_queries.isEmpty())
        m_queries = {u"工业"_s, u"芯片"_s, u"金壮龙"_s, u"新型工业化"_s, u"数据"_s, u"5G"_s, u"人工智能"_s, u"的"_s};
    m_monitor->start();
}

qint64 BenchmarkRunner::residentKiB(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void BenchmarkRunner::report(const QString &name, const QString &value)
{
    std::printf("%s %s\n", qPrintable(name), qPrintable(value));
    std::fflush(stdout);
}

void BenchmarkRunner::watch(MainWindow *window)
{
    connect(window->overview(), &OverviewLoader::issuesLoaded, this, [this] {
        if (m_issuesShownMs < 0)
            m_issuesShownMs = m_sinceStart.elapsed();
    });
}

void BenchmarkRunner::run(MainWindow *window)
{
    report(u"app.window_shown_ms"_s, QString::number(m_sinceStart.elapsed()));
    // Usable: the first event-loop turn after the window was shown with its issue loaded.
    bool painted = false;
    QTimer::singleShot(0, this, [&painted] { painted = true; });
    spin([&painted] { return painted; }, 10000);
    report(u"app.usable_ms"_s, QString::number(m_sinceStart.elapsed()));
    report(u"app.startup_longest_stall_ms"_s, QString::number(m_monitor->longestGapMs(), 'f', 1));
    report(u"app.rss_after_start_mib"_s, QString::number(residentKiB() / 1024.0, 'f', 1));

    // The timeline follows every query on its own worker, so its counting is inside the stalls below.
    if (ChartDocks *charts = window->charts()) {
        charts->timelineDock()->show();
        charts->timelineDock()->raise();
        report(u"app.timeline_shown"_s, u"1"_s);
    }
    m_monitor->reset();
    QList<double> latencies;
    for (const QString &query : std::as_const(m_queries))
        latencies << typeAndWait(window, query);
    std::sort(latencies.begin(), latencies.end());
    report(u"app.search_queries"_s, QString::number(latencies.size()));
    report(u"app.search_result_p50_ms"_s, QString::number(latencies.value(latencies.size() / 2), 'f', 1));
    report(u"app.search_result_max_ms"_s, QString::number(latencies.isEmpty() ? 0 : latencies.last(), 'f', 1));
    report(u"app.search_longest_stall_ms"_s, QString::number(m_monitor->longestGapMs(), 'f', 1));
    // The first count loads the facet worker's table of every article (docs/search.md).
    std::sort(m_facetLatencies.begin(), m_facetLatencies.end());
    report(u"app.facets_p50_ms"_s, QString::number(m_facetLatencies.value(m_facetLatencies.size() / 2), 'f', 1));
    report(u"app.facets_max_ms"_s, QString::number(m_facetLatencies.isEmpty() ? 0 : m_facetLatencies.last(), 'f', 1));
    std::sort(m_timelineLatencies.begin(), m_timelineLatencies.end());
    report(u"app.timeline_p50_ms"_s, QString::number(m_timelineLatencies.value(m_timelineLatencies.size() / 2), 'f', 1));
    report(u"app.timeline_max_ms"_s,
           QString::number(m_timelineLatencies.isEmpty() ? 0 : m_timelineLatencies.last(), 'f', 1));
    // The issue list is read on a worker while the searches above are typed (OverviewLoader).
    report(u"app.issues_shown_ms"_s, QString::number(m_issuesShownMs));
    report(u"app.rss_after_search_mib"_s, QString::number(residentKiB() / 1024.0, 'f', 1));

    m_monitor->reset();
    scrollResults(window);
    report(u"app.scroll_longest_stall_ms"_s, QString::number(m_monitor->longestGapMs(), 'f', 1));
    report(u"app.rss_after_scroll_mib"_s, QString::number(residentKiB() / 1024.0, 'f', 1));

    m_monitor->reset();
    importSamples(window);
    report(u"app.import_longest_stall_ms"_s, QString::number(m_monitor->longestGapMs(), 'f', 1));
    report(u"app.rss_end_mib"_s, QString::number(residentKiB() / 1024.0, 'f', 1));
    report(u"app.rss_peak_mib"_s, QString::number(residentKiB("VmHWM:") / 1024.0, 'f', 1));
    // File-backed pages are mostly SQLite's memory-mapped archive: shared and reclaimable.
    report(u"app.rss_anon_mib"_s, QString::number(residentKiB("RssAnon:") / 1024.0, 'f', 1));
    report(u"app.rss_file_mib"_s, QString::number(residentKiB("RssFile:") / 1024.0, 'f', 1));
    QTimer::singleShot(0, qApp, &QApplication::quit);
}

double BenchmarkRunner::typeAndWait(MainWindow *window, const QString &query)
{
    // Type one character at a time, as a user would; each keystroke restarts the search.
    QElapsedTimer timer;
    for (qsizetype i = 1; i < query.size(); ++i) {
        window->search(query.left(i));
        spin([] { return false; }, 60);
    }
    // The facets of the last keystroke's query are counted on their own worker meanwhile; only
    // that answer is shown (the earlier ones are dropped), and it is timed too.
    double facetsMs = -1;
    auto facets = connect(window->searchPanel()->facets(), &FacetPanel::counted, this,
                          [&facetsMs, &timer] { facetsMs = double(timer.nsecsElapsed()) / 1e6; });
    // The chart counts a query when its results arrive, and again only for a search that differs
    // from the one it shows; a count that ends before the results came was a keystroke's before.
    bool arrived = false;
    double timelineMs = -1;
    QMetaObject::Connection timeline;
    const bool timed = window->searchController()->currentRequest().query != query;
    if (ChartDocks *charts = window->charts(); timed && charts && charts->timelineDock()->isVisible())
        timeline = connect(charts->timeline(), &TimelinePanel::counted, this, [&timelineMs, &timer, &arrived] {
            if (arrived)
                timelineMs = double(timer.nsecsElapsed()) / 1e6;
        });
    timer.start();
    window->search(query);
    SearchController *search = window->searchController();
    const quint64 token = search->currentToken();
    auto connection = connect(search, &SearchController::firstPage, this,
                              [&arrived, token](const SearchPage &page) { arrived = arrived || page.token == token; });
    spin([&arrived, search] { return arrived || !search->isBusy(); }, 30000);
    disconnect(connection);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const bool timelineTimed = bool(timeline);
    spin([&] { return facetsMs >= 0 && (!timelineTimed || timelineMs >= 0); }, 30000);
    disconnect(facets);
    disconnect(timeline);
    if (facetsMs >= 0)
        m_facetLatencies << facetsMs;
    if (timelineTimed && timelineMs >= 0)
        m_timelineLatencies << timelineMs;
    report(u"app.search"_s, u"%1 total=%2 ms=%3 facets_ms=%4 timeline_ms=%5"_s.arg(query)
                               .arg(window->searchPanel()->model()->total())
                               .arg(ms, 0, 'f', 1).arg(facetsMs, 0, 'f', 1).arg(timelineMs, 0, 'f', 1));
    return ms;
}

void BenchmarkRunner::scrollResults(MainWindow *window)
{
    // The commonest query of the list gives the longest result set to scroll through.
    QString widest = m_queries.first();
    for (const QString &query : std::as_const(m_queries))
        if (query.size() < widest.size())
            widest = query;
    typeAndWait(window, widest);
    SearchResultsModel *model = window->searchPanel()->model();
    QScrollBar *bar = window->searchPanel()->view()->verticalScrollBar();
    const qint64 target = std::min<qint64>(model->total(), 100000);
    QElapsedTimer timer;
    timer.start();
    // Page down every frame (16 ms) until every hit is loaded or a minute has passed.
    spin([&] {
        bar->setValue(bar->maximum());
        return model->rowCount() >= target || timer.elapsed() > 60000;
    }, 61000);
    report(u"app.scroll_rows"_s, u"%1 of %2 in %3 ms"_s.arg(model->rowCount()).arg(model->total()).arg(timer.elapsed()));
}

void BenchmarkRunner::importSamples(MainWindow *window)
{
    bool done = false;
    auto connection = connect(window->importer(), &ImportController::finished, this, [&done] { done = true; });
    QElapsedTimer timer;
    timer.start();
    if (!window->importPaths(Samples::paths(), false))
        done = true;
    spin([&done] { return done; }, 120000);
    disconnect(connection);
    report(u"app.import_samples_ms"_s, QString::number(timer.elapsed()));
}

} // namespace Baoku::App
