#include "app/import/samples.h"

#include "app/window/datafolders.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Baoku::App {

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (file.open(QIODevice::ReadOnly))
        hash.addData(&file);
    return hash.result();
}

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
    if (found.isEmpty())
        return {};
    // The whole issues first (issues/<issue>/NN.txt beside the samples folder), then the loose
    // front pages that are not one of their pages already: a front page imported on its own
    // would not know its issue.
    QStringList result;
    QSet<QByteArray> held;
    const QDir issues(found + u"/../issues"_s);
    for (const QString &name : issues.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir issue(issues.filePath(name));
        result.append(issue.path());
        for (const QString &page : issue.entryList({u"*.txt"_s}, QDir::Files))
            held.insert(digest(issue.filePath(page)));
    }
    const QDir top(found);
    for (const QString &name : top.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        if (!held.contains(digest(top.filePath(name))))
            result.append(top.filePath(name));
    }
    return result;
}

} // namespace Baoku::App
