#include "app/window/mainwindow.h"

#include "app/window/actions.h"
#include "app/charts/chartdocks.h"
#include "app/browse/articlelistmodel.h"
#include "app/browse/issuetreemodel.h"
#include "app/browse/overviewloader.h"
#include "app/settings/appsettings.h"
#include "app/browse/articlepanel.h"
#include "app/collect/researchcontroller.h"
#include "app/browse/browserpanel.h"
#include "app/import/importcontroller.h"
#include "app/import/queueindexer.h"
#include "app/settings/languagemanager.h"
#include "app/reader/readerpanel.h"
#include "app/reader/readerview.h"
#include "app/reader/findbar.h"
#include "app/search/searchcontroller.h"
#include "app/search/searchfield.h"
#include "app/search/facetpanel.h"
#include "app/search/searchpanel.h"
#include "app/search/searchresultsmodel.h"
#include "app/window/pagenavigator.h"
#include "app/search/queryexplanation.h"
#include "app/common/dateformat.h"
#include "app/window/firststartnote.h"
#include "app/window/helpdialog.h"
#include "app/window/navigationhistory.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Baoku::App {

MainWindow::MainWindow(const QString &databasePath, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_databasePath(databasePath)
    , m_languages(languages)
    , m_actions(new Actions(this))
    , m_browser(new BrowserPanel(this))
    , m_articles(new ArticlePanel(this))
    , m_searchPanel(new SearchPanel(this))
    , m_middle(new QStackedWidget(this))
    , m_reader(new ReaderPanel(this))
    , m_searchField(new SearchField(this))
    , m_search(new SearchController(databasePath, this))
    , m_import(new ImportController(databasePath, this))
    , m_overview(new OverviewLoader(databasePath, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_history(new NavigationHistory([this](const Place &place) { goTo(place); }, this))
    , m_note(new FirstStartNote(this))
{
    m_pages = new PageNavigator(this, m_articles->pageBar());
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/baoku-256.png"_s));
    setAcceptDrops(true);
    m_searchPanel->facets()->setDatabasePath(databasePath);
    m_middle->addWidget(m_articles);
    m_middle->addWidget(m_searchPanel);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_browser);
    m_splitter->addWidget(m_middle);
    m_splitter->addWidget(m_reader);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({340, 360, 700});
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_note);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    m_queueIndexer = new QueueIndexer(databasePath, this);
    m_indexStatus = new QLabel(this);
    m_indexStatus->setObjectName(u"indexStatus"_s);
    m_indexStatus->hide();
    statusBar()->addPermanentWidget(m_indexStatus);
    connect(m_queueIndexer, &QueueIndexer::progressed, this, [this](qint64 done, qint64 total) {
        m_indexStatus->setText(tr("Making articles of an interrupted import searchable: %1 of %2").arg(done).arg(total));
    });
    connect(m_queueIndexer, &QueueIndexer::finished, this, [this](qint64 indexed, const QString &error) {
        m_indexStatus->hide();
        if (!error.isEmpty())
            statusBar()->showMessage(tr("The search index could not be completed (%1); a search will try again.").arg(error));
        else if (indexed > 0)
            statusBar()->showMessage(tr("%n article(s) of an interrupted import are searchable now.", nullptr, int(indexed)),
                                     10000);
    });
    resize(1400, 860);
    createMenus();
    connectActions();
    m_reader->reader()->followSettings(AppSettings::instance());
    followLanguage();
    restoreSettings();
    retranslate();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openArchive(QString *error)
{
    // An archive on read-only media opens read-only, for reading and searching (docs/store.md).
    const auto mode = QFileInfo::exists(m_databasePath) ? Core::OpenMode::Existing : Core::OpenMode::Create;
    if (!m_archive.open(m_databasePath, error, mode))
        return false;
    reloadArchive();
    m_note->showIfPending();
    indexLeftovers();
    return true;
}

void MainWindow::indexLeftovers()
{
    // Articles an interrupted import stored but did not index: seconds of work under the write
    // lock at a million articles, so a worker does it (a search meanwhile indexes portions itself
    // and never answers from part of the archive). Counting them is one small table read.
    if (m_archive.isReadOnly() || m_queueIndexer->isRunning())
        return;
    const qint64 waiting = m_archive.pendingIndex();
    if (waiting == 0)
        return;
    m_indexStatus->setText(tr("Making %n article(s) of an interrupted import searchable…", nullptr, int(waiting)));
    m_indexStatus->show();
    m_queueIndexer->start();
}

void MainWindow::reloadArchive()
{
    // The lists are read on a worker (seconds at a million articles); reading goes on meanwhile.
    m_neighbours.clear();
    m_browser->setIssuesLoading();
    m_overview->load(OverviewLoader::List::Issues);
    m_browser->peopleOutOfDate(); // read again when its tab is shown
    if (m_issueId >= 0 && m_archive.issue(m_issueId))
        openIssue(m_issueId, m_articleId);
    else if (m_issueId < 0 && m_savedIssue >= 0 && m_archive.issue(m_savedIssue))
        openIssue(m_savedIssue, m_savedArticle); // where the last session stopped reading
    m_research->refresh(); // kept articles an import re-linked, their notes re-anchored
    showArchiveStatus();
    if (m_charts)
        m_charts->archiveChanged();
}

void MainWindow::showIssues(const QList<Core::IssueSummary> &issues, const QString &error)
{
    m_browser->setIssues(issues);
    if (const auto first = std::find_if(issues.begin(), issues.end(), [](const auto &s) { return s.date.isValid(); });
        first != issues.end())
        m_searchPanel->setDateRange(first->date, std::find_if(issues.rbegin(), issues.rend(), [](const auto &s) {
                                                     return s.date.isValid(); })->date);
    const bool known = m_issueId >= 0 && m_browser->issueModel()->summary(m_issueId).has_value();
    if (known)
        m_browser->selectIssue(m_issueId); // opened before the list came
    else if (!issues.isEmpty() && m_middle->currentWidget() != m_searchPanel)
        openIssue(issues.last().id); // e.g. right after the first import; never over a search begun meanwhile
    showArchiveStatus();
    if (!error.isEmpty())
        statusBar()->showMessage(error);
}

void MainWindow::showArchiveStatus()
{
    if (!m_browser->issuesLoaded()) {
        statusBar()->clearMessage(); // the issue pane says it is loading
        return;
    }
    const int issues = int(m_browser->issueModel()->issues().size());
    // The archive's path is in Help → About; the status bar stays short.
    statusBar()->showMessage(tr("%n issue(s) in the archive", nullptr, issues));
}

void MainWindow::restoreLastPosition()
{
    // The saved issue opens at once (one row read); without it the newest does, when the list is in.
    if (m_savedIssue >= 0 && m_archive.issue(m_savedIssue))
        openIssue(m_savedIssue, m_savedArticle);
    else if (const auto &issues = m_browser->issueModel()->issues(); !issues.isEmpty())
        openIssue(issues.last().id);
}

bool MainWindow::importPaths(const QStringList &paths, bool showSummary)
{
    const bool started = m_import->start(paths, showSummary);
    if (started && showSummary)
        m_note->dismiss(); // the user imports their own files: the note has done its work
    return started;
}

void MainWindow::openIssue(qint64 issueId, qint64 articleId)
{
    const auto issue = m_archive.issue(issueId);
    if (!issue) {
        m_reader->reader()->showMessage(tr("The issue is no longer in the archive."));
        return;
    }
    m_issueId = issueId;
    m_personId = -1;
    const QList<Core::StoredArticle> articles = m_archive.articlesOfIssue(issueId);
    m_articles->showIssue(*issue, articles);
    m_pages->showIssue(issueId, issue->info.pages);
    m_browser->selectIssue(issueId);
    showSearchResults(false);
    m_actions->correctDate->setEnabled(true);
    if (articleId < 0 && !articles.isEmpty())
        articleId = articles.first().id;
    if (articleId >= 0)
        openArticle(articleId);
    else
        updateNavigation();
}

void MainWindow::openArticle(qint64 articleId, bool recordHistory)
{
    const auto stored = m_archive.article(articleId);
    if (!stored)
        return;
    m_articleId = articleId;
    m_issueId = stored->issueId;
    ReaderView *reader = m_reader->reader();
    const bool fromSearch = m_middle->currentWidget() == m_searchPanel && m_resultRow >= 0;
    if (!fromSearch)
        reader->setSearchQuery({});
    reader->showArticle(stored->article, stored->issue);
    if (fromSearch)
        reader->setSearchQuery(m_searchPanel->model()->query());
    m_reader->setHitBarVisible(fromSearch);
    if (!fromSearch)
        m_articles->selectArticle(articleId);
    m_browser->selectIssue(stored->issueId); // the tree and calendar show where the article was printed
    m_pages->showArticle(stored->issueId, stored->article);
    if (recordHistory)
        m_history->push(currentPlace());
    updateNavigation();
    AppSettings::instance().setLast(m_issueId, m_articleId);
    setWindowTitle(stored->article.title.isEmpty() ? tr("Baoku") : stored->article.title);
    emit articleShown(articleId);
}

void MainWindow::openPerson(qint64 personId, const QString &name, qint64 articleId)
{
    m_articles->showPerson(name, m_archive.articlesByPerson(personId));
    m_pages->clear();
    m_personId = personId;
    m_personName = name;
    m_actions->correctDate->setEnabled(false);
    showSearchResults(false);
    if (articleId < 0 && m_articles->model()->rowCount() > 0)
        articleId = m_articles->model()->articleIdAt(0);
    if (articleId >= 0)
        openArticle(articleId);
    else
        updateNavigation();
}

void MainWindow::search(const QString &query)
{
    m_searchField->setText(query);
    SearchRequest request = m_searchPanel->filters();
    request.query = query;
    m_resultRow = -1;
    m_pendingResultRow = -1;
    // A new query: the reader no longer shows the old query's hits, nor a hit bar for them.
    m_reader->reader()->setSearchQuery({});
    m_reader->setHitBarVisible(false);
    request.deferCommonTotal = true; // counted with the facets below
    m_countedTotal = -1;
    m_search->search(request);
    if (query.trimmed().isEmpty()) {
        m_openFirstResult = false;
        showSearchResults(false);
        return;
    }
    showSearchResults(true);
    m_searchPanel->setStatus(tr("Searching…"));
    m_searchPanel->facets()->count(request);
}

void MainWindow::openResult(int row, bool recordHistory)
{
    const qint64 articleId = m_searchPanel->model()->articleIdAt(row);
    if (articleId < 0)
        return;
    m_resultRow = row;
    m_searchPanel->selectRow(row);
    m_searchField->remember(m_searchField->text());
    openArticle(articleId, recordHistory);
}

void MainWindow::showSearchResults(bool visible)
{
    m_middle->setCurrentWidget(visible ? static_cast<QWidget *>(m_searchPanel) : m_articles);
    if (!visible) {
        m_resultRow = -1;
        m_reader->setHitBarVisible(false);
    }
    updateNavigation();
}

void MainWindow::setLanguage(const QString &setting)
{
    AppSettings::instance().setLanguage(setting); // applied by followLanguage()
}

void MainWindow::followLanguage()
{
    AppSettings &settings = AppSettings::instance();
    connect(&settings, &AppSettings::changed, this, [this, &settings](AppSettings::Key key) {
        if (key != AppSettings::Key::Language)
            return;
        m_languages->apply(settings.language());
        // The translators post LanguageChange to every widget; deliver them now, not after this call.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    });
}

Place MainWindow::currentPlace() const
{
    Place place;
    place.articleId = m_articleId;
    place.issueId = m_issueId;
    if (m_middle->currentWidget() == m_searchPanel && m_resultRow >= 0) {
        place.via = Place::Via::Search;
        place.search = m_search->currentRequest();
        place.resultRow = m_resultRow;
    } else if (m_personId >= 0) {
        place.via = Place::Via::Person;
        place.personId = m_personId;
        place.personName = m_personName;
    }
    return place;
}

void MainWindow::goTo(const Place &place)
{
    switch (place.via) {
    case Place::Via::Issue:
        openIssue(place.issueId, place.articleId);
        break;
    case Place::Via::Person:
        openPerson(place.personId, place.personName, place.articleId);
        break;
    case Place::Via::Search: {
        const SearchRequest shown = m_search->currentRequest();
        const bool same = shown.query == place.search.query && shown.from == place.search.from
            && shown.to == place.search.to && shown.field == place.search.field && shown.sort == place.search.sort;
        if (same && place.resultRow < m_searchPanel->model()->rowCount()) {
            // The results are still there: show them again, with the row and its highlights.
            showSearchResults(true);
            openResult(place.resultRow, false);
        } else {
            m_searchPanel->setFilters(place.search);
            search(place.search.query);
            m_pendingResultRow = place.resultRow; // opened when the first page comes
        }
        break;
    }
    }
}

void MainWindow::updateNavigation()
{
    Actions *a = m_actions;
    a->setAvailable(a->back, m_history->canGoBack());
    a->setAvailable(a->forward, m_history->canGoForward());
    a->setAvailable(a->previousIssue, m_neighbours.previous(m_issueId).has_value());
    a->setAvailable(a->nextIssue, m_neighbours.next(m_issueId).has_value());
    SearchResultsModel *results = m_searchPanel->model();
    const bool inResults = m_middle->currentWidget() == m_searchPanel;
    const bool moreResults = m_resultRow + 1 < results->rowCount() || results->canFetchMore({});
    a->setAvailable(a->nextResult, inResults && moreResults);
    a->setAvailable(a->previousResult, inResults && m_resultRow > 0);
    m_reader->setNextResultEnabled(moreResults);
    a->setAvailable(a->nextArticle, inResults ? moreResults : m_articles->neighbour(1) >= 0);
    a->setAvailable(a->previousArticle, inResults ? m_resultRow > 0 : m_articles->neighbour(-1) >= 0);
}

void MainWindow::goToDate(const QDate &date)
{
    if (!m_browser->issuesLoaded()) {
        statusBar()->showMessage(tr("The issue list is still loading; try again in a moment."), 6000);
        return;
    }
    const auto opened = m_browser->jumpToDate(date);
    if (!opened)
        statusBar()->showMessage(tr("The archive holds no dated issue."), 6000);
    else if (*opened != date)
        statusBar()->showMessage(tr("No issue on %1; opened the nearest one, %2.")
                                     .arg(DateFormat::text(date), DateFormat::text(*opened)), 8000);
}

void MainWindow::setReadingMode(bool on)
{
    // Hide rather than collapse, so the splitter keeps the sizes the user had.
    m_browser->setVisible(!on);
    m_middle->setVisible(!on);
    if (m_actions->readingMode->isChecked() != on)
        m_actions->readingMode->setChecked(on);
    if (on)
        statusBar()->showMessage(tr("Reading mode: F11 brings the side panes back."), 4000);
}

void MainWindow::showFirstStartNote()
{
    FirstStartNote::setPending();
    m_note->showIfPending();
}

void MainWindow::showHelp(const QString &anchor)
{
    if (!m_help)
        m_help = new HelpDialog(m_actions->findChildren<QAction *>()
                                    + QList<QAction *>{m_charts->timelineAction(), m_charts->coverageAction()},
                                this);
    m_help->showSection(anchor);
}

void MainWindow::stepIssue(bool next)
{
    if (m_issueId < 0)
        return;
    const auto neighbour = next ? m_neighbours.next(m_issueId) : m_neighbours.previous(m_issueId);
    if (neighbour)
        openIssue(*neighbour);
}

void MainWindow::stepArticle(int delta)
{
    if (m_middle->currentWidget() == m_searchPanel) {
        stepResult(delta);
        return;
    }
    const qint64 id = m_articles->neighbour(delta);
    if (id >= 0)
        openArticle(id);
}

void MainWindow::stepHit(bool next)
{
    ReaderView *reader = m_reader->reader();
    const bool moved = next ? reader->nextSearchHit() : reader->previousSearchHit();
    // Past the last hit of this article, go on to the next result.
    if (!moved && next && m_resultRow >= 0)
        stepResult(1);
}

void MainWindow::stepResult(int delta)
{
    SearchResultsModel *model = m_searchPanel->model();
    const int row = (m_resultRow < 0 ? -1 : m_resultRow) + delta;
    if (row >= model->rowCount() && model->canFetchMore({}))
        model->fetchMore({});
    if (row >= 0 && row < model->rowCount())
        openResult(row);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_import->isRunning())
        m_import->cancel();
    saveSettings();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty() && importPaths(paths))
        event->acceptProposedAction();
}

} // namespace Baoku::App
