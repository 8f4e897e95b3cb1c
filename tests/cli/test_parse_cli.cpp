#include <catch2/catch.hpp>

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST_CASE("parse prints one JSON object for each sample issue", "[cli][parse]")
{
    const QDir samples(QStringLiteral(BAOKU_SAMPLES_DIR));
    const auto files = samples.entryList({u"*.txt"_s}, QDir::Files);
    REQUIRE(files.size() >= 3);
    for (const auto &name : files) {
        const auto result = runCli({u"parse"_s, samples.filePath(name)});
        INFO(name.toStdString() << ": " << result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(result.out, &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        const auto issue = doc.object().value(u"issue"_s).toObject();
        CHECK(issue.value(u"sha256"_s).toString().size() == 64);
        CHECK(issue.value(u"date"_s).isString());
        CHECK(doc.object().value(u"articles"_s).toArray().size() >= 5);
    }
}

TEST_CASE("parse --date overrides and says so", "[cli][parse]")
{
    const QDir samples(QStringLiteral(BAOKU_SAMPLES_DIR));
    const auto file = samples.filePath(samples.entryList({u"*.txt"_s}, QDir::Files).first());
    const auto result = runCli({u"parse"_s, file, u"--date"_s, u"2020-02-29"_s, u"--page"_s, u"3"_s});
    REQUIRE(result.exitCode == 0);
    const auto doc = QJsonDocument::fromJson(result.out).object();
    CHECK(doc.value(u"issue"_s).toObject().value(u"date"_s).toString() == u"2020-02-29"_s);
    CHECK(doc.value(u"issue"_s).toObject().value(u"date_source"_s).toString() == u"user"_s);
    CHECK(doc.value(u"issue"_s).toObject().value(u"weekday"_s).toString() == u"星期六"_s);
    CHECK(doc.value(u"articles"_s).toArray().first().toObject().value(u"page"_s).toInt() == 3);
}

TEST_CASE("parse refuses bad input with exit code 2 and a message naming the file", "[cli][parse][bad]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QByteArray binary;
    for (int i = 0; i < 10000; ++i)
        binary.append(char((i * 7919) % 256));
    QByteArray badUtf8 = QStringLiteral("本报讯 这是一段正常的文字。").toUtf8();
    badUtf8.insert(6, "\xFF\xFE\xFD");
    const QList<std::pair<QString, QByteArray>> cases = {
        {u"empty.txt"_s, QByteArray()},
        {u"binary.txt"_s, binary},
        {u"invalid.txt"_s, badUtf8},
        {u"noarticle.txt"_s, QByteArray("hello\nworld\n")},
        {u"longline.txt"_s, QByteArray(10 * 1024 * 1024, 'x')},
    };
    for (const auto &[name, bytes] : cases) {
        const QString path = writeFile(dir, name, bytes);
        const auto result = runCli({u"parse"_s, path});
        INFO(name.toStdString() << " -> " << result.err.toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.out.isEmpty());
        CHECK(QString::fromUtf8(result.err).contains(name));
    }
}

TEST_CASE("parse refuses a 200 MB file without reading it all", "[cli][parse][bad]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"huge.txt"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(200LL * 1024 * 1024)); // sparse: costs no disk
    file.close();
    const auto result = runCli({u"parse"_s, path});
    CHECK(result.exitCode == 2);
    CHECK(QString::fromUtf8(result.err).contains(u"huge.txt"_s));
    CHECK(QString::fromUtf8(result.err).contains(u"MB"_s));
}

TEST_CASE("parse with no file or an unknown option is a usage error", "[cli][parse]")
{
    CHECK(runCli({u"parse"_s}).exitCode == 2);
    CHECK(runCli({u"parse"_s, u"--bogus"_s, u"x"_s}).exitCode == 2);
    CHECK(runCli({u"nosuchcommand"_s}).exitCode == 2);
    const auto help = runCli({u"parse"_s, u"--help"_s});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("--date"));
    CHECK(help.out.startsWith("Usage: baoku-cli parse [options] FILE"));
}

TEST_CASE("every command refuses a malformed date the same way, before touching an archive", "[cli][dates]")
{
    QTemporaryDir dir;
    const QString sample = QDir(QStringLiteral(BAOKU_SAMPLES_DIR)).entryInfoList({u"*.txt"_s}, QDir::Files).value(0).filePath();
    REQUIRE_FALSE(sample.isEmpty());
    const QString db = dir.filePath(u"never.sqlite"_s);
    const QList<QStringList> commands = {
        {u"parse"_s, u"--date"_s, u"2023-02-30"_s, sample},
        {u"import"_s, u"--db"_s, db, u"--date"_s, u"2023-02-30"_s, sample},
        {u"search"_s, u"--db"_s, db, u"--from"_s, u"2023-02-30"_s, u"芯片"_s},
        {u"search"_s, u"--db"_s, db, u"--to"_s, u"2023-02-30"_s, u"芯片"_s},
        {u"export"_s, u"--db"_s, db, u"--format"_s, u"txt"_s, u"--issue"_s, u"2023-02-30"_s},
    };
    for (const QStringList &arguments : commands) {
        const auto result = runCli(arguments);
        const QString option = arguments.at(arguments.indexOf(u"2023-02-30"_s) - 1);
        INFO(arguments.join(u' ').toStdString() << " -> " << result.err.toStdString());
        CHECK(result.exitCode == 2);
        CHECK(QString::fromUtf8(result.err).contains(option + u" 2023-02-30: not a date of the form YYYY-MM-DD"_s));
        CHECK_FALSE(QFile::exists(db));
    }
}
