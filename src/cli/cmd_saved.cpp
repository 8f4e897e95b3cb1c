// baoku-cli saved: searches kept in the archive by name (query, filters, sort); search --saved NAME runs one.
#include "cli/cliargs.h"
#include "cli/commands.h"
#include "cli/filterargs.h"
#include "cli/output.h"

#include "core/search/searcher.h"
#include "core/store/archive.h"
#include "core/store/research.h"

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

QJsonObject savedJson(const Core::SavedSearch &s)
{
    QJsonArray pages;
    for (int page : s.pages)
        pages.append(page);
    return {{u"name"_s, s.name}, {u"query"_s, s.query}, {u"from"_s, s.from.toString(Qt::ISODate)},
            {u"to"_s, s.to.toString(Qt::ISODate)}, {u"pages"_s, pages}, {u"newspaper"_s, s.newspaper},
            {u"column"_s, s.column}, {u"author"_s, s.author}, {u"sort"_s, s.sort}};
}

} // namespace

bool applySavedSearch(Core::Archive &archive, const QString &name, Core::SearchRequest &request)
{
    QList<Core::SavedSearch> all;
    try {
        all = Core::Research(archive).savedSearches();
    } catch (const Core::DatabaseError &e) {
        printErr(u"%1: %2\n"_s.arg(archive.path(), e.message()));
        return false;
    }
    for (const auto &s : std::as_const(all)) {
        if (s.name != name.trimmed())
            continue;
        request.query = s.query;
        request.from = s.from;
        request.to = s.to;
        request.pages = s.pages;
        request.newspaper = s.newspaper;
        request.column = s.column;
        request.author = s.author;
        request.sort = s.sort == u"date"_s ? Core::SearchSort::Date : Core::SearchSort::Rank;
        return true;
    }
    printErr(tr("%1: no saved search named '%2'\n").arg(archive.path(), name));
    return false;
}

int runSaved(const QStringList &arguments)
{
    QCommandLineParser cli;
    cli.setApplicationDescription(tr("Saved searches. list; add NAME QUERY... [filters] [--sort date]: save (or replace) "
                                     "one; remove NAME. baoku-cli search --saved NAME runs one."));
    cli.addHelpOption();
    cli.addPositionalArgument(u"ACTION"_s, u"list|add|remove"_s);
    const QCommandLineOption dbOption = archiveOption();
    const QCommandLineOption jsonOption(u"json"_s, tr("Print JSON."));
    const QCommandLineOption sortOption(u"sort"_s, tr("add: rank (default) or date."), u"ORDER"_s, u"rank"_s);
    const FilterOptions filterOptions;
    cli.addOptions({dbOption, jsonOption, sortOption});
    filterOptions.addTo(cli);
    if (const auto stop = parseOrStop(cli, arguments))
        return *stop;
    QStringList args = cli.positionalArguments();
    const QString action = args.isEmpty() ? u"list"_s : args.takeFirst();
    if ((action == u"add"_s && args.size() < 2) || (action == u"remove"_s && args.size() != 1)
        || (action == u"list"_s && !args.isEmpty()) || !QStringList{u"list"_s, u"add"_s, u"remove"_s}.contains(action)) {
        printErr(tr("saved %1: wrong arguments; see baoku-cli saved --help\n").arg(action));
        return BadInput;
    }
    Core::SearchRequest request;
    if (!filterOptions.apply(cli, request))
        return BadInput;
    const QString sort = cli.value(sortOption);
    if (sort != u"rank"_s && sort != u"date"_s) {
        printErr(tr("--sort %1: use rank or date\n").arg(sort));
        return BadInput;
    }
    Core::Archive archive;
    if (!openExistingArchive(archive, cli.value(dbOption), true))
        return BadInput;
    try {
        // On a PostgreSQL archive: the reader's research file (docs/shared-archives.md).
        Core::Research research(archive);
        QString error;
        if (action == u"add"_s || action == u"remove"_s) {
            bool ok = false;
            if (action == u"add"_s) {
                Core::SavedSearch s;
                s.name = args.first();
                s.query = args.mid(1).join(u' ');
                s.from = request.from;
                s.to = request.to;
                s.pages = request.pages;
                s.newspaper = request.newspaper;
                s.column = request.column;
                s.author = request.author;
                s.sort = sort;
                ok = research.saveSearch(s, &error);
            } else {
                ok = research.removeSavedSearch(args.first(), &error);
            }
            if (!ok) {
                printErr(u"%1: %2\n"_s.arg(archive.path(), error));
                return BadInput;
            }
            return Ok;
        }
        const auto all = research.savedSearches();
        if (cli.isSet(jsonOption)) {
            QJsonArray array;
            for (const auto &s : all)
                array.append(savedJson(s));
            printJson(QJsonObject{{u"saved_searches"_s, array}}, true);
        } else {
            for (const auto &s : all)
                printOut(s.name + u"\t"_s + s.query + u'\n');
        }
    } catch (const Core::DatabaseError &e) {
        printErr(u"%1: %2\n"_s.arg(archive.path(), e.message()));
        return SomeFailed;
    }
    return Ok;
}

} // namespace Baoku::Cli
