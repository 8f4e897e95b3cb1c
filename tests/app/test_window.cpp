// The main window driven like a user: pick a date, open articles, search, open a result and see
// its hits, import files, switch the language.
#include "app/window/actions.h"
#include "app/settings/appsettings.h"
#include "app/browse/articlelistmodel.h"
#include "app/browse/articlepanel.h"
#include "app/browse/browserpanel.h"
#include "app/import/importcontroller.h"
#include "app/import/samples.h"
#include "app/browse/issuetreemodel.h"
#include "app/settings/languagemanager.h"
#include "app/window/mainwindow.h"
#include "app/reader/readerpanel.h"
#include "app/reader/readerview.h"
#include "app/search/searchcontroller.h"
#include "app/search/searchfield.h"
#include "app/search/searchpanel.h"
#include "app/search/searchresultsmodel.h"
#include "testarchive.h"
#include "windowfixture.h"
#include "core/common/textdecoder.h"
#include "windowwait.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QCalendarWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTabWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QTabWidget>
#include <QTableView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Baoku;

namespace {

struct Fixture : Tests::WindowFixture {
    QString readerText() const { return window->readerPanel()->reader()->toPlainText(); }
    App::SearchResultsModel *results() const { return window->searchPanel()->model(); }
};

} // namespace

TEST_CASE("Picking a date in the calendar opens that issue and its first article")
{
    Fixture f;
    QCalendarWidget *calendar = f.window->browser()->calendar();
    calendar->setSelectedDate(QDate(2023, 11, 24));
    auto *days = calendar->findChild<QTableView *>();
    REQUIRE(days);
    QTest::keyClick(days, Qt::Key_Return); // "activated", as a double click or Enter
    REQUIRE(f.window->currentIssue() > 0);
    CHECK(f.window->articles()->model()->rowCount() == 1);
    CHECK(f.readerText().contains(u"工业互联网平台发布"_s));
    CHECK(f.readerText().contains(u"date inferred"_s));
    auto *header = f.window->articles()->findChild<QLabel *>(u"issueHeader"_s);
    CHECK(header->text().contains(u"inferred"_s));

    // A day without an issue changes nothing.
    const qint64 issue = f.window->currentIssue();
    calendar->setSelectedDate(QDate(2023, 11, 25));
    QTest::keyClick(days, Qt::Key_Return);
    CHECK(f.window->currentIssue() == issue);
}

TEST_CASE("Articles open from the list; next, previous and back move between them")
{
    Fixture f;
    f.window->openIssue(f.window->archive().issues().first().id); // 2023-11-17
    App::ArticlePanel *articles = f.window->articles();
    REQUIRE(articles->model()->rowCount() == 2);
    CHECK(f.readerText().contains(u"芯片产业加快发展"_s));
    articles->view()->setCurrentIndex(articles->model()->index(1));
    CHECK(f.readerText().contains(u"<b>标题</b> & 工业"_s));
    f.window->actions()->previousArticle->trigger();
    CHECK(f.readerText().contains(u"芯片产业加快发展"_s));
    f.window->actions()->nextIssue->trigger();
    CHECK(f.readerText().contains(u"工业互联网平台发布"_s));
    f.window->actions()->zoomIn->trigger();
    CHECK(f.window->readerPanel()->reader()->zoom() == 110);
    CHECK(App::AppSettings::instance().zoom() == 110);
    f.window->actions()->zoomReset->trigger();
    CHECK(App::AppSettings::instance().lastArticle() == f.window->currentArticle());
}

TEST_CASE("Typing a query searches after a pause; a result opens with every hit highlighted")
{
    Fixture f;
    f.window->openIssue(f.window->archive().issues().last().id);
    const qint64 before = f.window->currentArticle();
    QLineEdit *field = f.window->searchField()->lineEdit();
    field->setFocus();
    for (const QChar c : u"芯片"_s) { // as an input method delivers Chinese text
        QKeyEvent key(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(field, &key);
    }
    CHECK(f.results()->rowCount() == 0); // nothing yet: the search waits for a pause
    REQUIRE(Tests::waitUntil([&] { return f.results()->rowCount() == 2; }));
    CHECK(f.results()->total() == 2);
    auto *count = f.window->searchPanel()->findChild<QLabel *>(u"resultCount"_s);
    CHECK(count->text().startsWith(u"2 result"_s));
    CHECK(f.results()->index(0).data(App::SnippetRole).toString().contains(u"芯片</span>"_s));

    f.window->searchPanel()->view()->setCurrentIndex(f.results()->index(0));
    App::ReaderView *reader = f.window->readerPanel()->reader();
    const qint64 first = f.window->currentArticle();
    REQUIRE(reader->searchHitCount() >= 1);
    // The tree and the calendar follow to the result's issue, while the results stay listed.
    const auto opened = f.window->archive().issue(f.window->archive().article(first)->issueId);
    REQUIRE(opened);
    auto *tree = f.window->browser()->findChild<QTreeView *>(u"issueTree"_s);
    REQUIRE(tree);
    CHECK(tree->currentIndex().data(App::IssueIdRole).toLongLong() == opened->summary.id);
    CHECK(f.window->browser()->calendar()->selectedDate() == opened->summary.date);
    CHECK(f.results()->rowCount() == 2);
    const auto selections = reader->extraSelections();
    REQUIRE_FALSE(selections.isEmpty());
    for (const auto &selection : selections)
        CHECK(selection.cursor.selectedText() == u"芯片"_s);
    CHECK(selections.first().format.background().color() != reader->palette().color(QPalette::Base));

    // Stepping past the last hit opens the next result.
    const int hits = reader->searchHitCount();
    for (int i = 0; i < hits; ++i)
        f.window->actions()->nextHit->trigger();
    CHECK(f.window->currentArticle() != first);
    CHECK(f.window->currentArticle() == f.results()->articleIdAt(1));
    CHECK(reader->searchHitCount() >= 1);

    // Back returns to the article read before the search.
    f.window->actions()->back->trigger();
    f.window->actions()->back->trigger();
    CHECK(f.window->currentArticle() == before);
    CHECK(App::AppSettings::instance().searchHistory().value(0) == u"芯片"_s);
}

TEST_CASE("Only the newest search's results are shown; filters narrow the results")
{
    Fixture f;
    App::SearchController *search = f.window->searchController();
    f.window->search(u"工业"_s);
    f.window->search(u"电子信息"_s); // replaces the first before its answer is shown
    REQUIRE(Tests::waitUntil([&] { return !search->isBusy(); }));
    CHECK(f.results()->token() == search->currentToken());
    REQUIRE(f.results()->rowCount() == 1);
    CHECK(f.results()->index(0).data(App::TitleRole).toString() == u"新年展望"_s);

    f.window->search(u"宋婧"_s);
    REQUIRE(Tests::waitUntil([&] { return !search->isBusy(); }));
    CHECK(f.results()->total() == 2);
    auto *field = f.window->searchPanel()->findChild<QComboBox *>(u"searchFieldFilter"_s);
    field->setCurrentIndex(1); // titles only
    REQUIRE(Tests::waitUntil([&] { return !search->isBusy(); }));
    CHECK(f.results()->total() == 0);
    field->setCurrentIndex(0);
    REQUIRE(Tests::waitUntil([&] { return !search->isBusy(); }));
    CHECK(f.results()->total() == 2);

    f.window->search(QString());
    CHECK(f.window->articles()->isVisible());
}

TEST_CASE("Importing files runs in the background and summarises every failure")
{
    Fixture f;
    const int before = int(f.window->archive().issues().size());
    QFile bad(f.dir.filePath(u"broken.txt"_s));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write(QByteArray("\x00\x01\x02\xff\xfe binary", 14));
    bad.close();
    const QString sample = QStringLiteral(BAOKU_SAMPLES_DIR) + u"/000_516666ff67d7d3b5.txt"_s;
    // Dropped on the window, as from a file manager.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(sample), QUrl::fromLocalFile(bad.fileName())});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.window.get(), &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.window.get(), &drop);
    REQUIRE(f.window->importer()->isRunning());
    CHECK_FALSE(f.window->importPaths({sample})); // one import at a time
    REQUIRE(Tests::waitUntil([&] { return !f.window->importer()->isRunning(); }, 60000));
    QMessageBox *summary = f.window->importer()->summaryBox();
    REQUIRE(summary);
    CHECK(summary->text().contains(u"Imported: 1 file"_s));
    CHECK(summary->text().contains(u"Failed: 1"_s));
    CHECK(summary->detailedText().contains(u"broken.txt\n    "_s));
    CHECK(summary->detailedText().count(u"broken.txt"_s) == 1);
    auto *pane = summary->findChild<QTextEdit *>();
    REQUIRE(pane);
    CHECK(pane->minimumWidth() >= 600);
    summary->close();
    CHECK(f.window->archive().issues().size() == before + 1);
    REQUIRE(Tests::waitForIssues(*f.window)); // the reload after the import reads the list on a worker
    CHECK(f.window->browser()->issueModel()->issues().size() == before + 1);
}

TEST_CASE("Settings announce what changed, and the reader follows font and zoom")
{
    Fixture f;
    App::AppSettings &settings = App::AppSettings::instance();
    App::ReaderView *reader = f.window->readerPanel()->reader();
    const App::SettingsValues before = settings.values();
    QSignalSpy spy(&settings, &App::AppSettings::changed);
    App::SettingsValues values = before;
    values.font.setPointSizeF(before.font.pointSizeF() + 4);
    values.zoom = 150;
    settings.setValues(values);
    QList<App::AppSettings::Key> keys;
    for (const QList<QVariant> &arguments : std::as_const(spy))
        keys << arguments.at(0).value<App::AppSettings::Key>();
    CHECK(keys == QList<App::AppSettings::Key>{App::AppSettings::Key::ReaderFont, App::AppSettings::Key::Zoom});
    CHECK(reader->zoom() == 150);
    CHECK(reader->document()->defaultFont().pointSizeF() == Approx((before.font.pointSizeF() + 4) * 1.5));
    settings.setValues(values); // nothing differs: nothing is announced
    CHECK(spy.size() == 2);
    reader->zoomInStep(); // the reader stores its zoom
    CHECK(settings.zoom() == 160);
    settings.setValues(before);
    CHECK(reader->zoom() == before.zoom);
}

TEST_CASE("The language switches at run time, Qt's own texts included")
{
    Fixture f;
    CHECK(f.window->actions()->importFiles->text() == u"&Import Files…"_s);
    f.window->setLanguage(u"zh_CN"_s);
    CHECK(f.window->actions()->importFiles->text() == u"导入文件(&I)…"_s);
    CHECK(f.window->menuBar()->actions().first()->text() == u"文件(&F)"_s);
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == u"取消"_s);
    // The core's messages, such as why a file was not imported, are translated too.
    QFile empty(f.dir.filePath(u"empty.txt"_s));
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.close();
    const Core::LoadedFile loaded = Core::loadTextFile(empty.fileName());
    CHECK(loaded.decoded.error.endsWith(u"文件为空"_s));
    f.window->setLanguage(u"en"_s);
    CHECK(f.window->actions()->importFiles->text() == u"&Import Files…"_s);
    CHECK(App::AppSettings::instance().language() == u"en"_s);
}

TEST_CASE("Ctrl+K and Ctrl+L focus the search field")
{
    Fixture f;
    QApplication::setActiveWindow(f.window.get());
    for (auto key : {Qt::Key_K, Qt::Key_L}) {
        f.window->readerPanel()->reader()->setFocus();
        QTest::keyClick(f.window.get(), key, Qt::ControlModifier);
        CHECK(f.window->searchField()->lineEdit()->hasFocus());
    }
}

TEST_CASE("Choosing a person lists their articles, newest first")
{
    Fixture f;
    // The people are read when their tab is first shown.
    f.window->browser()->tabs()->setCurrentIndex(1);
    REQUIRE(Tests::waitUntil([&] { return f.window->browser()->peopleLoaded(); }));
    QListView *people = f.window->browser()->peopleList();
    QAbstractItemModel *model = people->model();
    int row = -1;
    for (int i = 0; i < model->rowCount(); ++i)
        if (model->index(i, 0).data(App::TitleRole).toString() == u"宋婧"_s)
            row = i;
    REQUIRE(row >= 0);
    CHECK(model->index(row, 0).data(App::CountRole).toInt() == 2);
    people->setCurrentIndex(model->index(row, 0));
    App::ArticleListModel *articles = f.window->articles()->model();
    REQUIRE(articles->rowCount() == 2);
    CHECK(articles->index(0).data(App::TitleRole).toString() == u"新年展望"_s);
    CHECK(articles->index(1).data(App::TitleRole).toString() == u"芯片产业加快发展"_s);
    CHECK(f.readerText().contains(u"新年展望"_s));
}

TEST_CASE("A corrected issue date is shown as the user's and no longer as inferred")
{
    Fixture f;
    const auto issues = f.window->archive().issues();
    qint64 inferred = -1;
    for (const auto &issue : issues)
        if (issue.dateSource == Core::DateSource::Inferred)
            inferred = issue.id;
    REQUIRE(inferred > 0);
    f.window->openIssue(inferred);
    auto *header = f.window->articles()->findChild<QLabel *>(u"issueHeader"_s);
    CHECK(header->text().contains(u"inferred"_s));
    REQUIRE(f.window->archive().setIssueDate(inferred, QDate(2023, 11, 23)));
    f.window->reloadArchive();
    REQUIRE(Tests::waitForIssues(*f.window));
    CHECK(header->text().contains(u"corrected by you"_s));
    CHECK_FALSE(header->text().contains(u"inferred"_s));
    const QModelIndex node = f.window->browser()->issueModel()->indexOfIssue(inferred);
    CHECK(node.data(App::DateRole).toDate() == QDate(2023, 11, 23));
    CHECK_FALSE(node.data(App::DateInferredRole).toBool());
}

TEST_CASE("The first start imports the bundled whole issues, their continued articles in one piece")
{
    const QStringList paths = App::Samples::paths();
    REQUIRE(paths.size() >= 3);
    // The issue folders come first; the loose front pages that are one of their pages are left out.
    CHECK(QFileInfo(paths.at(0)).isDir());
    CHECK(QFileInfo(paths.at(1)).isDir());
    for (const QString &path : paths)
        CHECK_FALSE(path.endsWith(u"000_516666ff67d7d3b5.txt"_s));

    QTemporaryDir dir;
    App::AppSettings::instance().setLast(-1, -1);
    App::LanguageManager languages;
    languages.apply(u"en"_s);
    App::MainWindow window(dir.filePath(u"first.sqlite"_s), &languages);
    window.show();
    QString error;
    REQUIRE(Tests::openArchiveAndWait(window, &error));
    REQUIRE(window.importPaths(paths, false));
    REQUIRE(Tests::waitUntil([&] { return !window.importer()->isRunning(); }, 60000));
    const auto issues = window.archive().issues();
    REQUIRE(issues.size() == 3);
    for (const auto &issue : issues) {
        CHECK(issue.newspaper == u"中国电子报"_s); // the page without a masthead joins the only paper
        CHECK(issue.pageCount >= 1);
    }
    CHECK(issues.at(0).date == QDate(2023, 11, 14));
    CHECK(issues.at(0).pageCount == 2);
    CHECK(issues.at(1).date == QDate(2024, 3, 29));
    CHECK(issues.at(1).pageCount == 2);
    int stitched = 0;
    for (const auto &stored : window.archive().articlesOfIssue(issues.at(0).id))
        stitched += stored.article.pages == QList<int>{1, 2} ? 1 : 0;
    CHECK(stitched == 3);
    // Previous Issue from the last issue reaches the others: they are one newspaper.
    CHECK(window.archive().previousIssue(issues.at(2).id) == issues.at(1).id);
}
