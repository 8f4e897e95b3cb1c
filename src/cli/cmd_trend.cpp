#include "cli/cliargs.h"
#include "cli/commands.h"
#include "cli/filterargs.h"
#include "cli/output.h"

#include "core/search/facets.h"
#include "core/store/archive.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Baoku::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baoku-cli", text);
}

// A count, or hits per 1,000 articles of the period (0 for a period without articles).
double value(const Core::TrendResult &trend, qsizetype query, qsizetype period, bool perArticles)
{
    const qint64 hits = trend.hits.at(query).at(period);
    if (!perArticles)
        return double(hits);
    const qint64 held = trend.articles.at(period);
    return held == 0 ? 0.0 : 1000.0 * double(hits) / double(held);
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"';
}

} // namespace

int runTrend(const QStringList &arguments)
{
    QCommandLineParser cli;
    cli.setApplicationDescription(tr("Hits per year or month for one or several queries (each argument is a query), "
                                     "from the archive's first issue to its last."));
    cli.addHelpOption();
    cli.addPositionalArgument(u"QUERY"_s, tr("One query per argument; quote a query of several words."), u"QUERY..."_s);
    const QCommandLineOption dbOption = archiveOption();
    const QCommandLineOption byOption(u"by"_s, tr("year (default) or month."), u"PERIOD"_s, u"year"_s);
    const QCommandLineOption perOption(u"per-articles"_s, tr("Hits per 1,000 articles of the period instead of counts."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object."));
    const QCommandLineOption csvOption(u"csv"_s, tr("Print CSV: a period column, then one column per query."));
    const FilterOptions filterOptions;
    cli.addOptions({dbOption, byOption, perOption, jsonOption, csvOption});
    filterOptions.addTo(cli);
    if (const auto stop = parseOrStop(cli, arguments))
        return *stop;
    const QString by = cli.value(byOption);
    if (by != u"year"_s && by != u"month"_s) {
        printErr(tr("--by %1: use year or month\n").arg(by));
        return BadInput;
    }
    if (cli.isSet(jsonOption) && cli.isSet(csvOption)) {
        printErr(tr("--json and --csv: choose one\n"));
        return BadInput;
    }
    const QStringList queries = cli.positionalArguments();
    if (queries.isEmpty()) {
        printErr(tr("trend needs at least one QUERY; see baoku-cli trend --help\n"));
        return BadInput;
    }
    Core::SearchRequest filters;
    if (!filterOptions.apply(cli, filters))
        return BadInput;
    Core::Archive archive;
    if (!openExistingArchive(archive, cli.value(dbOption), true))
        return BadInput;
    const Core::TrendResult trend = archive.trend(queries, by == u"year"_s ? Core::TrendPeriod::Year : Core::TrendPeriod::Month, filters);
    if (!trend.error.isEmpty()) {
        printErr(tr("%1: trend failed: %2\n").arg(archive.path(), trend.error));
        return SomeFailed;
    }
    const bool per = cli.isSet(perOption);
    if (cli.isSet(jsonOption)) {
        QJsonArray series;
        for (qsizetype q = 0; q < queries.size(); ++q) {
            QJsonArray values;
            for (qsizetype p = 0; p < trend.periods.size(); ++p)
                values.append(value(trend, q, p, per));
            series.append(QJsonObject{{u"query"_s, queries.at(q)}, {u"values"_s, values}});
        }
        QJsonArray articles;
        for (qint64 n : trend.articles)
            articles.append(n);
        printJson(QJsonObject{{u"by"_s, by}, {u"unit"_s, per ? u"per_1000_articles"_s : u"hits"_s},
                              {u"periods"_s, QJsonArray::fromStringList(trend.periods)}, {u"articles"_s, articles},
                              {u"series"_s, series}},
                  true);
        return Ok;
    }
    const QString separator = cli.isSet(csvOption) ? u","_s : u"\t"_s;
    QStringList header{by, tr("articles")};
    for (const QString &query : queries)
        header.append(cli.isSet(csvOption) ? csvField(query) : query);
    QString out = header.join(separator) + u'\n';
    for (qsizetype p = 0; p < trend.periods.size(); ++p) {
        QStringList row{trend.periods.at(p), QString::number(trend.articles.at(p))};
        for (qsizetype q = 0; q < queries.size(); ++q)
            row.append(per ? QString::number(value(trend, q, p, true), 'f', 3) : QString::number(trend.hits.at(q).at(p)));
        out += row.join(separator) + u'\n';
    }
    printOut(out);
    return Ok;
}

} // namespace Baoku::Cli
