// baoku-cli: parse, import, search and export OCR newspaper issues from a shell.
#include "cli/commands.h"
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
    };
}

QString usage()
{
    QString text = QCoreApplication::translate("baoku-cli", "Usage: baoku-cli COMMAND [OPTIONS] [ARGS]\n\nCommands:\n");
    for (const auto &command : commands())
        text += u"  "_s + command.name.leftJustified(10) + QCoreApplication::translate("baoku-cli", command.summary) + u'\n';
    text += QCoreApplication::translate("baoku-cli", "\n'baoku-cli COMMAND --help' describes a command.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    const auto app = Baoku::Cli::createApplication(argc, argv);
    QCoreApplication::setApplicationName(u"baoku"_s);
    QCoreApplication::setOrganizationName(u"baoku"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BAOKU_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments.at(1) == u"--help"_s || arguments.at(1) == u"-h"_s) {
        Baoku::Cli::printOut(usage());
        return arguments.size() < 2 ? Baoku::Cli::BadInput : Baoku::Cli::Ok;
    }
    if (arguments.at(1) == u"--version"_s) {
        Baoku::Cli::printOut(u"baoku-cli "_s + QCoreApplication::applicationVersion() + u'\n');
        return Baoku::Cli::Ok;
    }
    const QString name = arguments.at(1);
    for (const auto &command : commands()) {
        if (command.name == name) {
            // QCommandLineParser expects the program name first; the command's name stands in for it.
            arguments.removeFirst();
            return command.run(arguments);
        }
    }
    Baoku::Cli::printErr(QCoreApplication::translate("baoku-cli", "unknown command '%1'\n\n").arg(name) + usage());
    return Baoku::Cli::BadInput;
}
