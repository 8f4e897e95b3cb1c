// The sub-commands of baoku-cli; each lives in its own file and gets the arguments after its name.
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace Baoku::Cli {

// Exit codes shared by every command.
enum ExitCode : int { Ok = 0, SomeFailed = 1, BadInput = 2 };

int runParse(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runIssues(const QStringList &arguments);
int runSearch(const QStringList &arguments);
int runExport(const QStringList &arguments);

// A QGuiApplication on the offscreen platform for `export --format pdf|odt`, a QCoreApplication otherwise.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);

} // namespace Baoku::Cli
