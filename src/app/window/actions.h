// Every menu and toolbar command of the main window, with its shortcut and translated text.
#pragma once

#include <QHash>
#include <QObject>
#include <QPair>

class QAction;

namespace Baoku::App {

class Actions final : public QObject {
    Q_OBJECT
public:
    explicit Actions(QObject *parent);
    void retranslate();
    // Enables or disables a navigation command; its tooltip says what it does, or why it cannot.
    void setAvailable(QAction *action, bool available);

    QAction *importFiles;
    QAction *importFolder;
    QAction *quit;
    QAction *copy;
    QAction *find;
    QAction *findNext;
    QAction *findPrevious;
    QAction *focusSearch;
    QAction *focusSearchAlt;
    QAction *settings;
    QAction *zoomIn;
    QAction *zoomOut;
    QAction *zoomReset;
    QAction *back;
    QAction *forward;
    QAction *readingMode;
    QAction *previousIssue;
    QAction *nextIssue;
    QAction *previousPage;
    QAction *nextPage;
    QAction *previousArticle;
    QAction *nextArticle;
    QAction *jumpToDate;
    QAction *correctDate;
    QAction *nextHit;
    QAction *previousHit;
    QAction *nextResult;
    QAction *previousResult;
    QAction *help;
    QAction *querySyntax;
    QAction *shortcutSheet;
    QAction *about;
    QAction *aboutQt;

private:
    void setTips(QAction *action, const QString &available, const QString &unavailable);
    QHash<QAction *, QPair<QString, QString>> m_tips; // tooltip when available, when not
};

} // namespace Baoku::App
