// baoku-cli export: articles from the archive into text, citation, PDF or ODT files.
#include "cli/cliargs.h"
#include "cli/commands.h"
#include "cli/interrupt.h"
#include "cli/output.h"

#include "exportgui/documentwriter.h"
#include "exportgui/setdocument.h"
#include "core/common/textdecoder.h"
#include "core/export/dataexport.h"
#include "core/export/exporter.h"
#include "core/export/exportset.h"
#include "core/search/searcher.h"
#include "core/store/archive.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QSaveFile>

#include <QElapsedTimer>

#include <cstdio>
#include <cerrno>
#include <cstring>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Baoku::Cli {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("baoku-cli", text); }

Core::ExportItem toItem(const Core::StoredArticle &stored) { return {stored.id, stored.issue, stored.article}; }

// --all --format json to stdout streams one line per article instead of holding the archive in
// memory; it stops at the first failed write or at a signal.
bool streamAllJson(const Core::Archive &archive)
{
    return archive.forEachArticle([](const Core::StoredArticle &stored) {
        const Core::ExportItem item = Core::withoutControls(toItem(stored));
        const QByteArray line = QJsonDocument(Core::articleRecord(item)).toJson(QJsonDocument::Compact) + '\n';
        return !interrupted() && writeOut(line, false);
    });
}

// Why an existing path cannot be an export's output, or empty when it can: export replaces only
// regular files (through a temporary file renamed over them), never a FIFO, a device or a socket.
QString refusedOutput(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return {};
    if (info.isFile())
        return {};
    if (info.isDir())
        return tr("%1: is a folder; export writes one file here").arg(QDir::toNativeSeparators(path));
    if (info.isSymLink() && !info.exists())
        return tr("%1: is a broken symbolic link, not a regular file; nothing written").arg(QDir::toNativeSeparators(path));
    return tr("%1: is not a regular file (a FIFO, device or socket); export writes only regular files, "
              "--force or not").arg(QDir::toNativeSeparators(path));
}

// QSaveFile reports a failed flush as "Unknown error"; errno right after the failure says more.
QString saveError(const QSaveFile &file, int savedErrno)
{
    const QString text = file.errorString();
    if (savedErrno != 0 && (text.isEmpty() || text == u"Unknown error"_s))
        return QString::fromLocal8Bit(std::strerror(savedErrno));
    return text;
}

// The articles the options select, in the order asked for, and a cover line saying what they are;
// false with a message when one is missing. Only ids are kept, so a large set streams.
bool collect(const Core::Archive &archive, const QCommandLineParser &cli, const QDate &issueDate, Core::ExportSet &set,
             QString &error)
{
    QList<qint64> &ids = set.ids;
    if (cli.isSet(u"article"_s)) {
        QStringList texts;
        for (const auto &value : cli.values(u"article"_s) + cli.positionalArguments())
            texts += value.split(u',', Qt::SkipEmptyParts);
        for (const auto &text : texts) {
            bool ok = false;
            const qint64 id = text.trimmed().toLongLong(&ok);
            const auto stored = ok ? archive.article(id) : std::nullopt;
            if (!stored) {
                error = ok ? tr("article %1: not in the archive").arg(id) : tr("--article %1: not an article id").arg(text);
                return false;
            }
            ids << stored->id;
        }
        set.cover = Core::selectionCover(ids.size());
    } else if (issueDate.isValid()) {
        const QString newspaper = cli.value(u"newspaper"_s).trimmed();
        QStringList newspapers;
        for (const auto &issue : archive.issues()) {
            if (issue.date == issueDate && (newspaper.isEmpty() || issue.newspaper == newspaper)) {
                for (const auto &stored : archive.articlesOfIssue(issue.id)) {
                    ids << stored.id;
                    if (!newspapers.contains(stored.issue.newspaper))
                        newspapers << stored.issue.newspaper;
                }
            }
        }
        set.cover = Core::issueCover(newspapers.join(u'、'), issueDate);
    } else if (cli.isSet(u"query"_s)) {
        // Every hit, not one page: walk the result in pages without snippets.
        Core::SearchRequest request;
        request.query = cli.value(u"query"_s);
        request.limit = 1000;
        request.withSnippets = false;
        request.withTotal = false;
        for (;;) {
            const Core::SearchResult result = archive.search(request);
            if (!result.error.isEmpty()) {
                error = tr("search failed: %1").arg(result.error);
                return false;
            }
            for (const auto &hit : result.hits)
                ids << hit.articleId;
            if (result.hits.size() < request.limit)
                break;
            request.offset += request.limit;
        }
        set.cover = Core::queryCover(request.query);
    } else {
        archive.forEachArticle([&ids](const Core::StoredArticle &stored) {
            ids << stored.id;
            return true;
        });
        set.cover = u"全部文章"_s;
    }
    if (!archive.lastError().isEmpty()) {
        error = archive.lastError();
        return false;
    }
    return true;
}

Core::ExportItem load(const Core::Archive &archive, qint64 id) { return toItem(*archive.article(id)); }

// A line on stderr, redrawn at most ten times a second; only on a terminal.
class ProgressLine final : public Core::ProgressListener {
public:
    explicit ProgressLine(bool enabled) : m_enabled(enabled && isatty(STDERR_FILENO)) { m_clock.start(); }
    ~ProgressLine() override
    {
        if (m_drawn)
            std::fputs("\r\033[K", stderr);
    }
    void progress(qint64 done, qint64 total, const QString &) override
    {
        if (!m_enabled || total <= 0 || (m_clock.elapsed() < 100 && done < total))
            return;
        m_clock.restart();
        m_drawn = true;
        const QString line = tr("exporting: %1%").arg(done * 100 / total);
        std::fputs(QByteArray("\r" + line.toLocal8Bit()).constData(), stderr);
        std::fflush(stderr);
    }

    // A combined document stops between articles at SIGINT/SIGTERM, like every other command.
    bool isCancelled() const override { return interrupted(); }

private:
    bool m_enabled;
    bool m_drawn = false;
    QElapsedTimer m_clock;
};

struct Target final {
    QString path;
    QList<qint64> ids;
};

// One file unless the user asked for one file per article (--split, or -o naming a folder);
// several articles in pdf, odt or txt make one document with a cover and contents.
QList<Target> plan(Core::ExportFormat format, const Core::Archive &archive, const QList<qint64> &ids,
                   const QString &output, bool split)
{
    const QString extension = u'.' + Core::fileExtension(format);
    const bool folder = split || QFileInfo(output).isDir() || output.endsWith(u'/');
    if (!folder)
        return {{output, ids}};
    if (Core::holdsSeveral(format) || ids.size() == 1) {
        const QString name = ids.size() == 1 ? Core::fileBaseName(load(archive, ids.first())) : u"baoku-export"_s;
        return {{QDir(output).filePath(name + extension), ids}};
    }
    QList<Target> targets;
    for (const qint64 id : ids)
        targets.append({QDir(output).filePath(Core::fileBaseName(load(archive, id)) + extension), {id}});
    return targets;
}

bool writeTarget(Core::ExportFormat format, const Core::Archive &archive, const Core::ExportSet &set,
                 const Target &target, Core::ProgressListener *progress, QString &error)
{
    if (!QDir().mkpath(QFileInfo(target.path).absolutePath())) {
        error = tr("%1: cannot create the folder").arg(QFileInfo(target.path).absolutePath());
        return false;
    }
    const Core::ItemLoader loader = [&archive](qint64 id) -> std::optional<Core::ExportItem> {
        const auto stored = archive.article(id);
        return stored ? std::optional<Core::ExportItem>(Core::withoutControls(toItem(*stored))) : std::nullopt;
    };
    const Core::ExportSet targetSet{Core::withoutControls(set.cover), target.ids};
    const bool combined = target.ids.size() > 1;
    if (combined && format == Core::ExportFormat::Pdf)
        return Core::writeSetPdf(targetSet, loader, target.path, progress, &error);
    if (combined && format == Core::ExportFormat::Odt)
        return Core::writeSetOdt(targetSet, loader, target.path, progress, &error);
    if (combined && format == Core::ExportFormat::Text) {
        QSaveFile file(target.path);
        errno = 0;
        if (!file.open(QIODevice::WriteOnly) || !Core::writeCombinedText(targetSet, loader, file, progress, &error)
            || !file.commit()) {
            error = u"%1: %2"_s.arg(target.path, error.isEmpty() ? saveError(file, errno) : error);
            return false;
        }
        return true;
    }
    QList<Core::ExportItem> items;
    for (const qint64 id : target.ids)
        items << load(archive, id);
    if (format == Core::ExportFormat::Pdf)
        return Core::writePdf(items, target.path, &error);
    if (format == Core::ExportFormat::Odt)
        return Core::writeOdt(items, target.path, &error);
    // QSaveFile writes a temporary file beside the target and renames it into place on commit:
    // a failed or interrupted export leaves the old file (or none) and no partial one.
    QSaveFile file(target.path);
    const QByteArray bytes = Core::exportText(format, items);
    errno = 0;
    bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
    const int savedErrno = errno;
    if (ok && interrupted()) {
        file.cancelWriting();
        ok = false;
    }
    if (!ok || !file.commit()) {
        error = interrupted() ? tr("%1: interrupted; nothing written").arg(target.path)
                              : u"%1: %2"_s.arg(target.path, saveError(file, errno != 0 ? errno : savedErrno));
        return false;
    }
    return true;
}

} // namespace

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    bool gui = false;
    // collection, tag and star export through runExport too.
    const auto exports = [](const char *command) {
        for (const char *name : {"export", "collection", "tag", "star"}) {
            if (std::strcmp(command, name) == 0)
                return true;
        }
        return false;
    };
    if (argc > 1 && exports(argv[1])) {
        for (int i = 2; i < argc; ++i) {
            const QByteArray arg(argv[i]);
            const QByteArray value = arg.startsWith("--format=") ? arg.mid(9) : (arg == "--format" && i + 1 < argc ? QByteArray(argv[i + 1]) : QByteArray());
            if (const auto format = Core::formatFromName(QString::fromUtf8(value)); format && Core::needsGui(*format))
                gui = true;
        }
    }
    if (!gui)
        return std::make_unique<QCoreApplication>(argc, argv);
    // PDF and ODT need fonts from QtGui; the offscreen platform needs no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser cli;
    cli.setApplicationDescription(tr("Export articles from the archive as text, citations, PDF or ODT (see docs/export.md)."));
    cli.addHelpOption();
    cli.addPositionalArgument(u"[ID...]"_s, tr("More article ids after --article."));
    const QCommandLineOption dbOption = archiveOption();
    const QCommandLineOption formatOption(u"format"_s, tr("One of: %1.").arg(Core::formatNames().join(u", "_s)), u"FORMAT"_s);
    const QCommandLineOption articleOption(u"article"_s, tr("The article with this id; repeat it or add more ids."), u"ID"_s);
    const QCommandLineOption issueOption(u"issue"_s, tr("Every article of the issue of this date."), u"YYYY-MM-DD"_s);
    const QCommandLineOption newspaperOption(u"newspaper"_s,
        tr("With --issue: only the issue of this newspaper (when several papers share the date)."), u"NAME"_s);
    const QCommandLineOption queryOption(u"query"_s, tr("Every article the search query finds."), u"QUERY"_s);
    const QCommandLineOption allOption(u"all"_s, tr("Every article in the archive."));
    const QCommandLineOption outputOption({u"o"_s, u"output"_s},
        tr("The file (one document for every article), or with a trailing / the folder for one file per article; "
           "text formats go to stdout without it."), u"FILE|DIR/"_s);
    const QCommandLineOption splitOption(u"split"_s, tr("One file per article in the folder -o names."));
    const QCommandLineOption quietOption(u"quiet"_s, tr("No progress line on the terminal."));
    const QCommandLineOption forceOption(u"force"_s, tr("Overwrite existing files."));
    cli.addOptions({dbOption, formatOption, articleOption, issueOption, newspaperOption, queryOption, allOption, outputOption,
                    splitOption, quietOption, forceOption});
    if (const auto stop = parseOrStop(cli, arguments))
        return *stop;
    const auto format = Core::formatFromName(cli.value(formatOption));
    if (!format) {
        printErr(tr("--format %1: use one of %2\n").arg(cli.value(formatOption), Core::formatNames().join(u", "_s)));
        return BadInput;
    }
    const int selections = int(cli.isSet(articleOption)) + int(cli.isSet(issueOption)) + int(cli.isSet(queryOption))
        + int(cli.isSet(allOption));
    if (selections != 1 || (!cli.positionalArguments().isEmpty() && !cli.isSet(articleOption))) {
        printErr(tr("export takes exactly one of --article, --issue, --query or --all; see baoku-cli export --help\n"));
        return BadInput;
    }
    const QString output = cli.value(outputOption);
    if (output.isEmpty() && Core::needsGui(*format)) {
        printErr(tr("--format %1 writes files: give one with -o FILE or a folder with -o DIR\n").arg(Core::formatName(*format)));
        return BadInput;
    }

    const auto issueDate = dateOption(cli, u"issue"_s);
    if (!issueDate)
        return BadInput;

    const QString path = Core::Archive::resolvePath(cli.value(dbOption));
    Core::Archive archive;
    if (!openExistingArchive(archive, cli.value(dbOption), true))
        return BadInput;
    QString error;
    archive.database().setCancelCheck(interrupted);
    if (cli.isSet(allOption) && *format == Core::ExportFormat::Json && output.isEmpty()) {
        const bool done = streamAllJson(archive);
        if (interrupted())
            return reportInterrupted();
        if (outputFailed())
            return WriteFailed; // finishOutput says why
        if (!done || !archive.lastError().isEmpty()) {
            printErr(tr("%1: export stopped: %2\n").arg(path, archive.lastError()));
            return SomeFailed;
        }
        return Ok;
    }

    Core::ExportSet set;
    const bool collected = collect(archive, cli, *issueDate, set, error);
    if (interrupted())
        return reportInterrupted();
    if (!collected) {
        printErr(u"%1: %2\n"_s.arg(path, error));
        return BadInput;
    }
    if (set.ids.isEmpty()) {
        printErr(tr("nothing to export: no article matches\n"));
        return SomeFailed;
    }
    if (output.isEmpty()) {
        if (cli.isSet(splitOption)) {
            printErr(tr("--split writes files: give the folder with -o DIR\n"));
            return BadInput;
        }
        QList<Core::ExportItem> items;
        for (const qint64 id : set.ids)
            items << load(archive, id);
        writeOut(Core::exportText(*format, items));
        return Ok; // finishOutput turns a failed write into WriteFailed
    }

    // A FIFO or device given as -o is neither a file to replace nor a folder to write into.
    if (const QFileInfo info(output); info.exists() && !info.isDir()) {
        if (const QString refused = refusedOutput(output); !refused.isEmpty()) {
            printErr(refused + u'\n');
            return BadInput;
        }
    }
    const QList<Target> targets = plan(*format, archive, set.ids, output, cli.isSet(splitOption));
    for (const auto &target : targets) {
        if (const QString refused = refusedOutput(target.path); !refused.isEmpty()) {
            printErr(refused + u'\n');
            return BadInput;
        }
    }
    if (!cli.isSet(forceOption)) {
        for (const auto &target : targets) {
            if (QFileInfo::exists(target.path)) {
                printErr(tr("%1: exists already; nothing written (use --force to overwrite)\n").arg(target.path));
                return BadInput;
            }
        }
    }
    {
        ProgressLine progress(!cli.isSet(quietOption));
        for (const auto &target : targets) {
            if (interrupted())
                return reportInterrupted();
            if (!writeTarget(*format, archive, set, target, &progress, error)) {
                if (interrupted())
                    return reportInterrupted();
                printErr(error + u'\n');
                return WriteFailed;
            }
        }
    }
    printErr(QCoreApplication::translate("baoku-cli", "%n article(s) written to %1\n", nullptr, int(set.ids.size()))
                 .arg(targets.size() == 1 ? targets.first().path : QDir::toNativeSeparators(output)));
    return Ok;
}

} // namespace Baoku::Cli
