#include "storetestutil.h"

#include "../cli/clirunner.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Baoku::Core;

namespace {

QString samplePath(int index)
{
    const QDir samples(QStringLiteral(BAOKU_SAMPLES_DIR));
    return samples.filePath(samples.entryList({u"*.txt"_s}, QDir::Files, QDir::Name).at(index));
}

// A direct write that bypasses the store, as a bug or another program might make it.
void tamper(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace

TEST_CASE("import and check reject usage errors with exit code 2", "[store][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.sqlite"_s);
    CHECK(runCli({u"import"_s, u"--db"_s, db}).exitCode == 2);
    CHECK(runCli({u"import"_s, u"--db"_s, db, u"--date"_s, u"2023-13-45"_s, samplePath(0)}).exitCode == 2);
    CHECK(runCli({u"import"_s, u"--no-such-option"_s, samplePath(0)}).exitCode == 2);
    CHECK(runCli({u"check"_s, u"--db"_s, db, u"extra"_s}).exitCode == 2);
    const auto help = runCli({u"import"_s, u"--help"_s});
    CHECK(help.exitCode == 0);
    CHECK(text(help.out).contains(u"--replace"_s));
    CHECK(text(help.out).startsWith(u"Usage: baoku-cli import [options] FILE|DIR..."_s));
    CHECK_FALSE(QFile::exists(db)); // none of these created an archive
}

TEST_CASE("import reports each failed file with its reason and exits 1", "[store][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.sqlite"_s);
    const QString bad = dir.filePath(u"bad.txt"_s);
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(300, '\0'));
    file.close();
    const auto result = runCli({u"import"_s, u"--db"_s, db, bad, dir.filePath(u"absent.txt"_s)});
    INFO(result.out.toStdString() << result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(text(result.out).contains(u"imported 0, skipped 0, failed 2"_s));
    CHECK(text(result.out).contains(bad + u": "_s));
    CHECK(text(result.out).contains(u"absent.txt: "_s));
    // Progress on a pipe is one line per file on stderr.
    CHECK(text(result.err).contains(u"failed "_s + bad));
}

TEST_CASE("import of the samples: once, again skipped, a different file refused, then replaced", "[store][cli][samples]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.sqlite"_s);
    const auto first = runCli({u"import"_s, u"--db"_s, db, QStringLiteral(BAOKU_SAMPLES_DIR)});
    INFO(first.out.toStdString() << first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(text(first.out).contains(u"imported 3, skipped 0, failed 0"_s));

    const auto again = runCli({u"import"_s, u"--db"_s, db, QStringLiteral(BAOKU_SAMPLES_DIR)});
    CHECK(again.exitCode == 0);
    CHECK(text(again.out).contains(u"imported 0, skipped 3, failed 0"_s));

    // The same page with one more line of text is another file for the same issue and page.
    QFile sample(samplePath(0));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    const QString changed = dir.filePath(u"changed.txt"_s);
    QFile out(changed);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(sample.readAll() + "\n\n");
    out.close();
    const auto refused = runCli({u"import"_s, u"--db"_s, db, changed});
    CHECK(refused.exitCode == 1);
    CHECK(text(refused.out).contains(u"--replace"_s));
    const auto replaced = runCli({u"import"_s, u"--db"_s, db, u"--replace"_s, changed});
    CHECK(replaced.exitCode == 0);
    CHECK(text(replaced.out).contains(u"imported 1"_s));

    const auto check = runCli({u"check"_s, u"--db"_s, db});
    CHECK(check.exitCode == 0);
    CHECK(text(check.out).contains(u"3 issues"_s));
}

TEST_CASE("import --page adds another page to an issue already held", "[store][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.sqlite"_s);
    const QString date = u"2023-11-17"_s;
    REQUIRE(runCli({u"import"_s, u"--db"_s, db, u"--date"_s, date, samplePath(0)}).exitCode == 0);
    // Without --page the second file is page 1 again, which the issue already has.
    CHECK(runCli({u"import"_s, u"--db"_s, db, u"--date"_s, date, samplePath(1)}).exitCode == 1);
    CHECK(runCli({u"import"_s, u"--db"_s, db, u"--page"_s, u"0"_s, samplePath(1)}).exitCode == 2);
    const auto second = runCli({u"import"_s, u"--db"_s, db, u"--date"_s, date, u"--page"_s, u"2"_s, samplePath(1)});
    INFO(second.out.toStdString() << second.err.toStdString());
    CHECK(second.exitCode == 0);
    Archive archive;
    REQUIRE(archive.open(db));
    const auto issues = archive.issues();
    REQUIRE(issues.size() == 1);
    CHECK(issues.first().pageCount == 2);
    QList<int> pages;
    for (const StoredArticle &a : archive.articlesOfIssue(issues.first().id))
        pages.append(a.article.page);
    CHECK(pages.first() == 1);
    CHECK(pages.last() == 2);
}

TEST_CASE("check passes a sound archive and fails a damaged one", "[store][cli]")
{
    StoreTest::TempArchive temp;
    const auto parsed = StoreTest::makeIssue(QDate(2023, 11, 10),
        {StoreTest::makeArticle(1, u"金壮龙会见布雷顿"_s, u"工业和信息化部部长金壮龙在北京会见"_s),
         StoreTest::makeArticle(2, u"家电企业"_s, u"小到卡扣螺丝钉"_s)});
    REQUIRE(Importer(temp.archive).importParsed(parsed, StoreTest::makeSource(u"a.txt"_s, u"a"_s), {}).status
            == ImportStatus::Imported);
    temp.archive.database().close();

    const auto sound = runCli({u"check"_s, u"--db"_s, temp.path});
    INFO(sound.out.toStdString() << sound.err.toStdString());
    CHECK(sound.exitCode == 0);
    CHECK(text(sound.out).contains(u"no problems found"_s));

    SECTION("text changed behind the index's back")
    {
        tamper(temp.path, "UPDATE articles SET body = '完全不同的正文' WHERE ord = 1");
    }
    SECTION("an article deleted without being unindexed")
    {
        tamper(temp.path, "PRAGMA foreign_keys=ON; DELETE FROM articles WHERE ord = 2");
    }
    const auto damaged = runCli({u"check"_s, u"--db"_s, temp.path});
    INFO(damaged.out.toStdString() << damaged.err.toStdString());
    CHECK(damaged.exitCode == 1);
    CHECK(text(damaged.out).contains(u"FAILED"_s));
}

TEST_CASE("check does not create an archive where there is none", "[store][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"none.sqlite"_s);
    const auto result = runCli({u"check"_s, u"--db"_s, db});
    CHECK(result.exitCode == 1);
    CHECK(text(result.err).contains(u"none.sqlite"_s));
    CHECK_FALSE(QFile::exists(db));
}
