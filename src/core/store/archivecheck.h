// Consistency checks of an archive file: SQLite's integrity check, foreign keys, the FTS index.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Baoku::Core {

class Database;

struct CheckResult final {
    QString name;         // what was checked, translated
    QStringList problems; // empty when the check passed
};

// Runs every check; a check that cannot run at all reports that as its problem.
QList<CheckResult> checkArchive(Database &db);

} // namespace Baoku::Core
