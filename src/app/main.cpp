// baoku: the desktop reader.
#include "app/settings/appsettings.h"
#include "app/diagnostics/benchmarkrunner.h"
#include "app/window/commandline.h"
#include "app/settings/languagemanager.h"
#include "app/window/mainwindow.h"
#include "app/import/samples.h"
#include "app/settings/thememanager.h"

#include "core/store/archive.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Baoku;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // --help and --version print and exit without needing a display.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-v" || arg == "--version" || arg == "--help-all") {
            QCoreApplication core(argc, argv);
            QCoreApplication::setApplicationName(u"baoku"_s);
            QCoreApplication::setApplicationVersion(QStringLiteral(BAOKU_VERSION));
            App::CommandLine::parse(QCoreApplication::arguments());
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"baoku"_s);
    QApplication::setApplicationDisplayName(u"Baoku"_s);
    QApplication::setOrganizationName(u"baoku"_s);
    QApplication::setApplicationVersion(QStringLiteral(BAOKU_VERSION));
    QApplication::setDesktopFileName(u"io.github.baoku.Baoku"_s); // resources/desktop, the AppStream id
    QApplication::setWindowIcon(QIcon(u":/icons/baoku-256.png"_s));

    App::LanguageManager languages;
    languages.apply(App::AppSettings::instance().language());
    const App::CommandLine options = App::CommandLine::parse(QApplication::arguments());
    App::ThemeManager::follow(App::AppSettings::instance());

    std::unique_ptr<App::BenchmarkRunner> benchmark;
    if (options.benchmark)
        benchmark = std::make_unique<App::BenchmarkRunner>(sinceStart, options.benchmarkQueries);
    const QString database = Core::Archive::resolvePath(options.database);
    App::MainWindow window(database, &languages);
    if (benchmark)
        benchmark->watch(&window);
    window.show();
    QString error;
    if (!window.openArchive(&error)) {
        QMessageBox::critical(&window, QApplication::translate("main", "Cannot open the archive"), error);
        return 1;
    }
    // openArchive() opened where the last session stopped; the issue and people lists follow.
    if (benchmark)
        QTimer::singleShot(0, &window, [&benchmark, &window] { benchmark->run(&window); });
    else if (!options.files.isEmpty())
        window.importPaths(options.files);
    else if (!window.archive().isRemote() && !window.archive().hasIssues()
             && window.importPaths(App::Samples::paths(), false))
        window.showFirstStartNote(); // first start: real content at once, and a note saying what it is
    return app.exec();
}
