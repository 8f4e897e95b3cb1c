#include "cli/cliargs.h"
#include "cli/commands.h"
#include "cli/interrupt.h"
#include "cli/output.h"

#include "core/common/issuejson.h"
#include "core/parser/issueparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Baoku::Cli {

int runParse(const QStringList &arguments)
{
    QCommandLineParser cli;
    cli.setApplicationDescription(QCoreApplication::translate("baoku-cli",
        "Parse one OCR text file of a newspaper issue and print it as JSON (see docs/json-schema.md)."));
    cli.addHelpOption();
    cli.addPositionalArgument(u"FILE"_s, QCoreApplication::translate("baoku-cli", "The OCR text file."));
    const QCommandLineOption dateOption(u"date"_s,
        QCoreApplication::translate("baoku-cli", "The issue date, overriding the masthead and file name."),
        u"YYYY-MM-DD"_s);
    const QCommandLineOption pageOption(u"page"_s,
        QCoreApplication::translate("baoku-cli", "The page the file holds (default 1)."), u"N"_s);
    const QCommandLineOption compactOption(u"compact"_s,
        QCoreApplication::translate("baoku-cli", "Print the JSON on one line."));
    cli.addOptions({dateOption, pageOption, compactOption});
    if (const auto stop = parseOrStop(cli, arguments))
        return *stop;
    const QStringList files = cli.positionalArguments();
    if (files.size() != 1) {
        printErr(QCoreApplication::translate("baoku-cli", "parse takes exactly one FILE; see baoku-cli parse --help\n"));
        return BadInput;
    }

    Core::ParseOptions options;
    const auto date = Cli::dateOption(cli, u"date"_s);
    if (!date)
        return BadInput;
    options.date = *date;
    if (cli.isSet(pageOption)) {
        bool ok = false;
        const int page = cli.value(pageOption).toInt(&ok);
        if (!ok || page < 1 || page > 999) {
            printErr(QCoreApplication::translate("baoku-cli", "--page %1: not a page number\n").arg(cli.value(pageOption)));
            return BadInput;
        }
        options.page = page;
    }

    const Core::ParseOutcome outcome = Core::IssueParser(options).parseFile(files.first());
    if (interrupted())
        return reportInterrupted();
    if (!outcome.ok()) {
        printErr(printable(outcome.error) + u'\n');
        return BadInput;
    }
    // JSON escapes control characters itself; DEL and C1 are data there, not terminal commands.
    printJson(Core::toJson(*outcome.issue), !cli.isSet(compactOption));
    return Ok;
}

} // namespace Baoku::Cli
