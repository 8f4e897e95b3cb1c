// Light, dark and follow-system themes as palettes (Qt 6.4 has no colour-scheme API).
#pragma once

#include "app/settings/appsettings.h"

#include <QPalette>

namespace Baoku::App {

class ThemeManager final {
public:
    // Remembers the platform's palette once, before any theme changes it.
    static void captureSystemPalette();
    static void apply(Theme theme);
    // Applies the settings' theme now and whenever it changes.
    static void follow(AppSettings &settings);
    static QPalette darkPalette();
    static bool isDark(const QPalette &palette);
};

} // namespace Baoku::App
