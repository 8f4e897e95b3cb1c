// Finds the bundled sample issues that a first start imports into an empty archive.
#pragma once

#include <QStringList>

namespace Baoku::App {

class Samples final {
public:
    // The sample folder: $BAOKU_SAMPLES, the installed share/baoku/samples (DataFolders), or
    // resources/samples of the source tree; the first that holds *.txt files at any depth.
    static QString folder();
    // What a first start imports: each issue folder of the issues folder beside it (installed
    // share/baoku/issues, resources/issues), then the sample folder's pages that are not already
    // among them; empty when no sample folder is found.
    static QStringList paths();
};

} // namespace Baoku::App
