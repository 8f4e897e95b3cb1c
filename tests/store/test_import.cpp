#include "storetestutil.h"

#include "core/search/searcher.h"
#include "core/store/archivecheck.h"

#include <QDir>
#include <QFile>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Baoku::Core;
using StoreTest::makeArticle;
using StoreTest::makeIssue;
using StoreTest::makeSource;

namespace {

const QDate kDate(2023, 11, 17);

ParsedIssue firstEdition()
{
    return makeIssue(kDate, {makeArticle(1, u"金壮龙会见布雷顿"_s, u"本报讯 会见。"_s, {Byline{u"耀文"_s, u"reporter"_s, {}}}),
                             makeArticle(2, u"家电企业要当排头兵"_s, u"小到卡扣螺丝钉"_s, {Byline{u"宋婧"_s, u"reporter"_s, {}}})});
}

ParsedIssue secondEdition()
{
    return makeIssue(kDate, {makeArticle(1, u"人工智能安全治理迎大考"_s, u"峰会落下帷幕"_s, {Byline{u"卢梦琪"_s, u"reporter"_s, {}}})});
}

void requireConsistent(Database &db)
{
    for (const auto &check : checkArchive(db)) {
        INFO(check.name.toStdString() << ": " << check.problems.join(u"; "_s).toStdString());
        REQUIRE(check.problems.isEmpty());
    }
}

QStringList titles(const Archive &archive)
{
    QStringList result;
    archive.forEachArticle([&](const StoredArticle &a) {
        result.append(a.article.title);
        return true;
    });
    return result;
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

qint64 hits(Database &db, const QString &query)
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

} // namespace

TEST_CASE("the same file again is reported as already imported and changes nothing", "[store][import]")
{
    StoreTest::TempArchive temp;
    Importer importer(temp.archive);
    const auto first = importer.importParsed(firstEdition(), makeSource(u"/scans/a.txt"_s, u"A"_s), {});
    REQUIRE(first.status == ImportStatus::Imported);
    CHECK(first.articleCount == 2);
    const QString before = StoreTest::snapshot(temp.db());
    for (const bool replace : {false, true}) {
        const auto again = importer.importParsed(firstEdition(), makeSource(u"/copy/a.txt"_s, u"A"_s), {QDate(), replace, std::nullopt, {}});
        CHECK(again.status == ImportStatus::Skipped);
        CHECK(again.reason.contains(u"/scans/a.txt"_s));
        CHECK(again.issueId == first.issueId);
    }
    CHECK(StoreTest::snapshot(temp.db()) == before);
    requireConsistent(temp.db());
}

TEST_CASE("a different file for a page already held is refused, or replaces it with replace", "[store][import]")
{
    StoreTest::TempArchive temp;
    Importer importer(temp.archive);
    const auto first = importer.importParsed(firstEdition(), makeSource(u"/scans/a.txt"_s, u"A"_s), {});
    REQUIRE(first.status == ImportStatus::Imported);
    const QString before = StoreTest::snapshot(temp.db());

    const auto refused = importer.importParsed(secondEdition(), makeSource(u"/scans/b.txt"_s, u"B"_s), {});
    CHECK(refused.status == ImportStatus::Failed);
    CHECK(refused.reason.contains(u"/scans/a.txt"_s));
    CHECK(refused.reason.contains(u"2023-11-17"_s));
    CHECK(refused.reason.contains(u"--replace"_s));
    CHECK(StoreTest::snapshot(temp.db()) == before);

    const auto replaced = importer.importParsed(secondEdition(), makeSource(u"/scans/b.txt"_s, u"B"_s), {QDate(), true, std::nullopt, {}});
    REQUIRE(replaced.status == ImportStatus::Imported);
    CHECK(replaced.reason.contains(u"/scans/a.txt"_s));
    CHECK(replaced.issueId == first.issueId);
    CHECK(titles(temp.archive) == QStringList{u"人工智能安全治理迎大考"_s});
    // The people only the replaced page named are gone too.
    const auto people = temp.archive.people();
    REQUIRE(people.size() == 1);
    CHECK(people.first().name == u"卢梦琪"_s);
    CHECK(StoreTest::count(temp.db(), "SELECT count(*) FROM people") == 1);
    CHECK(StoreTest::count(temp.db(), "SELECT count(*) FROM sources") == 1);
    CHECK(temp.archive.issue(first.issueId)->info.sourcePath == u"/scans/b.txt"_s);
    requireConsistent(temp.db());

    // The replaced file is not "already imported" any more: it can come back the same way.
    const auto back = importer.importParsed(firstEdition(), makeSource(u"/scans/a.txt"_s, u"A"_s), {QDate(), true, std::nullopt, {}});
    CHECK(back.status == ImportStatus::Imported);
    CHECK(titles(temp.archive).size() == 2);
    requireConsistent(temp.db());
}

TEST_CASE("another page of the same issue joins it", "[store][import]")
{
    StoreTest::TempArchive temp;
    Importer importer(temp.archive);
    ParsedIssue page2 = secondEdition();
    page2.articles[0].page = 2;
    const auto a = importer.importParsed(firstEdition(), makeSource(u"p1.txt"_s, u"1"_s), {});
    const auto b = importer.importParsed(page2, makeSource(u"p2.txt"_s, u"2"_s), {});
    REQUIRE(b.status == ImportStatus::Imported);
    CHECK(a.issueId == b.issueId);
    const auto issue = temp.archive.issue(a.issueId);
    CHECK(issue->summary.pageCount == 2);
    CHECK(issue->summary.articleCount == 3);
    CHECK(temp.archive.articlesOfIssue(a.issueId).constLast().article.page == 2);
}

TEST_CASE("the user's date survives re-imports", "[store][import]")
{
    StoreTest::TempArchive temp;
    Importer importer(temp.archive);
    const auto first = importer.importParsed(firstEdition(), makeSource(u"a.txt"_s, u"A"_s, kParserVersion - 1), {});
    REQUIRE(first.status == ImportStatus::Imported);
    const QDate corrected(2023, 11, 10);
    REQUIRE(temp.archive.setIssueDate(first.issueId, corrected));

    SECTION("replacing the page with a different file")
    {
        const auto replaced = importer.importParsed(secondEdition(), makeSource(u"b.txt"_s, u"B"_s), {QDate(), true, std::nullopt, {}});
        REQUIRE(replaced.status == ImportStatus::Imported);
        CHECK(replaced.issueId == first.issueId);
    }
    SECTION("re-parsing the same file with a newer parser that finds another date")
    {
        ParsedIssue reparsed = firstEdition();
        reparsed.issue.date = QDate(2023, 11, 18);
        const auto skipped = importer.importParsed(reparsed, makeSource(u"a.txt"_s, u"A"_s), {});
        CHECK(skipped.status == ImportStatus::Skipped); // without --replace an older parse is kept
        const auto again = importer.importParsed(reparsed, makeSource(u"a.txt"_s, u"A"_s), {QDate(), true, std::nullopt, {}});
        REQUIRE(again.status == ImportStatus::Imported);
        CHECK(StoreTest::count(temp.db(), "SELECT count(*) FROM issues") == 1);
        CHECK(temp.archive.issue(again.issueId)->parsedDate == QDate(2023, 11, 18));
    }
    SECTION("a file whose parsed date is the corrected one belongs to the corrected issue")
    {
        const auto refused = importer.importParsed(makeIssue(corrected, {makeArticle(1, u"x"_s, u"y"_s)}),
                                                   makeSource(u"c.txt"_s, u"C"_s), {});
        CHECK(refused.status == ImportStatus::Failed);
        CHECK(refused.issueId == first.issueId);
    }
    const auto issues = temp.archive.issues();
    REQUIRE(issues.size() == 1);
    CHECK(issues.first().date == corrected);
    CHECK(issues.first().dateSource == DateSource::User);
    requireConsistent(temp.db());
}

TEST_CASE("an issue without a date is refused with a reason", "[store][import]")
{
    StoreTest::TempArchive temp;
    const auto result = Importer(temp.archive).importParsed(makeIssue(QDate(), {makeArticle(1, u"t"_s, u"b"_s)}),
                                                            makeSource(u"n.txt"_s, u"N"_s), {});
    CHECK(result.status == ImportStatus::Failed);
    CHECK(result.reason.contains(u"--date"_s));
    const auto dated = Importer(temp.archive).importParsed(makeIssue(QDate(), {makeArticle(1, u"t"_s, u"b"_s)}),
                                                           makeSource(u"n.txt"_s, u"N"_s), {kDate, false, std::nullopt, {}});
    CHECK(dated.status == ImportStatus::Imported);
    CHECK(temp.archive.issues().first().date == kDate);
}

TEST_CASE("bad files are reported with reasons and leave the archive untouched", "[store][import]")
{
    StoreTest::TempArchive temp;
    QTemporaryDir files;
    const QString empty = writeFile(files.filePath(u"in/empty.txt"_s), {});
    const QString binary = writeFile(files.filePath(u"in/binary.txt"_s), QByteArray("\x7f" "ELF\0\0\1\2\3\0\0\0", 12).repeated(100));
    const QString noise = writeFile(files.filePath(u"in/sub/noise.txt"_s), QByteArray("abc def 123\n").repeated(10));
    writeFile(files.filePath(u"in/ignored.pdf"_s), QByteArray("%PDF-1.4"));
    const QString missing = files.filePath(u"missing.txt"_s);
    const QString before = StoreTest::snapshot(temp.db());

    QList<ImportResult> seen;
    CancelFlag listener;
    const auto results = Importer(temp.archive).importPaths({files.filePath(u"in"_s), missing}, {}, &listener,
                                                            [&](const ImportResult &r) { seen.append(r); });
    REQUIRE(results.size() == 4); // three *.txt files (the PDF is not one) and the missing path
    CHECK(seen.size() == 4);
    QStringList paths;
    for (const auto &result : results) {
        INFO(result.path.toStdString() << ": " << result.reason.toStdString());
        CHECK(result.status == ImportStatus::Failed);
        CHECK_FALSE(result.reason.isEmpty());
        CHECK_FALSE(result.reason.contains(result.path)); // the path is reported beside the reason
        paths.append(result.path);
    }
    CHECK(paths.contains(empty));
    CHECK(paths.contains(binary));
    CHECK(paths.contains(noise));
    CHECK(paths.contains(missing));
    CHECK(StoreTest::snapshot(temp.db()) == before);
}

TEST_CASE("a cancelled import stops before the next file", "[store][import]")
{
    StoreTest::TempArchive temp;
    CancelFlag listener;
    listener.cancel();
    const auto results = Importer(temp.archive).importPaths({QStringLiteral(BAOKU_SAMPLES_DIR)}, {}, &listener);
    CHECK(results.isEmpty());
    CHECK(temp.archive.issues().isEmpty());
}

namespace {

// Cancels once `after` files have been started, as the app's Cancel button would.
class CancelAfter final : public ProgressListener {
public:
    explicit CancelAfter(qint64 after)
        : m_after(after)
    {
    }
    void progress(qint64 done, qint64, const QString &) override { m_cancelled = m_cancelled || done >= m_after; }
    bool isCancelled() const override { return m_cancelled; }

private:
    qint64 m_after;
    bool m_cancelled = false;
};

} // namespace

TEST_CASE("cancelling mid-way keeps the files done so far, and a copy in the same batch is a duplicate",
          "[store][import][samples]")
{
    StoreTest::TempArchive temp;
    QTemporaryDir files;
    const QDir samples(QStringLiteral(BAOKU_SAMPLES_DIR));
    QStringList names = samples.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        REQUIRE(QFile::copy(samples.filePath(name), files.filePath(name)));
    REQUIRE(QFile::copy(samples.filePath(names.first()), files.filePath(u"zz-copy.txt"_s)));

    CancelAfter listener(2);
    const auto partial = Importer(temp.archive).importPaths({files.path()}, {}, &listener);
    REQUIRE(partial.size() == 2);
    CHECK(temp.archive.issues().size() == 2);
    requireConsistent(temp.db());

    const auto rest = Importer(temp.archive).importPaths({files.path()}, {});
    REQUIRE(rest.size() == 4);
    CHECK(rest.at(0).status == ImportStatus::Skipped);
    CHECK(rest.at(1).status == ImportStatus::Skipped);
    CHECK(rest.at(2).status == ImportStatus::Imported);
    CHECK(rest.at(3).status == ImportStatus::Skipped); // the copy of the first sample
    CHECK(rest.at(3).reason.contains(names.first()));
    CHECK(temp.archive.issues().size() == 3);
}

TEST_CASE("the sample issues import once, then count as already imported", "[store][import][samples]")
{
    StoreTest::TempArchive temp;
    Importer importer(temp.archive);
    const auto results = importer.importPaths({QStringLiteral(BAOKU_SAMPLES_DIR)}, {});
    REQUIRE(results.size() == 3);
    for (const auto &result : results) {
        INFO(result.path.toStdString() << ": " << result.reason.toStdString());
        CHECK(result.status == ImportStatus::Imported);
        CHECK(result.articleCount >= 6);
        CHECK(result.articleCount <= 7);
    }
    const QString before = StoreTest::snapshot(temp.db());
    for (const auto &result : importer.importPaths({QStringLiteral(BAOKU_SAMPLES_DIR)}, {}))
        CHECK(result.status == ImportStatus::Skipped);
    CHECK(StoreTest::snapshot(temp.db()) == before);
    CHECK(temp.archive.issues().size() == 3);
    requireConsistent(temp.db());
}

TEST_CASE("a batch stores each file at once and indexes the batch together", "[store][import][index]")
{
    StoreTest::TempArchive temp;
    Importer importer(temp.archive);
    importer.startBatch();
    REQUIRE(importer.importParsed(firstEdition(), makeSource(u"/in/1.txt"_s, u"one"_s), {}).status == ImportStatus::Imported);
    // Stored and readable, waiting for the index; the index still agrees with what it shows.
    CHECK(titles(temp.archive).size() == 2);
    CHECK(StoreTest::count(temp.db(), "SELECT count(*) FROM index_queue") == 2);
    requireConsistent(temp.db());
    // A search meanwhile indexes the queue first, so that its result is complete.
    CHECK(hits(temp.db(), u"布雷顿"_s) == 1);
    CHECK(StoreTest::count(temp.db(), "SELECT count(*) FROM index_queue") == 0);
    requireConsistent(temp.db());

    // Replacing a queued file removes its queued articles with it.
    ImportOptions replace;
    replace.replace = true;
    REQUIRE(importer.importParsed(secondEdition(), makeSource(u"/in/1b.txt"_s, u"two"_s), replace).status
            == ImportStatus::Imported);
    CHECK(StoreTest::count(temp.db(), "SELECT count(*) FROM index_queue") == 1);

    QString error;
    REQUIRE(importer.finishBatch(&error));
    CHECK(error.isEmpty());
    CHECK(StoreTest::count(temp.db(), "SELECT count(*) FROM index_queue") == 0);
    CHECK(hits(temp.db(), u"人工智能"_s) == 1);
    CHECK(hits(temp.db(), u"布雷顿"_s) == 0);
    requireConsistent(temp.db());

    // Outside a batch a file is indexed in its own transaction.
    REQUIRE(importer.importParsed(makeIssue(kDate.addDays(1), {makeArticle(1, u"芯片产业"_s, u"集成电路"_s)}),
                                  makeSource(u"/in/2.txt"_s, u"three"_s), {})
                .status
            == ImportStatus::Imported);
    CHECK(StoreTest::count(temp.db(), "SELECT count(*) FROM index_queue") == 0);
    CHECK(hits(temp.db(), u"集成电路"_s) == 1);
}

TEST_CASE("articles a batch left unindexed wait for indexPending, which the opener calls", "[store][import][index]")
{
    StoreTest::TempArchive temp;
    {
        Importer importer(temp.archive);
        importer.startBatch();
        REQUIRE(importer.importParsed(firstEdition(), makeSource(u"/in/1.txt"_s, u"one"_s), {}).status
                == ImportStatus::Imported);
        // No finishBatch: as if the process died here.
    }
    // Still queued: a search here would index them itself (complete results), so count instead.
    CHECK(StoreTest::count(temp.db(), "SELECT count(*) FROM index_queue") == 2);
    Archive again;
    REQUIRE(again.open(temp.path));
    // Opening does no index work (the app opens on its GUI thread); the queue is reported.
    CHECK(again.pendingIndex() == 2);
    QString error;
    REQUIRE(again.indexPending(nullptr, &error));
    CHECK(error.isEmpty());
    CHECK(again.pendingIndex() == 0);
    CHECK(StoreTest::count(again.database(), "SELECT count(*) FROM index_queue") == 0);
    CHECK(hits(again.database(), u"金壮龙"_s) == 1);
    CHECK(hits(temp.db(), u"小到卡扣"_s) == 1); // the first connection sees it too
    requireConsistent(again.database());
}

TEST_CASE("importPaths indexes every file it imported before it returns", "[store][import][index]")
{
    QTemporaryDir dir;
    const QDir samples(QStringLiteral(BAOKU_SAMPLES_DIR));
    const QString sample = samples.filePath(samples.entryList({u"*.txt"_s}, QDir::Files, QDir::Name).first());
    QFile in(sample);
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QByteArray text = in.readAll();
    // Enough copies for a flush inside the run as well as the one at its end.
    const int copies = int(Importer::kIndexBatchBytes / text.size()) + 5;
    for (int i = 0; i < copies; ++i)
        writeFile(dir.filePath(u"in/%1.txt"_s.arg(QDate(2015, 1, 1).addDays(i).toString(Qt::ISODate))),
                  text + QByteArray(i + 1, '\n'));
    StoreTest::TempArchive temp;
    const auto results = Importer(temp.archive).importPaths({dir.filePath(u"in"_s)}, {});
    REQUIRE(results.size() == copies);
    for (const auto &result : results)
        CHECK(result.status == ImportStatus::Imported);
    CHECK(StoreTest::count(temp.db(), "SELECT count(*) FROM index_queue") == 0);
    CHECK(StoreTest::count(temp.db(), "SELECT count(*) FROM search_fts_docsize")
          == StoreTest::count(temp.db(), "SELECT count(*) FROM articles"));
    requireConsistent(temp.db());
}

TEST_CASE("a re-run skips files unchanged since their import without reading them, and reads changed ones",
          "[store][import][resume]")
{
    QTemporaryDir dir;
    const QDir samples(QStringLiteral(BAOKU_SAMPLES_DIR));
    QFile in(samples.filePath(samples.entryList({u"*.txt"_s}, QDir::Files, QDir::Name).first()));
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QByteArray text = in.readAll();
    QStringList paths;
    for (int i = 0; i < 3; ++i)
        paths.append(writeFile(dir.filePath(u"in/%1.txt"_s.arg(QDate(2015, 1, 1).addDays(i).toString(Qt::ISODate))),
                               text + QByteArray(i + 1, '\n')));
    StoreTest::TempArchive temp;
    const auto statuses = [&](const ImportOptions &options, qint64 *read) {
        const qint64 before = Importer::filesRead();
        QList<ImportStatus> list;
        for (const auto &result : Importer(temp.archive).importPaths({dir.filePath(u"in"_s)}, options))
            list.append(result.status);
        *read = Importer::filesRead() - before;
        return list;
    };
    qint64 read = 0;
    REQUIRE(statuses({}, &read) == QList<ImportStatus>(3, ImportStatus::Imported));
    CHECK(read == 3);
    CHECK(StoreTest::count(temp.db(), "SELECT count(*) FROM sources WHERE stamp IS NOT NULL") == 3);

    // Nothing changed: nothing is read.
    CHECK(statuses({}, &read) == QList<ImportStatus>(3, ImportStatus::Skipped));
    CHECK(read == 0);

    // The second file rewritten with the same size and its modification time set back: the
    // status-change time differs, so it is read, and its new hash tells it from the stored page.
    QFileInfo second(paths.at(1));
    const QDateTime modified = second.fileTime(QFileDevice::FileModificationTime);
    QThread::msleep(20);
    QByteArray changed = text + QByteArray(2, '\n');
    changed[changed.size() - 1] = ' ';
    writeFile(paths.at(1), changed);
    {
        QFile file(paths.at(1));
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(modified, QFileDevice::FileModificationTime));
    }
    second.refresh();
    REQUIRE(second.size() == text.size() + 2);
    REQUIRE(second.fileTime(QFileDevice::FileModificationTime) == modified);
    const auto rerun = statuses({}, &read);
    CHECK(read == 1);
    CHECK(rerun == QList<ImportStatus>{ImportStatus::Skipped, ImportStatus::Failed, ImportStatus::Skipped});

    // A file imported before stamps existed (schema 8) is read and recognised by its hash.
    temp.db().exec("UPDATE sources SET stamp = NULL WHERE path LIKE '%2015-01-03.txt'");
    CHECK(statuses({}, &read) == QList<ImportStatus>{ImportStatus::Skipped, ImportStatus::Failed, ImportStatus::Skipped});
    CHECK(read == 2);

    // --replace always reads: a file parsed by an older parser must be recognised as such.
    ImportOptions replace;
    replace.replace = true;
    statuses(replace, &read);
    CHECK(read == 3);
    requireConsistent(temp.db());
}

namespace {

// Overwrites page `page` (1-based) of the archive's file, as a failing disk might.
void damagePage(const QString &path, qint64 page, qint64 pageSize)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((page - 1) * pageSize));
    file.write(QByteArray(int(pageSize), '\x5a'));
}

qint64 rootPage(Database &db, const char *table)
{
    Statement row(db, "SELECT rootpage FROM sqlite_master WHERE name = ?1");
    REQUIRE(row.bind(1, QString::fromLatin1(table)).step());
    return row.int64(0);
}

} // namespace

TEST_CASE("the check before an import: whole file when small or with free pages, else the tables an import rewrites",
          "[store][import][check]")
{
    QTemporaryDir dir;
    const QDir samples(QStringLiteral(BAOKU_SAMPLES_DIR));
    const QStringList names = samples.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    const QString path = dir.filePath(u"a.sqlite"_s);
    const bool freePages = GENERATE(false, true);
    qint64 pageSize = 0, sourcesRoot = 0, articlesRoot = 0;
    {
        Archive archive;
        REQUIRE(archive.open(path));
        Importer importer(archive);
        CHECK(importer.checkBeforeWriting().isEmpty());
        CHECK(importer.lastCheckWasFull()); // a small archive is checked whole
        for (const auto &result : importer.importPaths({samples.filePath(names.first())}, {}))
            REQUIRE(result.status == ImportStatus::Imported);
        Database &db = archive.database();
        if (freePages)
            db.exec("CREATE TABLE junk AS SELECT randomblob(200000) AS b; DROP TABLE junk;");
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        Statement size(db, "PRAGMA page_size");
        REQUIRE(size.step());
        pageSize = size.int64(0);
        sourcesRoot = rootPage(db, "sources");
        articlesRoot = rootPage(db, "articles");
    }
    const auto check = [&](bool *full) {
        Archive archive;
        REQUIRE(archive.open(path));
        Importer importer(archive);
        importer.setFullCheckBelow(0); // as for an archive of several GB
        const QString damage = importer.checkBeforeWriting();
        *full = importer.lastCheckWasFull();
        return damage;
    };
    bool full = false;
    CHECK(check(&full).isEmpty());
    CHECK(full == freePages);

    SECTION("a damaged page of a table an import rewrites in place is always found")
    {
        damagePage(path, sourcesRoot, pageSize);
        CHECK_FALSE(check(&full).isEmpty());
    }
    SECTION("a damaged page of the articles is found by the whole check (free pages)")
    {
        damagePage(path, articlesRoot, pageSize);
        const QString damage = check(&full);
        if (freePages)
            CHECK_FALSE(damage.isEmpty());
        // Without free pages the articles are not read before the import; the import still
        // finds the damaged page when it touches it, and stores nothing of that file.
        if (!freePages) {
            CHECK(damage.isEmpty());
            Archive archive;
            REQUIRE(archive.open(path));
            Importer importer(archive);
            importer.setFullCheckBelow(0);
            const auto results = importer.importPaths({samples.filePath(names.at(1))}, {});
            REQUIRE(results.size() == 1);
            CHECK(results.first().status == ImportStatus::Failed);
            INFO(results.first().reason.toStdString());
            CHECK(StoreTest::count(archive.database(), "SELECT count(*) FROM sources") == 1);
        }
    }
}

TEST_CASE("a file refused inside a commit group is undone alone; the group's other files are stored whole",
          "[store][import][group]")
{
    QTemporaryDir dir;
    const QDir samples(QStringLiteral(BAOKU_SAMPLES_DIR));
    QFile in(samples.filePath(samples.entryList({u"*.txt"_s}, QDir::Files, QDir::Name).first()));
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QByteArray text = in.readAll();
    // b/ holds another file for the page a/ holds: refused in the middle of the group.
    writeFile(dir.filePath(u"in/a/2015-01-01.txt"_s), text);
    writeFile(dir.filePath(u"in/b/2015-01-01.txt"_s), text + "\n\n");
    writeFile(dir.filePath(u"in/c/2015-01-02.txt"_s), text + "\n");
    StoreTest::TempArchive temp;
    QList<ImportResult> reported;
    const auto results = Importer(temp.archive).importPaths({dir.filePath(u"in"_s)}, {},
                                                            nullptr, [&](const ImportResult &r) { reported.append(r); });
    REQUIRE(results.size() == 3);
    CHECK(results.at(0).status == ImportStatus::Imported);
    CHECK(results.at(1).status == ImportStatus::Failed);
    CHECK(results.at(1).reason.contains(u"already in the archive"_s));
    CHECK(results.at(2).status == ImportStatus::Imported);
    CHECK(reported.size() == 3); // every result reported, in order, after its group's commit
    CHECK(reported.at(2).path == results.at(2).path);
    CHECK(StoreTest::count(temp.db(), "SELECT count(*) FROM sources") == 2);
    CHECK(StoreTest::count(temp.db(), "SELECT count(*) FROM articles")
          == qint64(results.at(0).articleCount + results.at(2).articleCount));
    CHECK(StoreTest::count(temp.db(), "SELECT count(*) FROM index_queue") == 0);
    CHECK(StoreTest::count(temp.db(), "SELECT count(*) FROM search_fts_docsize")
          == StoreTest::count(temp.db(), "SELECT count(*) FROM articles"));
    requireConsistent(temp.db());
}
