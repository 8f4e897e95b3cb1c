#include "cliargs.h"
#include "commands.h"
#include "output.h"

#include "store/archive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Baoku::Cli {

QCommandLineOption archiveOption()
{
    return QCommandLineOption(u"db"_s,
                              QCoreApplication::translate("baoku-cli", "The archive (default: $BAOKU_DB, else %1).")
                                  .arg(QDir::toNativeSeparators(Core::Archive::defaultPath())),
                              u"PATH"_s);
}

std::optional<int> parseOrStop(QCommandLineParser &cli, const QStringList &arguments)
{
    if (!cli.parse(arguments)) {
        printErr(cli.errorText() + u'\n');
        return BadInput;
    }
    if (cli.isSet(u"help"_s)) {
        printOut(cli.helpText());
        return Ok;
    }
    return std::nullopt;
}

bool openExistingArchive(Core::Archive &archive, const QString &dbValue)
{
    const QString path = Core::Archive::resolvePath(dbValue);
    if (!QFileInfo(path).isFile()) {
        printErr(QCoreApplication::translate("baoku-cli", "%1: no archive here; import issues first (baoku-cli import)\n")
                     .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QString error;
    if (!archive.open(path, &error)) {
        printErr(error + u'\n');
        return false;
    }
    return true;
}

} // namespace Baoku::Cli
