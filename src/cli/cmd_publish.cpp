// baoku-cli publish: copies a SQLite archive into a PostgreSQL database that many readers share
// (docs/shared-archives.md); a second run copies only new and changed issues.
#include "cli/cliargs.h"
#include "cli/commands.h"
#include "cli/interrupt.h"
#include "cli/output.h"

#include "core/pg/pgconnection.h"
#include "core/store/archive.h"
#include "core/store/publisher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace Baoku::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baoku-cli", text);
}

} // namespace

int runPublish(const QStringList &arguments)
{
    QCommandLineParser cli;
    cli.setApplicationDescription(tr("Copy the archive into a PostgreSQL database that many readers share. Only "
                                     "issues that are new or changed since the last publish are copied; issues no "
                                     "longer in the archive are removed. Readers see the old or the new archive, "
                                     "never a mix (docs/shared-archives.md)."));
    cli.addHelpOption();
    const QCommandLineOption dbOption = archiveOption();
    const QCommandLineOption toOption(u"to"_s, tr("The PostgreSQL database, e.g. postgresql://curator@host/baoku."), u"URL"_s);
    const QCommandLineOption fullOption(u"full"_s, tr("Copy every issue again, changed or not."));
    cli.addOptions({dbOption, toOption, fullOption});
    if (const auto stop = parseOrStop(cli, arguments))
        return *stop;
    if (!cli.positionalArguments().isEmpty() || !cli.isSet(toOption)) {
        printErr(tr("publish needs --to URL and takes no arguments; see baoku-cli publish --help\n"));
        return BadInput;
    }
    const QString url = cli.value(toOption);
    if (!Core::PgConnection::isUrl(url)) {
        printErr(tr("--to %1: not a postgresql:// URL\n").arg(url));
        return BadInput;
    }
    Core::Archive archive;
    if (!openExistingArchive(archive, cli.value(dbOption)))
        return BadInput;
    Core::PgConnection remote;
    QString error;
    if (!remote.open(url, &error)) {
        printErr(error + u'\n');
        return SomeFailed;
    }
    QElapsedTimer timer;
    timer.start();
    // Ctrl-C stops the copy before the next batch of issues; the transaction is then rolled back.
    InterruptListener listener;
    const Core::PublishResult result = Core::Publisher(archive, remote).publish(cli.isSet(fullOption), &listener);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (interrupted())
        return reportInterrupted();
    if (!result.error.isEmpty()) {
        printErr(tr("publish failed, nothing changed: %1\n").arg(result.error));
        return SomeFailed;
    }
    const double megabytes = double(result.bytes) / 1e6;
    printOut(tr("published to %1: %2 issues copied (%3 articles, %4 MB in %5 s), %6 unchanged, %7 removed\n")
                 .arg(Core::PgConnection::displayUrl(url))
                 .arg(result.copied)
                 .arg(result.articles)
                 .arg(megabytes, 0, 'f', 1)
                 .arg(seconds, 0, 'f', 2)
                 .arg(result.unchanged)
                 .arg(result.removed));
    return Ok;
}

} // namespace Baoku::Cli
