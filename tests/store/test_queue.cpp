// What an interrupted import leaves in index_queue: opening does no index work, indexing goes in
// committed portions (another connection can write between them), and a search or facet count
// meanwhile waits for the whole queue rather than answer from part of the archive.
#include "storetestutil.h"

#include "core/common/progress.h"
#include "core/search/facets.h"
#include "core/search/ftsindex.h"
#include "core/search/searcher.h"
#include "core/store/archivecheck.h"

#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>

#include <functional>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Baoku::Core;
using StoreTest::count;

namespace {

constexpr int kArticles = 240;
// Each article's text is long enough that the queue spans several portions.
constexpr qint64 kArticleChars = 3 * kQueuePortionChars / kArticles + 100;

// Stores `pages` pages of kArticles / pages articles each in one batch and leaves them queued, as
// an import killed before its index batch does. Every article holds 电子 and one word of its own.
void queueArticles(Archive &archive, int pages = 4)
{
    Importer importer(archive);
    importer.startBatch();
    const QString filler = u"电子行业新闻，集成电路产业。"_s.repeated(int(kArticleChars / 14));
    for (int p = 0; p < pages; ++p) {
        QList<Article> articles;
        for (int i = 0; i < kArticles / pages; ++i)
            articles.append(StoreTest::makeArticle(i + 1, u"报道%1"_s.arg(p * 1000 + i), filler + u"编号甲%1乙"_s.arg(p * 1000 + i)));
        const auto result = importer.importParsed(StoreTest::makeIssue(QDate(2020, 1, 1).addDays(p), articles),
                                                  StoreTest::makeSource(u"/q/%1.txt"_s.arg(p), u"q%1"_s.arg(p)), {});
        REQUIRE(result.status == ImportStatus::Imported);
    }
    // no finishBatch(): the articles stay queued
    REQUIRE(count(archive.database(), "SELECT count(*) FROM index_queue") == kArticles);
}

void requireConsistent(Database &db)
{
    for (const auto &check : checkArchive(db)) {
        INFO(check.name.toStdString() << ": " << check.problems.join(u"; "_s).toStdString());
        REQUIRE(check.problems.isEmpty());
    }
}

qint64 total(Database &db, const QString &query)
{
    SearchRequest request;
    request.query = query;
    request.limit = 0;
    request.withTotal = true;
    const SearchResult result = Searcher(db).search(request);
    INFO(result.error.toStdString());
    REQUIRE(result.error.isEmpty());
    return result.total;
}

// Calls `onProgress` at every report and cancels when it returns true.
class Probe final : public ProgressListener {
public:
    explicit Probe(std::function<bool(qint64, qint64)> onProgress) : m_onProgress(std::move(onProgress)) {}
    void progress(qint64 done, qint64 all, const QString &) override
    {
        reports.append({done, all});
        m_cancelled = m_cancelled || m_onProgress(done, all);
    }
    bool isCancelled() const override { return m_cancelled; }
    QList<QPair<qint64, qint64>> reports;

private:
    std::function<bool(qint64, qint64)> m_onProgress;
    bool m_cancelled = false;
};

// Another connection holding the archive's write lock until destroyed.
class WriteLock final {
public:
    explicit WriteLock(const QString &path)
    {
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &m_db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    ~WriteLock() { release(); }
    void release()
    {
        if (!m_db)
            return;
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(m_db);
        m_db = nullptr;
    }
    WriteLock(const WriteLock &) = delete;
    WriteLock &operator=(const WriteLock &) = delete;

private:
    sqlite3 *m_db = nullptr;
};

} // namespace

TEST_CASE("the queue is indexed in committed portions with progress; another connection writes between them",
          "[store][index][queue]")
{
    StoreTest::TempArchive temp;
    queueArticles(temp.archive);
    Database other;
    REQUIRE(other.open(temp.path));
    other.setBusyTimeout(0); // between portions the lock must be free at once
    int lockedBetween = 0;
    Probe probe([&](qint64 done, qint64 all) {
        // Committed: another connection sees the portion indexed and can take the write lock.
        CHECK(count(other, "SELECT count(*) FROM index_queue") == all - done);
        Transaction write(other);
        write.commit();
        ++lockedBetween;
        return false;
    });
    REQUIRE(indexQueuedInPortions(temp.db(), &probe) == kArticles);
    CHECK(probe.reports.size() >= 3);
    CHECK(lockedBetween == probe.reports.size());
    CHECK(probe.reports.constLast() == QPair<qint64, qint64>(kArticles, kArticles));
    for (qsizetype i = 1; i < probe.reports.size(); ++i)
        CHECK(probe.reports[i].first > probe.reports[i - 1].first);
    CHECK(count(temp.db(), "SELECT count(*) FROM index_queue") == 0);
    CHECK(total(temp.db(), u"电子"_s) == kArticles);
    CHECK(total(temp.db(), u"甲3059乙"_s) == 1);
    requireConsistent(temp.db());
}

TEST_CASE("indexing the queue stops between portions when cancelled; the rest is indexed later", "[store][index][queue]")
{
    StoreTest::TempArchive temp;
    queueArticles(temp.archive);
    Probe probe([](qint64, qint64) { return true; }); // cancel after the first portion
    const qint64 first = indexQueuedInPortions(temp.db(), &probe);
    CHECK(first > 0);
    CHECK(first < kArticles);
    CHECK(probe.reports.size() == 1);
    CHECK(count(temp.db(), "SELECT count(*) FROM index_queue") == kArticles - first);
    requireConsistent(temp.db()); // the index matches what it shows at every commit
    QString error;
    REQUIRE(temp.archive.indexPending(nullptr, &error));
    CHECK(temp.archive.pendingIndex() == 0);
    CHECK(total(temp.db(), u"电子"_s) == kArticles);
}

TEST_CASE("opening an archive with a queue does no index work and does not wait for another's write lock",
          "[store][index][queue]")
{
    StoreTest::TempArchive temp;
    queueArticles(temp.archive, 1);
    WriteLock lock(temp.path);
    QElapsedTimer timer;
    timer.start();
    Archive again;
    QString error;
    REQUIRE(again.open(temp.path, &error));
    CHECK(timer.elapsed() < Database::kBusyTimeoutMs / 2);
    CHECK(again.pendingIndex() == kArticles);
    CHECK(again.issues().size() == 1); // browsing sees the queued articles
    // Without waiting it gives up at once, with the reason, and leaves the queue.
    timer.restart();
    CHECK_FALSE(again.indexPending(nullptr, &error, false));
    CHECK(error.contains(u"busy"_s));
    CHECK(timer.elapsed() < Database::kBusyTimeoutMs / 2);
    CHECK(again.pendingIndex() == kArticles);
    lock.release();
    error.clear();
    REQUIRE(again.indexPending(nullptr, &error, false));
    CHECK(again.pendingIndex() == 0);
    CHECK(total(again.database(), u"电子"_s) == kArticles);
}

TEST_CASE("a search and facets while another connection indexes the queue wait for all of it, never answer in part",
          "[store][index][queue]")
{
    StoreTest::TempArchive temp;
    queueArticles(temp.archive);
    const QString path = temp.path;
    // A worker indexes the queue on its own connection while this thread searches and counts on
    // another: both take portions under the write lock in turn.
    std::atomic_bool started = false;
    qint64 indexedThere = -1;
    std::thread worker([&] {
        Archive archive;
        if (!archive.open(path))
            return;
        Probe probe([&](qint64, qint64) {
            started = true;
            return false;
        });
        try {
            indexedThere = indexQueuedInPortions(archive.database(), &probe);
        } catch (const DatabaseError &) {
            indexedThere = -2;
        }
    });
    while (!started && indexedThere == -1)
        std::this_thread::yield();
    Archive reader;
    REQUIRE(reader.open(path));
    SearchRequest request;
    request.query = u"电子"_s;
    request.limit = 10;
    request.withTotal = true;
    const SearchResult result = reader.search(request);
    CHECK(result.error.isEmpty());
    CHECK(result.total == kArticles);
    const FacetResult facets = reader.facets(request, {Facet::Year});
    CHECK(facets.error.isEmpty());
    CHECK(facets.total == kArticles);
    worker.join();
    CHECK(indexedThere >= 0);
    CHECK(indexedThere <= kArticles);
    CHECK(reader.pendingIndex() == 0);
    requireConsistent(reader.database());
}

TEST_CASE("facets and the trend index the queue first", "[store][index][queue]")
{
    StoreTest::TempArchive temp;
    queueArticles(temp.archive, 2);
    SearchRequest request;
    request.query = u"集成电路"_s;
    const FacetResult facets = temp.archive.facets(request, {Facet::Year});
    INFO(facets.error.toStdString());
    CHECK(facets.error.isEmpty());
    CHECK(facets.total == kArticles);
    CHECK(temp.archive.pendingIndex() == 0);

    StoreTest::TempArchive second;
    queueArticles(second.archive, 2);
    const TrendResult trend = second.archive.trend({u"集成电路"_s}, TrendPeriod::Year, {});
    INFO(trend.error.toStdString());
    REQUIRE(trend.hits.size() == 1);
    qint64 sum = 0;
    for (const qint64 n : trend.hits.first())
        sum += n;
    CHECK(sum == kArticles);
}
