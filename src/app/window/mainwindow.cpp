#include "app/window/mainwindow.h"

#include "app/window/actions.h"
#include "app/browse/articlelistmodel.h"
#include "app/browse/issuetreemodel.h"
#include "app/settings/appsettings.h"
#include "app/browse/articlepanel.h"
#include "app/browse/browserpanel.h"
#include "app/import/importcontroller.h"
#include "app/settings/languagemanager.h"
#include "app/reader/readerpanel.h"
#include "app/reader/readerview.h"
#include "app/reader/findbar.h"
#include "app/search/searchcontroller.h"
#include "app/search/searchfield.h"
#include "app/search/searchpanel.h"
#include "app/search/searchresultsmodel.h"
#include "app/window/pagenavigator.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QMenuBar>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

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
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_pages = new PageNavigator(this, m_articles->pageBar());
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/baoku-256.png"_s));
    setAcceptDrops(true);
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
    setCentralWidget(m_splitter);
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
    if (!m_archive.open(m_databasePath, error))
        return false;
    reloadArchive();
    return true;
}

void MainWindow::reloadArchive()
{
    m_browser->setIssues(m_archive.issues());
    m_browser->setPeople(m_archive.people());
    const auto &issues = m_browser->issueModel()->issues();
    if (m_issueId >= 0)
        openIssue(m_issueId, m_articleId);
    else if (!issues.isEmpty())
        openIssue(issues.last().id); // e.g. right after the first import
    showArchiveStatus();
}

void MainWindow::showArchiveStatus()
{
    const int issues = int(m_browser->issueModel()->issues().size());
    statusBar()->showMessage(tr("%n issue(s) in %1", nullptr, issues).arg(QDir::toNativeSeparators(m_archive.path())));
}

void MainWindow::restoreLastPosition()
{
    const qint64 issue = AppSettings::instance().lastIssue();
    const auto &issues = m_browser->issueModel()->issues();
    const bool known = std::any_of(issues.begin(), issues.end(), [issue](const auto &s) { return s.id == issue; });
    if (known)
        openIssue(issue, AppSettings::instance().lastArticle());
    else if (!issues.isEmpty())
        openIssue(issues.last().id);
}

bool MainWindow::importPaths(const QStringList &paths, bool showSummary)
{
    return m_import->start(paths, showSummary);
}

void MainWindow::openIssue(qint64 issueId, qint64 articleId)
{
    const auto issue = m_archive.issue(issueId);
    if (!issue) {
        m_reader->reader()->showMessage(tr("The issue is no longer in the archive."));
        return;
    }
    m_issueId = issueId;
    const QList<Core::StoredArticle> articles = m_archive.articlesOfIssue(issueId);
    m_articles->showIssue(*issue, articles);
    m_pages->showIssue(issueId, issue->info.pages);
    m_browser->selectIssue(issueId);
    showSearchResults(false);
    m_actions->correctDate->setEnabled(true);
    if (articleId < 0 && !articles.isEmpty())
        articleId = articles.first().id;
    if (articleId >= 0)
        openArticle(articleId, false);
}

void MainWindow::openArticle(qint64 articleId, bool recordHistory)
{
    const auto stored = m_archive.article(articleId);
    if (!stored)
        return;
    if (recordHistory && m_articleId >= 0 && m_articleId != articleId)
        m_history << m_articleId;
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
    m_pages->showArticle(stored->issueId, stored->article);
    m_actions->back->setEnabled(!m_history.isEmpty());
    AppSettings::instance().setLast(m_issueId, m_articleId);
    setWindowTitle(stored->article.title.isEmpty() ? tr("Baoku") : stored->article.title);
    emit articleShown(articleId);
}

void MainWindow::openPerson(qint64 personId, const QString &name)
{
    m_articles->showPerson(name, m_archive.articlesByPerson(personId));
    m_pages->clear();
    m_actions->correctDate->setEnabled(false);
    showSearchResults(false);
    if (m_articles->model()->rowCount() > 0)
        openArticle(m_articles->model()->articleIdAt(0));
}

void MainWindow::search(const QString &query)
{
    m_searchField->setText(query);
    SearchRequest request = m_searchPanel->filters();
    request.query = query;
    m_resultRow = -1;
    m_search->search(request);
    if (query.trimmed().isEmpty()) {
        showSearchResults(false);
        return;
    }
    showSearchResults(true);
    m_searchPanel->setStatus(tr("Searching…"));
}

void MainWindow::openResult(int row)
{
    const qint64 articleId = m_searchPanel->model()->articleIdAt(row);
    if (articleId < 0)
        return;
    m_resultRow = row;
    m_searchPanel->selectRow(row);
    m_searchField->remember(m_searchField->text());
    openArticle(articleId);
}

void MainWindow::showSearchResults(bool visible)
{
    m_middle->setCurrentWidget(visible ? static_cast<QWidget *>(m_searchPanel) : m_articles);
    if (!visible) {
        m_resultRow = -1;
        m_reader->setHitBarVisible(false);
    }
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

void MainWindow::goBack()
{
    if (m_history.isEmpty())
        return;
    const qint64 previous = m_history.takeLast();
    const auto stored = m_archive.article(previous);
    if (!stored)
        return;
    if (m_middle->currentWidget() == m_searchPanel || stored->issueId != m_issueId)
        openIssue(stored->issueId, previous);
    else
        openArticle(previous, false);
    m_actions->back->setEnabled(!m_history.isEmpty());
}

void MainWindow::stepIssue(bool next)
{
    if (m_issueId < 0)
        return;
    const auto neighbour = next ? m_archive.nextIssue(m_issueId) : m_archive.previousIssue(m_issueId);
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
        openArticle(id, false);
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
