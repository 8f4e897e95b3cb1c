// Catch2 runner for the app tests: a QApplication on the offscreen platform, settings in a
// throw-away test location so that the user's own settings are never read or written.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"baoku-tests"_s);
    QApplication::setApplicationName(u"app_tests"_s);
    QSettings().clear();
    return Catch::Session().run(argc, argv);
}
