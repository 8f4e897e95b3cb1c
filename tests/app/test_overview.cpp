// The issue and people lists are read on a worker (OverviewLoader): the window is shown, reads
// and searches before they arrive, a list that predates a reload is never shown, and the people
// are read only when their tab is shown.
#include "app/browse/browserpanel.h"
#include "app/browse/issuetreemodel.h"
#include "app/browse/modelroles.h"
#include "app/browse/overviewloader.h"
#include "app/browse/peoplemodel.h"
#include "app/search/searchcontroller.h"
#include "app/search/searchpanel.h"
#include "app/search/searchresultsmodel.h"
#include "app/settings/appsettings.h"
#include "app/settings/languagemanager.h"
#include "app/window/mainwindow.h"
#include "core/store/archive.h"
#include "core/store/importer.h"
#include "testarchive.h"
#include "windowwait.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QLabel>
#include <QSemaphore>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Baoku;
using List = App::OverviewLoader::List;

namespace {

// Holds the worker after it read its first issue list until released (at the latest when the
// test ends, before the window stops the worker).
struct Gate final {
    QSemaphore semaphore;
    std::atomic<int> issueReads{0};
    std::atomic<int> peopleReads{0};
    ~Gate() { semaphore.release(1000); }
    void install(App::MainWindow &window)
    {
        window.overview()->setWorkerHook([this](List list) {
            if (list == List::People) {
                ++peopleReads;
                return;
            }
            if (++issueReads == 1)
                semaphore.tryAcquire(1, 20000);
        });
    }
};

void importIssue(const QString &path, const QDate &date)
{
    Core::Archive archive;
    REQUIRE(archive.open(path));
    Core::ParsedIssue issue = Tests::testIssue(2);
    issue.issue.date = date;
    issue.issue.weekday = Core::chineseWeekday(date);
    const QString source = u"later-%1.txt"_s.arg(date.toString(Qt::ISODate));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha256).toHex());
    Core::Importer importer(archive);
    REQUIRE(importer.importParsed(issue, Core::SourceFile{source, sha, 100}, {}).status == Core::ImportStatus::Imported);
}

struct Fixture {
    QTemporaryDir dir;
    QString path = Tests::createTestArchive(dir.path());
    App::LanguageManager languages;
    std::unique_ptr<App::MainWindow> window;
    Gate gate; // after the window: released before the window stops its worker

    explicit Fixture(qint64 savedIssue = -1, qint64 savedArticle = -1)
    {
        App::AppSettings::instance().setLast(savedIssue, savedArticle);
        languages.apply(u"en"_s);
        window = std::make_unique<App::MainWindow>(path, &languages);
        gate.install(*window);
        window->show();
    }
    ~Fixture() { App::AppSettings::instance().setLast(-1, -1); }
    App::BrowserPanel *browser() const { return window->browser(); }
    bool searched(const QString &query)
    {
        window->search(query);
        return Tests::waitUntil([this] { return !window->searchController()->isBusy(); });
    }
};

QList<Core::IssueSummary> issuesOf(const QString &path)
{
    Core::Archive archive;
    REQUIRE(archive.open(path));
    return archive.issues();
}

} // namespace

TEST_CASE("The window reads and searches before its issue list arrives", "[app][overview]")
{
    QTemporaryDir seed;
    const QList<Core::IssueSummary> issues = issuesOf(Tests::createTestArchive(seed.path()));
    REQUIRE(issues.size() == 3);
    // The fixture's archive is made the same way, so the ids are the same.
    const qint64 saved = issues.at(1).id;
    Core::Archive probe;
    REQUIRE(probe.open(seed.path() + u"/archive.sqlite"_s));
    const qint64 savedArticle = probe.articlesOfIssue(saved).value(0).id;
    Fixture f(saved, savedArticle);

    REQUIRE(f.window->openArchive());
    REQUIRE(Tests::waitUntil([&] { return f.gate.issueReads.load() == 1; }));
    // The list is held on the worker: the window is up, reading where the last session stopped.
    CHECK(f.window->isVisible());
    CHECK_FALSE(f.browser()->issuesLoaded());
    CHECK(f.window->overview()->isLoading(List::Issues));
    CHECK(f.browser()->issuesLoadingNote()->isVisible());
    CHECK(f.browser()->issueModel()->rowCount() == 0);
    CHECK(f.window->currentIssue() == saved);
    CHECK(f.window->currentArticle() == savedArticle);
    // Searching works meanwhile.
    REQUIRE(f.searched(u"芯片"_s));
    CHECK(f.window->searchPanel()->model()->total() == 2);
    CHECK(f.window->overview()->isLoading(List::Issues));

    f.gate.semaphore.release();
    REQUIRE(Tests::waitForIssues(*f.window));
    CHECK(f.browser()->issuesLoaded());
    CHECK_FALSE(f.browser()->issuesLoadingNote()->isVisible());
    CHECK(f.browser()->issueModel()->issues().size() == 3);
    // The arriving list selects the issue being read and leaves the search on screen.
    CHECK(f.browser()->issueTree()->currentIndex().data(App::IssueIdRole).toLongLong() == saved);
    CHECK(f.window->searchPanel()->isVisible());
    CHECK(f.window->searchPanel()->model()->total() == 2);
    CHECK(f.gate.peopleReads.load() == 0); // the People tab was never shown
}

TEST_CASE("Without a saved position the newest issue opens when the list arrives", "[app][overview]")
{
    Fixture f;
    REQUIRE(f.window->openArchive());
    REQUIRE(Tests::waitUntil([&] { return f.gate.issueReads.load() == 1; }));
    CHECK(f.window->currentIssue() == -1);

    SECTION("nothing else happened: the newest issue")
    {
        f.gate.semaphore.release();
        REQUIRE(Tests::waitForIssues(*f.window));
        CHECK(f.window->currentIssue() == f.browser()->issueModel()->issues().last().id);
        CHECK(f.window->currentArticle() >= 0);
    }
    SECTION("a search begun meanwhile stays on screen")
    {
        REQUIRE(f.searched(u"工业"_s));
        f.gate.semaphore.release();
        REQUIRE(Tests::waitForIssues(*f.window));
        CHECK(f.window->searchPanel()->isVisible());
        CHECK(f.window->currentIssue() == -1);
        CHECK(f.browser()->issueModel()->issues().size() == 3);
    }
}

TEST_CASE("An issue list read before a reload is dropped", "[app][overview]")
{
    Fixture f;
    QList<int> shown;
    QObject::connect(f.window->overview(), &App::OverviewLoader::issuesLoaded, f.window.get(),
                     [&shown](const QList<Core::IssueSummary> &issues) { shown << int(issues.size()); });
    REQUIRE(f.window->openArchive());
    // The first list (three issues) is read and held; an import adds a fourth and the window reloads.
    REQUIRE(Tests::waitUntil([&] { return f.gate.issueReads.load() == 1; }));
    importIssue(f.path, QDate(2024, 2, 9));
    f.window->reloadArchive();
    f.gate.semaphore.release();
    REQUIRE(Tests::waitForIssues(*f.window));
    CHECK(f.gate.issueReads.load() == 2);
    CHECK(f.window->overview()->droppedCount() == 1);
    CHECK(shown == QList<int>{4});
    CHECK(f.browser()->issueModel()->issues().size() == 4);
    CHECK(f.browser()->issueModel()->issues().last().date == QDate(2024, 2, 9));
}

TEST_CASE("People are read when their tab is shown, and again after a reload", "[app][overview]")
{
    Fixture f;
    f.gate.semaphore.release(); // no holding here
    REQUIRE(Tests::openArchiveAndWait(*f.window));
    Tests::waitUntil([] { return false; }, 100); // time for a read nobody asked for
    CHECK(f.gate.peopleReads.load() == 0);
    CHECK_FALSE(f.browser()->peopleLoaded());
    CHECK(f.browser()->peopleModel()->rowCount() == 0);

    QTabWidget *tabs = f.browser()->tabs();
    tabs->setCurrentIndex(1);
    CHECK(f.browser()->peopleLoadingNote()->isVisible());
    REQUIRE(Tests::waitUntil([&] { return f.browser()->peopleLoaded(); }));
    CHECK_FALSE(f.browser()->peopleLoadingNote()->isVisible());
    CHECK(f.gate.peopleReads.load() == 1);
    // 宋婧 signs two articles, 卢梦琪 and 耀文 one each.
    REQUIRE(f.browser()->peopleModel()->rowCount() == 3);
    CHECK(f.browser()->peopleModel()->index(0).data(App::TitleRole).toString() == u"宋婧"_s);

    SECTION("a reload with the tab shown reads them again")
    {
        importIssue(f.path, QDate(2024, 2, 9)); // 宋婧 signs its article too
        f.window->reloadArchive();
        REQUIRE(Tests::waitUntil([&] { return f.browser()->peopleLoaded(); }));
        CHECK(f.gate.peopleReads.load() == 2);
        CHECK(f.browser()->peopleModel()->index(0).data(App::TitleRole).toString() == u"宋婧"_s);
    }
    SECTION("a reload with another tab shown waits until the tab is shown again")
    {
        tabs->setCurrentIndex(0);
        f.window->reloadArchive();
        REQUIRE(Tests::waitForIssues(*f.window));
        Tests::waitUntil([] { return false; }, 100);
        CHECK(f.gate.peopleReads.load() == 1);
        CHECK_FALSE(f.browser()->peopleLoaded());
        tabs->setCurrentIndex(1);
        REQUIRE(Tests::waitUntil([&] { return f.browser()->peopleLoaded(); }));
        CHECK(f.gate.peopleReads.load() == 2);
    }
}
