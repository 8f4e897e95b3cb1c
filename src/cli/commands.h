// The sub-commands of baoku-cli; each lives in its own file and gets the arguments after its name.
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace Baoku::Core {
class Archive;
struct SearchRequest;
} // namespace Baoku::Core

namespace Baoku::Cli {

// Exit codes shared by every command (listed by exitCodesHelp() in every --help, and in
// docs/reliability.md). An interrupted command exits with 128 + the signal (interrupt.h).
enum ExitCode : int {
    Ok = 0,          // done, all of it
    SomeFailed = 1,  // done in part: files failed, the archive is damaged or busy, a search failed
    BadInput = 2,    // nothing done: wrong options or arguments, a missing archive, a refused -o
    WriteFailed = 3, // the output could not be written (a full disk); what was written is incomplete
    Unverified = 4,  // check: nothing found damaged, but not everything could be checked
};

// The "Exit codes:" section of the help texts.
QString exitCodesHelp();

int runParse(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runIssues(const QStringList &arguments);
int runSearch(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runTrend(const QStringList &arguments);
int runCollection(const QStringList &arguments);
int runTag(const QStringList &arguments);
int runStar(const QStringList &arguments);
int runNote(const QStringList &arguments);
int runSaved(const QStringList &arguments);
int runPublish(const QStringList &arguments);

// Sets the request's query, filters and sort from the saved search NAME; prints why not and returns false.
bool applySavedSearch(Core::Archive &archive, const QString &name, Core::SearchRequest &request);

// A QGuiApplication on the offscreen platform for `export --format pdf|odt`, a QCoreApplication otherwise.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);

} // namespace Baoku::Cli
