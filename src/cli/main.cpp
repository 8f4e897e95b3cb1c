// baoku-cli: parse, import, search and export OCR newspaper issues from a shell.
#include "cli/commands.h"
#include "cli/interrupt.h"
#include "cli/output.h"

#include <QCoreApplication>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

struct Command {
    QString name;
    const char *summary;
    std::function<int(const QStringList &)> run;
};

QList<Command> commands()
{
    using namespace Baoku::Cli;
    return {
        {u"parse"_s, QT_TRANSLATE_NOOP("baoku-cli", "parse one OCR file and print it as JSON"), runParse},
        {u"import"_s, QT_TRANSLATE_NOOP("baoku-cli", "import OCR files or folders into the archive"), runImport},
        {u"check"_s, QT_TRANSLATE_NOOP("baoku-cli", "check the archive's integrity and its full-text index"), runCheck},
        {u"issues"_s, QT_TRANSLATE_NOOP("baoku-cli", "list the issues and the pages held of each"), runIssues},
        {u"search"_s, QT_TRANSLATE_NOOP("baoku-cli", "search the archive's articles"), runSearch},
        {u"export"_s, QT_TRANSLATE_NOOP("baoku-cli", "export articles as text, citations, PDF or ODT"), runExport},
        {u"trend"_s, QT_TRANSLATE_NOOP("baoku-cli", "hits per year or month for one or several queries"), runTrend},
        {u"collection"_s, QT_TRANSLATE_NOOP("baoku-cli", "lists of articles kept in the archive; export them"), runCollection},
        {u"tag"_s, QT_TRANSLATE_NOOP("baoku-cli", "tags on articles"), runTag},
        {u"star"_s, QT_TRANSLATE_NOOP("baoku-cli", "starred articles"), runStar},
        {u"note"_s, QT_TRANSLATE_NOOP("baoku-cli", "notes on articles and passages; export them as Markdown"), runNote},
        {u"saved"_s, QT_TRANSLATE_NOOP("baoku-cli", "saved searches"), runSaved},
        {u"publish"_s, QT_TRANSLATE_NOOP("baoku-cli", "copy the archive into a shared PostgreSQL database"), runPublish},
    };
}

QString usage()
{
    QString text = QCoreApplication::translate("baoku-cli", "Usage: baoku-cli COMMAND [OPTIONS] [ARGS]\n\nCommands:\n");
    for (const auto &command : commands())
        text += u"  "_s + command.name.leftJustified(12) + QCoreApplication::translate("baoku-cli", command.summary) + u'\n';
    text += QCoreApplication::translate("baoku-cli", "\n'baoku-cli COMMAND --help' describes a command.\n");
    return text + Baoku::Cli::exitCodesHelp();
}

} // namespace

int main(int argc, char *argv[])
{
    const auto app = Baoku::Cli::createApplication(argc, argv);
    QCoreApplication::setApplicationName(u"baoku"_s);
    QCoreApplication::setOrganizationName(u"baoku"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BAOKU_VERSION));

    using Baoku::Cli::finishOutput;
    Baoku::Cli::installInterruptHandlers();
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments.at(1) == u"--help"_s || arguments.at(1) == u"-h"_s) {
        Baoku::Cli::printOut(usage());
        return finishOutput(arguments.size() < 2 ? Baoku::Cli::BadInput : Baoku::Cli::Ok);
    }
    if (arguments.at(1) == u"--version"_s) {
        Baoku::Cli::printOut(u"baoku-cli "_s + QCoreApplication::applicationVersion() + u'\n');
        return finishOutput(Baoku::Cli::Ok);
    }
    const QString name = arguments.at(1);
    for (const auto &command : commands()) {
        if (command.name == name) {
            // QCommandLineParser expects the program name first; the command's name stands in for it.
            arguments.removeFirst();
            const int code = command.run(arguments);
            // A signal that came too late for the command to notice still makes the exit code say so.
            if (Baoku::Cli::interrupted() && code == Baoku::Cli::Ok)
                return finishOutput(Baoku::Cli::reportInterrupted());
            return finishOutput(code);
        }
    }
    Baoku::Cli::printErr(QCoreApplication::translate("baoku-cli", "unknown command '%1'\n\n").arg(name) + usage());
    return Baoku::Cli::BadInput;
}
