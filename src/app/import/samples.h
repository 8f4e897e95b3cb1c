// Finds the bundled sample issues that a first start imports into an empty archive.
#pragma once

#include <QStringList>

namespace Baoku::App {

class Samples final {
public:
    // The sample folder: installed share/baoku/samples, or resources/samples of the source tree.
    static QString folder();
    static QStringList paths(); // {folder()} or empty when none is found
};

} // namespace Baoku::App
