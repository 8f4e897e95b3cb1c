// `baoku --benchmark`: drives the real window (start, type searches, scroll results, import) and
// prints the time to a usable window, the longest GUI-thread stall per phase and resident memory.
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QStringList>

namespace Baoku::App {

class MainWindow;
class StallMonitor;

class BenchmarkRunner final : public QObject {
    Q_OBJECT
public:
    // `sinceStart` has run since main() began; queriesFile may be empty for the built-in queries.
    BenchmarkRunner(const QElapsedTimer &sinceStart, const QString &queriesFile, QObject *parent = nullptr);

    // Notes when the window's issue list arrives from its worker; called before the archive opens.
    void watch(MainWindow *window);
    void run(MainWindow *window); // reports on stdout, then quits the application

    static qint64 residentKiB(const char *field = "VmRSS:");

private:
    void report(const QString &name, const QString &value);
    double typeAndWait(MainWindow *window, const QString &query);
    void scrollResults(MainWindow *window);
    void importSamples(MainWindow *window);

    QElapsedTimer m_sinceStart;
    QStringList m_queries;
    QList<double> m_facetLatencies; // last keystroke → facets shown, ms
    QList<double> m_timelineLatencies; // last keystroke → timeline shown, ms
    qint64 m_issuesShownMs = -1;       // since start, when the issue list was shown
    StallMonitor *m_monitor;
};

} // namespace Baoku::App
