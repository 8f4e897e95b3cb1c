#include "app/settings/appsettings.h"

#include <QFontDatabase>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Baoku::App {

Theme AppSettings::theme()
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
    QString value = u"system"_s;
    if (theme == Theme::Light)
        value = u"light"_s;
    else if (theme == Theme::Dark)
        value = u"dark"_s;
    QSettings().setValue(u"ui/theme"_s, value);
}

QString AppSettings::language()
{
    return QSettings().value(u"ui/language"_s).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(u"ui/language"_s, language);
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

QFont AppSettings::readerFont()
{
    QFont font = defaultReaderFont();
    const QString stored = QSettings().value(u"reader/font"_s).toString();
    if (!stored.isEmpty())
        font.fromString(stored);
    return font;
}

void AppSettings::setReaderFont(const QFont &font)
{
    QSettings().setValue(u"reader/font"_s, font.toString());
}

int AppSettings::zoom()
{
    return QSettings().value(u"reader/zoom"_s, 100).toInt();
}

void AppSettings::setZoom(int percent)
{
    QSettings().setValue(u"reader/zoom"_s, percent);
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(u"window/geometry"_s).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(u"window/state"_s).toByteArray();
}

void AppSettings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, geometry);
    settings.setValue(u"window/state"_s, state);
}

QByteArray AppSettings::splitterState(const QString &name)
{
    return QSettings().value(u"window/splitter-"_s + name).toByteArray();
}

void AppSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    QSettings().setValue(u"window/splitter-"_s + name, state);
}

qint64 AppSettings::lastIssue()
{
    return QSettings().value(u"reader/lastIssue"_s, -1).toLongLong();
}

qint64 AppSettings::lastArticle()
{
    return QSettings().value(u"reader/lastArticle"_s, -1).toLongLong();
}

void AppSettings::setLast(qint64 issueId, qint64 articleId)
{
    QSettings settings;
    settings.setValue(u"reader/lastIssue"_s, issueId);
    settings.setValue(u"reader/lastArticle"_s, articleId);
}

QStringList AppSettings::searchHistory()
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
    QSettings().setValue(u"search/history"_s, history);
}

} // namespace Baoku::App
