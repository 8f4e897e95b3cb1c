#include "app/import/samples.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
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

} // namespace

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
