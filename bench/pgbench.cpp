// baoku-pgbench: the same synthetic archive as a SQLite file and published to PostgreSQL, timed in
// one run: publish MB/s, search top 50 and count latencies, and 1/4/16 concurrent readers against
// one server. Run by hand; see docs/benchmarks.md ("Shared archives").
#include "corpus.h"

#include "core/pg/pgconnection.h"
#include "core/search/searcher.h"
#include "core/search/textfold.h"
#include "core/sql/database.h"
#include "core/store/archive.h"
#include "core/store/importer.h"
#include "core/store/publisher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <random>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Baoku;

namespace {

struct Latency {
    std::vector<double> ms;
    void add(double value) { ms.push_back(value); }
    double at(double q)
    {
        if (ms.empty())
            return 0;
        std::sort(ms.begin(), ms.end());
        return ms[std::min(ms.size() - 1, size_t(double(ms.size()) * q))];
    }
};

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

qint64 textBytes(const Core::Article &a)
{
    qint64 bytes = a.title.toUtf8().size() + a.body.toUtf8().size();
    for (const Core::Byline &b : a.bylines)
        bytes += b.name.toUtf8().size();
    return bytes;
}

bool buildLocal(Bench::SyntheticCorpus &corpus, const QString &path, int articles, qint64 &rawBytes)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    Core::Archive archive;
    QString error;
    if (!archive.open(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    Core::Importer importer(archive);
    importer.startBatch();
    const int pages = (articles + Bench::SyntheticCorpus::kArticlesPerPage - 1) / Bench::SyntheticCorpus::kArticlesPerPage;
    for (int i = 0; i < pages; ++i) {
        const Core::ParsedIssue page = corpus.page(i);
        Core::SourceFile source;
        source.path = u"synthetic/%1.txt"_s.arg(i);
        source.sha256 = QString::fromLatin1(QCryptographicHash::hash(source.path.toUtf8(), QCryptographicHash::Sha256).toHex());
        for (const Core::Article &a : page.articles)
            source.size += textBytes(a);
        rawBytes += source.size;
        if (importer.importParsed(page, source, {}).status != Core::ImportStatus::Imported) {
            std::fprintf(stderr, "import of synthetic page %d failed\n", i);
            return false;
        }
    }
    if (!importer.finishBatch(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    archive.database().exec("INSERT INTO search_fts(search_fts) VALUES('optimize'); PRAGMA wal_checkpoint(TRUNCATE);");
    return true;
}

// Every query once on `archive`: top 50 with snippets and total, then the count alone.
void timeQueries(const char *name, Core::Archive &archive, const QStringList &queries, QList<qint64> *totals)
{
    Latency top, count;
    for (const QString &query : queries) {
        Core::SearchRequest request;
        request.query = query;
        request.limit = 50;
        QElapsedTimer timer;
        timer.start();
        const Core::SearchResult result = archive.search(request);
        top.add(msSince(timer));
        if (!result.error.isEmpty())
            std::fprintf(stderr, "%s: %s: %s\n", name, qPrintable(query), qPrintable(result.error));
        request.limit = 0;
        request.withSnippets = false;
        timer.restart();
        const Core::SearchResult counted = archive.search(request);
        count.add(msSince(timer));
        totals->append(counted.total);
    }
    std::printf("%-10s top 50: p50 %8.2f ms  p99 %8.2f ms   count: p50 %8.2f ms  p99 %8.2f ms\n", name, top.at(0.5),
                top.at(0.99), count.at(0.5), count.at(0.99));
}

// `clients` threads, each with its own connection, run the queries (top 50) for `seconds`.
void concurrentReaders(const char *name, const QString &location, const QStringList &queries, int clients, double seconds)
{
    std::atomic<bool> stop{false};
    std::mutex lock;
    Latency all;
    std::atomic<int> failed{0};
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            Core::Archive archive;
            QString error;
            if (!archive.open(location, &error, Core::OpenMode::Existing)) {
                ++failed;
                return;
            }
            std::vector<double> mine;
            for (qsizetype i = c * 37; !stop.load(); ++i) {
                Core::SearchRequest request;
                request.query = queries.at(i % queries.size());
                request.limit = 50;
                QElapsedTimer timer;
                timer.start();
                if (!archive.search(request).error.isEmpty())
                    ++failed;
                mine.push_back(msSince(timer));
            }
            const std::lock_guard guard(lock);
            all.ms.insert(all.ms.end(), mine.begin(), mine.end());
        });
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(int(seconds * 1000)));
    stop = true;
    for (auto &thread : threads)
        thread.join();
    std::printf("%-10s %2d readers: %7.1f queries/s  p50 %8.2f ms  p99 %8.2f ms%s\n", name, clients,
                double(all.ms.size()) / seconds, all.at(0.5), all.at(0.99), failed ? "  (failures!)" : "");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(u"--help"_s)) {
        std::printf("Usage: baoku-pgbench [--articles N] [--queries N] [--seconds S] [--dir DIR] [--reuse] [--replica]\n"
                    "Builds a synthetic archive of N articles (default 100000), publishes it to a throwaway\n"
                    "PostgreSQL cluster, and times N sampled queries (default 300) on both, then 1, 4 and 16\n"
                    "concurrent readers for S seconds each (default 10). --reuse keeps DIR/baoku.sqlite.\n"
                    "--replica also starts a hot standby of the cluster (pg_basebackup, streaming) and runs\n"
                    "the readers against it too, beside the primary.\n");
        return 0;
    }
    const auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const int articles = option(u"--articles"_s, u"100000"_s).toInt();
    const int queryCount = option(u"--queries"_s, u"300"_s).toInt();
    const double seconds = option(u"--seconds"_s, u"10"_s).toDouble();
    const QString dir = option(u"--dir"_s, QDir::tempPath() + u"/baoku-pgbench"_s);
    QDir().mkpath(dir);
    const QString local = dir + u"/baoku.sqlite"_s;

    Bench::SyntheticCorpus corpus;
    QString error;
    if (!corpus.load(QStringLiteral(BAOKU_SAMPLES_DIR), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    qint64 rawBytes = 0;
    if (!args.contains(u"--reuse"_s) || !QFile::exists(local)) {
        if (!buildLocal(corpus, local, articles, rawBytes))
            return 1;
        std::printf("sqlite: %d articles, %.1f MB of text, built in %.1f s\n", articles, double(rawBytes) / 1e6, msSince(timer) / 1000);
    }
    Core::Archive file;
    if (!file.open(local, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    {
        Core::Statement size(file.database(), "SELECT sum(size), count(*) FROM sources");
        size.step();
        rawBytes = size.int64(0);
    }

    // The server: a throwaway cluster on this machine, stopped when the benchmark ends.
    const QString cluster = u"/tmp/baoku-pgbench-%1"_s.arg(QCoreApplication::applicationPid());
    QProcess script;
    script.start(QStringLiteral(BAOKU_PGCLUSTER), {u"start"_s, cluster, QString::number(QCoreApplication::applicationPid())});
    script.waitForFinished(120000);
    const QString url = QString::fromUtf8(script.readAllStandardOutput()).trimmed();
    if (script.exitCode() != 0 || url.isEmpty()) {
        std::fprintf(stderr, "cannot start PostgreSQL: %s\n", script.readAllStandardError().constData());
        return 1;
    }
    const auto stopCluster = qScopeGuard([&] { QProcess::execute(QStringLiteral(BAOKU_PGCLUSTER), {u"stop"_s, cluster}); });

    {
        Core::PgConnection remote;
        if (!remote.open(url, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        timer.restart();
        const Core::PublishResult first = Core::Publisher(file, remote).publish();
        const double firstSeconds = msSince(timer) / 1000;
        if (!first.error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(first.error));
            return 1;
        }
        remote.execScript("VACUUM ANALYZE");
        timer.restart();
        const Core::PublishResult again = Core::Publisher(file, remote).publish();
        const double againSeconds = msSince(timer) / 1000;
        const Core::PgResult size = remote.exec("SELECT pg_database_size(current_database())");
        std::printf("publish: %d issues, %lld articles, %.1f MB of text in %.1f s = %.2f MB/s; "
                    "again (nothing changed) %.2f s; database %.1f MB = %.2fx text; sqlite file %.1f MB\n",
                    first.copied, first.articles, double(rawBytes) / 1e6, firstSeconds, double(rawBytes) / 1e6 / firstSeconds,
                    againSeconds, double(size.int64(0, 0)) / 1e6, double(size.int64(0, 0)) / double(rawBytes),
                    double(QFileInfo(local).size()) / 1e6);
        if (again.copied != 0)
            std::printf("  (the second publish copied %d issues!)\n", again.copied);
    }

    // A hot standby streaming from the primary, once it has replayed the publish.
    QString replicaUrl;
    const QString replicaCluster = cluster + u"-replica"_s;
    const auto stopReplica = qScopeGuard([&] {
        if (!replicaUrl.isEmpty())
            QProcess::execute(QStringLiteral(BAOKU_PGCLUSTER), {u"stop"_s, replicaCluster});
    });
    if (args.contains(u"--replica"_s)) {
        QProcess replica;
        replica.start(QStringLiteral(BAOKU_PGCLUSTER),
                      {u"replica"_s, cluster, replicaCluster, QString::number(QCoreApplication::applicationPid())});
        replica.waitForFinished(300000);
        replicaUrl = QString::fromUtf8(replica.readAllStandardOutput()).trimmed();
        if (replica.exitCode() != 0 || replicaUrl.isEmpty()) {
            std::fprintf(stderr, "cannot start the replica: %s\n", replica.readAllStandardError().constData());
            return 1;
        }
        Core::PgConnection primary, standby;
        if (!primary.open(url, &error) || !standby.open(replicaUrl, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const QString lsn = primary.exec("SELECT pg_current_wal_lsn()").text(0, 0);
        timer.restart();
        while (standby.exec("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn", {Core::pgText(lsn)}).text(0, 0) != u"t"_s)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        std::printf("replica: hot standby %s, replayed up to %s %.1f s after the basebackup\n",
                    standby.inRecovery() ? "in recovery" : "NOT in recovery", qPrintable(lsn), msSince(timer) / 1000);
    }

    Core::Archive shared;
    if (!shared.open(url, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QStringList queries = Bench::sampleQueries(file.database(), queryCount);
    for (int warm = 0; warm < 20; ++warm) {
        Core::SearchRequest request;
        request.query = queries.at(warm);
        file.search(request);
        shared.search(request);
    }
    QList<qint64> fileTotals;
    QList<qint64> sharedTotals;
    timeQueries("sqlite", file, queries, &fileTotals);
    timeQueries("postgresql", shared, queries, &sharedTotals);
    int differing = 0;
    for (qsizetype i = 0; i < queries.size(); ++i)
        differing += fileTotals.at(i) != sharedTotals.at(i) ? 1 : 0;
    std::printf("queries: %lld (a third of 1-2 characters); totals differing between the backends: %d\n",
                qint64(queries.size()), differing);

    for (const int clients : {1, 4, 16}) {
        concurrentReaders("sqlite", local, queries, clients, seconds);
        concurrentReaders("postgresql", url, queries, clients, seconds);
        if (!replicaUrl.isEmpty())
            concurrentReaders("replica", replicaUrl, queries, clients, seconds);
    }
    return 0;
}
