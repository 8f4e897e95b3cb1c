// baoku-cli export: articles from the archive into text, citation, PDF or ODT files.
#include "cli/cliargs.h"
#include "cli/commands.h"
#include "cli/output.h"

#include "exportgui/documentwriter.h"
#include "core/export/dataexport.h"
#include "core/export/exporter.h"
#include "core/search/searcher.h"
#include "core/store/archive.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Baoku::Cli {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("baoku-cli", text); }

Core::ExportItem toItem(const Core::StoredArticle &stored) { return {stored.id, stored.issue, stored.article}; }

// --all --format json to stdout streams one line per article instead of holding the archive in memory.
bool streamAllJson(const Core::Archive &archive)
{
    return archive.forEachArticle([](const Core::StoredArticle &stored) {
        const QByteArray line = QJsonDocument(Core::articleRecord(toItem(stored))).toJson(QJsonDocument::Compact) + '\n';
        return std::fwrite(line.constData(), 1, size_t(line.size()), stdout) == size_t(line.size());
    });
}

// The articles the options select, in the order asked for; false with a message when one is missing.
bool collect(const Core::Archive &archive, const QCommandLineParser &cli, const QDate &issueDate,
             QList<Core::ExportItem> &items, QString &error)
{
    if (cli.isSet(u"article"_s)) {
        QStringList ids;
        for (const auto &value : cli.values(u"article"_s) + cli.positionalArguments())
            ids += value.split(u',', Qt::SkipEmptyParts);
        for (const auto &text : ids) {
            bool ok = false;
            const qint64 id = text.trimmed().toLongLong(&ok);
            const auto stored = ok ? archive.article(id) : std::nullopt;
            if (!stored) {
                error = ok ? tr("article %1: not in the archive").arg(id) : tr("--article %1: not an article id").arg(text);
                return false;
            }
            items << toItem(*stored);
        }
    } else if (issueDate.isValid()) {
        const QString newspaper = cli.value(u"newspaper"_s).trimmed();
        for (const auto &issue : archive.issues()) {
            if (issue.date == issueDate && (newspaper.isEmpty() || issue.newspaper == newspaper)) {
                for (const auto &stored : archive.articlesOfIssue(issue.id))
                    items << toItem(stored);
            }
        }

    } else if (cli.isSet(u"query"_s)) {
        // Every hit, not one page: walk the result in pages without snippets.
        Core::Searcher searcher(archive.database());
        Core::SearchRequest request;
        request.query = cli.value(u"query"_s);
        request.limit = 1000;
        request.withSnippets = false;
        request.withTotal = false;
        for (;;) {
            const Core::SearchResult result = searcher.search(request);
            if (!result.error.isEmpty()) {
                error = tr("search failed: %1").arg(result.error);
                return false;
            }
            for (const auto &hit : result.hits) {
                if (const auto stored = archive.article(hit.articleId))
                    items << toItem(*stored);
            }
            if (result.hits.size() < request.limit)
                break;
            request.offset += request.limit;
        }
    } else {
        archive.forEachArticle([&items](const Core::StoredArticle &stored) {
            items << toItem(stored);
            return true;
        });
    }
    if (!archive.lastError().isEmpty()) {
        error = archive.lastError();
        return false;
    }
    return true;
}

struct Target final {
    QString path;
    QList<Core::ExportItem> items;
};

// One file for formats that hold several articles or for a single article; otherwise one file per
// article in the folder -o names (created when missing).
QList<Target> plan(Core::ExportFormat format, const QList<Core::ExportItem> &items, const QString &output)
{
    const QString extension = u'.' + Core::fileExtension(format);
    const bool folder = QFileInfo(output).isDir() || output.endsWith(u'/');
    if (Core::holdsSeveral(format) || (items.size() == 1 && !folder)) {
        if (!folder)
            return {{output, items}};
        const QString name = items.size() == 1 ? Core::fileBaseName(items.first()) : u"baoku-export"_s;
        return {{QDir(output).filePath(name + extension), items}};
    }
    QList<Target> targets;
    for (const auto &item : items)
        targets.append({QDir(output).filePath(Core::fileBaseName(item) + extension), {item}});
    return targets;
}

bool writeTarget(Core::ExportFormat format, const Target &target, QString &error)
{
    if (!QDir().mkpath(QFileInfo(target.path).absolutePath())) {
        error = tr("%1: cannot create the folder").arg(QFileInfo(target.path).absolutePath());
        return false;
    }
    if (format == Core::ExportFormat::Pdf)
        return Core::writePdf(target.items, target.path, &error);
    if (format == Core::ExportFormat::Odt)
        return Core::writeOdt(target.items, target.path, &error);
    QSaveFile file(target.path);
    const QByteArray bytes = Core::exportText(format, target.items);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        error = u"%1: %2"_s.arg(target.path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    bool gui = false;
    if (argc > 1 && std::strcmp(argv[1], "export") == 0) {
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
        tr("The file, or the folder for one file per article; text formats go to stdout without it."), u"FILE|DIR"_s);
    const QCommandLineOption forceOption(u"force"_s, tr("Overwrite existing files."));
    cli.addOptions({dbOption, formatOption, articleOption, issueOption, newspaperOption, queryOption, allOption, outputOption, forceOption});
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
    if (!openExistingArchive(archive, cli.value(dbOption)))
        return BadInput;
    QString error;
    if (cli.isSet(allOption) && *format == Core::ExportFormat::Json && output.isEmpty()) {
        if (!streamAllJson(archive) || !archive.lastError().isEmpty()) {
            printErr(tr("%1: export stopped: %2\n").arg(path, archive.lastError()));
            return SomeFailed;
        }
        return Ok;
    }

    QList<Core::ExportItem> items;
    if (!collect(archive, cli, *issueDate, items, error)) {
        printErr(u"%1: %2\n"_s.arg(path, error));
        return BadInput;
    }
    if (items.isEmpty()) {
        printErr(tr("nothing to export: no article matches\n"));
        return SomeFailed;
    }
    if (output.isEmpty()) {
        const QByteArray bytes = Core::exportText(*format, items);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return Ok;
    }

    const QList<Target> targets = plan(*format, items, output);
    if (!cli.isSet(forceOption)) {
        for (const auto &target : targets) {
            if (QFileInfo::exists(target.path)) {
                printErr(tr("%1: exists already; nothing written (use --force to overwrite)\n").arg(target.path));
                return BadInput;
            }
        }
    }
    for (const auto &target : targets) {
        if (!writeTarget(*format, target, error)) {
            printErr(error + u'\n');
            return SomeFailed;
        }
    }
    printErr(QCoreApplication::translate("baoku-cli", "%n article(s) written to %1\n", nullptr, int(items.size()))
                 .arg(targets.size() == 1 ? targets.first().path : QDir::toNativeSeparators(output)));
    return Ok;
}

} // namespace Baoku::Cli
