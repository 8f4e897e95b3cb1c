// The window reads its issue list on a worker (OverviewLoader): tests that look at the issue tree
// or at the issue opened for lack of a saved one wait for it.
#pragma once

#include "app/browse/overviewloader.h"
#include "app/window/mainwindow.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace Baoku::Tests {

// Runs the event loop until the newest issue list the window asked for is shown (10 s at most).
inline bool waitForIssues(App::MainWindow &window)
{
    QElapsedTimer timer;
    timer.start();
    while (window.overview()->isLoading(App::OverviewLoader::List::Issues) && timer.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    return !window.overview()->isLoading(App::OverviewLoader::List::Issues);
}

inline bool openArchiveAndWait(App::MainWindow &window, QString *error = nullptr)
{
    return window.openArchive(error) && waitForIssues(window);
}

} // namespace Baoku::Tests
