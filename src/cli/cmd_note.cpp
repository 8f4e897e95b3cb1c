// baoku-cli note: notes on articles or passages, kept in the archive; export writes Markdown
// with a citation for each article.
#include "cli/cliargs.h"
#include "cli/commands.h"
#include "cli/keptjson.h"
#include "cli/output.h"

#include "core/export/notesexport.h"
#include "core/store/archive.h"
#include "core/store/research.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Baoku::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baoku-cli", text);
}

QJsonObject noteJson(const Core::Note &note)
{
    QJsonObject object{{u"id"_s, note.id}, {u"text"_s, note.text}, {u"article"_s, keptArticleJson(note.article)},
                       {u"created"_s, note.created.toString(Qt::ISODate)}, {u"updated"_s, note.updated.toString(Qt::ISODate)}};
    if (!note.quote.isEmpty()) {
        object.insert(u"quote"_s, note.quote);
        object.insert(u"start"_s, note.start);
        object.insert(u"anchored"_s, note.anchored);
    }
    return object;
}

qint64 idArgument(const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        printErr(tr("%1: not %2\n").arg(text, what));
        return 0;
    }
    return id;
}

} // namespace

int runNote(const QStringList &arguments)
{
    QCommandLineParser cli;
    cli.setApplicationDescription(tr("Notes kept in the archive (for a postgresql:// archive, in your own research file on this computer). add ARTICLE_ID TEXT [--quote PASSAGE [--start N]]: a note "
                                     "on the article, or on a passage of its body; list [--article ID]; edit NOTE_ID TEXT; "
                                     "remove NOTE_ID; export [-o FILE]: Markdown with a citation per article."));
    cli.addHelpOption();
    cli.addPositionalArgument(u"ACTION"_s, u"add|list|edit|remove|export"_s);
    const QCommandLineOption dbOption = archiveOption();
    const QCommandLineOption jsonOption(u"json"_s, tr("Print JSON."));
    const QCommandLineOption quoteOption(u"quote"_s, tr("add: the passage of the article's body the note is about."), u"PASSAGE"_s);
    const QCommandLineOption startOption(u"start"_s, tr("add: where the passage starts in the body (characters from 0); "
                                                        "without it the first copy counts."), u"N"_s);
    const QCommandLineOption articleOption(u"article"_s, tr("list, export: only this article's notes."), u"ID"_s);
    const QCommandLineOption outputOption({u"o"_s, u"output"_s}, tr("export: the Markdown file (default: stdout)."), u"FILE"_s);
    const QCommandLineOption forceOption(u"force"_s, tr("export: overwrite an existing file."));
    cli.addOptions({dbOption, jsonOption, quoteOption, startOption, articleOption, outputOption, forceOption});
    if (const auto stop = parseOrStop(cli, arguments))
        return *stop;
    QStringList args = cli.positionalArguments();
    const QString action = args.isEmpty() ? u"list"_s : args.takeFirst();
    if (!QStringList{u"add"_s, u"list"_s, u"edit"_s, u"remove"_s, u"export"_s}.contains(action)) {
        printErr(tr("note %1: unknown action; see baoku-cli note --help\n").arg(action));
        return BadInput;
    }
    const int needed = action == u"add"_s || action == u"edit"_s ? 2 : action == u"remove"_s ? 1 : 0;
    if (args.size() < needed || (needed < 2 && args.size() > needed)) {
        printErr(tr("note %1: wrong arguments; see baoku-cli note --help\n").arg(action));
        return BadInput;
    }
    qint64 id = 0;
    if (needed > 0 && (id = idArgument(args.first(), needed == 2 && action == u"add"_s ? tr("an article id") : tr("a note id"))) == 0)
        return BadInput;
    const QString text = args.mid(1).join(u' ');
    int start = -1;
    if (cli.isSet(startOption)) {
        bool ok = false;
        start = cli.value(startOption).toInt(&ok);
        if (!ok || start < 0 || !cli.isSet(quoteOption)) {
            printErr(tr("--start %1: a number of 0 or more, with --quote\n").arg(cli.value(startOption)));
            return BadInput;
        }
    }
    std::optional<qint64> only;
    if (cli.isSet(articleOption)) {
        if (!(only = idArgument(cli.value(articleOption), tr("an article id"))).value())
            return BadInput;
    }
    const QString output = cli.value(outputOption);
    if (action == u"export"_s && !output.isEmpty() && QFileInfo::exists(output) && !cli.isSet(forceOption)) {
        printErr(tr("%1: exists already; nothing written (use --force to overwrite)\n").arg(output));
        return BadInput;
    }

    Core::Archive archive;
    if (!openExistingArchive(archive, cli.value(dbOption), true))
        return BadInput;
    try {
        // On a PostgreSQL archive: the reader's research file (docs/shared-archives.md).
        Core::Research research(archive);
        QString error;
        if (action == u"add"_s) {
            const auto note = research.addNote(id, text, cli.value(quoteOption), start, &error);
            if (!note) {
                printErr(u"%1: %2\n"_s.arg(archive.path(), error));
                return BadInput;
            }
            if (cli.isSet(jsonOption))
                printJson(noteJson(research.notes(id).constLast()), true);
            else
                printOut(tr("note %1 added\n").arg(*note));
            return Ok;
        }
        if (action == u"edit"_s || action == u"remove"_s) {
            const bool ok = action == u"edit"_s ? research.editNote(id, text, &error) : research.removeNote(id, &error);
            if (!ok) {
                printErr(u"%1: %2\n"_s.arg(archive.path(), error));
                return BadInput;
            }
            return Ok;
        }
        const QList<Core::Note> notes = research.notes(only);
        if (action == u"export"_s) {
            const QByteArray bytes = Core::notesMarkdown(Core::groupedNotes(notes, archive)).toUtf8();
            if (output.isEmpty()) {
                printOut(QString::fromUtf8(bytes));
                return Ok;
            }
            QSaveFile file(output);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
                printErr(u"%1: %2\n"_s.arg(output, file.errorString()));
                return SomeFailed;
            }
            printErr(QCoreApplication::translate("baoku-cli", "%n note(s) written to %1\n", nullptr, int(notes.size())).arg(output));
            return Ok;
        }
        if (cli.isSet(jsonOption)) {
            QJsonArray array;
            for (const auto &note : notes)
                array.append(noteJson(note));
            printJson(QJsonObject{{u"notes"_s, array}}, true);
            return Ok;
        }
        for (const auto &note : notes) {
            QString line = u"%1  %2  %3  %4\n"_s.arg(QString::number(note.id), note.article.date.toString(Qt::ISODate),
                                                      note.article.title, note.text);
            if (!note.quote.isEmpty())
                line += u"    > "_s + note.quote + (note.anchored ? QString() : tr("  (not in the text now)")) + u'\n';
            printOut(line);
        }
    } catch (const Core::DatabaseError &e) {
        printErr(u"%1: %2\n"_s.arg(archive.path(), e.message()));
        return SomeFailed;
    }
    return Ok;
}

} // namespace Baoku::Cli
