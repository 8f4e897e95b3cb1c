#include "cli/cliargs.h"
#include "cli/commands.h"
#include "cli/output.h"

#include "core/store/archive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Baoku::Cli {

QCommandLineOption archiveOption()
{
    return QCommandLineOption(u"db"_s,
                              QCoreApplication::translate("baoku-cli", "The archive: a file, or a postgresql:// URL for every "
                                                                       "command but check and publish (default: $BAOKU_DB, else %1).")
                                  .arg(QDir::toNativeSeparators(Core::Archive::defaultPath())),
                              u"PATH"_s);
}

QString exitCodesHelp()
{
    return QCoreApplication::translate("baoku-cli",
        "\nExit codes:\n"
        "  0    done\n"
        "  1    done in part: some files failed, the archive is damaged or busy, or a search failed\n"
        "  2    nothing done: wrong options or arguments, no archive, or an output path refused\n"
        "  3    the output could not be written (for example a full disk); it is incomplete\n"
        "  4    check only: nothing found damaged, but not everything could be checked\n"
        "  130  interrupted by Ctrl-C (SIGINT); 143 by SIGTERM\n");
}

std::optional<int> parseOrStop(QCommandLineParser &cli, const QStringList &arguments)
{
    if (!cli.parse(arguments)) {
        printErr(cli.errorText() + u'\n');
        return BadInput;
    }
    if (cli.isSet(u"help"_s)) {
        // Qt names the executable in the usage line; the command belongs there too.
        QString text = cli.helpText();
        const QString program = QCoreApplication::arguments().constFirst();
        const qsizetype at = text.indexOf(program);
        if (at >= 0 && at < text.indexOf(u'\n') && !arguments.isEmpty())
            text.replace(at, program.size(), u"baoku-cli "_s + arguments.constFirst());
        printOut(text + exitCodesHelp());
        return Ok;
    }
    return std::nullopt;
}

std::optional<QDate> dateOption(const QCommandLineParser &cli, const QString &name)
{
    if (!cli.isSet(name))
        return QDate();
    const QString value = cli.value(name);
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (!date.isValid()) {
        printErr(QCoreApplication::translate("baoku-cli", "--%1 %2: not a date of the form YYYY-MM-DD\n").arg(name, value));
        return std::nullopt;
    }
    return date;
}

bool openExistingArchive(Core::Archive &archive, const QString &dbValue, bool allowRemote)
{
    // Reading commands open a read-only archive (read-only media, no write permission) read-only.
    const QString path = Core::Archive::resolvePath(dbValue);
    if (Core::Archive::isRemoteLocation(path)) {
        QString error;
        if (!allowRemote) {
            printErr(QCoreApplication::translate("baoku-cli", "this command needs a SQLite archive; a PostgreSQL archive "
                                                              "serves import, issues, search, facets, trend, export, collections, notes and saved "
                                                              "searches (docs/shared-archives.md)\n"));
            return false;
        }
        if (!archive.open(path, &error, Core::OpenMode::Existing)) {
            printErr(error + u'\n');
            return false;
        }
        return true;
    }
    if (!QFileInfo(path).isFile()) {
        printErr(QCoreApplication::translate("baoku-cli", "%1: no archive here; import issues first (baoku-cli import)\n")
                     .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QString error;
    if (!archive.open(path, &error, Core::OpenMode::Existing)) {
        printErr(error + u'\n');
        return false;
    }
    return true;
}

} // namespace Baoku::Cli
