// Problem 7 of issue 12: unclear messages. UTF-16 without BOM, an unreadable folder, page:0 and
// page:abc, import into a damaged archive, and exit codes in --help.
#include "hardening.h"

#include "core/common/textdecoder.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Hardening;

namespace {

QString sample(int index)
{
    const QDir samples(QStringLiteral(BAOKU_SAMPLES_DIR));
    return samples.filePath(samples.entryList({u"*.txt"_s}, QDir::Files, QDir::Name).at(index));
}

} // namespace

TEST_CASE("UTF-16 LE without a byte-order mark is read as UTF-16, not called binary", "[hardening][messages]")
{
    QFile source(sample(0));
    REQUIRE(source.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(source.readAll());
    QTemporaryDir dir;
    QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2); // x86: little-endian, no BOM
    const QString path = writeFile(dir.filePath(u"utf16.txt"_s), utf16);
    const auto parsed = runCli({u"parse"_s, u"--compact"_s, path});
    const auto reference = runCli({u"parse"_s, u"--compact"_s, sample(0)});
    INFO(parsed.err.toStdString());
    REQUIRE(parsed.exitCode == 0);
    // The same articles as from the UTF-8 original.
    CHECK(parsed.out.mid(0, parsed.out.indexOf("\"issue\"")) == reference.out.mid(0, reference.out.indexOf("\"issue\"")));
}

TEST_CASE("UTF-16 BE without a byte-order mark is read too; NUL-laden binary is still called binary", "[hardening][messages]")
{
    const QString text = u"中国电子报 2023年11月10日\n工业和信息化部部长金壮龙会见客人。\n"_s.repeated(5);
    QByteArray be;
    for (const QChar c : text)
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    const Baoku::Core::DecodedText decoded = Baoku::Core::decodeText(be);
    REQUIRE(decoded.ok());
    CHECK(decoded.encoding == u"UTF-16BE"_s);
    CHECK(decoded.text == text);
    QByteArray le;
    for (const QChar c : text)
        le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    CHECK(Baoku::Core::decodeText(le).encoding == u"UTF-16LE"_s);
    QByteArray binary;
    for (int i = 0; i < 4000; ++i)
        binary.append(char((i * 7919) % 251 < 40 ? 0 : (i * 31) % 256));
    CHECK(Baoku::Core::decodeText(binary).error.contains(u"binary"_s));
}

TEST_CASE("an unreadable folder given to import is an error with its name and exit code 1", "[hardening][messages]")
{
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
    const QString locked = dir.filePath(u"locked"_s);
    QDir().mkpath(locked + u"/inner"_s);
    REQUIRE(QFile::copy(sample(0), locked + u"/inner/a.txt"_s));
    QFile::setPermissions(locked + u"/inner"_s, QFileDevice::WriteOwner);
    QFile::setPermissions(locked, QFileDevice::WriteOwner);
    QStringList command = {QStringLiteral(BAOKU_CLI), u"import"_s, u"--db"_s, dir.filePath(u"a.sqlite"_s)};
    if (isRoot()) {
        // Root reads any folder: run the import as nobody.
        const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
        if (setpriv.isEmpty()) {
            WARN("skipped: running as root without setpriv, so no folder is unreadable");
            return;
        }
        command = QStringList{setpriv, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s} + command;
    }
    for (const QString &target : {locked, dir.path()}) {
        QProcess process;
        process.start(command.first(), command.mid(1) + QStringList{target});
        REQUIRE(process.waitForFinished(60000));
        const QString err = text(process.readAllStandardError());
        INFO(err.toStdString());
        CHECK(process.exitCode() == 1);
        CHECK(err.contains(u"locked: cannot read the folder (permission denied)"_s));
    }
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(locked + u"/inner"_s, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST_CASE("page:0 and page:abc say they are not page numbers", "[hardening][messages]")
{
    SearchFixture fixture;
    fillArchive(fixture);
    for (const QString &query : {u"电子 page:0"_s, u"page:abc 电子"_s, u"版：-3 电子"_s}) {
        const auto result = runCli({u"search"_s, u"--db"_s, fixture.path(), query});
        INFO(query.toStdString() << ": " << result.err.toStdString());
        CHECK(result.exitCode == 1);
        CHECK(text(result.err).contains(u"is not a page number"_s));
    }
    CHECK(runCli({u"search"_s, u"--db"_s, fixture.path(), u"电子 page:1"_s}).exitCode == 0);
}

TEST_CASE("import into a damaged archive refuses and writes nothing", "[hardening][messages]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.sqlite"_s);
    REQUIRE(runCli({u"import"_s, u"--db"_s, db, sample(0)}).exitCode == 0);
    // Overwrite a run of pages in the middle of the file, as a failing disk might.
    QFile file(db);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    REQUIRE(size > 64 * 1024);
    file.seek(size / 2);
    file.write(QByteArray(16 * 1024, '\xff'));
    file.close();
    const QByteArray before = [&] { QFile f(db); f.open(QIODevice::ReadOnly); return f.readAll(); }();

    const auto result = runCli({u"import"_s, u"--db"_s, db, sample(1)});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(text(result.err).contains(u"the archive is damaged"_s));
    CHECK(text(result.out).contains(u"imported 0"_s));
    QFile after(db);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == before);
}

TEST_CASE("every --help documents the exit codes", "[hardening][messages]")
{
    for (const QString &command : {u"parse"_s, u"import"_s, u"check"_s, u"search"_s, u"export"_s, u"issues"_s}) {
        const auto result = runCli({command, u"--help"_s});
        INFO(command.toStdString());
        CHECK(result.exitCode == 0);
        CHECK(text(result.out).contains(u"Exit codes:"_s));
        CHECK(text(result.out).contains(u"  3    the output could not be written"_s));
    }
    CHECK(text(runCli({u"--help"_s}).out).contains(u"Exit codes:"_s));
}
