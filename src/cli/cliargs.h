// Option handling shared by the sub-commands: --db, parsing with --help, opening the archive.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>

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

// The value of an option that takes a date (YYYY-MM-DD): a null QDate when the option is not
// given; nullopt, after printing "--NAME VALUE: not a date of the form YYYY-MM-DD", when the value
// is not such a date. Every command checks its dates here.
std::optional<QDate> dateOption(const QCommandLineParser &cli, const QString &name);

// Opens the archive that a --db value (or BAOKU_DB, or the default) names, which must exist
// already: opening a missing one would create it. Prints the reason and returns false otherwise.
// A postgresql:// URL is opened only for commands that read through Archive (`allowRemote`);
// the others say that they need a SQLite archive.
// It then indexes what an interrupted import left unindexed (indexLeftovers).
bool openExistingArchive(Core::Archive &archive, const QString &dbValue, bool allowRemote = false);

// Articles an interrupted import stored but did not index are indexed now, in portions, with a
// line on stderr saying so (and a percentage on a terminal); SIGINT/SIGTERM stop it between
// portions. It does not wait for another program's write lock: that is reported and is not
// fatal (a search then waits its busy timeout or says why it cannot answer). Archive::open no
// longer does this work.
void indexLeftovers(Core::Archive &archive);

} // namespace Baoku::Cli
