#include "cli/cliargs.h"
#include "cli/commands.h"
#include "cli/interrupt.h"
#include "cli/output.h"

#include "core/store/archive.h"
#include "core/store/archivecheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Baoku::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baoku-cli", text);
}

} // namespace

int runCheck(const QStringList &arguments)
{
    QCommandLineParser cli;
    cli.setApplicationDescription(tr("Check the archive: SQLite's integrity check, foreign keys and the "
                                     "consistency of the full-text index with the articles. A read-only "
                                     "archive is checked as far as reading allows; what could not be "
                                     "checked is listed as UNCHECKED (exit code 4)."));
    cli.addHelpOption();
    const QCommandLineOption dbOption = archiveOption();
    cli.addOption(dbOption);
    if (const auto stop = parseOrStop(cli, arguments))
        return *stop;
    if (!cli.positionalArguments().isEmpty()) {
        printErr(tr("check takes no arguments; see baoku-cli check --help\n"));
        return BadInput;
    }
    const QString path = Core::Archive::resolvePath(cli.value(dbOption));
    Core::Archive archive;
    if (!openExistingArchive(archive, cli.value(dbOption)))
        return SomeFailed;
    archive.database().setCancelCheck(interrupted);
    int failed = 0;
    int unverified = 0;
    QString report;
    for (const auto &result : Core::checkArchive(archive.database())) {
        if (interrupted())
            return reportInterrupted();
        if (result.passed()) {
            report += tr("ok      %1\n").arg(result.name);
            continue;
        }
        if (!result.problems.isEmpty()) {
            ++failed;
            report += tr("FAILED  %1\n").arg(result.name);
            for (const auto &problem : result.problems)
                report += u"        "_s + printable(problem) + u'\n';
        }
        if (!result.unverified.isEmpty()) {
            ++unverified;
            report += tr("UNCHECKED %1: cannot verify (%2)\n").arg(result.name, printable(result.unverified));
        }
    }
    const auto issues = archive.issues();
    qint64 articles = 0;
    for (const auto &issue : issues)
        articles += issue.articleCount;
    const QString last = failed > 0        ? tr("%1: %2 issues, %3 articles; PROBLEMS FOUND\n")
                       : unverified > 0    ? tr("%1: %2 issues, %3 articles; no problems found, but not everything could be checked\n")
                                           : tr("%1: %2 issues, %3 articles; no problems found\n");
    printOut(report + last.arg(QDir::toNativeSeparators(path)).arg(issues.size()).arg(articles));
    archive.database().setCancelCheck({});
    return failed > 0 ? SomeFailed : unverified > 0 ? Unverified : Ok;
}

} // namespace Baoku::Cli
