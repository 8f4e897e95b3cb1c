// Problem 6 of issue 12: an archive on read-only media could not be opened at all, and `check`
// called a healthy archive it could not write damaged.
#include "hardening.h"

#include "core/store/archivecheck.h"

using namespace Qt::StringLiterals;
using namespace Hardening;

namespace {

// Runs the read-only expectations on an archive at `db` that cannot be written.
void expectReadOnlyWorks(const QString &db)
{
    const auto search = runCli({u"search"_s, u"--db"_s, db, u"电子"_s});
    INFO(search.err.toStdString());
    CHECK(search.exitCode == 0);
    CHECK(text(search.out).contains(u"3 of 3 articles"_s));

    const auto exported = runCli({u"export"_s, u"--db"_s, db, u"--all"_s, u"--format"_s, u"txt"_s});
    CHECK(exported.exitCode == 0);
    CHECK(exported.out.contains("电子产业第2篇"));

    const auto check = runCli({u"check"_s, u"--db"_s, db});
    INFO(check.out.toStdString());
    CHECK(check.exitCode == 4);
    CHECK(text(check.out).contains(u"cannot verify"_s));
    CHECK_FALSE(text(check.out).contains(u"FAILED"_s));
    CHECK_FALSE(text(check.out).contains(u"rebuild"_s));

    const auto import = runCli({u"import"_s, u"--db"_s, db, QDir(QStringLiteral(BAOKU_SAMPLES_DIR)).filePath(
        QDir(QStringLiteral(BAOKU_SAMPLES_DIR)).entryList({u"*.txt"_s}, QDir::Files, QDir::Name).first())});
    CHECK(import.exitCode == 1);
    CHECK(text(import.err).contains(u"the archive is read-only"_s));
}

} // namespace

TEST_CASE("an archive on read-only media opens read-only: search, export and check work, import says why not",
          "[hardening][readonly]")
{
    SmallTmpfs media(u"4m"_s);
    QTemporaryDir fallback;
    QString db;
    if (media.mounted()) {
        db = media.filePath(u"archive.sqlite"_s);
    } else {
        // Without root: a folder and file without write permission stand in for read-only media.
        WARN("not root: a read-only folder stands in for a read-only file system");
        db = fallback.filePath(u"ro/archive.sqlite"_s);
        QDir().mkpath(fallback.filePath(u"ro"_s));
    }
    {
        SearchFixture fixture;
        fillArchive(fixture);
        fixture.archive().database().close(); // merge the WAL, so the copy is the whole archive
        REQUIRE(QFile::copy(fixture.path(), db));
    }
    if (media.mounted()) {
        REQUIRE(media.remountReadOnly());
    } else {
        QFile::setPermissions(db, QFileDevice::ReadOwner);
        QFile::setPermissions(QFileInfo(db).absolutePath(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    }
    expectReadOnlyWorks(db);
    CHECK_FALSE(QFile::exists(db + u"-wal"_s)); // nothing was written beside it
    if (!media.mounted())
        QFile::setPermissions(QFileInfo(db).absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST_CASE("check tells a read-only archive it cannot fully verify from a damaged one", "[hardening][readonly]")
{
    SearchFixture fixture;
    fillArchive(fixture);
    const QString path = fixture.path();
    fixture.archive().database().close();
    Baoku::Core::Database db;
    QString error;
    REQUIRE(db.open(path, &error, Baoku::Core::OpenMode::ReadOnly));
    REQUIRE(db.isReadOnly());
    bool unverified = false;
    for (const auto &result : Baoku::Core::checkArchive(db)) {
        INFO(result.name.toStdString() << ": " << result.problems.join(u"; "_s).toStdString());
        CHECK(result.problems.isEmpty());
        unverified = unverified || !result.unverified.isEmpty();
    }
    CHECK(unverified);
}
