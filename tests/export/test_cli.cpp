// baoku-cli export run as a child process against an archive imported from the bundled samples.
#include <catch2/catch.hpp>

#include "../cli/clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "core/common/issuejson.h"

using namespace Qt::StringLiterals;

namespace {

// One archive for the whole run, imported once from resources/samples.
struct SampleArchive {
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    SampleArchive()
    {
        env.insert(u"BAOKU_DB"_s, dir.filePath(u"archive.sqlite"_s));
        env.remove(u"QT_QPA_PLATFORM"_s); // export must choose the offscreen platform itself
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        const auto result = runCli({u"import"_s, QStringLiteral(BAOKU_SAMPLES_DIR)}, env);
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
    }
    CliResult run(const QStringList &arguments) const { return runCli(arguments, env); }
};

const SampleArchive &archive()
{
    static const SampleArchive instance;
    return instance;
}

QList<QJsonObject> jsonLines(const QByteArray &bytes)
{
    QList<QJsonObject> objects;
    for (const auto &line : bytes.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        objects << QJsonDocument::fromJson(line, &error).object();
        REQUIRE(error.error == QJsonParseError::NoError);
    }
    return objects;
}

// How many articles the archive holds for the first sample's issue date.
qsizetype issueSize()
{
    const auto result = archive().run({u"export"_s, u"--issue"_s, u"2023-11-12"_s, u"--format"_s, u"json"_s});
    REQUIRE(result.exitCode == 0);
    return jsonLines(result.out).size();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("export --all --format json prints every article as parse does, with id, date and page", "[cli][export]")
{
    const auto result = archive().run({u"export"_s, u"--all"_s, u"--format"_s, u"json"_s});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const auto records = jsonLines(result.out);
    // Each sample's parse output, found again among the exported records by the file's SHA-256.
    const QDir samples(QStringLiteral(BAOKU_SAMPLES_DIR));
    qsizetype expected = 0;
    QSet<qint64> ids;
    for (const auto &name : samples.entryList({u"*.txt"_s}, QDir::Files)) {
        const auto parsed = runCli({u"parse"_s, samples.filePath(name)});
        REQUIRE(parsed.exitCode == 0);
        const auto issue = Baoku::Core::parsedIssueFromJson(QJsonDocument::fromJson(parsed.out).object());
        QList<Baoku::Core::Article> exported;
        for (const auto &record : records) {
            if (record.value(u"issue"_s).toObject().value(u"sha256"_s).toString() == issue.issue.sha256) {
                exported << Baoku::Core::articleFromJson(record);
                CHECK(record.value(u"date"_s).toString() == issue.issue.date.toString(Qt::ISODate));
                CHECK(record.value(u"id"_s).toInteger() > 0);
                ids.insert(record.value(u"id"_s).toInteger());
            }
        }
        INFO(name.toStdString());
        CHECK(exported == issue.articles);
        expected += issue.articles.size();
    }
    CHECK(records.size() == expected);
    CHECK(ids.size() == expected);
}

TEST_CASE("export --query exports every hit of the search", "[cli][export]")
{
    const auto search = archive().run({u"search"_s, u"--json"_s, u"--limit"_s, u"100000"_s, u"工业和信息化部"_s});
    REQUIRE(search.exitCode == 0);
    const QJsonObject found = QJsonDocument::fromJson(search.out).object();
    QSet<qint64> expected;
    for (const auto &hit : found.value(u"hits"_s).toArray())
        expected.insert(hit.toObject().value(u"id"_s).toInteger());
    REQUIRE(expected.size() >= 3);
    const auto result = archive().run({u"export"_s, u"--query"_s, u"工业和信息化部"_s, u"--format"_s, u"json"_s});
    REQUIRE(result.exitCode == 0);
    QSet<qint64> exported;
    for (const auto &record : jsonLines(result.out))
        exported.insert(record.value(u"id"_s).toInteger());
    CHECK(exported == expected);
}

TEST_CASE("export --format pdf works without a display and holds the Chinese text", "[cli][export][pdf]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"one.pdf"_s);
    const auto json = archive().run({u"export"_s, u"--article"_s, u"1"_s, u"--format"_s, u"json"_s});
    REQUIRE(json.exitCode == 0);
    const QJsonObject article = jsonLines(json.out).first();
    const auto result = archive().run({u"export"_s, u"--article"_s, u"1"_s, u"--format"_s, u"pdf"_s, u"-o"_s, pdf});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QProcess pdftotext;
    pdftotext.start(QStandardPaths::findExecutable(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    REQUIRE(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).remove(QRegularExpression(u"\\s+"_s));
    CHECK(text.contains(article.value(u"title"_s).toString().remove(QRegularExpression(u"\\s+"_s))));
    const QString firstParagraph = article.value(u"body"_s).toString().split(u'\n').first();
    CHECK(text.contains(QString(firstParagraph).remove(QRegularExpression(u"\\s+"_s))));
}

TEST_CASE("export does not overwrite without --force", "[cli][export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cite.ris"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    const QStringList arguments{u"export"_s, u"--issue"_s, u"2023-11-12"_s, u"--format"_s, u"ris"_s, u"-o"_s, path};
    auto result = archive().run(arguments);
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains("--force"));
    CHECK(readAll(path) == "keep me");
    result = archive().run(arguments + QStringList{u"--force"_s});
    CHECK(result.exitCode == 0);
    const QByteArray ris = readAll(path);
    CHECK(ris.startsWith("TY  - NEWS\r\n"));
    CHECK(ris.count("TY  - NEWS") == issueSize());
    CHECK(issueSize() >= 3);
}

TEST_CASE("--split or -o DIR/ writes one file per article into a folder", "[cli][export]")
{
    QTemporaryDir dir;
    for (const QStringList &how : {QStringList{u"-o"_s, dir.filePath(u"texts"_s), u"--split"_s},
                                   QStringList{u"-o"_s, dir.filePath(u"slash"_s) + u'/'}}) {
        const QString folder = how.at(1);
        const auto result = archive().run(QStringList{u"export"_s, u"--issue"_s, u"2023-11-12"_s, u"--format"_s, u"txt"_s} + how);
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        const QStringList files = QDir(folder).entryList({u"*.txt"_s}, QDir::Files);
        CHECK(files.size() == issueSize());
        CHECK(files.size() >= 3);
        for (const auto &name : files)
            CHECK(name.startsWith(u"2023-11-12_p1_"_s));
    }
}

TEST_CASE("-o NAME.pdf is one file for a whole issue, with contents and an outline", "[cli][export][set]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"issue.pdf"_s);
    auto result = archive().run({u"export"_s, u"--issue"_s, u"2023-11-12"_s, u"--format"_s, u"pdf"_s, u"-o"_s, path});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    REQUIRE(QFileInfo(path).isFile());
    CHECK(readAll(path).startsWith("%PDF-"));
    CHECK(readAll(path).contains("/Type /Outlines"));
    // Not a terminal: no progress line, only the summary.
    CHECK_FALSE(result.err.contains("exporting"));
    for (const QString &format : {u"txt"_s, u"odt"_s}) {
        const QString file = dir.filePath(u"issue."_s + format);
        result = archive().run({u"export"_s, u"--issue"_s, u"2023-11-12"_s, u"--format"_s, format, u"-o"_s, file, u"--quiet"_s});
        REQUIRE(result.exitCode == 0);
        CHECK(QFileInfo(file).isFile());
    }
    const QString text = QString::fromUtf8(readAll(dir.filePath(u"issue.txt"_s)));
    CHECK(text.contains(u"\n目录\n1. "_s));
    CHECK(text.contains(u"\n%1. "_s.arg(issueSize())));
    CHECK(text.count(QString(20, u'═')) == issueSize());
    result = archive().run({u"export"_s, u"--issue"_s, u"2023-11-12"_s, u"--format"_s, u"txt"_s, u"--split"_s});
    CHECK(result.exitCode == 2);
}

TEST_CASE("export reports bad selections clearly", "[cli][export]")
{
    auto result = archive().run({u"export"_s, u"--article"_s, u"999999"_s, u"--format"_s, u"md"_s});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains("article 999999: not in the archive"));
    result = archive().run({u"export"_s, u"--format"_s, u"docx"_s, u"--all"_s});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains("--format docx"));
    result = archive().run({u"export"_s, u"--all"_s, u"--issue"_s, u"2023-11-12"_s, u"--format"_s, u"md"_s});
    CHECK(result.exitCode == 2);
    result = archive().run({u"export"_s, u"--issue"_s, u"1999-01-01"_s, u"--format"_s, u"md"_s});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains("nothing to export"));
}
