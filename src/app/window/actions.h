// Every menu and toolbar command of the main window, with its shortcut and translated text.
#pragma once

#include <QObject>

class QAction;

namespace Baoku::App {

class Actions final : public QObject {
    Q_OBJECT
public:
    explicit Actions(QObject *parent);
    void retranslate();

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
    QAction *about;
    QAction *aboutQt;
};

} // namespace Baoku::App
