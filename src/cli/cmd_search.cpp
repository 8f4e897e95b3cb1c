#include "cli/cliargs.h"
#include "cli/commands.h"
#include "cli/filterargs.h"
#include "cli/interrupt.h"
#include "cli/output.h"

#include "core/search/facets.h"
#include "core/search/searcher.h"
#include "core/search/textfold.h"
#include "core/store/archive.h"

#include <QCommandLineParser>
#include <QSet>
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

// A batch line longer than this is refused; a query may have at most QueryParser::kMaxQueryChars
// characters, which UTF-8 writes in at most 4 bytes each.
constexpr qint64 kMaxBatchLineBytes = 4 * Core::QueryParser::kMaxQueryChars + 2;

QJsonObject hitJson(const Core::SearchHit &hit)
{
    QJsonArray highlights;
    for (const auto &[start, length] : hit.highlights)
        highlights.append(QJsonArray{start, length});
    QStringList bylines;
    for (const QString &name : hit.bylines)
        bylines.append(printable(name));
    // Highlights count UTF-16 units of snippet_text, so text with control characters keeps them
    // there (JSON escapes C0 itself); the other fields are cleaned like the text output.
    return QJsonObject{
        {u"id"_s, hit.articleId},
        {u"date"_s, hit.date.toString(Qt::ISODate)},
        {u"page"_s, hit.page},
        {u"title"_s, printable(hit.title)},
        {u"bylines"_s, QJsonArray::fromStringList(bylines)},
        {u"snippet"_s, printable(hit.snippet)},
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

QJsonObject facetsJson(const Core::FacetResult &counts, const QList<Core::Facet> &facets)
{
    QJsonObject object;
    for (Core::Facet facet : facets) {
        QJsonArray values;
        for (const auto &value : counts.facets.value(facet))
            values.append(QJsonObject{{u"value"_s, value.value}, {u"count"_s, value.count}});
        object.insert(Core::FacetCounter::name(facet), values);
    }
    return object;
}

void printText(const Core::SearchResult &result, const Core::SearchRequest &request, const Core::FacetResult &counts,
               const QList<Core::Facet> &facets)
{
    // Imported text may hold ESC or BEL; none of it reaches the terminal.
    for (const auto &hit : result.hits) {
        QString line = hit.date.toString(Qt::ISODate) + u"  "_s + tr("p.%1").arg(hit.page) + u"  #"_s
            + QString::number(hit.articleId) + u"  "_s + printable(hit.title);
        if (!hit.bylines.isEmpty())
            line += u"  ("_s + printable(hit.bylines.join(u"、"_s)) + u')';
        if (!printOut(line + u"\n    "_s + printable(hit.snippet) + u'\n'))
            return;
    }
    const qint64 shown = request.offset + result.hits.size();
    printOut(tr("%1 of %2 articles\n").arg(result.hits.isEmpty() ? 0 : shown).arg(result.total));
    for (Core::Facet facet : facets) {
        QStringList values;
        for (const auto &value : counts.facets.value(facet))
            values.append(printable(value.value) + u" ("_s + QString::number(value.count) + u')');
        printOut(Core::FacetCounter::name(facet) + u": "_s + values.join(u", "_s) + u'\n');
    }
}

// The next line of a batch file, without its line end; false at the end of the file, or with
// `error` set when the line is longer than any query may be (/dev/zero has no line end at all).
bool nextBatchLine(QFile &file, qint64 lineNo, QString &line, QString &error)
{
    // No atEnd() first: a pipe or a device has nothing buffered yet and would look finished.
    const QByteArray bytes = file.readLine(kMaxBatchLineBytes + 1);
    if (bytes.isEmpty())
        return false;
    if (!bytes.endsWith('\n') && bytes.size() >= kMaxBatchLineBytes) {
        error = tr("%1: line %2 is longer than %3 bytes; a query may have at most %4 characters")
                    .arg(file.fileName())
                    .arg(lineNo)
                    .arg(kMaxBatchLineBytes)
                    .arg(Core::QueryParser::kMaxQueryChars);
        return false;
    }
    line = QString::fromUtf8(bytes).trimmed();
    return true;
}

// A query word may start with "-" (an exclusion such as -手机): every argument that is not one of
// the command's options (and does not start with "--") is moved behind "--", so that QCommandLineParser reads it as query text
// instead of failing with "Unknown options". An option's separate value stays beside it.
QStringList queryWordsAsPositional(const QStringList &arguments, const QList<QCommandLineOption> &options)
{
    QSet<QString> flags{u"h"_s, u"help"_s, u"?"_s, u"help-all"_s};
    QSet<QString> withValue;
    for (const auto &option : options)
        for (const QString &name : option.names())
            (option.valueName().isEmpty() ? flags : withValue).insert(name);
    QStringList kept{arguments.value(0)};
    QStringList words;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--"_s) {
            words += arguments.mid(i + 1);
            break;
        }
        const QString name = arg.startsWith(u"--"_s) ? arg.mid(2).section(u'=', 0, 0)
                           : arg.startsWith(u'-') ? arg.mid(1) : QString();
        // "--name" is always an option (a typo is reported); "-word" is one only when it names one.
        if (name.isEmpty() || (!arg.startsWith(u"--"_s) && !flags.contains(name) && !withValue.contains(name))) {
            words << arg;
            continue;
        }
        kept << arg;
        if (withValue.contains(name) && !arg.contains(u'=') && i + 1 < arguments.size())
            kept << arguments.at(++i);
    }
    if (!words.isEmpty())
        kept << u"--"_s << words;
    return kept;
}

} // namespace

int runSearch(const QStringList &arguments)
{
    QCommandLineParser cli;
    cli.setApplicationDescription(tr("Search the archive. Words must all occur; \"…\" finds a phrase; OR, -word, "
                                     "title:, author:, column: and page: refine it (see docs/search.md)."));
    cli.addHelpOption();
    cli.addPositionalArgument(u"QUERY"_s, tr("The query; several arguments are joined by spaces. Words starting "
                                             "with - (exclusions) are query text unless they name an option."));
    const QCommandLineOption dbOption = archiveOption();
    const QCommandLineOption jsonOption(u"json"_s, tr("Print the result as one JSON object."));
    const QCommandLineOption limitOption(u"limit"_s, tr("At most N hits (default 20)."), u"N"_s, u"20"_s);
    const QCommandLineOption offsetOption(u"offset"_s, tr("Skip the first N hits."), u"N"_s, u"0"_s);
    const FilterOptions filterOptions;
    const QCommandLineOption facetsOption(u"facets"_s,
        tr("Also print exact counts of the hits by these facets, comma-separated: year, month, newspaper, "
           "page, column, author."), u"LIST"_s);
    const QCommandLineOption sortOption(u"sort"_s, tr("rank (default) or date (newest first)."), u"ORDER"_s, u"rank"_s);
    const QCommandLineOption batchOption(u"batch"_s,
        tr("Run one query per line of FILE; print JSON lines with hits, total and elapsed_ms."), u"FILE"_s);
    const QCommandLineOption savedOption(u"saved"_s, tr("Run the saved search NAME (baoku-cli saved); options given here add to it."), u"NAME"_s);
    cli.addOptions({dbOption, jsonOption, limitOption, offsetOption, sortOption, batchOption, facetsOption, savedOption});
    filterOptions.addTo(cli);
    if (const auto stop = parseOrStop(cli, queryWordsAsPositional(arguments,
            QList<QCommandLineOption>{dbOption, jsonOption, limitOption, offsetOption, sortOption, batchOption, facetsOption,
                                      savedOption} + filterOptions.options())))
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
    if (!filterOptions.apply(cli, request))
        return BadInput;
    QList<Core::Facet> facets;
    if (cli.isSet(facetsOption)) {
        for (const QString &name : cli.value(facetsOption).split(u',', Qt::SkipEmptyParts)) {
            Core::Facet facet;
            if (!Core::FacetCounter::fromName(name.trimmed(), &facet)) {
                printErr(tr("--facets: unknown facet '%1'; use year, month, newspaper, page, column, author\n").arg(name));
                return BadInput;
            }
            if (!facets.contains(facet))
                facets.append(facet);
        }
    }
    const QString sort = cli.value(sortOption);
    if (sort != u"rank"_s && sort != u"date"_s) {
        printErr(tr("--sort %1: use rank or date\n").arg(sort));
        return BadInput;
    }
    request.sort = sort == u"date"_s ? Core::SearchSort::Date : Core::SearchSort::Rank;

    const bool batch = cli.isSet(batchOption);
    QFile batchFile(cli.value(batchOption));
    if (batch) {
        if (!batchFile.open(QIODevice::ReadOnly)) {
            printErr(tr("%1: cannot read the batch file (%2)\n").arg(batchFile.fileName(), batchFile.errorString()));
            return BadInput;
        }
    } else if (cli.positionalArguments().isEmpty() && !cli.isSet(savedOption)) {
        printErr(tr("search needs a QUERY; see baoku-cli search --help\n"));
        return BadInput;
    }

    const QString path = Core::Archive::resolvePath(cli.value(dbOption));
    Core::Archive archive;
    if (!openExistingArchive(archive, cli.value(dbOption), true))
        return BadInput;
    QString savedQuery;
    if (cli.isSet(savedOption)) {
        // The saved query and filters, unless the command line gives its own.
        Core::SearchRequest saved;
        if (!applySavedSearch(archive, cli.value(savedOption), saved))
            return BadInput;
        if (!batch && cli.positionalArguments().isEmpty())
            savedQuery = saved.query;
        if (!request.from.isValid() && !request.to.isValid()) {
            request.from = saved.from;
            request.to = saved.to;
        }
        if (request.pages.isEmpty())
            request.pages = saved.pages;
        for (auto [mine, theirs] : {std::pair{&request.newspaper, &saved.newspaper}, std::pair{&request.column, &saved.column},
                                    std::pair{&request.author, &saved.author}}) {
            if (mine->isEmpty())
                *mine = *theirs;
        }
        if (!cli.isSet(sortOption))
            request.sort = saved.sort;
    }
    // The folding tables are built once per process (about 0.1 s); build them before the clock
    // starts so that elapsed_ms is the search alone.
    (void)Core::foldText(u"電"_s);
    InterruptListener interrupt;
    int exitCode = Ok;
    // A batch is read one bounded line at a time, so a huge or endless file costs no memory.
    qint64 lineNo = 0;
    QString query = batch ? QString() : savedQuery.isEmpty() ? cli.positionalArguments().join(u' ') : savedQuery;
    for (bool first = true;; first = false) {
        if (batch) {
            QString error;
            if (!nextBatchLine(batchFile, ++lineNo, query, error)) {
                if (!error.isEmpty()) {
                    printErr(printable(error) + u'\n');
                    exitCode = BadInput;
                }
                break;
            }
            if (query.isEmpty())
                continue;
        } else if (!first) {
            break;
        }
        if (interrupted())
            return reportInterrupted();
        request.query = query;
        QElapsedTimer timer;
        timer.start();
        const Core::SearchResult result = archive.search(request, &interrupt);
        Core::FacetResult counts;
        if (!facets.isEmpty() && result.error.isEmpty() && !result.cancelled && !interrupted())
            counts = archive.facets(request, facets);
        const double elapsedMs = double(timer.nsecsElapsed()) / 1e6;
        if (result.cancelled || interrupted())
            return reportInterrupted();
        for (const QString &error : {result.error, counts.error}) {
            if (!error.isEmpty()) {
                printErr(tr("%1: search failed: %2\n").arg(path, error));
                exitCode = SomeFailed;
            }
        }
        QJsonObject json = resultJson(query, result, elapsedMs);
        if (!facets.isEmpty())
            json.insert(u"facets"_s, facetsJson(counts, facets));
        if (batch)
            printJson(json, false);
        else if (cli.isSet(jsonOption))
            printJson(json, true);
        else if (result.error.isEmpty())
            printText(result, request, counts, facets);
        if (outputFailed())
            break;
    }
    return exitCode;
}

} // namespace Baoku::Cli
