// An import killed before its last index batch leaves stored articles unindexed (index_queue).
// The window opens such an archive at once, even while another program holds the write lock, and
// indexes the articles on a worker with its progress in the status bar; a search never misses them.
#include "app/import/queueindexer.h"
#include "app/search/searchcontroller.h"
#include "app/search/searchpanel.h"
#include "app/search/searchresultsmodel.h"
#include "app/settings/appsettings.h"
#include "app/settings/languagemanager.h"
#include "app/window/mainwindow.h"
#include "core/search/searcher.h"
#include "core/store/archive.h"
#include "core/store/importer.h"
#include "testarchive.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Baoku;

namespace {

constexpr int kQueued = 3;

// Stores a page in a batch that never finishes, as a killed import leaves it.
void leaveQueuedPage(const QString &path)
{
    Core::Archive archive;
    REQUIRE(archive.open(path));
    Core::ParsedIssue parsed;
    parsed.issue.newspaper = u"中国电子报"_s;
    parsed.issue.date = QDate(2024, 2, 2);
    parsed.issue.dateSource = Core::DateSource::Masthead;
    for (int i = 0; i < kQueued; ++i) {
        Core::Article article;
        article.order = i + 1;
        article.title = u"未完成的导入%1"_s.arg(i);
        article.body = u"中断之后留下的文章，关键词曦光。"_s;
        parsed.articles.append(article);
    }
    Core::Importer importer(archive);
    importer.startBatch();
    const Core::SourceFile source{u"/made/up/left.txt"_s, QString(64, u'c'), 1};
    REQUIRE(importer.importParsed(parsed, source, {}).status == Core::ImportStatus::Imported);
    REQUIRE(archive.pendingIndex() == kQueued); // no finishBatch()
}

} // namespace

TEST_CASE("the window opens an archive with unindexed articles at once and indexes them on a worker", "[app][queue]")
{
    QTemporaryDir dir;
    const QString path = Tests::createTestArchive(dir.path());
    leaveQueuedPage(path);

    // Another program holds the write lock while the window opens the archive.
    sqlite3 *other = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);

    App::AppSettings::instance().setLast(-1, -1);
    App::LanguageManager languages;
    languages.apply(u"en"_s);
    App::MainWindow window(path, &languages);
    window.show();
    QSignalSpy finished(window.queueIndexer(), &App::QueueIndexer::finished);
    QElapsedTimer timer;
    timer.start();
    QString error;
    REQUIRE(window.openArchive(&error)); // neither "busy" nor a wait for the lock
    CHECK(timer.elapsed() < Core::Database::kBusyTimeoutMs / 2);
    CHECK(window.queueIndexer()->isRunning());
    auto *status = window.findChild<QLabel *>(u"indexStatus"_s);
    REQUIRE(status);
    CHECK_FALSE(status->isHidden());
    CHECK(status->text().contains(u"interrupted import"_s));
    CHECK(window.archive().pendingIndex() == kQueued); // the GUI thread did none of it

    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    REQUIRE(Tests::waitUntil([&] { return finished.count() > 0; }, 30000));
    CHECK(finished.first().at(0).toLongLong() == kQueued);
    CHECK(finished.first().at(1).toString().isEmpty());
    CHECK(status->isHidden());
    CHECK_FALSE(window.queueIndexer()->isRunning());
    CHECK(window.archive().pendingIndex() == 0);

    Core::SearchRequest request;
    request.query = u"曦光"_s;
    request.limit = 10;
    request.withTotal = true;
    const Core::SearchResult result = window.archive().search(request);
    INFO(result.error.toStdString());
    CHECK(result.error.isEmpty());
    CHECK(result.total == kQueued);
}

TEST_CASE("a search in the window right after opening finds the articles that waited for the index", "[app][queue]")
{
    QTemporaryDir dir;
    const QString path = Tests::createTestArchive(dir.path());
    leaveQueuedPage(path);
    App::AppSettings::instance().setLast(-1, -1);
    App::LanguageManager languages;
    languages.apply(u"en"_s);
    App::MainWindow window(path, &languages);
    window.show();
    REQUIRE(window.openArchive());
    // At once, while the worker may still be indexing: the search's own connection indexes
    // portions too (or waits for them), and never answers from part of the archive.
    window.search(u"曦光"_s);
    REQUIRE(Tests::waitUntil([&] { return !window.searchController()->isBusy(); }, 30000));
    CHECK(window.searchPanel()->model()->total() == kQueued);
    REQUIRE(Tests::waitUntil([&] { return !window.queueIndexer()->isRunning(); }, 30000));
    CHECK(window.archive().pendingIndex() == 0);
}
