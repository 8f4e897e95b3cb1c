// Option handling shared by the sub-commands: --db, parsing with --help, opening the archive.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace Baoku::Core {
class Archive;
}

namespace Baoku::Cli {

// --db PATH, described the same way in every command's --help.
QCommandLineOption archiveOption();

// Parses the arguments; returns the exit code when the command should stop here (a usage error,
// reported on stderr, or --help, printed on stdout).
std::optional<int> parseOrStop(QCommandLineParser &cli, const QStringList &arguments);

// Opens the archive that a --db value (or BAOKU_DB, or the default) names, which must exist
// already: opening a missing one would create it. Prints the reason and returns false otherwise.
bool openExistingArchive(Core::Archive &archive, const QString &dbValue);

} // namespace Baoku::Cli
