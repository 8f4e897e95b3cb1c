// The main window: browse by date or person on the left, articles or search results in the
// middle, the reader on the right.
#pragma once

#include "app/window/issueneighbours.h"
#include "core/store/archive.h"

#include <QMainWindow>

class QLabel;
class QSplitter;
class QStackedWidget;

namespace Baoku::App {

class Actions;
class ExportActions;
class FirstStartNote;
class HelpDialog;
class NavigationHistory;
class OverviewLoader;
struct Place;
class ArticlePanel;
class BrowserPanel;
class ChartDocks;
class ImportController;
class QueueIndexer;
class LanguageManager;
class PageNavigator;
class ResearchController;
class ReaderPanel;
class SearchController;
class SearchPanel;
class SearchField;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const QString &databasePath, LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the archive and shows its issues; false with a message naming the file on failure.
    bool openArchive(QString *error = nullptr);
    void reloadArchive();
    void restoreLastPosition();
    bool importPaths(const QStringList &paths, bool showSummary = true);
    void openIssue(qint64 issueId, qint64 articleId = -1);
    void openArticle(qint64 articleId, bool recordHistory = true);
    void openPerson(qint64 personId, const QString &name, qint64 articleId = -1);
    void search(const QString &query); // as if typed and the pause elapsed
    void openResult(int row, bool recordHistory = true);
    // Opens the issue of that day, else the nearest one and says so in the status bar.
    void goToDate(const QDate &date);
    void showHelp(const QString &anchor = {});
    void setReadingMode(bool on);
    void showFirstStartNote(); // after the bundled samples were imported on first start
    void setLanguage(const QString &setting); // stores it; the window follows the setting

    Core::Archive &archive() { return m_archive; }
    Actions *actions() const { return m_actions; }
    BrowserPanel *browser() const { return m_browser; }
    ArticlePanel *articles() const { return m_articles; }
    ReaderPanel *readerPanel() const { return m_reader; }
    SearchPanel *searchPanel() const { return m_searchPanel; }
    SearchField *searchField() const { return m_searchField; }
    SearchController *searchController() const { return m_search; }
    ImportController *importer() const { return m_import; }
    QueueIndexer *queueIndexer() const { return m_queueIndexer; }
    ExportActions *exportActions() const { return m_export; }
    ResearchController *research() const { return m_research; }
    PageNavigator *pages() const { return m_pages; }
    qint64 currentIssue() const { return m_issueId; }
    qint64 currentArticle() const { return m_articleId; }
    NavigationHistory *history() const { return m_history; }
    HelpDialog *helpDialog() const { return m_help; }
    FirstStartNote *firstStartNote() const { return m_note; }
    ChartDocks *charts() const { return m_charts; }
    OverviewLoader *overview() const { return m_overview; }

signals:
    void articleShown(qint64 articleId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void connectActions();
    void retranslate();
    void followLanguage();
    void restoreSettings();
    void saveSettings();
    void showSettings();
    void showAbout();
    void chooseFilesToImport();
    void chooseFolderToImport();
    void correctIssueDate();
    void chooseDate();
    void goTo(const Place &place);
    Place currentPlace() const;
    void updateNavigation();
    void stepIssue(bool next);
    void stepArticle(int delta);
    void stepHit(bool next);
    void stepResult(int delta);
    void showSearchResults(bool visible);
    void showArchiveStatus();
    void indexLeftovers();
    void showIssues(const QList<Core::IssueSummary> &issues, const QString &error);

    QString m_databasePath;
    LanguageManager *m_languages;
    Core::Archive m_archive;
    IssueNeighbours m_neighbours{m_archive}; // for Previous/Next Issue, read once per issue
    Actions *m_actions;
    BrowserPanel *m_browser;
    ArticlePanel *m_articles;
    SearchPanel *m_searchPanel;
    QStackedWidget *m_middle;
    ReaderPanel *m_reader;
    SearchField *m_searchField;
    SearchController *m_search;
    ImportController *m_import;
    QueueIndexer *m_queueIndexer = nullptr; // what an interrupted import left unindexed, on a worker
    QLabel *m_indexStatus = nullptr;        // its progress, in the status bar while it runs
    PageNavigator *m_pages;
    OverviewLoader *m_overview; // the issue and people lists, read on a worker
    ExportActions *m_export = nullptr;
    ResearchController *m_research = nullptr; // stars, tags, lists, notes, saved searches
    ChartDocks *m_charts = nullptr; // the Timeline and Coverage docks
    QSplitter *m_splitter;
    QList<QMenu *> m_menus;
    NavigationHistory *m_history;
    HelpDialog *m_help = nullptr; // made when first asked for
    FirstStartNote *m_note;
    qint64 m_personId = -1;       // the person whose articles are listed, or -1
    QString m_personName;
    int m_pendingResultRow = -1;  // going back to a search: the row to open when its results come
    bool m_openFirstResult = false; // Enter in the search field: open the first result when it comes
    qint64 m_savedIssue = -1;     // where the last session stopped reading
    qint64 m_savedArticle = -1;
    qint64 m_issueId = -1;
    qint64 m_articleId = -1;
    int m_resultRow = -1;    // the search result shown in the reader, or -1
    // A common query's total comes with its facets (one walk over its hits for both): the newest
    // facets' total (-1 before they came) and the first page's time, shown with it.
    qint64 m_countedTotal = -1;
    double m_firstPageMs = 0;
};

} // namespace Baoku::App
