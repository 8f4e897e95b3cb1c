#include "app/window/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Baoku::App {

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Baoku::App::CommandLine",
        "Baoku: browse, search and read archives of OCR'd Chinese newspapers.\n"
        "Opens the default archive (or the BAOKU_DB environment variable) and imports the FILEs given."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(u"db"_s,
        QCoreApplication::translate("Baoku::App::CommandLine", "Open the archive at PATH (a SQLite file, or a postgresql:// URL of a "
                                    "shared archive) instead of the default one."),
        u"PATH"_s);
    const QCommandLineOption benchmark(u"benchmark"_s,
        QCoreApplication::translate("Baoku::App::CommandLine",
            "Measure start-up, searching and scrolling, print the figures and quit."));
    const QCommandLineOption queries(u"benchmark-queries"_s,
        QCoreApplication::translate("Baoku::App::CommandLine", "Queries for --benchmark, one per line."),
        u"FILE"_s);
    parser.addOption(db);
    parser.addOption(benchmark);
    parser.addOption(queries);
    parser.addPositionalArgument(u"FILE"_s,
        QCoreApplication::translate("Baoku::App::CommandLine", "OCR text files or folders to import."),
        u"[FILE...]"_s);
    parser.process(arguments);

    CommandLine result;
    result.database = parser.value(db);
    result.files = parser.positionalArguments();
    result.benchmark = parser.isSet(benchmark);
    result.benchmarkQueries = parser.value(queries);
    return result;
}

} // namespace Baoku::App
