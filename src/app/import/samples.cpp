#include "app/import/samples.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace Baoku::App {

QString Samples::folder()
{
    const QString exe = QCoreApplication::applicationDirPath();
    const QStringList candidates = {
        qEnvironmentVariable("BAOKU_SAMPLES"),
        exe + u"/../share/baoku/samples"_s,            // installed
        exe + u"/../../../resources/samples"_s,        // build/src/app/baoku in the source tree
        QStringLiteral(BAOKU_SOURCE_SAMPLES),          // the source tree this binary was built from
    };
    for (const QString &candidate : candidates) {
        if (candidate.isEmpty())
            continue;
        const QDir dir(candidate);
        if (dir.exists() && !dir.entryList({u"*.txt"_s}, QDir::Files).isEmpty())
            return dir.canonicalPath();
    }
    return {};
}

QStringList Samples::paths()
{
    const QString found = folder();
    return found.isEmpty() ? QStringList() : QStringList{found};
}

} // namespace Baoku::App
