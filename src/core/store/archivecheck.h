// Consistency checks of an archive file: SQLite's integrity check, foreign keys, the FTS index.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Baoku::Core {

class Database;

struct CheckResult final {
    QString name;         // what was checked, translated
    QStringList problems; // damage found; empty when the check passed
    // Why (part of) the check could not run although nothing was found damaged: the archive is
    // read-only, busy or unreadable. Empty when it ran.
    QString unverified;
    bool passed() const { return problems.isEmpty() && unverified.isEmpty(); }
};

// Runs every check. A check that cannot run for lack of access (read-only, busy) says so in
// `unverified`; one that fails otherwise reports that as a problem.
QList<CheckResult> checkArchive(Database &db);

} // namespace Baoku::Core
