#include "app/settings/appsettings.h"

#include <QFontDatabase>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Baoku::App {

AppSettings &AppSettings::instance()
{
    static AppSettings settings;
    return settings;
}

void AppSettings::store(const QString &name, const QVariant &value, Key key)
{
    QSettings().setValue(name, value);
    emit changed(key);
}

Theme AppSettings::theme() const
{
    const QString value = QSettings().value(u"ui/theme"_s).toString();
    if (value == u"light")
        return Theme::Light;
    if (value == u"dark")
        return Theme::Dark;
    return Theme::FollowSystem;
}

void AppSettings::setTheme(Theme theme)
{
    if (theme == this->theme())
        return;
    QString value = u"system"_s;
    if (theme == Theme::Light)
        value = u"light"_s;
    else if (theme == Theme::Dark)
        value = u"dark"_s;
    store(u"ui/theme"_s, value, Key::Theme);
}

QString AppSettings::language() const
{
    return QSettings().value(u"ui/language"_s).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    if (language == this->language())
        return;
    store(u"ui/language"_s, language, Key::Language);
}

QFont AppSettings::defaultReaderFont()
{
    const QStringList families = QFontDatabase::families();
    QFont font;
    for (const QString &family : {u"Noto Serif CJK SC"_s, u"Noto Sans CJK SC"_s}) {
        if (families.contains(family)) {
            font.setFamily(family);
            break;
        }
    }
    font.setPointSizeF(13);
    return font;
}

QFont AppSettings::readerFont() const
{
    QFont font = defaultReaderFont();
    const QString stored = QSettings().value(u"reader/font"_s).toString();
    if (!stored.isEmpty())
        font.fromString(stored);
    return font;
}

void AppSettings::setReaderFont(const QFont &font)
{
    if (font == readerFont())
        return;
    store(u"reader/font"_s, font.toString(), Key::ReaderFont);
}

int AppSettings::zoom() const
{
    return QSettings().value(u"reader/zoom"_s, 100).toInt();
}

void AppSettings::setZoom(int percent)
{
    if (percent == zoom())
        return;
    store(u"reader/zoom"_s, percent, Key::Zoom);
}

SettingsValues AppSettings::values() const
{
    return {language(), theme(), readerFont(), zoom()};
}

void AppSettings::setValues(const SettingsValues &values)
{
    setTheme(values.theme);
    setReaderFont(values.font);
    setZoom(values.zoom);
    setLanguage(values.language);
}

QByteArray AppSettings::windowGeometry() const
{
    return QSettings().value(u"window/geometry"_s).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return QSettings().value(u"window/state"_s).toByteArray();
}

void AppSettings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, geometry);
    settings.setValue(u"window/state"_s, state);
}

QByteArray AppSettings::splitterState(const QString &name) const
{
    return QSettings().value(u"window/splitter-"_s + name).toByteArray();
}

void AppSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    QSettings().setValue(u"window/splitter-"_s + name, state);
}

bool AppSettings::sampleNotePending() const
{
    return QSettings().value(u"ui/sampleNote"_s).toString() == u"pending"_s;
}

void AppSettings::setSampleNotePending(bool pending)
{
    QSettings().setValue(u"ui/sampleNote"_s, pending ? u"pending"_s : u"dismissed"_s);
}

qint64 AppSettings::lastIssue() const
{
    return QSettings().value(u"reader/lastIssue"_s, -1).toLongLong();
}

qint64 AppSettings::lastArticle() const
{
    return QSettings().value(u"reader/lastArticle"_s, -1).toLongLong();
}

void AppSettings::setLast(qint64 issueId, qint64 articleId)
{
    QSettings settings;
    settings.setValue(u"reader/lastIssue"_s, issueId);
    settings.setValue(u"reader/lastArticle"_s, articleId);
}

QStringList AppSettings::searchHistory() const
{
    return QSettings().value(u"search/history"_s).toStringList();
}

void AppSettings::addSearch(const QString &query)
{
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty())
        return;
    QStringList history = searchHistory();
    history.removeAll(trimmed);
    history.prepend(trimmed);
    while (history.size() > maxHistory())
        history.removeLast();
    if (history == searchHistory())
        return;
    store(u"search/history"_s, history, Key::SearchHistory);
}

QString AppSettings::citationStyle() const
{
    return QSettings().value(u"export/citationStyle"_s).toString();
}

void AppSettings::setCitationStyle(const QString &name)
{
    if (name == citationStyle())
        return;
    store(u"export/citationStyle"_s, name, Key::CitationStyle);
}

QString AppSettings::exportFolder() const
{
    return QSettings()
        .value(u"export/folder"_s, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void AppSettings::setExportFolder(const QString &folder)
{
    QSettings().setValue(u"export/folder"_s, folder);
}

} // namespace Baoku::App
