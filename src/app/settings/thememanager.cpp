#include "app/settings/thememanager.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace Baoku::App {

namespace {
QPalette &systemPalette()
{
    static QPalette palette;
    return palette;
}
bool &captured()
{
    static bool value = false;
    return value;
}
} // namespace

void ThemeManager::captureSystemPalette()
{
    if (captured())
        return;
    systemPalette() = QApplication::palette();
    captured() = true;
}

bool ThemeManager::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette ThemeManager::darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2b, 0x2e);
    const QColor base(0x1e, 0x1e, 0x20);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x38));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0xa0));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x45, 0x45, 0x4a));
    palette.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3f));
    palette.setColor(QPalette::Mid, QColor(0x25, 0x25, 0x28));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

void ThemeManager::follow(AppSettings &settings)
{
    apply(settings.theme());
    QObject::connect(&settings, &AppSettings::changed, &settings, [&settings](AppSettings::Key key) {
        if (key == AppSettings::Key::Theme)
            apply(settings.theme());
    });
}

void ThemeManager::apply(Theme theme)
{
    captureSystemPalette();
    // Fusion draws palettes faithfully; platform styles may ignore a dark palette.
    if (auto *fusion = QStyleFactory::create(u"Fusion"_s))
        QApplication::setStyle(fusion);
    switch (theme) {
    case Theme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case Theme::Light:
        QApplication::setPalette(isDark(systemPalette()) ? QApplication::style()->standardPalette()
                                                         : systemPalette());
        break;
    case Theme::FollowSystem:
        QApplication::setPalette(systemPalette());
        break;
    }
}

} // namespace Baoku::App
