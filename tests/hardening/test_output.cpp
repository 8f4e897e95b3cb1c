// Problems 1 and 2 of issue 12: output cut short with exit code 0, and -o replacing special files.
#include "hardening.h"

#include <QFileInfo>

#include <sys/sysmacros.h>

using namespace Qt::StringLiterals;
using namespace Hardening;

TEST_CASE("a full stdout is an error with a message and exit code 3, for every command", "[hardening][output]")
{
    SearchFixture fixture;
    fillArchive(fixture);
    const QString db = fixture.path();
    const QString sample = QDir(QStringLiteral(BAOKU_SAMPLES_DIR)).filePath(
        QDir(QStringLiteral(BAOKU_SAMPLES_DIR)).entryList({u"*.txt"_s}, QDir::Files, QDir::Name).first());
    const QList<QStringList> commands = {
        {u"export"_s, u"--db"_s, db, u"--all"_s, u"--format"_s, u"json"_s}, // streamed line by line
        {u"export"_s, u"--db"_s, db, u"--all"_s, u"--format"_s, u"csv"_s},
        {u"search"_s, u"--db"_s, db, u"电子"_s},
        {u"search"_s, u"--db"_s, db, u"--json"_s, u"电子"_s},
        {u"parse"_s, sample},
        {u"check"_s, u"--db"_s, db},
        {u"search"_s, u"--help"_s},
    };
    for (const auto &arguments : commands) {
        INFO(arguments.join(u' ').toStdString());
        const auto result = runCliTo(arguments, u"/dev/full"_s);
        CHECK(result.exitCode == 3);
        CHECK(text(result.err).contains(u"No space left on device"_s));
    }
}

TEST_CASE("export -o on a full disk names the file, says why, and leaves no partial file", "[hardening][output]")
{
    SmallTmpfs disk(u"64k"_s);
    if (!disk.mounted()) {
        WARN("skipped: a full disk needs a small tmpfs, which only root may mount");
        return;
    }
    SearchFixture fixture;
    fillArchive(fixture, 40);
    const QString out = disk.filePath(u"out.json"_s);
    writeFile(out, "old contents\n");
    disk.fill();
    for (const QString &format : {u"json"_s, u"csv"_s, u"pdf"_s}) {
        const QString target = format == u"json"_s ? out : disk.filePath(u"out."_s + format);
        const auto result = runCli({u"export"_s, u"--db"_s, fixture.path(), u"--article"_s, u"1"_s, u"--article"_s, u"2"_s,
                                    u"--format"_s, format, u"-o"_s, target, u"--force"_s});
        INFO(format.toStdString() << ": " << result.err.toStdString());
        CHECK(result.exitCode != 0);
        CHECK(text(result.err).contains(target));
        CHECK(text(result.err).contains(u"No space left on device"_s));
        CHECK_FALSE(text(result.err).contains(u"Unknown error"_s));
    }
    // The old file is still whole: the export went to a temporary file that was never renamed.
    QFile old(out);
    REQUIRE(old.open(QIODevice::ReadOnly));
    CHECK(old.readAll() == "old contents\n");
    CHECK(QDir(QFileInfo(out).absolutePath()).entryList(QDir::Files).size() == 2); // filler and out.json
}

TEST_CASE("export -o refuses a FIFO or a device even with --force, and leaves it as it was", "[hardening][output]")
{
    SearchFixture fixture;
    fillArchive(fixture);
    QTemporaryDir dir;
    QStringList targets{makeFifo(dir, u"pipe"_s)};
    // A private null device, never the system's /dev/null: a broken export would replace it.
    const QString device = dir.filePath(u"null"_s);
    if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0600, makedev(1, 3)) == 0)
        targets.append(device);
    else
        WARN("no device node: mknod needs root; only the FIFO is tried");
    for (const QString &format : {u"json"_s, u"txt"_s}) {
        for (const QString &target : std::as_const(targets)) {
            INFO(format.toStdString() << " -> " << target.toStdString());
            const auto result = runCli({u"export"_s, u"--db"_s, fixture.path(), u"--all"_s, u"--format"_s, format,
                                        u"-o"_s, target, u"--force"_s},
                                       QProcessEnvironment::systemEnvironment(), 20000);
            CHECK(result.exitCode == 2);
            CHECK(text(result.err).contains(target + u": is not a regular file"_s));
        }
    }
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(targets.first()).constData(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));
    if (targets.size() > 1) {
        REQUIRE(::stat(QFile::encodeName(device).constData(), &st) == 0);
        CHECK(S_ISCHR(st.st_mode));
    }
}

TEST_CASE("export -o replaces a regular file only with --force, through a renamed temporary file", "[hardening][output]")
{
    SearchFixture fixture;
    fillArchive(fixture);
    QTemporaryDir dir;
    const QString out = writeFile(dir.filePath(u"out.csv"_s), "old\n");
    CHECK(runCli({u"export"_s, u"--db"_s, fixture.path(), u"--all"_s, u"--format"_s, u"csv"_s, u"-o"_s, out}).exitCode == 2);
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(out).constData(), &st) == 0);
    const ino_t inode = st.st_ino;
    CHECK(runCli({u"export"_s, u"--db"_s, fixture.path(), u"--all"_s, u"--format"_s, u"csv"_s, u"-o"_s, out, u"--force"_s})
              .exitCode == 0);
    REQUIRE(::stat(QFile::encodeName(out).constData(), &st) == 0);
    CHECK(st.st_ino != inode); // a new file renamed into place, not the old one truncated
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains("电子产业"));
}
