// Collections and notes in the window: the Collect menu (star, tags, lists, notes, saved
// searches), the Collections tab of the left pane, the notes under the reader and their marks in
// the text, and the star in the article and result lists. Everything is kept through
// Core::Research: in the archive on the window's connection, or for a PostgreSQL archive in the
// reader's research file (docs/shared-archives.md); each change is one small transaction.
#pragma once

#include "app/search/searchtypes.h"
#include "core/store/research.h"

#include <QObject>
#include <QSet>

class QAction;
class QMenu;

namespace Baoku::App {

class CollectionPanel;
class MainWindow;
class NotesPanel;

class ResearchController final : public QObject {
    Q_OBJECT
public:
    explicit ResearchController(MainWindow *window);

    // Adds the Collect menu before `before` and the panels to the window.
    void install(QMenu *before);
    void retranslate();

    QAction *starAction() const { return m_star; }
    QAction *tagsAction() const { return m_tags; }
    QAction *addToListAction() const { return m_addToList; }
    QAction *noteAction() const { return m_note; }
    QAction *notePassageAction() const { return m_notePassage; }
    QAction *saveSearchAction() const { return m_saveSearch; }
    CollectionPanel *panel() const { return m_panel; }
    NotesPanel *notesPanel() const { return m_notes; }
    QMenu *menu() const { return m_menu; }

    // The articles a command works on: the selected ones when several are selected, else the open one.
    QList<qint64> chosenArticles() const;
    bool isStarred(qint64 articleId) const { return m_starred.contains(articleId); }
    int noteCount() const { return m_noteCount; }

    // The commands without their dialogs (the menu's commands ask, then call these); false with a
    // message in the status bar (and a warning when the window is shown) when the archive refused.
    bool setStarred(const QList<qint64> &articleIds, bool starred);
    bool changeTags(const QList<qint64> &articleIds, const QStringList &add, const QStringList &remove);
    bool addToList(const QString &name, const QList<qint64> &articleIds);
    bool removeFrom(const Core::CollectionInfo &collection, const QList<qint64> &articleIds);
    bool deleteCollection(const Core::CollectionInfo &collection);
    std::optional<qint64> addNote(qint64 articleId, const QString &text, int start = -1, int length = 0);
    bool editNote(qint64 noteId, const QString &text);
    bool deleteNote(qint64 noteId);
    bool saveSearch(const QString &name, const SearchRequest &request);
    bool deleteSavedSearch(const QString &name);
    // Restores the saved search's query, filters (as chips where the facets have one) and sort, and runs it.
    void runSavedSearch(const Core::SavedSearch &search);
    void openCollection(const Core::CollectionInfo &collection);

    // Re-reads collections, saved searches, stars and the open article's notes (the window calls it
    // whenever it reloads the archive, e.g. after an import re-linked kept articles).
    void refresh();

private:
    void toggleStar();
    void editTags();
    void chooseList();
    void writeArticleNote();
    void writePassageNote();
    void askToSaveSearch();
    void askToEditNote(const Core::Note &note);
    void askToDeleteNote(const Core::Note &note);
    void askToDeleteCollection(const Core::CollectionInfo &collection);
    void showArticleState(); // star, notes and marks of the open article
    void showReaderMenu(const QPoint &position);
    void updateActions();
    bool failed(const QString &message);
    void repaintLists();

    MainWindow *m_window;
    QMenu *m_menu = nullptr;
    QAction *m_star;
    QAction *m_tags;
    QAction *m_addToList;
    QAction *m_note;
    QAction *m_notePassage;
    QAction *m_saveSearch;
    CollectionPanel *m_panel;
    NotesPanel *m_notes;
    QSet<qint64> m_starred;
    int m_noteCount = 0;
};

} // namespace Baoku::App
