// Issue 13, "the reader as a newcomer finds it": one test per item, the window driven like a user.
#include "app/browse/articlelistmodel.h"
#include "app/browse/articlepanel.h"
#include "app/browse/browserpanel.h"
#include "app/browse/issuetreemodel.h"
#include "app/common/dateformat.h"
#include "app/import/importcontroller.h"
#include "app/reader/readerpanel.h"
#include "app/reader/readerview.h"
#include "app/search/searchcontroller.h"
#include "app/search/searchfield.h"
#include "app/search/searchpanel.h"
#include "app/search/searchresultsmodel.h"
#include "app/settings/appsettings.h"
#include "app/settings/languagemanager.h"
#include "app/window/actions.h"
#include "app/window/firststartnote.h"
#include "app/window/helpdialog.h"
#include "app/window/mainwindow.h"
#include "app/window/navigationhistory.h"
#include "testarchive.h"
#include "windowfixture.h"
#include "windowwait.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Baoku;

namespace {

struct Window : Tests::WindowFixture {
    ~Window() { languages.apply(u"en"_s); }
    App::Actions *actions() const { return window->actions(); }
    App::ReaderView *reader() const { return window->readerPanel()->reader(); }
    App::SearchResultsModel *results() const { return window->searchPanel()->model(); }
    QList<Core::IssueSummary> issues() const { return window->archive().issues(); }
    bool searched(const QString &query)
    {
        window->search(query);
        return Tests::waitUntil([this] { return !window->searchController()->isBusy(); });
    }
    QString count() const { return window->searchPanel()->findChild<QLabel *>(u"resultCount"_s)->text(); }
    QList<QColor> backgrounds() const
    {
        QList<QColor> colours;
        for (const auto &selection : reader()->extraSelections())
            colours << selection.format.background().color();
        return colours;
    }
};

} // namespace

TEST_CASE("1. Back and Forward go over every navigation and bring a search back with its results")
{
    Window w;
    const auto issues = w.issues(); // 2023-11-17 (two articles), 2023-11-24, 2024-01-05
    const qint64 initial = w.window->currentArticle(); // the newest issue, opened with the archive
    w.window->openIssue(issues.at(0).id);
    const qint64 first = w.window->currentArticle();
    w.window->articles()->view()->setCurrentIndex(w.window->articles()->model()->index(1)); // an article
    const qint64 second = w.window->currentArticle();
    CHECK(w.actions()->back->isEnabled());
    w.actions()->nextIssue->trigger(); // an issue
    const qint64 third = w.window->currentArticle();
    w.window->goToDate(QDate(2024, 1, 5)); // Go to Date
    const qint64 fourth = w.window->currentArticle();
    REQUIRE(w.searched(u"芯片"_s)); // a search
    w.window->searchPanel()->view()->setCurrentIndex(w.results()->index(0));
    const qint64 found = w.window->currentArticle();
    w.window->browser()->calendar()->setSelectedDate(QDate(2023, 11, 24)); // the calendar
    QTest::keyClick(w.window->browser()->calendar()->findChild<QTableView *>(), Qt::Key_Return);
    CHECK(w.window->articles()->isVisible());

    // Back to the search: its results, its row and its highlights.
    QApplication::setActiveWindow(w.window.get());
    QTest::keyClick(w.window.get(), Qt::Key_Left, Qt::AltModifier);
    CHECK(w.window->currentArticle() == found);
    CHECK(w.window->searchPanel()->isVisible());
    CHECK(w.results()->rowCount() == 2);
    CHECK(w.window->searchPanel()->currentRow() == 0);
    CHECK(w.reader()->searchHitCount() >= 1);
    CHECK(w.window->readerPanel()->isHitBarVisible());
    for (qint64 expected : {fourth, third, second, first, initial}) {
        w.actions()->back->trigger();
        CHECK(w.window->currentArticle() == expected);
    }
    CHECK_FALSE(w.actions()->back->isEnabled());
    CHECK(w.actions()->back->toolTip().contains(u"Nothing to go back to"_s));
    QTest::keyClick(w.window.get(), Qt::Key_Right, Qt::AltModifier);
    CHECK(w.window->currentArticle() == first);
    CHECK(w.actions()->forward->isEnabled());

    // A search replaced by another is run again when Back returns to it.
    REQUIRE(w.searched(u"芯片"_s));
    w.window->openResult(1);
    const qint64 chipResult = w.window->currentArticle();
    REQUIRE(w.searched(u"电子信息"_s));
    w.window->openResult(0);
    w.actions()->back->trigger();
    REQUIRE(Tests::waitUntil([&] { return w.window->currentArticle() == chipResult; }));
    CHECK(w.window->searchField()->text() == u"芯片"_s);
    CHECK(w.results()->rowCount() == 2);
    CHECK(w.reader()->currentHitText() == u"芯片"_s);
    CHECK(w.actions()->forward->isEnabled());
}

TEST_CASE("2. Previous/Next Issue, Article and Result are disabled at the ends and say why")
{
    Window w;
    const auto issues = w.issues();
    w.window->openIssue(issues.first().id);
    CHECK_FALSE(w.actions()->previousIssue->isEnabled());
    CHECK(w.actions()->previousIssue->toolTip().contains(u"first issue"_s));
    CHECK(w.actions()->nextIssue->isEnabled());
    CHECK_FALSE(w.actions()->previousArticle->isEnabled());
    CHECK(w.actions()->nextArticle->isEnabled());
    w.actions()->nextArticle->trigger();
    CHECK_FALSE(w.actions()->nextArticle->isEnabled());
    CHECK(w.actions()->nextArticle->toolTip().contains(u"last article"_s));
    w.window->openIssue(issues.last().id);
    CHECK_FALSE(w.actions()->nextIssue->isEnabled());
    CHECK(w.actions()->nextIssue->toolTip().contains(u"newest issue"_s));

    REQUIRE(w.searched(u"芯片"_s));
    w.window->openResult(0);
    CHECK(w.actions()->nextResult->isEnabled());
    CHECK_FALSE(w.actions()->previousResult->isEnabled());
    w.actions()->nextResult->trigger();
    CHECK_FALSE(w.actions()->nextResult->isEnabled());
    auto *nextResultButton = w.window->readerPanel()->findChildren<QToolButton *>().last();
    CHECK_FALSE(nextResultButton->isEnabled());
    CHECK(nextResultButton->toolTip().contains(u"last result"_s));
}

TEST_CASE("3. Date filters start at the archive's range, the hit bar follows the results, a year can be typed")
{
    Window w;
    App::SearchPanel *panel = w.window->searchPanel();
    CHECK(panel->fromEdit()->date() == QDate(2023, 11, 17));
    CHECK(panel->findChildren<QDateEdit *>().last()->date() == QDate(2024, 1, 5));
    REQUIRE(w.searched(u"芯片"_s));
    w.window->openResult(0);
    REQUIRE(w.window->readerPanel()->isHitBarVisible());
    panel->fromCheck()->click(); // ticking From narrows nothing: it starts at the first issue
    REQUIRE(Tests::waitUntil([&] { return !w.window->searchController()->isBusy(); }));
    CHECK(w.results()->total() == 2);
    CHECK_FALSE(w.window->readerPanel()->isHitBarVisible()); // no stale "Hit 1 of n"
    CHECK(w.reader()->extraSelections().isEmpty());

    QApplication::setActiveWindow(w.window.get());
    panel->fromEdit()->setFocus();
    QTest::qWait(20); // the year section is selected on focus
    QTest::keyClicks(panel->fromEdit(), u"2024"_s);
    CHECK(panel->fromEdit()->date().year() == 2024);
    REQUIRE(Tests::waitUntil([&] { return !w.window->searchController()->isBusy() && w.results()->total() == 0; }));
    CHECK(w.count().contains(u"widen the dates"_s));
}

TEST_CASE("4. No results and unsearchable queries say what was understood and link to the syntax help")
{
    Window w;
    REQUIRE(w.searched(u"芯片 宇宙"_s));
    CHECK(w.results()->total() == 0);
    CHECK(w.count().contains(u"Searched for “芯片” and “宇宙”"_s));
    CHECK(w.count().contains(u"help:syntax"_s));
    for (const QString &query : {u"-"_s, u"-工业"_s}) {
        REQUIRE(w.searched(query));
        CHECK(w.count().contains(u"only excludes"_s));
    }
    REQUIRE(w.searched(u"OR"_s));
    CHECK(w.count().contains(u"Nothing to search for"_s));
    REQUIRE(w.searched(u"title:"_s));
    CHECK(w.count().contains(u"needs its word right after it"_s));
    REQUIRE(w.searched(u"\"工业 宇宙"_s));
    CHECK(w.count().contains(u"quote is not closed"_s));

    auto *label = w.window->searchPanel()->findChild<QLabel *>(u"resultCount"_s);
    emit label->linkActivated(u"help:syntax"_s);
    REQUIRE(w.window->helpDialog());
    CHECK(w.window->helpDialog()->isVisible());
    CHECK(w.window->helpDialog()->browser()->toPlainText().contains(u"芯片 OR 半导体"_s));
}

TEST_CASE("5. A new query drops the old highlights; find-in-article marks in other colours")
{
    Window w;
    REQUIRE(w.searched(u"芯片"_s));
    w.window->openResult(0);
    REQUIRE(w.reader()->searchHitCount() >= 1);
    const QList<QColor> hitColours = w.backgrounds();
    REQUIRE(w.searched(u"座谈会"_s));
    CHECK(w.reader()->searchHitCount() == 0);
    CHECK(w.reader()->extraSelections().isEmpty());
    w.window->openResult(0);
    for (const auto &selection : w.reader()->extraSelections())
        CHECK(selection.cursor.selectedText() == u"座谈会"_s);

    w.reader()->find(u"芯片"_s);
    REQUIRE(w.reader()->findCount() >= 1);
    int findMarks = 0;
    for (const auto &selection : w.reader()->extraSelections()) {
        if (selection.cursor.selectedText() == u"芯片"_s) {
            ++findMarks;
            CHECK_FALSE(hitColours.contains(selection.format.background().color()));
        }
    }
    CHECK(findMarks == w.reader()->findCount());
}

TEST_CASE("7. One date style per language through one helper")
{
    Window w;
    const QDate date(2023, 11, 17);
    CHECK(App::DateFormat::text(date) == u"17 Nov 2023"_s);
    CHECK(App::DateFormat::compact(date) == u"2023-11-17"_s);
    w.window->openIssue(w.issues().first().id);
    CHECK(w.reader()->toPlainText().contains(u"17 Nov 2023"_s));
    const QModelIndex node = w.window->browser()->issueModel()->indexOfIssue(w.issues().first().id);
    CHECK(node.data().toString().contains(u"17 Nov 2023"_s));
    REQUIRE(w.searched(u"芯片"_s));
    QStringList rows;
    for (int row = 0; row < w.results()->rowCount(); ++row)
        rows << w.results()->index(row).data().toString();
    CHECK(rows.join(u'|').contains(u"17 Nov 2023"_s));
    CHECK_FALSE(rows.join(u'|').contains(u"/"_s));
    w.window->setLanguage(u"zh_CN"_s);
    CHECK(App::DateFormat::text(date) == u"2023年11月17日"_s);
    CHECK(w.reader()->toPlainText().contains(u"2023年11月17日"_s));
    CHECK(node.data().toString().startsWith(u"2023年11月17日"_s));
    auto *header = w.window->articles()->findChild<QLabel *>(u"issueHeader"_s);
    CHECK_FALSE(header->text().contains(u"/"_s));
    w.window->setLanguage(u"en"_s);
}

TEST_CASE("8. A day without an issue offers the nearest; Go to Date says when it opens another date")
{
    Window w;
    QCalendarWidget *calendar = w.window->browser()->calendar();
    CHECK(calendar->dateTextFormat(QDate(2023, 11, 24)).fontUnderline());
    w.window->openIssue(w.issues().last().id);
    const qint64 before = w.window->currentIssue();
    calendar->setSelectedDate(QDate(2023, 11, 25));
    QTest::keyClick(calendar->findChild<QTableView *>(), Qt::Key_Return);
    CHECK(w.window->currentIssue() == before); // nothing opened silently…
    QLabel *note = w.window->browser()->noIssueNote();
    REQUIRE(note->isVisible()); // …but it says so and offers the nearest
    CHECK(note->text().contains(u"No issue on 25 Nov 2023"_s));
    CHECK(note->text().contains(u"24 Nov 2023"_s));
    const qint64 nearest = w.issues().at(1).id;
    emit note->linkActivated(u"issue:%1"_s.arg(nearest));
    CHECK(w.window->currentIssue() == nearest);
    CHECK_FALSE(note->isVisible());

    w.window->goToDate(QDate(2023, 11, 20)); // 3 days after the 17th, 4 before the 24th
    CHECK(w.window->currentIssue() == w.issues().first().id);
    CHECK(w.window->statusBar()->currentMessage().contains(u"opened the nearest one, 17 Nov 2023"_s));

    // The Go to Date calendar marks the days that have an issue.
    bool marked = false;
    QTimer::singleShot(0, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        if (auto *picker = dialog->findChild<QCalendarWidget *>(u"goToDateCalendar"_s))
            marked = picker->dateTextFormat(QDate(2024, 1, 5)).fontUnderline()
                  && !picker->dateTextFormat(QDate(2024, 1, 6)).fontUnderline();
        static_cast<QDialog *>(dialog)->reject();
    });
    w.actions()->jumpToDate->trigger();
    CHECK(marked);
}

TEST_CASE("9. A dismissible first-start note; a status bar without paths and in proper Chinese")
{
    QSettings().remove(u"ui/sampleNote"_s);
    {
        Window w;
        App::FirstStartNote *note = w.window->firstStartNote();
        CHECK_FALSE(note->isVisible());
        w.window->showFirstStartNote();
        REQUIRE(note->isVisible());
        CHECK(note->importButton()->text() == u"Import Folder…"_s);
        CHECK(note->findChild<QLabel *>()->text().contains(u"sample"_s));
        CHECK_FALSE(w.window->statusBar()->currentMessage().contains(u"archive.sqlite"_s));
        CHECK(w.window->statusBar()->currentMessage() == u"3 issues in the archive"_s);
        w.window->setLanguage(u"zh_CN"_s);
        CHECK(w.window->statusBar()->currentMessage() == u"档案中共有 3 期"_s);
        w.window->setLanguage(u"en"_s);
    }
    {
        Window w; // the note comes back at the next start until it is closed
        App::FirstStartNote *note = w.window->firstStartNote();
        REQUIRE(note->isVisible());
        note->closeButton()->click();
        CHECK_FALSE(note->isVisible());
    }
    Window w;
    CHECK_FALSE(w.window->firstStartNote()->isVisible());
}

TEST_CASE("10. F1 opens the offline Help: guide, query syntax and shortcuts, in both languages")
{
    Window w;
    QApplication::setActiveWindow(w.window.get());
    QTest::keyClick(w.window.get(), Qt::Key_F1);
    App::HelpDialog *help = w.window->helpDialog();
    REQUIRE(help);
    CHECK(help->isVisible());
    const QString text = help->browser()->toPlainText();
    CHECK(text.contains(u"Query syntax"_s));
    CHECK(text.contains(u"title:芯片"_s));
    CHECK(text.contains(u"Keyboard shortcuts"_s));
    CHECK(text.contains(u"Alt+Left"_s));
    CHECK(text.contains(u"Reading Mode"_s)); // the sheet is made from the real actions
    w.window->setLanguage(u"zh_CN"_s);
    CHECK(help->browser()->toPlainText().contains(u"查询语法"_s));
    CHECK(help->browser()->toPlainText().contains(u"阅读模式"_s));
    w.window->setLanguage(u"en"_s);
    help->close();
}

TEST_CASE("11. F11 hides the side panes for reading and brings them back")
{
    Window w;
    QApplication::setActiveWindow(w.window.get());
    QTest::keyClick(w.window.get(), Qt::Key_F11);
    CHECK_FALSE(w.window->browser()->isVisible());
    CHECK_FALSE(w.window->articles()->isVisible());
    CHECK(w.reader()->isVisible());
    CHECK(w.actions()->readingMode->isChecked());
    QTest::keyClick(w.window.get(), Qt::Key_F11);
    CHECK(w.window->browser()->isVisible());
    CHECK(w.window->articles()->isVisible());
}

TEST_CASE("12. Restart reopens the article being read; Enter opens the first result; Ctrl+End scrolls")
{
    QTemporaryDir dir;
    const QString path = Tests::createTestArchive(dir.path());
    App::LanguageManager languages;
    languages.apply(u"en"_s);
    qint64 issue = -1, article = -1;
    {
        App::MainWindow window(path, &languages);
        REQUIRE(Tests::openArchiveAndWait(window));
        window.restoreLastPosition();
        issue = window.archive().issues().first().id;
        window.openIssue(issue);
        window.articles()->view()->setCurrentIndex(window.articles()->model()->index(1));
        article = window.currentArticle();
        window.close();
    }
    {
        App::MainWindow window(path, &languages);
        REQUIRE(Tests::openArchiveAndWait(window));
        window.restoreLastPosition();
        CHECK(window.currentIssue() == issue);
        CHECK(window.currentArticle() == article);
    }

    Window w;
    QLineEdit *field = w.window->searchField()->lineEdit();
    field->setFocus();
    field->setText(u"新年"_s); // as an input method commits it
    QTest::keyClick(field, Qt::Key_Return);
    REQUIRE(Tests::waitUntil([&] { return w.results()->rowCount() == 1 && w.window->currentArticle() == w.results()->articleIdAt(0); }));
    CHECK(w.reader()->toPlainText().contains(u"新年展望"_s));

    w.window->openIssue(w.issues().first().id);
    w.window->resize(700, 260);
    w.reader()->setZoom(300);
    QApplication::processEvents();
    QScrollBar *bar = w.reader()->verticalScrollBar();
    REQUIRE(bar->maximum() > 0);
    bar->setValue(0);
    QTest::keyClick(w.reader(), Qt::Key_End, Qt::ControlModifier);
    CHECK(bar->value() == bar->maximum());
    QTest::keyClick(w.reader(), Qt::Key_Home, Qt::ControlModifier);
    CHECK(bar->value() == 0);
    w.reader()->setZoom(100);
}

TEST_CASE("13. The import summary lists each failure once in a details pane that can be read")
{
    const QString path = u"/data/in/broken.txt"_s;
    const QList<Core::ImportResult> results{
        {path, Core::ImportStatus::Failed, path + u": not a text file (binary data)"_s, 0, 0},
        {path, Core::ImportStatus::Failed, path + u": not a text file (binary data)"_s, 0, 0},
        {u"/data/in/empty.txt"_s, Core::ImportStatus::Failed, u"the file is empty"_s, 0, 0},
        {u"/data/in/good.txt"_s, Core::ImportStatus::Imported, {}, 1, 4}};
    const QString details = App::ImportController::failureDetails(results);
    CHECK(details.count(u"broken.txt"_s) == 1);
    CHECK(details.count(u"empty.txt"_s) == 1);
    CHECK(details.contains(u"not a text file (binary data)"_s));
    CHECK_FALSE(details.contains(u"good.txt"_s));
}
