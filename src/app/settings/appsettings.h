// Typed access to the QSettings keys the app keeps between runs.
#pragma once

#include <QByteArray>
#include <QFont>
#include <QStringList>

namespace Baoku::App {

enum class Theme { FollowSystem, Light, Dark };

class AppSettings final {
public:
    static Theme theme();
    static void setTheme(Theme theme);
    // "" follows the system locale; otherwise "en" or "zh_CN".
    static QString language();
    static void setLanguage(const QString &language);
    static QFont readerFont();
    static void setReaderFont(const QFont &font);
    static int zoom();
    static void setZoom(int percent);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindow(const QByteArray &geometry, const QByteArray &state);
    static QByteArray splitterState(const QString &name);
    static void setSplitterState(const QString &name, const QByteArray &state);

    static qint64 lastIssue();
    static qint64 lastArticle();
    static void setLast(qint64 issueId, qint64 articleId);

    static QStringList searchHistory();
    static void addSearch(const QString &query); // most recent first, no duplicates, bounded
    static int maxHistory() { return 30; }

    // The default CJK reader font: Noto Serif CJK SC when installed, otherwise the system's.
    static QFont defaultReaderFont();
};

} // namespace Baoku::App
