#include "app/window/datafolders.h"

#include <QCoreApplication>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDataFolders, "baoku.data", QtWarningMsg)

namespace Baoku::App {

QStringList DataFolders::candidates(const QString &name, const QString &buildTree)
{
    const QString bin = QCoreApplication::applicationDirPath();
    // The build tree comes before the XDG folders so that tests and a build-tree binary use their
    // own files even where an older Baoku is installed in /usr.
    QStringList found = {bin + u'/' + name, bin + u"/../share/baoku/"_s + name, buildTree};
    // The installed prefix need not be where the binary is (a wrapper script, /usr/local and /usr).
    found += QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, u"baoku/"_s + name,
                                       QStandardPaths::LocateDirectory);
    return found;
}

} // namespace Baoku::App
