#include "cli/cliargs.h"
#include "cli/commands.h"
#include "cli/output.h"

#include "cli/interrupt.h"

#include "core/store/archive.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <unistd.h>

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
    indexLeftovers(archive);
    return true;
}

namespace {

// A percentage on a terminal, at most ten times a second; SIGINT/SIGTERM cancel.
class LeftoverProgress final : public Core::ProgressListener {
public:
    LeftoverProgress() : m_terminal(isatty(STDERR_FILENO) != 0) { m_clock.start(); }
    ~LeftoverProgress() override
    {
        if (m_drawn)
            printErr(u"\r\x1b[K"_s);
    }
    LeftoverProgress(const LeftoverProgress &) = delete;
    LeftoverProgress &operator=(const LeftoverProgress &) = delete;
    void progress(qint64 done, qint64 total, const QString &) override
    {
        if (!m_terminal || total <= 0 || m_clock.elapsed() < 100)
            return;
        m_clock.restart();
        m_drawn = true;
        printErr(u"\r"_s + QCoreApplication::translate("baoku-cli", "indexing: %1%").arg(done * 100 / total));
    }
    bool isCancelled() const override { return interrupted(); }

private:
    QElapsedTimer m_clock;
    bool m_terminal;
    bool m_drawn = false;
};

} // namespace

void indexLeftovers(Core::Archive &archive)
{
    if (archive.isRemote() || archive.isReadOnly())
        return;
    const qint64 waiting = archive.pendingIndex();
    if (waiting == 0)
        return;
    printErr(QCoreApplication::translate("baoku-cli", "%1 stored articles wait for the search index (an import was "
                                                      "interrupted); indexing them\n")
                 .arg(waiting));
    QString error;
    bool done = false;
    {
        LeftoverProgress progress;
        // Without waiting for another writer: opening never waits; a search does, and says why
        // it cannot answer when the lock stays taken.
        done = archive.indexPending(&progress, &error, false);
    }
    if (!done && !interrupted())
        printErr(QCoreApplication::translate("baoku-cli", "the search index was not completed now (%1); a search or "
                                                          "the next command completes it\n")
                     .arg(error));
}

} // namespace Baoku::Cli
