// Finds the bundled sample issues that a first start imports into an empty archive.
#pragma once

#include <QStringList>

namespace Baoku::App {

class Samples final {
public:
    // The sample folder: $BAOKU_SAMPLES, the installed share/baoku/samples (DataFolders), or
    // resources/samples of the source tree; the first that holds *.txt files at any depth.
    static QString folder();
    static QStringList paths(); // {folder()} or empty when none is found
};

} // namespace Baoku::App
