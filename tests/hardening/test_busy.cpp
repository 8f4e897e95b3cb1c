// Problem 4 of issue 12: a search blocked by another process's write lock returned 3 of 161
// matches: articles an import had stored but not yet indexed were silently missing.
#include "hardening.h"

#include "core/search/searcher.h"
#include "core/store/importer.h"

#include <QElapsedTimer>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Hardening;
using namespace Baoku::Core;

namespace {

// Stores a page whose articles wait in the index queue, as an import killed before its next
// index batch leaves them.
void addQueuedPage(Archive &archive, int articles)
{
    ParsedIssue parsed;
    parsed.issue.newspaper = u"中国电子报"_s;
    parsed.issue.date = QDate(2023, 11, 17);
    parsed.issue.dateSource = DateSource::Masthead;
    for (int i = 0; i < articles; ++i)
        parsed.articles.append(SearchFixture::article(u"排队的电子文章%1"_s.arg(i), u"电子行业新闻。"_s));
    SourceFile source{u"/made/up/queued.txt"_s, QString(64, u'a'), 1};
    Importer importer(archive);
    importer.startBatch();
    REQUIRE(importer.importParsed(parsed, source, {}).status == ImportStatus::Imported);
    // no finishBatch(): the articles stay queued
}

// Another connection holding the archive's write lock until destroyed.
class WriteLock final {
public:
    explicit WriteLock(const QString &path)
    {
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &m_db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    ~WriteLock()
    {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(m_db);
    }
    WriteLock(const WriteLock &) = delete;
    WriteLock &operator=(const WriteLock &) = delete;

private:
    sqlite3 *m_db = nullptr;
};

} // namespace

TEST_CASE("a search that cannot index queued articles under another's write lock fails, never answers in part",
          "[hardening][busy]")
{
    SearchFixture fixture;
    fillArchive(fixture, 3);
    addQueuedPage(fixture.archive(), 5);
    SearchRequest request;
    request.query = u"电子"_s;
    request.limit = 100;
    {
        WriteLock lock(fixture.path());
        fixture.db().setBusyTimeout(300);
        Searcher searcher(fixture.db());
        const SearchResult result = searcher.search(request);
        CHECK(result.hits.isEmpty());
        CHECK(result.total == 0);
        INFO(result.error.toStdString());
        CHECK(result.error.contains(u"stored articles waiting for the search index (5) cannot be added to it now"_s));
        CHECK(result.error.contains(u"busy"_s));
    }
    // Once the lock is gone the same search indexes the queue first and finds all eight.
    Searcher searcher(fixture.db());
    const SearchResult result = searcher.search(request);
    CHECK(result.error.isEmpty());
    CHECK(result.total == 8);
    CHECK(result.hits.size() == 8);
}

TEST_CASE("baoku-cli search waits the stated busy timeout for a write lock, then fails with exit code 1",
          "[hardening][busy][cli]")
{
    SearchFixture fixture;
    fillArchive(fixture, 3);
    addQueuedPage(fixture.archive(), 2);
    WriteLock lock(fixture.path());
    QElapsedTimer timer;
    timer.start();
    const auto result = runCli({u"search"_s, u"--db"_s, fixture.path(), u"电子"_s});
    const qint64 waited = timer.elapsed();
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(text(result.err).contains(u"another program is writing to it (waited 10 s)"_s));
    CHECK(result.out.isEmpty()); // no partial list of hits
    CHECK(waited >= Database::kBusyTimeoutMs - 500); // it did wait, once: opening does not
    CHECK(waited < 2 * Database::kBusyTimeoutMs);
}
