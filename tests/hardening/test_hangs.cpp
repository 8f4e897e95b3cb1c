// Problem 3 of issue 12: hangs. FIFOs and devices as input, SIGINT/SIGTERM, /dev/zero as a batch
// file, and a query far over the bounds.
#include "hardening.h"

#include <QElapsedTimer>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Hardening;

namespace {

QString sample(int index)
{
    const QDir samples(QStringLiteral(BAOKU_SAMPLES_DIR));
    return samples.filePath(samples.entryList({u"*.txt"_s}, QDir::Files, QDir::Name).at(index));
}

// Waits until `process` has written `needle` to the channel `read` gives, or fails after 30 s.
void waitFor(QProcess &process, const std::function<QByteArray()> &read, QByteArray &seen, const QByteArray &needle)
{
    QElapsedTimer timer;
    timer.start();
    while (!seen.contains(needle) && timer.elapsed() < 30000) {
        process.waitForReadyRead(200);
        seen += read();
    }
    REQUIRE(seen.contains(needle));
}

} // namespace

TEST_CASE("import and parse refuse a FIFO or a device at once, naming it, and import the good files", "[hardening][hangs]")
{
    QTemporaryDir dir;
    const QString fifo = makeFifo(dir, u"pipe.txt"_s);
    const QString db = dir.filePath(u"a.sqlite"_s);
    // 20 s: the old code blocked forever opening the FIFO.
    const auto import = runCli({u"import"_s, u"--db"_s, db, fifo, u"/dev/zero"_s, sample(0)},
                               QProcessEnvironment::systemEnvironment(), 20000);
    INFO(import.err.toStdString());
    CHECK(import.exitCode == 1);
    CHECK(text(import.err).contains(fifo + u": is a named pipe (FIFO), not a regular file"_s));
    CHECK(text(import.err).contains(u"/dev/zero: is a device, not a regular file"_s));
    CHECK(text(import.out).contains(u"imported 1, skipped 0, failed 2"_s));

    const auto parse = runCli({u"parse"_s, fifo}, QProcessEnvironment::systemEnvironment(), 20000);
    CHECK(parse.exitCode == 2);
    CHECK(text(parse.err).contains(fifo + u": is a named pipe"_s));
}

TEST_CASE("SIGTERM stops an import between files, prints the summary, keeps the archive whole", "[hardening][hangs][signals]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.sqlite"_s);
    // Many distinct files, so that the import is still running when the signal comes.
    QFile source(sample(0));
    REQUIRE(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    QDir().mkpath(dir.filePath(u"in"_s));
    for (int i = 0; i < 400; ++i)
        writeFile(dir.filePath(u"in/%1.txt"_s.arg(i, 4, 10, QChar(u'0'))), bytes + "\n" + QByteArray::number(i) + "\n");

    QProcess process;
    process.start(QStringLiteral(BAOKU_CLI), {u"import"_s, u"--db"_s, db, u"--date"_s, u"2023-11-10"_s, u"--replace"_s,
                                             dir.filePath(u"in"_s)});
    QByteArray err;
    waitFor(process, [&] { return process.readAllStandardError(); }, err, "imported ");
    ::kill(pid_t(process.processId()), SIGTERM);
    REQUIRE(process.waitForFinished(30000));
    const QString out = text(process.readAllStandardOutput());
    INFO(out.toStdString());
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 128 + SIGTERM);
    CHECK(out.contains(u"Interrupted"_s));
    CHECK(out.contains(u": imported "_s));
    // Every file the import called imported is there in full, and nothing else.
    const auto check = runCli({u"check"_s, u"--db"_s, db});
    CHECK(check.exitCode == 0);
}

TEST_CASE("SIGINT stops a batch search between queries with exit code 130", "[hardening][hangs][signals]")
{
    SearchFixture fixture;
    fillArchive(fixture);
    QTemporaryDir dir;
    const QString fifo = makeFifo(dir, u"queries"_s);
    QProcess process;
    process.start(QStringLiteral(BAOKU_CLI), {u"search"_s, u"--db"_s, fixture.path(), u"--batch"_s, fifo});
    QFile writer(fifo);
    REQUIRE(writer.open(QIODevice::WriteOnly | QIODevice::Unbuffered)); // blocks until the search opens it
    writer.write("电子\n");
    QByteArray out;
    waitFor(process, [&] { return process.readAllStandardOutput(); }, out, "\"total\":3");
    ::kill(pid_t(process.processId()), SIGINT);
    writer.write("封装\n"); // the next line wakes the reader, which sees the signal
    writer.close();
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 128 + SIGINT);
    CHECK(text(process.readAllStandardError()).contains(u"interrupted"_s));
}

TEST_CASE("search --batch reads one bounded line at a time: /dev/zero is refused at once", "[hardening][hangs]")
{
    SearchFixture fixture;
    fillArchive(fixture);
    QProcess process;
    process.start(QStringLiteral(BAOKU_CLI), {u"search"_s, u"--db"_s, fixture.path(), u"--batch"_s, u"/dev/zero"_s});
    // The old code read all of /dev/zero into memory (6.6 GB in 6 s) and never finished.
    const bool finished = process.waitForFinished(20000);
    if (!finished)
        process.kill();
    REQUIRE(finished);
    CHECK(process.exitCode() == 2);
    CHECK(text(process.readAllStandardError()).contains(u"line 1 is longer than"_s));
}

TEST_CASE("a query over the length or term bounds is refused with a message, not run", "[hardening][hangs]")
{
    SearchFixture fixture;
    fillArchive(fixture);
    QStringList words;
    for (int i = 0; i < 5000; ++i)
        words.append(QString(QChar(0x4E00 + (i * 7) % 3000)));
    const auto long5000 = runCli({u"search"_s, u"--db"_s, fixture.path(), words.join(u' ')});
    CHECK(long5000.exitCode == 1);
    CHECK(text(long5000.err).contains(u"a query may have at most 1000"_s));
    const auto many = runCli({u"search"_s, u"--db"_s, fixture.path(), words.mid(0, 200).join(u' ')});
    CHECK(many.exitCode == 1);
    CHECK(text(many.err).contains(u"a query may have at most 64"_s));
    // Repeats count once: 300 copies of a word are one term.
    QStringList repeated;
    for (int i = 0; i < 300; ++i)
        repeated.append(u"电子"_s);
    const auto same = runCli({u"search"_s, u"--db"_s, fixture.path(), repeated.join(u' ')});
    CHECK(same.exitCode == 0);
    CHECK(text(same.out).contains(u"3 of 3 articles"_s));
}
