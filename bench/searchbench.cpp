// baoku-searchbench: builds a synthetic archive of N articles through the store's import path,
// indexes the same rows with SQLite's trigram tokenizer, and times sampled queries in Baoku's
// index, the trigram index and a plain instr() scan. Run by hand; see docs/benchmarks.md.
#include "corpus.h"
#include "facetbench.h"
#include "peers.h"

#include "core/search/searcher.h"
#include "core/search/textfold.h"
#include "core/search/tokencache.h"
#include "core/store/archive.h"
#include "core/store/importer.h"
#include "core/common/textdecoder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QFile>
#include <QFileInfo>
#include <QStringMatcher>

#include <algorithm>
#include <cstdio>
#include <random>

#include <time.h>

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

double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// CPU time of this thread: on a shared machine the wall clock also counts other programs' turns.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

qint64 textBytes(const Core::Article &a)
{
    qint64 bytes = a.title.toUtf8().size() + a.body.toUtf8().size();
    for (const Core::Byline &b : a.bylines)
        bytes += b.name.toUtf8().size();
    return bytes;
}

void removeDb(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

qint64 checkpointedSize(Core::Database &db, const QString &path)
{
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return QFileInfo(path).size();
}

// OCR files through the whole import path (decode, parse, store, index): MB/s of file bytes.
// Each copy is named after its own date, with masthead dates taken out, so that every file is an
// issue of its own; importPaths parses on worker threads while the main thread stores. The peer,
// timed right after on the same files, reads, decodes and parses them on one thread, storing nothing.
double importWithParsing(Bench::SyntheticCorpus &corpus, const QString &dir, int files)
{
    QDir(dir + u"/ocr"_s).removeRecursively();
    QDir().mkpath(dir + u"/ocr"_s);
    static const QRegularExpression mastheadDate(u"(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日"_s);
    qint64 bytes = 0;
    QStringList paths;
    for (int i = 0; i < files; ++i) {
        paths.append(dir + u"/ocr/%1.txt"_s.arg(QDate(2000, 1, 1).addDays(i).toString(Qt::ISODate)));
        QFile file(paths.last());
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        bytes += file.write(corpus.noisyFile(i).replace(mastheadDate, QString()).toUtf8());
    }
    // The import twice: as importPaths runs it, then with the articles tokenized on the writer's
    // thread (PretokenizedText off), the way before issue 15, as a peer in the same run.
    struct Run {
        int imported = 0;
        double seconds = 0, writer = 0, all = 0;
    };
    const auto importOnce = [&](const QString &name, bool pretokenize) {
        Run run;
        const QString dbPath = dir + name;
        removeDb(dbPath);
        Core::Archive archive;
        if (!archive.open(dbPath))
            return run;
        Core::PretokenizedText::instance().setEnabled(pretokenize);
        QElapsedTimer clock;
        clock.start();
        const double writerCpu = threadCpuMs(), processCpu = processCpuMs();
        for (const auto &result : Core::Importer(archive).importPaths({dir + u"/ocr"_s}, Core::ImportOptions{}))
            run.imported += result.status == Core::ImportStatus::Imported ? 1 : 0;
        run.seconds = msSince(clock) / 1000;
        // This thread stores; the pool's threads read, parse and tokenize ahead.
        run.writer = (threadCpuMs() - writerCpu) / 1000;
        run.all = (processCpuMs() - processCpu) / 1000;
        Core::PretokenizedText::instance().setEnabled(true);
        return run;
    };
    const Run ahead = importOnce(u"/e2e.sqlite"_s, true);
    const Run onWriter = importOnce(u"/e2e-writer-tokenizes.sqlite"_s, false);
    const double seconds = ahead.seconds;
    const int imported = ahead.imported;
    QElapsedTimer timer;
    timer.restart();
    int parsed = 0;
    for (const QString &path : std::as_const(paths)) {
        const Core::LoadedFile loaded = Core::loadTextFile(path);
        parsed += Core::IssueParser().parseText(loaded.decoded.text, path).ok() ? 1 : 0;
    }
    const double parseSeconds = msSince(timer) / 1000;
    const double mbs = double(bytes) / 1e6 / seconds;
    const double parseMbs = double(bytes) / 1e6 / parseSeconds;
    std::printf("import with parsing: %d/%d files, %.1f MB in %.2f s = %.2f MB/s\n", imported, files, double(bytes) / 1e6,
                seconds, mbs);
    const auto cpu = [bytes](const char *what, const Run &run) {
        std::printf("  %s: %.2f s = %.2f MB/s; CPU: writer thread %.2f s, workers %.2f s; "
                    "on 2 free cores at most %.2f MB/s (max of writer, all/2)\n",
                    what, run.seconds, double(bytes) / 1e6 / run.seconds, run.writer, run.all - run.writer,
                    double(bytes) / 1e6 / std::max(run.writer, run.all / 2));
    };
    cpu("tokens made by the workers", ahead);
    cpu("peer, tokenized on the writer", onWriter);
    std::printf("  peer, parsing alone on one thread (no store): %d files in %.2f s = %.2f MB/s; import/parse = %.2f\n",
                parsed, parseSeconds, parseMbs, mbs / parseMbs);
    return mbs;
}

// Baoku's top 50 and exact count for each query; with a peer, the trigram and instr() peers query
// by query and every total checked against instr(). Prints the table; returns the mismatches.
int timeQueries(Core::Database &db, Bench::PeerArchive *peer, const QStringList &queries)
{
    Core::Searcher searcher(db);
    const bool baokuOnly = peer == nullptr;
    QElapsedTimer timer;
    Latency cpuTop, cpuCount, triCpuTop, triCpuCount, baokuTop, baokuCount, triTop, triCount, instrTop, instrCount;
    Latency shortTop, shortCount, longTop, longCount; // CPU time by query length: 1-2 characters, 3 or more
    int mismatches = 0, trigramUnanswered = 0, cheapOrders = 0;
    for (qsizetype warm = 0; warm < std::min<qsizetype>(20, queries.size()); ++warm) {
        Core::SearchRequest request;
        request.query = queries.at(warm);
        searcher.search(request);
    }
    for (const QString &query : queries) {
        if (const qsizetype done = &query - queries.constData(); done % 50 == 0 && done > 0)
            std::fprintf(stderr, "  %lld of %lld queries\n", qint64(done), qint64(queries.size()));
        Core::SearchRequest request;
        request.query = query;
        request.limit = 50;
        timer.restart();
        double cpu = threadCpuMs();
        const Core::SearchResult top = searcher.search(request);
        baokuTop.add(msSince(timer));
        cpuTop.add(threadCpuMs() - cpu);
        cheapOrders += top.cheapOrder ? 1 : 0;
        request.limit = 0;
        request.withSnippets = false;
        timer.restart();
        cpu = threadCpuMs();
        const Core::SearchResult counted = searcher.search(request);
        baokuCount.add(msSince(timer));
        cpuCount.add(threadCpuMs() - cpu);
        (query.size() <= 2 ? shortTop : longTop).add(cpuTop.ms.back());
        (query.size() <= 2 ? shortCount : longCount).add(cpuCount.ms.back());
        if (baokuOnly)
            continue;

        timer.restart();
        cpu = threadCpuMs();
        const int triHits = peer->trigramTop(query);
        if (triHits >= 0) {
            triTop.add(msSince(timer));
            triCpuTop.add(threadCpuMs() - cpu);
        }
        timer.restart();
        cpu = threadCpuMs();
        if (peer->trigramCount(query) >= 0) {
            triCount.add(msSince(timer));
            triCpuCount.add(threadCpuMs() - cpu);
        } else {
            ++trigramUnanswered;
        }
        timer.restart();
        peer->instrTop(query);
        instrTop.add(msSince(timer));
        timer.restart();
        const qint64 exact = peer->instrCount(query);
        instrCount.add(msSince(timer));
        if (exact != counted.total || exact != top.total) {
            ++mismatches;
            std::printf("MISMATCH %s: baoku %lld, instr %lld\n", qPrintable(query), qint64(counted.total), exact);
        }
    }
    if (baokuOnly)
        std::printf("queries: %lld (a third of 1-2 characters), Baoku's alone; cheap order used: %d\n",
                    qint64(queries.size()), cheapOrders);
    else
        std::printf("queries: %lld (a third of 1-2 characters); baoku totals differing from instr(): %d; "
                    "trigram unanswered: %d; cheap order used: %d\n",
                    qint64(queries.size()), mismatches, trigramUnanswered, cheapOrders);
    std::printf("%-8s %22s %22s\n", "", "top 50+snippets p50/p99", "exact count p50/p99");
    std::printf("%-8s %10.2f %10.2f ms %10.2f %10.2f ms\n", "baoku", baokuTop.at(0.5), baokuTop.at(0.99), baokuCount.at(0.5), baokuCount.at(0.99));
    std::printf("%-8s %10.2f %10.2f ms %10.2f %10.2f ms  (CPU time of the query's thread)\n", "baoku cpu", cpuTop.at(0.5),
                cpuTop.at(0.99), cpuCount.at(0.5), cpuCount.at(0.99));
    std::printf("%-8s %10.2f %10.2f ms %10.2f %10.2f ms  (CPU, the %zu queries of 1-2 characters)\n", "  short", shortTop.at(0.5),
                shortTop.at(0.99), shortCount.at(0.5), shortCount.at(0.99), shortTop.ms.size());
    std::printf("%-8s %10.2f %10.2f ms %10.2f %10.2f ms  (CPU, the %zu queries of 3-8 characters)\n", "  long", longTop.at(0.5),
                longTop.at(0.99), longCount.at(0.5), longCount.at(0.99), longTop.ms.size());
    if (baokuOnly)
        return 0;
    std::printf("%-8s %10.2f %10.2f ms %10.2f %10.2f ms  (answered queries only)\n", "trigram", triTop.at(0.5), triTop.at(0.99), triCount.at(0.5), triCount.at(0.99));
    std::printf("%-8s %10.2f %10.2f ms %10.2f %10.2f ms  (CPU time, answered queries)\n", "tri cpu", triCpuTop.at(0.5),
                triCpuTop.at(0.99), triCpuCount.at(0.5), triCpuCount.at(0.99));
    std::printf("%-8s %10.2f %10.2f ms %10.2f %10.2f ms\n", "instr", instrTop.at(0.5), instrTop.at(0.99), instrCount.at(0.5), instrCount.at(0.99));
    return mismatches;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they are measured
    const QStringList args = app.arguments();
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        std::printf("Usage: baoku-searchbench [--articles N] [--queries N] [--dir DIR] [--reuse]\n"
                    "                         [--import-only] [--import-files N] [--baoku-only]\n"
                    "Builds a synthetic archive of N articles (default 100000) in DIR (default\n"
                    "<tmp>/baoku-bench), the same rows with SQLite's trigram tokenizer and an instr()\n"
                    "scan, and times N sampled queries (default 600) in each. First it times the\n"
                    "import with parsing of N noisy OCR files (default 1000) against parsing alone.\n"
                    "  --reuse          time the queries again on the archives a previous run left\n"
                    "  --import-only    only the import-with-parsing figure\n"
                    "  --baoku-only     with --reuse: Baoku's queries alone (no peers, no exactness check)\n"
                    "  --facets         with --reuse: facets and the trend for the queries (docs/benchmarks.md)\n"
                    "  --facet-rounds N with --facets: rounds for the commonest queries (default 30)\n"
                    "  --facet-peer-rounds N  of which the SQL peers are timed in the first N (default 30)\n"
                    "  --check-exact    with --reuse: every query's total against one scan of all folded text\n"
                    "A build run (without --reuse) then times Baoku's queries back to back and facets:\n"
                    "  --back-to-back N   queries for that pass (default 600; 0 skips it)\n"
                    "  --facet-queries N  queries for the facets (default 20; 0 skips them), with\n"
                    "                     --facet-rounds (default 30) and --facet-peer-rounds (default 1)\n"
                    "See docs/benchmarks.md.\n");
        return 0;
    }
    const auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const int articles = option(u"--articles"_s, u"100000"_s).toInt();
    const int queryCount = option(u"--queries"_s, u"600"_s).toInt();
    const QString dir = option(u"--dir"_s, QDir::tempPath() + u"/baoku-bench"_s);
    QDir().mkpath(dir);

    Bench::SyntheticCorpus corpus;
    QString error;
    if (!corpus.load(QStringLiteral(BAOKU_SAMPLES_DIR), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // --reuse: time the queries again on the archives a previous run left in --dir.
    const bool reuse = args.contains(u"--reuse"_s);
    if (!reuse)
        importWithParsing(corpus, dir, option(u"--import-files"_s, u"1000"_s).toInt());
    if (args.contains(u"--import-only"_s))
        return 0; // just the import-with-parsing figure

    // 1. Baoku: the store's import path as importPaths drives it (one transaction per page, index
    // writes batched), then FTS5 'optimize'.
    const int pages = (articles + Bench::SyntheticCorpus::kArticlesPerPage - 1) / Bench::SyntheticCorpus::kArticlesPerPage;
    qint64 rawBytes = 0; // counted as the pages are made: a million articles are not held at once
    const QString dbPath = dir + u"/baoku.sqlite"_s;
    if (!reuse)
        removeDb(dbPath);
    Core::Archive archive;
    if (!archive.open(dbPath, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Core::Importer importer(archive);
    QElapsedTimer timer;
    timer.start();
    Bench::PeerArchive peer;
    importer.startBatch();
    double generateSeconds = 0; // making the pages is not part of the store's import time
    for (int i = 0; i < pages && !reuse; ++i) {
        QElapsedTimer made;
        made.start();
        const Core::ParsedIssue generated = corpus.page(i);
        Core::SourceFile source;
        source.path = u"synthetic/%1.txt"_s.arg(i);
        source.sha256 = QString::fromLatin1(QCryptographicHash::hash(source.path.toUtf8(), QCryptographicHash::Sha256).toHex());
        source.size = 0; // the page's text, which sets the index batches' size
        for (const Core::Article &a : generated.articles)
            source.size += textBytes(a);
        rawBytes += source.size;
        generateSeconds += msSince(made) / 1000;
        if (importer.importParsed(generated, source, {}).status != Core::ImportStatus::Imported) {
            std::fprintf(stderr, "import of synthetic page %d failed\n", i);
            return 1;
        }
        if ((i + 1) % 12500 == 0)
            std::fprintf(stderr, "  %d of %d pages stored, %.0f s\n", i + 1, pages, msSince(timer) / 1000);
    }
    if (!importer.finishBatch(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (reuse) {
        if (!peer.open(dir + u"/trigram.sqlite"_s, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    } else {
        const double importSeconds = msSince(timer) / 1000 - generateSeconds;
        const qint64 importedBytes = checkpointedSize(archive.database(), dbPath);
        timer.restart();
        archive.database().exec("INSERT INTO search_fts(search_fts) VALUES('optimize')");
        const double optimizeSeconds = msSince(timer) / 1000;
        archive.database().exec("PRAGMA wal_checkpoint(TRUNCATE); VACUUM;");
        const qint64 baokuBytes = checkpointedSize(archive.database(), dbPath);
        std::printf("corpus: %d articles, %.1f MB of text (UTF-8)\n", pages * 8, double(rawBytes) / 1e6);
        std::printf("baoku store import (no parsing): %.1f s = %.2f MB/s; optimize %.1f s\n", importSeconds,
                    double(rawBytes) / 1e6 / importSeconds, optimizeSeconds);
        std::printf("baoku archive: %.1f MB = %.2fx text after import, %.1f MB = %.2fx after optimize+vacuum\n",
                    double(importedBytes) / 1e6, double(importedBytes) / double(rawBytes), double(baokuBytes) / 1e6,
                    double(baokuBytes) / double(rawBytes));

        // 2. The trigram peer on the same rows.
        if (!peer.build(archive.database(), dir + u"/trigram.sqlite"_s, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("trigram: build %.1f s = %.2f MB/s; archive %.1f MB = %.2fx text\n", peer.trigram().seconds,
                    double(rawBytes) / 1e6 / peer.trigram().seconds, double(peer.trigram().fileBytes) / 1e6,
                    double(peer.trigram().fileBytes) / double(rawBytes));
    }

    // 3. Queries: Han substrings of random articles, a third of 1-2 characters, the rest 3-8. The
    // sampling is deterministic, so the first N of a longer list are the same N queries.
    const QStringList queries = Bench::sampleQueries(archive.database(), queryCount);

    if (reuse && args.contains(u"--facets"_s))
        return Bench::runFacetBench(archive.database(), queries,
                                    option(u"--facet-rounds"_s, u"30"_s).toInt(),
                                    option(u"--facet-peer-rounds"_s, u"30"_s).toInt());

    // --check-exact: every query's total against a brute-force scan of the folded text, in one
    // pass over the archive for all queries (the instr() peer's answer without its per-query scans).
    if (reuse && args.contains(u"--check-exact"_s)) {
        std::vector<qint64> scanned(size_t(queries.size()), 0);
        std::vector<QStringMatcher> matchers;
        for (const QString &query : std::as_const(queries))
            matchers.emplace_back(query);
        QElapsedTimer scan;
        scan.start();
        Core::Statement rows(archive.database(), "SELECT body || char(10) || title || char(10) || names FROM search_content");
        qint64 articlesScanned = 0;
        while (rows.step()) {
            const QString text = Core::foldText(rows.text(0));
            for (qsizetype q = 0; q < queries.size(); ++q)
                scanned[size_t(q)] += matchers[size_t(q)].indexIn(text) >= 0 ? 1 : 0;
            if (++articlesScanned % 100000 == 0)
                std::fprintf(stderr, "  %lld articles scanned\n", articlesScanned);
        }
        Core::Searcher counter(archive.database());
        int differ = 0;
        for (qsizetype q = 0; q < queries.size(); ++q) {
            Core::SearchRequest request;
            request.query = queries.at(q);
            request.limit = 0;
            request.withSnippets = false;
            const qint64 total = counter.search(request).total;
            if (total != scanned[size_t(q)]) {
                ++differ;
                std::printf("MISMATCH %s: baoku %lld, scan %lld\n", qPrintable(queries.at(q)), total, scanned[size_t(q)]);
            }
        }
        std::printf("exactness: %lld queries, %lld articles scanned in %.0f s; baoku totals differing from the scan: %d\n",
                    qint64(queries.size()), articlesScanned, msSince(scan) / 1000, differ);
        return differ == 0 ? 0 : 1;
    }

    // --baoku-only: Baoku's queries alone, for profiling; no peers and no exactness check.
    if (reuse && args.contains(u"--baoku-only"_s))
        return timeQueries(archive.database(), nullptr, queries) == 0 ? 0 : 1;
    const int mismatches = timeQueries(archive.database(), &peer, queries);
    if (reuse)
        return mismatches == 0 ? 0 : 1;

    // A build run goes on to the figures that --reuse runs give separately, so that one command
    // makes the whole section: Baoku's queries back to back (as a user's searches run), then facets.
    const int backToBack = option(u"--back-to-back"_s, u"600"_s).toInt();
    if (backToBack > 0) {
        std::printf("Baoku's queries back to back (as --reuse --baoku-only --queries %d):\n", backToBack);
        timeQueries(archive.database(), nullptr, Bench::sampleQueries(archive.database(), backToBack));
    }
    const int facetQueries = option(u"--facet-queries"_s, u"20"_s).toInt();
    if (facetQueries > 0) {
        std::printf("facets (as --reuse --facets --queries %d --facet-rounds N --facet-peer-rounds M):\n", facetQueries);
        Bench::runFacetBench(archive.database(), Bench::sampleQueries(archive.database(), facetQueries),
                             option(u"--facet-rounds"_s, u"30"_s).toInt(), option(u"--facet-peer-rounds"_s, u"1"_s).toInt());
    }
    return mismatches == 0 ? 0 : 1;
}
