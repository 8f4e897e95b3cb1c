#include "app/import/samples.h"

#include "app/window/datafolders.h"

#include <QDir>
#include <QDirIterator>

using namespace Qt::StringLiterals;

namespace Baoku::App {

namespace {

// Sample issues may be single files or whole-issue folders, as the importer reads both.
bool holdsIssues(const QString &path)
{
    QDirIterator it(path, {u"*.txt"_s}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext();
}

} // namespace

QString Samples::folder()
{
    QStringList candidates = {qEnvironmentVariable("BAOKU_SAMPLES")};
    // BAOKU_SOURCE_SAMPLES: the source tree this binary was built from.
    candidates += DataFolders::candidates(u"samples"_s, QStringLiteral(BAOKU_SOURCE_SAMPLES));
    for (const QString &candidate : std::as_const(candidates)) {
        if (candidate.isEmpty() || !QDir(candidate).exists() || !holdsIssues(candidate))
            continue;
        const QString path = QDir(candidate).canonicalPath();
        qCInfo(lcDataFolders) << "samples:" << path;
        return path;
    }
    qCInfo(lcDataFolders) << "samples: none found in" << candidates;
    return {};
}

QStringList Samples::paths()
{
    const QString found = folder();
    return found.isEmpty() ? QStringList() : QStringList{found};
}

} // namespace Baoku::App
