// Finds Baoku's read-only data folders (sample issues, translations) wherever the binary runs from:
// the build tree, an installed prefix such as /usr, or an unpacked package.
#pragma once

#include <QLoggingCategory>
#include <QStringList>

Q_DECLARE_LOGGING_CATEGORY(lcDataFolders) // "baoku.data": which folder was chosen, off by default

namespace Baoku::App {

class DataFolders final {
public:
    // Where the folder `name` may be, best first: beside the binary (<bin>/name), the installed
    // <bin>/../share/baoku/name, `buildTree`, then baoku/name in the XDG data folders.
    static QStringList candidates(const QString &name, const QString &buildTree);
};

} // namespace Baoku::App
