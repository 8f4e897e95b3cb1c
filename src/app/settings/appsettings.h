// The app's settings between runs: one object with typed accessors over QSettings. Setters store
// the value and announce it with changed(); the views that show a setting subscribe to that signal
// instead of being handed each value.
#pragma once

#include <QByteArray>
#include <QFont>
#include <QObject>
#include <QStringList>

namespace Baoku::App {

enum class Theme { FollowSystem, Light, Dark };

// What the settings dialog edits.
struct SettingsValues final {
    QString language; // "" = system, "en", "zh_CN"
    Theme theme = Theme::FollowSystem;
    QFont font;
    int zoom = 100;
};

class AppSettings final : public QObject {
    Q_OBJECT
public:
    // What changed() names; only the settings a view follows are announced.
    enum class Key { Theme, Language, ReaderFont, Zoom, SearchHistory, CitationStyle };
    Q_ENUM(Key)

    // The process's settings, created on first use (QSettings needs the application's names set).
    static AppSettings &instance();

    Theme theme() const;
    void setTheme(Theme theme);
    // "" follows the system locale; otherwise "en" or "zh_CN".
    QString language() const;
    void setLanguage(const QString &language);
    QFont readerFont() const;
    void setReaderFont(const QFont &font);
    int zoom() const;
    void setZoom(int percent);

    SettingsValues values() const;
    // Stores each value; changed() announces those that differ.
    void setValues(const SettingsValues &values);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);

    qint64 lastIssue() const;
    qint64 lastArticle() const;
    void setLast(qint64 issueId, qint64 articleId);

    QStringList searchHistory() const;
    void addSearch(const QString &query); // most recent first, no duplicates, bounded
    static int maxHistory() { return 30; }

    // The citation format name (Core::formatName) that Copy Citation uses; "" when never chosen.
    QString citationStyle() const;
    void setCitationStyle(const QString &name);
    // The folder the last export went to; the user's documents folder before the first export.
    QString exportFolder() const;
    void setExportFolder(const QString &folder);

    // Whether the first-start note about the bundled samples waits to be shown or was dismissed.
    bool sampleNotePending() const;
    void setSampleNotePending(bool pending);

    // The default CJK reader font: Noto Serif CJK SC when installed, otherwise the system's.
    static QFont defaultReaderFont();

signals:
    void changed(Baoku::App::AppSettings::Key key);

private:
    AppSettings() = default;
    // Stores `value` under `name` and announces `key`; setters call it only for a new value.
    void store(const QString &name, const QVariant &value, Key key);
};

} // namespace Baoku::App
