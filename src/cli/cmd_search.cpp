#include "cli/cliargs.h"
#include "cli/commands.h"
#include "cli/output.h"

#include "core/search/searcher.h"
#include "core/search/textfold.h"
#include "core/store/archive.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Baoku::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baoku-cli", text);
}

QJsonObject hitJson(const Core::SearchHit &hit)
{
    QJsonArray highlights;
    for (const auto &[start, length] : hit.highlights)
        highlights.append(QJsonArray{start, length});
    return QJsonObject{
        {u"id"_s, hit.articleId},
        {u"date"_s, hit.date.toString(Qt::ISODate)},
        {u"page"_s, hit.page},
        {u"title"_s, hit.title},
        {u"bylines"_s, QJsonArray::fromStringList(hit.bylines)},
        {u"snippet"_s, hit.snippet},
        {u"snippet_text"_s, hit.snippetText},
        {u"highlights"_s, highlights},
        {u"score"_s, hit.score},
    };
}

QJsonObject resultJson(const QString &query, const Core::SearchResult &result, double elapsedMs)
{
    QJsonArray hits;
    for (const auto &hit : result.hits)
        hits.append(hitJson(hit));
    QJsonObject object{{u"query"_s, query}, {u"total"_s, result.total}, {u"hits"_s, hits},
                       {u"elapsed_ms"_s, elapsedMs}, {u"order"_s, result.cheapOrder ? u"title-then-newest"_s : u"rank"_s}};
    if (!result.error.isEmpty())
        object.insert(u"error"_s, result.error);
    return object;
}

void printText(const Core::SearchResult &result, const Core::SearchRequest &request)
{
    for (const auto &hit : result.hits) {
        QString line = hit.date.toString(Qt::ISODate) + u"  "_s + tr("p.%1").arg(hit.page) + u"  #"_s
            + QString::number(hit.articleId) + u"  "_s + hit.title;
        if (!hit.bylines.isEmpty())
            line += u"  ("_s + hit.bylines.join(u"、"_s) + u')';
        printOut(line + u"\n    "_s + hit.snippet + u'\n');
    }
    const qint64 shown = request.offset + result.hits.size();
    printOut(tr("%1 of %2 articles\n").arg(result.hits.isEmpty() ? 0 : shown).arg(result.total));
}

} // namespace

int runSearch(const QStringList &arguments)
{
    QCommandLineParser cli;
    cli.setApplicationDescription(tr("Search the archive. Words must all occur; \"…\" finds a phrase; OR, -word, "
                                     "title:, author:, column: and page: refine it (see docs/search.md)."));
    cli.addHelpOption();
    cli.addPositionalArgument(u"QUERY"_s, tr("The query; several arguments are joined by spaces."));
    const QCommandLineOption dbOption = archiveOption();
    const QCommandLineOption jsonOption(u"json"_s, tr("Print the result as one JSON object."));
    const QCommandLineOption limitOption(u"limit"_s, tr("At most N hits (default 20)."), u"N"_s, u"20"_s);
    const QCommandLineOption offsetOption(u"offset"_s, tr("Skip the first N hits."), u"N"_s, u"0"_s);
    const QCommandLineOption fromOption(u"from"_s, tr("Only issues on or after this date."), u"YYYY-MM-DD"_s);
    const QCommandLineOption toOption(u"to"_s, tr("Only issues on or before this date."), u"YYYY-MM-DD"_s);
    const QCommandLineOption sortOption(u"sort"_s, tr("rank (default) or date (newest first)."), u"ORDER"_s, u"rank"_s);
    const QCommandLineOption batchOption(u"batch"_s,
        tr("Run one query per line of FILE; print JSON lines with hits, total and elapsed_ms."), u"FILE"_s);
    cli.addOptions({dbOption, jsonOption, limitOption, offsetOption, fromOption, toOption, sortOption, batchOption});
    if (const auto stop = parseOrStop(cli, arguments))
        return *stop;

    Core::SearchRequest request;
    bool ok = false;
    request.limit = cli.value(limitOption).toInt(&ok);
    if (!ok || request.limit < 0 || request.limit > 100000) {
        printErr(tr("--limit %1: not a number from 0 to 100000\n").arg(cli.value(limitOption)));
        return BadInput;
    }
    request.offset = cli.value(offsetOption).toInt(&ok);
    if (!ok || request.offset < 0) {
        printErr(tr("--offset %1: not a number of 0 or more\n").arg(cli.value(offsetOption)));
        return BadInput;
    }
    const auto from = Cli::dateOption(cli, u"from"_s);
    const auto to = Cli::dateOption(cli, u"to"_s);
    if (!from || !to)
        return BadInput;
    request.from = *from;
    request.to = *to;
    const QString sort = cli.value(sortOption);
    if (sort != u"rank"_s && sort != u"date"_s) {
        printErr(tr("--sort %1: use rank or date\n").arg(sort));
        return BadInput;
    }
    request.sort = sort == u"date"_s ? Core::SearchSort::Date : Core::SearchSort::Rank;

    QStringList queries;
    const bool batch = cli.isSet(batchOption);
    if (batch) {
        QFile file(cli.value(batchOption));
        if (!file.open(QIODevice::ReadOnly)) {
            printErr(tr("%1: cannot read the batch file (%2)\n").arg(file.fileName(), file.errorString()));
            return BadInput;
        }
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            if (!line.trimmed().isEmpty())
                queries.append(line.trimmed());
        }
    } else {
        if (cli.positionalArguments().isEmpty()) {
            printErr(tr("search needs a QUERY; see baoku-cli search --help\n"));
            return BadInput;
        }
        queries.append(cli.positionalArguments().join(u' '));
    }

    const QString path = Core::Archive::resolvePath(cli.value(dbOption));
    Core::Archive archive;
    if (!openExistingArchive(archive, cli.value(dbOption)))
        return BadInput;
    Core::Searcher searcher(archive.database());
    // The folding tables are built once per process (about 0.1 s); build them before the clock
    // starts so that elapsed_ms is the search alone.
    (void)Core::foldText(u"電"_s);
    int exitCode = Ok;
    for (const QString &query : queries) {
        request.query = query;
        QElapsedTimer timer;
        timer.start();
        const Core::SearchResult result = searcher.search(request);
        const double elapsedMs = double(timer.nsecsElapsed()) / 1e6;
        if (!result.error.isEmpty()) {
            printErr(tr("%1: search failed: %2\n").arg(path, result.error));
            exitCode = SomeFailed;
        }
        if (batch)
            printJson(resultJson(query, result, elapsedMs), false);
        else if (cli.isSet(jsonOption))
            printJson(resultJson(query, result, elapsedMs), true);
        else
            printText(result, request);
    }
    return exitCode;
}

} // namespace Baoku::Cli
