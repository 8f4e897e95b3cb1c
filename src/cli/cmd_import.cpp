#include "cli/cliargs.h"
#include "cli/commands.h"
#include "cli/interrupt.h"
#include "cli/output.h"

#include "core/store/archive.h"
#include "core/pg/pgconnection.h"
#include "core/store/importer.h"
#include "core/store/pgimporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Baoku::Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("baoku-cli", text, disambiguation, n);
}

// Draws a bar on a terminal; otherwise the per-file lines printed by the result callback suffice.
class StderrProgress final : public Core::ProgressListener {
public:
    explicit StderrProgress(bool terminal)
        : m_terminal(terminal)
    {
    }
    void progress(qint64 done, qint64 total, const QString &what) override
    {
        if (!m_terminal || total <= 0)
            return;
        constexpr int width = 30;
        const int filled = int(width * done / total);
        const QString name = QFileInfo(what).fileName().left(40);
        printErr(u"\r\x1b[K["_s + QString(filled, u'#') + QString(width - filled, u' ') + u"] "_s
                 + QString::number(done) + u'/' + QString::number(total) + u' ' + name);
        if (done == total)
            printErr(u"\n"_s);
    }
    bool isCancelled() const override { return interrupted(); }

private:
    bool m_terminal;
};

QString describe(const Core::ImportResult &result)
{
    const QString path = printable(QDir::toNativeSeparators(result.path));
    switch (result.status) {
    case Core::ImportStatus::Imported:
        return result.reason.isEmpty()
            ? tr("imported %1 (%n article(s))", nullptr, result.articleCount).arg(path)
            : tr("imported %1 (%n article(s)); %2", nullptr, result.articleCount).arg(path, result.reason);
    case Core::ImportStatus::Skipped:
        return tr("skipped %1: %2").arg(path, result.reason);
    case Core::ImportStatus::Failed:
        break;
    }
    return tr("failed %1: %2").arg(path, result.reason);
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser cli;
    cli.setApplicationDescription(tr("Import OCR text files of newspaper issues into the archive. Folders are "
                                     "searched for *.txt files; each file is stored in a savepoint of a transaction of up to "
                                     "64 files and reported once that is committed; the search index takes the new articles in "
                                     "batches of about 4 MB and at the end. A file unchanged at the same path since its import "
                                     "is skipped without being read. Into a postgresql:// "
                                     "archive the files are imported as into a file and the changed issues published "
                                     "in one transaction at the end: all of them or nothing (docs/shared-archives.md)."));
    cli.addHelpOption();
    cli.addPositionalArgument(u"FILE|DIR"_s, tr("Files or folders to import."), u"FILE|DIR..."_s);
    const QCommandLineOption dbOption = archiveOption();
    const QCommandLineOption dateOption(u"date"_s, tr("The issue date of every file, overriding what the parser finds."),
                                        u"YYYY-MM-DD"_s);
    const QCommandLineOption replaceOption(u"replace"_s,
        tr("Replace a page already in the archive (and re-parse files imported by an older parser)."));
    const QCommandLineOption pageOption(u"page"_s,
        tr("The page a file holds when neither its header (第N版) nor its name (_04, -04, p4, 第4版, 04.txt) "
           "says (default 1)."),
        u"N"_s);
    const QCommandLineOption newspaperOption(u"newspaper"_s,
        tr("The newspaper of pages that name none (default: the paper the other pages of their folder name, "
           "else the archive's only one)."),
        u"NAME"_s);
    cli.addOptions({dbOption, dateOption, pageOption, newspaperOption, replaceOption});
    if (const auto stop = parseOrStop(cli, arguments))
        return *stop;
    if (cli.positionalArguments().isEmpty()) {
        printErr(tr("import needs at least one FILE or DIR; see baoku-cli import --help\n"));
        return BadInput;
    }
    Core::ImportOptions options;
    options.replace = cli.isSet(replaceOption);
    options.newspaper = cli.value(newspaperOption).trimmed();
    if (cli.isSet(pageOption)) {
        bool ok = false;
        const int page = cli.value(pageOption).toInt(&ok);
        if (!ok || page < 1 || page > 999) {
            printErr(tr("--page %1: not a page number\n").arg(cli.value(pageOption)));
            return BadInput;
        }
        options.page = page;
    }
    const auto date = Cli::dateOption(cli, u"date"_s);
    if (!date)
        return BadInput;
    options.date = *date;

    Core::Archive archive;
    QString error;
    const QString location = Core::Archive::resolvePath(cli.value(dbOption));
    const bool remote = Core::Archive::isRemoteLocation(location);
    const bool terminal = isatty(fileno(stderr)) != 0;
    StderrProgress progress(terminal);
    QList<Core::ImportResult> results;
    QString target = QDir::toNativeSeparators(location);
    bool unpublished = false;
    if (remote) {
        // Into a shared archive: through a temporary SQLite archive, published in one
        // transaction at the end, so the lines are printed once that has committed.
        Core::PgConnection connection;
        if (!connection.open(location, &error)) {
            printErr(error + u'\n');
            return SomeFailed;
        }
        target = Core::PgConnection::displayUrl(location);
        const Core::PgImportOutcome outcome = Core::PgImporter(connection).importPaths(cli.positionalArguments(), options, &progress);
        results = outcome.files;
        if (!terminal) {
            for (const auto &result : std::as_const(results))
                printErr(printable(describe(result)) + u'\n');
        }
        // Also a failure before any file was read (the database refused) fails the command.
        unpublished = !outcome.published.error.isEmpty();
        if (unpublished)
            printErr(tr("nothing was stored: %1\n").arg(outcome.published.error));
    } else {
        if (!archive.open(location, &error)) {
            printErr(error + u'\n');
            return SomeFailed;
        }
        indexLeftovers(archive); // a killed import's last batch, before this import's own
        if (interrupted())
            return reportInterrupted();
        target = QDir::toNativeSeparators(archive.path());
        results = Core::Importer(archive).importPaths(
            cli.positionalArguments(), options, &progress, [terminal](const Core::ImportResult &result) {
                // Printed after the file's transaction ended: a line saying "imported" is a promise.
                if (!terminal)
                    printErr(printable(describe(result)) + u'\n');
            });
    }

    int imported = 0, skipped = 0, failed = 0;
    QStringList failures;
    for (const auto &result : results) {
        if (result.status == Core::ImportStatus::Imported)
            ++imported;
        else if (result.status == Core::ImportStatus::Skipped)
            ++skipped;
        else
            failures.append(u"  "_s + printable(QDir::toNativeSeparators(result.path)) + u": "_s + printable(result.reason));
    }
    failed = int(failures.size());
    QString summary = tr("%1: imported %2, skipped %3, failed %4\n")
                          .arg(target)
                          .arg(imported)
                          .arg(skipped)
                          .arg(failed);
    if (!failures.isEmpty())
        summary += tr("Failed files:\n") + failures.join(u'\n') + u'\n';
    if (interrupted())
        summary += tr("Interrupted: the file in progress was not stored, nor the files after it; every file listed as imported is complete.\n");
    printOut(summary);
    if (interrupted())
        return interruptedExitCode();
    return failed > 0 || unpublished ? SomeFailed : Ok;
}

} // namespace Baoku::Cli
