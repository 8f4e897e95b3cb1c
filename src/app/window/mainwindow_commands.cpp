// MainWindow's menus, toolbar, commands and dialogs; the browsing logic is in mainwindow.cpp.
#include "app/window/mainwindow.h"
#include "app/common/dateformat.h"

#include "app/window/actions.h"
#include "app/charts/chartdocks.h"
#include "app/window/pagenavigator.h"
#include "app/settings/appsettings.h"
#include "app/browse/articlepanel.h"
#include "app/browse/browserpanel.h"
#include "app/collect/researchcontroller.h"
#include "app/export/exportactions.h"
#include "app/export/exportscopes.h"
#include "app/reader/findbar.h"
#include "app/import/importcontroller.h"
#include "app/settings/languagemanager.h"
#include "app/reader/readerpanel.h"
#include "app/reader/readerview.h"
#include "app/search/searchcontroller.h"
#include "app/search/searchfield.h"
#include "app/search/facetpanel.h"
#include "app/search/searchpanel.h"
#include "app/search/searchresultsmodel.h"
#include "app/settings/settingsdialog.h"
#include "app/settings/thememanager.h"
#include "app/browse/issuedays.h"
#include "app/browse/issuetreemodel.h"
#include "app/browse/overviewloader.h"
#include "app/search/queryexplanation.h"
#include "app/window/firststartnote.h"
#include "app/window/navigationhistory.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Baoku::App {

void MainWindow::createMenus()
{
    Actions *a = m_actions;
    auto *file = menuBar()->addMenu(QString());
    file->addActions({a->importFiles, a->importFolder});
    file->addSeparator();
    // Copy Citation and Print work on the selected articles or the one in the reader; Export asks.
    m_export = new ExportActions([this] { return chosenItems(*this); }, this);
    m_export->setScopes([this] { return exportScopes(*this); }, archiveLoaders(m_databasePath));
    m_export->setStatusBar(statusBar());
    file->addActions({m_export->exportAction(), m_export->copyCitationAction()});
    file->addMenu(m_export->copyCitationMenu());
    file->addActions({m_export->printAction(), m_export->printPreviewAction()});
    file->addSeparator();
    for (QListView *view : {m_articles->view(), m_searchPanel->view()}) {
        view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        view->addActions({m_export->exportAction(), m_export->copyCitationAction(), m_export->printAction()});
    }
    m_export->setEnabled(false);
    connect(this, &MainWindow::articleShown, m_export, [this] { m_export->setEnabled(true); });
    file->addAction(a->quit);
    auto *edit = menuBar()->addMenu(QString());
    edit->addActions({a->copy, a->find, a->findNext, a->findPrevious});
    edit->addSeparator();
    edit->addActions({a->focusSearch, a->correctDate});
    edit->addSeparator();
    edit->addAction(a->settings);
    auto *view = menuBar()->addMenu(QString());
    view->addActions({a->zoomIn, a->zoomOut, a->zoomReset});
    view->addSeparator();
    view->addAction(a->readingMode);
    view->addSeparator();
    m_charts = new ChartDocks(this, m_databasePath);
    view->addActions({m_charts->timelineAction(), m_charts->coverageAction()});
    auto *go = menuBar()->addMenu(QString());
    go->addActions({a->back, a->forward});
    go->addSeparator();
    go->addActions({a->previousIssue, a->nextIssue, a->previousPage, a->nextPage, a->previousArticle, a->nextArticle,
                    a->jumpToDate});
    go->addSeparator();
    go->addActions({a->previousHit, a->nextHit, a->previousResult, a->nextResult});
    auto *help = menuBar()->addMenu(QString());
    help->addActions({a->help, a->querySyntax, a->shortcutSheet});
    help->addSeparator();
    help->addActions({a->about, a->aboutQt});
    m_menus = {file, edit, view, go, help};
    m_research = new ResearchController(this);
    // Ctrl+L is a second shortcut for the search field; it needs to live in the window to fire.
    addAction(a->focusSearchAlt);

    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->setMovable(false);
    toolbar->addActions({a->back, a->forward, a->previousIssue, a->nextIssue, a->previousArticle, a->nextArticle});
    toolbar->addSeparator();
    toolbar->addWidget(m_searchField);
    m_research->install(help); // the Collect menu before Help, its panels and the star in the toolbar
    toolbar->addSeparator();
    toolbar->addActions({m_charts->timelineAction(), m_charts->coverageAction()});
    m_articles->view()->addActions({a->copy});
    a->back->setEnabled(false);
    a->forward->setEnabled(false);
    a->correctDate->setEnabled(false);
    a->previousPage->setEnabled(false);
    a->nextPage->setEnabled(false);
}

void MainWindow::connectActions()
{
    Actions *a = m_actions;
    ReaderView *reader = m_reader->reader();
    connect(a->importFiles, &QAction::triggered, this, &MainWindow::chooseFilesToImport);
    connect(a->importFolder, &QAction::triggered, this, &MainWindow::chooseFolderToImport);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->copy, &QAction::triggered, reader, &ReaderView::copy);
    connect(a->find, &QAction::triggered, m_reader->findBar(), &FindBar::activate);
    connect(a->findNext, &QAction::triggered, reader, &ReaderView::findNext);
    connect(a->findPrevious, &QAction::triggered, reader, &ReaderView::findPrevious);
    connect(a->focusSearch, &QAction::triggered, m_searchField, &SearchField::focusField);
    connect(a->focusSearchAlt, &QAction::triggered, m_searchField, &SearchField::focusField);
    connect(a->settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(a->zoomIn, &QAction::triggered, reader, &ReaderView::zoomInStep);
    connect(a->zoomOut, &QAction::triggered, reader, &ReaderView::zoomOutStep);
    connect(a->zoomReset, &QAction::triggered, reader, &ReaderView::resetZoom);
    connect(reader, &ReaderView::zoomChanged, this, [this](int zoom) {
        statusBar()->showMessage(tr("Zoom %1%").arg(zoom), 2000);
    });
    connect(a->back, &QAction::triggered, m_history, &NavigationHistory::back);
    connect(a->forward, &QAction::triggered, m_history, &NavigationHistory::forward);
    connect(m_history, &NavigationHistory::changed, this, &MainWindow::updateNavigation);
    connect(a->readingMode, &QAction::toggled, this, &MainWindow::setReadingMode);
    connect(a->help, &QAction::triggered, this, [this] { showHelp(u"guide"_s); });
    connect(a->querySyntax, &QAction::triggered, this, [this] { showHelp(u"syntax"_s); });
    connect(a->shortcutSheet, &QAction::triggered, this, [this] { showHelp(u"shortcuts"_s); });
    connect(m_searchPanel, &SearchPanel::helpRequested, this, &MainWindow::showHelp);
    connect(m_note, &FirstStartNote::importFolderRequested, this, &MainWindow::chooseFolderToImport);
    connect(a->previousIssue, &QAction::triggered, this, [this] { stepIssue(false); });
    connect(a->nextIssue, &QAction::triggered, this, [this] { stepIssue(true); });
    connect(a->previousPage, &QAction::triggered, m_pages, [this] { m_pages->step(-1); });
    connect(a->nextPage, &QAction::triggered, m_pages, [this] { m_pages->step(1); });
    connect(m_pages, &PageNavigator::pageChanged, this, [this] {
        m_actions->previousPage->setEnabled(m_pages->canStep(-1));
        m_actions->nextPage->setEnabled(m_pages->canStep(1));
    });
    connect(m_pages, &PageNavigator::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(a->previousArticle, &QAction::triggered, this, [this] { stepArticle(-1); });
    connect(a->nextArticle, &QAction::triggered, this, [this] { stepArticle(1); });
    connect(a->jumpToDate, &QAction::triggered, this, &MainWindow::chooseDate);
    connect(a->correctDate, &QAction::triggered, this, &MainWindow::correctIssueDate);
    connect(a->nextHit, &QAction::triggered, this, [this] { stepHit(true); });
    connect(a->previousHit, &QAction::triggered, this, [this] { stepHit(false); });
    connect(a->nextResult, &QAction::triggered, this, [this] { stepResult(1); });
    connect(a->previousResult, &QAction::triggered, this, [this] { stepResult(-1); });
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(m_browser, &BrowserPanel::issueActivated, this, [this](qint64 id) { openIssue(id); });
    connect(m_browser, &BrowserPanel::personActivated, this, [this](qint64 id, const QString &name) { openPerson(id, name); });
    connect(m_articles, &ArticlePanel::articleActivated, this, [this](qint64 id) { openArticle(id); });
    connect(m_articles, &ArticlePanel::correctDateRequested, this, &MainWindow::correctIssueDate);
    connect(m_reader, &ReaderPanel::nextHitRequested, this, [this] { stepHit(true); });
    connect(m_reader, &ReaderPanel::previousHitRequested, this, [this] { stepHit(false); });
    connect(m_reader, &ReaderPanel::nextResultRequested, this, [this] { stepResult(1); });

    connect(m_searchField, &SearchField::queryChanged, this, &MainWindow::search);
    connect(m_searchField, &SearchField::submitted, this, [this] { m_openFirstResult = true; });
    connect(m_searchPanel, &SearchPanel::filtersChanged, this, [this] { search(m_searchField->text()); });
    connect(m_searchPanel, &SearchPanel::resultActivated, this, [this](int row) { openResult(row); });
    SearchResultsModel *results = m_searchPanel->model();
    connect(results, &SearchResultsModel::moreWanted, m_search, &SearchController::fetch);
    connect(m_search, &SearchController::firstPage, this, [this, results](const SearchPage &page) {
        results->reset(page);
        const SearchRequest request = m_search->currentRequest();
        m_firstPageMs = page.elapsedMs;
        if (page.total < 0 && m_countedTotal >= 0) // the facets came first
            results->setTotal(page.token, m_countedTotal);
        if (!page.error.isEmpty())
            m_searchPanel->showNoResults(QueryExplanation::noResults(request, page.error));
        else if (!request.query.isEmpty() && page.total == 0)
            m_searchPanel->showNoResults(QueryExplanation::noResults(request));
        else if (!request.query.isEmpty())
            m_searchPanel->showTotal(results->total(), page.elapsedMs);
        const int pending = std::exchange(m_pendingResultRow, -1);
        const bool openFirst = std::exchange(m_openFirstResult, false);
        if (pending >= 0 && pending < results->rowCount())
            openResult(pending, false); // going back to this search: its row, not a new place
        else if (openFirst && results->rowCount() > 0)
            openResult(0);
        updateNavigation();
    });
    connect(m_search, &SearchController::nextPage, results, &SearchResultsModel::append);
    // The facets are always counted for the search the results show (MainWindow::search), so
    // their total is that search's.
    connect(m_searchPanel->facets(), &FacetPanel::totalCounted, this, [this, results](qint64 total, bool ok) {
        const bool waiting = results->token() == m_search->currentToken() && results->total() < 0;
        if (!ok) {
            // Without the facets' count, the search counts its total itself.
            if (waiting) {
                SearchRequest request = m_search->currentRequest();
                request.deferCommonTotal = false;
                m_search->search(request);
            }
            return;
        }
        m_countedTotal = total;
        if (waiting && results->setTotal(results->token(), total))
            m_searchPanel->showTotal(results->total(), m_firstPageMs);
    });
    connect(m_import, &ImportController::finished, this, [this] { reloadArchive(); });
    connect(m_overview, &OverviewLoader::issuesLoaded, this, &MainWindow::showIssues);
    connect(m_overview, &OverviewLoader::peopleLoaded, m_browser,
            [this](const QList<Core::PersonSummary> &people) { m_browser->setPeople(people); });
    connect(m_browser, &BrowserPanel::peopleWanted, m_overview,
            [this] { m_overview->load(OverviewLoader::List::People); });
}

void MainWindow::retranslate()
{
    static const char *const titles[] = {QT_TR_NOOP("&File"), QT_TR_NOOP("&Edit"), QT_TR_NOOP("&View"),
                                         QT_TR_NOOP("&Go"), QT_TR_NOOP("&Help")};
    for (int i = 0; i < m_menus.size(); ++i)
        m_menus.at(i)->setTitle(tr(titles[i]));
    if (auto *toolbar = findChild<QToolBar *>(u"mainToolBar"_s))
        toolbar->setWindowTitle(tr("Navigation"));
    m_actions->retranslate();
    m_export->retranslate();
    m_research->retranslate();
    m_charts->retranslate();
    m_browser->retranslate();
    m_articles->retranslate();
    m_searchPanel->retranslate();
    m_searchField->retranslate();
    m_reader->retranslate();
    if (m_archive.isOpen())
        showArchiveStatus();
    if (!m_reader->reader()->hasArticle() && m_articleId < 0)
        m_reader->reader()->showMessage(tr("Choose an issue on the left, or search with Ctrl+K."));
    else if (m_articleId >= 0)
        openArticle(m_articleId, false); // dates and labels in the reader follow the language
}

void MainWindow::restoreSettings()
{
    // Read before the archive opens: opening an issue records itself as the last position.
    m_savedIssue = AppSettings::instance().lastIssue();
    m_savedArticle = AppSettings::instance().lastArticle();
    restoreGeometry(AppSettings::instance().windowGeometry());
    restoreState(AppSettings::instance().windowState());
    const QByteArray splitter = AppSettings::instance().splitterState(u"main"_s);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

void MainWindow::saveSettings()
{
    AppSettings::instance().setWindow(saveGeometry(), saveState());
    AppSettings::instance().setSplitterState(u"main"_s, m_splitter->saveState());
    AppSettings::instance().setLast(m_issueId, m_articleId);
}

void MainWindow::showSettings()
{
    // Whoever shows a setting follows AppSettings::changed; the dialog only edits the values.
    AppSettings &settings = AppSettings::instance();
    SettingsDialog dialog(settings.values(), this);
    if (dialog.exec() == QDialog::Accepted)
        settings.setValues(dialog.values());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Baoku"),
        tr("<h3>Baoku %1</h3><p>A reader for archives of OCR'd Chinese newspapers: browse issues by date, "
           "search them exactly in Chinese, read, export and cite articles. Offline, on your own files.</p>"
           "<p>Archive: %2</p><p>Built with Qt %3, SQLite and ICU.</p>")
            .arg(QApplication::applicationVersion(), QDir::toNativeSeparators(m_archive.path()).toHtmlEscaped(),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::chooseFilesToImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import OCR Text Files"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("OCR text files (*.txt);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void MainWindow::chooseFolderToImport()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder of OCR Text Files"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::chooseDate()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Go to Date"));
    dialog.setObjectName(u"goToDateDialog"_s);
    auto *calendar = new QCalendarWidget(&dialog);
    calendar->setObjectName(u"goToDateCalendar"_s);
    calendar->setSelectedDate(m_browser->calendar()->selectedDate());
    IssueDays::mark(calendar, m_browser->issueModel()->issues());
    auto *hint = new QLabel(tr("Underlined days have an issue; another day opens the nearest issue."), &dialog);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(calendar);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(calendar, &QCalendarWidget::activated, &dialog, &QDialog::accept);
    if (dialog.exec() == QDialog::Accepted)
        goToDate(calendar->selectedDate());
}

void MainWindow::correctIssueDate()
{
    const auto issue = m_archive.issue(m_issueId);
    if (!issue)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Correct Issue Date"));
    auto *edit = new QDateEdit(issue->summary.date.isValid() ? issue->summary.date : QDate::currentDate(), &dialog);
    edit->setObjectName(u"issueDateEdit"_s);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(DateFormat::editFormat());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("The date of this issue (the file says %1):")
                                     .arg(DateFormat::text(issue->parsedDate)), &dialog));
    layout->addWidget(edit);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_archive.setIssueDate(m_issueId, edit->date(), &error)) {
        QMessageBox::warning(this, tr("Correct Issue Date"), error);
        return;
    }
    reloadArchive();
}

} // namespace Baoku::App
