// baoku-cli collection | tag | star: lists, tags and starred articles kept in the archive; export
// goes through `baoku-cli export --article`, so a collection exports to every format.
#include "cli/cliargs.h"
#include "cli/commands.h"
#include "cli/keptjson.h"
#include "cli/output.h"

#include "core/store/archive.h"
#include "core/store/research.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Baoku::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baoku-cli", text);
}

QJsonObject collectionJson(const Core::CollectionInfo &info)
{
    return {{u"name"_s, info.name}, {u"kind"_s, Core::Research::kindName(info.kind)}, {u"count"_s, info.count}};
}

bool parseIds(const QStringList &values, QList<qint64> &ids)
{
    for (const QString &value : values) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                printErr(tr("%1: not an article id\n").arg(part));
                return false;
            }
            ids.append(id);
        }
    }
    return true;
}

int run(Core::CollectionKind kind, const QStringList &arguments)
{
    const bool star = kind == Core::CollectionKind::Star;
    const QString command = star ? u"star"_s : kind == Core::CollectionKind::Tag ? u"tag"_s : u"collection"_s;
    QCommandLineParser cli;
    if (star)
        cli.setApplicationDescription(tr("Starred articles. list: the starred articles; add ID...; remove ID...; "
                                         "export --format F [-o FILE|DIR]: export them."));
    else
        cli.setApplicationDescription(tr("Named %1s of articles kept in the archive (for a postgresql:// archive, in your own research file on this computer). list: every %1 with its size; "
                                         "show NAME: its articles; add NAME ID...; remove NAME [ID...] (without ids "
                                         "the %1 itself); export NAME --format F [-o FILE|DIR]: export its articles "
                                         "as baoku-cli export does.")
                                          .arg(kind == Core::CollectionKind::Tag ? u"tag"_s : u"list"_s));
    cli.addHelpOption();
    cli.addPositionalArgument(u"ACTION"_s, star ? u"list|add|remove|export"_s : u"list|show|add|remove|export"_s);
    const QCommandLineOption dbOption = archiveOption();
    const QCommandLineOption jsonOption(u"json"_s, tr("Print JSON."));
    const QCommandLineOption formatOption(u"format"_s, tr("export: the format, as for baoku-cli export."), u"FORMAT"_s);
    const QCommandLineOption outputOption({u"o"_s, u"output"_s}, tr("export: the file or folder."), u"FILE|DIR"_s);
    const QCommandLineOption forceOption(u"force"_s, tr("export: overwrite existing files."));
    cli.addOptions({dbOption, jsonOption, formatOption, outputOption, forceOption});
    if (const auto stop = parseOrStop(cli, arguments))
        return *stop;
    QStringList args = cli.positionalArguments();
    const QString action = args.isEmpty() ? u"list"_s : args.takeFirst();
    if (!QStringList{u"list"_s, u"show"_s, u"add"_s, u"remove"_s, u"export"_s}.contains(action)) {
        printErr(tr("%1 %2: unknown action; see baoku-cli %1 --help\n").arg(command, action));
        return BadInput;
    }
    QString name;
    if (!star && action != u"list"_s) {
        if (args.isEmpty() || args.first().trimmed().isEmpty()) {
            printErr(tr("%1 %2 needs a NAME; see baoku-cli %1 --help\n").arg(command, action));
            return BadInput;
        }
        name = args.takeFirst();
    }
    QList<qint64> ids;
    if (!parseIds(args, ids))
        return BadInput;
    if (action == u"add"_s && ids.isEmpty()) {
        printErr(tr("%1 add needs article ids\n").arg(command));
        return BadInput;
    }
    if (star && action == u"remove"_s && ids.isEmpty()) {
        printErr(tr("star remove needs article ids\n"));
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
            const bool ok = action == u"add"_s ? research.add(kind, name, ids, &error) : research.remove(kind, name, ids, &error);
            if (!ok) {
                printErr(u"%1: %2\n"_s.arg(archive.path(), error));
                return BadInput;
            }
            return Ok;
        }
        if (action == u"list"_s && !star) {
            const auto all = research.collections(kind);
            if (cli.isSet(jsonOption)) {
                QJsonArray array;
                for (const auto &info : all)
                    array.append(collectionJson(info));
                printJson(QJsonObject{{command == u"tag"_s ? u"tags"_s : u"collections"_s, array}}, true);
            } else {
                for (const auto &info : all)
                    printOut(QCoreApplication::translate("baoku-cli", "%1  (%n article(s))\n", nullptr, info.count).arg(info.name));
            }
            return Ok;
        }
        const auto items = research.items(kind, name);
        const auto all = research.collections(kind);
        const bool known = std::any_of(all.cbegin(), all.cend(),
                                       [&name](const Core::CollectionInfo &info) { return info.name == name.trimmed(); });
        if (!star && !known) {
            printErr(tr("%1: no %2 named '%3'\n").arg(archive.path(), command, name));
            return BadInput;
        }
        if (action == u"export"_s) {
            QStringList linked;
            for (const auto &item : items) {
                if (item.articleId)
                    linked.append(QString::number(*item.articleId));
                else
                    printErr(tr("skipped: %1 %2 p.%3 “%4” is not in the archive now\n")
                                 .arg(item.newspaper, item.date.toString(Qt::ISODate)).arg(item.page).arg(item.title));
            }
            if (linked.isEmpty()) {
                printErr(tr("nothing to export: no article of it is in the archive\n"));
                return SomeFailed;
            }
            QStringList exportArguments{u"export"_s, u"--db"_s, Core::Archive::resolvePath(cli.value(dbOption)), u"--format"_s, cli.value(formatOption),
                                        u"--article"_s, linked.join(u',')};
            if (cli.isSet(outputOption))
                exportArguments << u"--output"_s << cli.value(outputOption);
            if (cli.isSet(forceOption))
                exportArguments << u"--force"_s;
            return runExport(exportArguments);
        }
        if (cli.isSet(jsonOption)) {
            printJson(QJsonObject{{u"name"_s, name}, {u"kind"_s, Core::Research::kindName(kind)},
                                  {u"articles"_s, keptArticlesJson(items)}},
                      true);
        } else {
            for (const auto &item : items) {
                printOut(u"%1  %2  %3  %4  %5\n"_s.arg(item.articleId ? u"#"_s + QString::number(*item.articleId) : tr("(gone)"),
                                                      item.newspaper, item.date.toString(Qt::ISODate), tr("p.%1").arg(item.page),
                                                      item.title));
            }
        }
    } catch (const Core::DatabaseError &e) {
        printErr(u"%1: %2\n"_s.arg(archive.path(), e.message()));
        return SomeFailed;
    }
    return Ok;
}

} // namespace

int runCollection(const QStringList &arguments)
{
    return run(Core::CollectionKind::List, arguments);
}

int runTag(const QStringList &arguments)
{
    return run(Core::CollectionKind::Tag, arguments);
}

int runStar(const QStringList &arguments)
{
    return run(Core::CollectionKind::Star, arguments);
}

} // namespace Baoku::Cli
