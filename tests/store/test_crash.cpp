// A kill -9 during `baoku-cli import` must leave an archive that opens, passes its checks and holds
// every file reported imported, completely.
#include "storetestutil.h"

#include "core/search/searcher.h"
#include "core/store/archivecheck.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;
using namespace Baoku::Core;

namespace {

constexpr int kFiles = 240;

// Copies of one sample page, each dated by its file name and made distinct by trailing blank lines.
QStringList generateFiles(const QString &folder)
{
    const QDir samples(QStringLiteral(BAOKU_SAMPLES_DIR));
    QFile sample(samples.filePath(samples.entryList({u"*.txt"_s}, QDir::Files, QDir::Name).first()));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    const QByteArray text = sample.readAll();
    QStringList paths;
    const QDate start(2015, 1, 1);
    for (int i = 0; i < kFiles; ++i) {
        const QString path = folder + u'/' + start.addDays(i).toString(Qt::ISODate) + u".txt"_s;
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text + QByteArray(i + 1, '\n'));
        paths.append(path);
    }
    return paths;
}

struct KilledRun {
    QSet<QString> reported; // files the child said it imported before it was killed
    bool finished = false;
};

// Starts an import, waits until `lines` files are reported imported plus a random delay, kills it.
KilledRun importAndKill(const QString &db, const QString &folder, int lines, std::mt19937 &random)
{
    static const QRegularExpression importedLine(u"^imported (.+) \\((\\d+) article"_s);
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QStringLiteral(BAOKU_CLI), {u"import"_s, u"--db"_s, db, folder});
    REQUIRE(child.waitForStarted());
    KilledRun run;
    QByteArray pending;
    int seen = 0;
    while (seen < lines && child.state() == QProcess::Running) {
        child.waitForReadyRead(50);
        pending += child.readAllStandardError();
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            const QString line = QString::fromUtf8(pending.left(end));
            pending.remove(0, end + 1);
            if (const auto m = importedLine.match(line); m.hasMatch()) {
                run.reported.insert(m.captured(1));
                ++seen;
            }
        }
    }
    QThread::usleep(std::uniform_int_distribution<unsigned>(0, 20'000)(random));
    run.finished = child.state() != QProcess::Running;
    child.kill(); // SIGKILL
    child.waitForFinished();
    pending += child.readAllStandardError();
    for (const QByteArray &raw : pending.split('\n')) {
        if (const auto m = importedLine.match(QString::fromUtf8(raw)); m.hasMatch())
            run.reported.insert(m.captured(1));
    }
    return run;
}

} // namespace

TEST_CASE("an import killed at any moment leaves a sound archive with every reported file", "[store][crash]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"in"_s);
    REQUIRE(QDir().mkpath(folder));
    const QStringList files = generateFiles(folder);
    const QString db = dir.filePath(u"archive.sqlite"_s);

    // What one file holds when imported on its own.
    int articlesPerFile = 0;
    {
        StoreTest::TempArchive reference;
        const auto result = Importer(reference.archive).importFile(files.first(), {});
        INFO(result.reason.toStdString());
        REQUIRE(result.status == ImportStatus::Imported);
        articlesPerFile = result.articleCount;
        REQUIRE(articlesPerFile > 0);
    }

    std::mt19937 random(20231117);
    QSet<QString> reported;
    qint64 mostQueued = 0;
    int interrupted = 0; // runs killed before their import had stored every file
    // The first run is killed almost at once (during creation or the first file); later ones
    // after a number of files, each resuming where the archive stands.
    for (const int lines : {0, 2, 17, 40, 9}) {
        const KilledRun run = importAndKill(db, folder, lines, random);
        reported.unite(run.reported);
        INFO("killed after " << lines << " reported files; " << reported.size() << " reported so far");

        // Articles stored but not yet indexed when the child died wait in the queue; opening the
        // archive leaves them, indexPending (which the CLI and the app call) indexes them.
        {
            Database raw;
            REQUIRE(raw.open(db));
            if (raw.userVersion() >= 4)
                mostQueued = std::max(mostQueued, StoreTest::count(raw, "SELECT count(*) FROM index_queue"));
        }
        Archive archive;
        QString error;
        REQUIRE(archive.open(db, &error));
        REQUIRE(archive.indexPending(nullptr, &error));
        CHECK(StoreTest::count(archive.database(), "SELECT count(*) FROM index_queue") == 0);
        CHECK(StoreTest::count(archive.database(), "SELECT count(*) FROM search_fts_docsize")
              == StoreTest::count(archive.database(), "SELECT count(*) FROM articles"));
        for (const auto &check : checkArchive(archive.database())) {
            INFO(check.name.toStdString() << ": " << check.problems.join(u"; "_s).toStdString());
            REQUIRE(check.problems.isEmpty());
        }
        // Every file in the archive is complete; every reported file is in the archive.
        Statement sources(archive.database(),
                          "SELECT s.path, (SELECT count(*) FROM articles a WHERE a.source_id = s.id) FROM sources s");
        QSet<QString> stored;
        while (sources.step()) {
            stored.insert(sources.text(0));
            CHECK(sources.integer(1) == articlesPerFile);
        }
        for (const QString &path : std::as_const(reported))
            CHECK(stored.contains(path));
        CHECK(StoreTest::count(archive.database(), "SELECT count(*) FROM articles")
              == qint64(stored.size()) * articlesPerFile);
        interrupted += !run.finished && stored.size() < kFiles ? 1 : 0;
        WARN("kill -9 after " << lines << "+ reported files: " << stored.size() << " files in the archive, "
                               << reported.size() << " reported so far");
        if (run.finished)
            break;
    }
    // The kills did interrupt the import (files are reported a commit group at a time, so the
    // five runs together may report them all).
    CHECK(interrupted > 0);
    CHECK(mostQueued > 0);             // and at least one left articles waiting for the index

    // A last, uninterrupted run completes the archive.
    QProcess rest;
    rest.start(QStringLiteral(BAOKU_CLI), {u"import"_s, u"--db"_s, db, folder});
    REQUIRE(rest.waitForFinished(300'000));
    CHECK(rest.exitCode() == 0);
    Archive archive;
    REQUIRE(archive.open(db));
    CHECK(archive.issues().size() == kFiles);
    CHECK(StoreTest::count(archive.database(), "SELECT count(*) FROM articles") == qint64(kFiles) * articlesPerFile);
}

namespace {

// Every article of an archive, as what identifies it (its issue's date, page, position) and its
// text, sorted: two archives holding the same articles give the same list.
QStringList articleRows(Database &db)
{
    Statement row(db, "SELECT i.date, a.page, a.ord, a.kind, a.title, a.body, a.captions, coalesce(p.ord, -1) "
                      "FROM articles a JOIN issues i ON i.id = a.issue_id LEFT JOIN articles p ON p.id = a.part_of "
                      "ORDER BY i.date, a.page, a.ord");
    QStringList rows;
    while (row.step()) {
        QStringList fields;
        for (int c = 0; c < 8; ++c)
            fields.append(row.text(c));
        rows.append(fields.join(u'\x1f'));
    }
    return rows;
}

qint64 searchTotal(Archive &archive, const QString &query)
{
    SearchRequest request;
    request.query = query;
    request.limit = 0;
    request.withTotal = true;
    const SearchResult result = archive.search(request);
    INFO(result.error.toStdString());
    REQUIRE(result.error.isEmpty());
    return result.total;
}

int countLines(const QByteArray &text, const QString &prefix)
{
    int n = 0;
    for (const QByteArray &line : text.split('\n'))
        n += QString::fromUtf8(line).startsWith(prefix) ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("re-running an import killed mid-way leaves exactly the articles of a clean import, all searchable",
          "[store][crash][resume]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"in"_s);
    REQUIRE(QDir().mkpath(folder));
    generateFiles(folder);
    const QString clean = dir.filePath(u"clean.sqlite"_s);
    const QString resumed = dir.filePath(u"resumed.sqlite"_s);
    const auto import = [&](const QString &db) {
        QProcess run;
        run.start(QStringLiteral(BAOKU_CLI), {u"import"_s, u"--db"_s, db, folder});
        REQUIRE(run.waitForFinished(300'000));
        return std::make_pair(run.exitCode(), run.readAllStandardError());
    };
    REQUIRE(import(clean).first == 0);

    // Killed after a number of files, with an index batch's articles (at most) still queued.
    std::mt19937 random(20261130);
    const KilledRun killed = importAndKill(resumed, folder, 70, random);
    REQUIRE_FALSE(killed.finished);
    qint64 stored = 0, queued = 0;
    {
        Database raw;
        REQUIRE(raw.open(resumed));
        stored = StoreTest::count(raw, "SELECT count(*) FROM sources");
        queued = StoreTest::count(raw, "SELECT count(*) FROM index_queue");
    }
    REQUIRE(stored >= qint64(killed.reported.size()));
    REQUIRE(stored < kFiles);
    WARN("killed with " << stored << " of " << kFiles << " files stored, " << queued << " articles queued");

    // The re-run indexes what was queued, skips every stored file (by its stamp, unread), imports
    // the rest.
    const auto [exitCode, err] = import(resumed);
    INFO(err.toStdString());
    CHECK(exitCode == 0);
    CHECK(countLines(err, u"skipped "_s) == stored);
    CHECK(countLines(err, u"imported "_s) == kFiles - stored);
    if (queued > 0)
        CHECK(err.contains("wait for the search index"));

    Archive a, b;
    REQUIRE(a.open(clean));
    REQUIRE(b.open(resumed));
    CHECK(b.pendingIndex() == 0);
    const QStringList cleanRows = articleRows(a.database());
    CHECK(articleRows(b.database()) == cleanRows); // nothing lost, nothing doubled
    CHECK(StoreTest::count(b.database(), "SELECT count(*) FROM sources") == kFiles);
    CHECK(StoreTest::count(b.database(), "SELECT count(*) FROM search_fts_docsize")
          == StoreTest::count(a.database(), "SELECT count(*) FROM search_fts_docsize"));
    // Every article is found: the same totals as the clean archive for words of the samples.
    for (const QString &query : {u"电子"_s, u"产业"_s, u"发展"_s, u"本报讯"_s}) {
        INFO(query.toStdString());
        CHECK(searchTotal(b, query) == searchTotal(a, query));
    }
    for (const auto &check : checkArchive(b.database())) {
        INFO(check.name.toStdString() << ": " << check.problems.join(u"; "_s).toStdString());
        CHECK(check.problems.isEmpty());
    }
}
