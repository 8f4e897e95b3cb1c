// `baoku-cli import --db postgresql://…` gives the archive that importing into a SQLite file gives:
// the same per-file results, issues, ids, search and export, also for pages added to issues the
// database already holds, replaced pages and bad files; a failed publish stores nothing.
#include "pgcluster.h"

#include "../cli/clirunner.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

QString sample(const QString &relative)
{
    return QStringLiteral(BAOKU_ISSUES_DIR "/") + relative;
}

// The per-file lines of an import (the summary names the archive, which differs).
QByteArray fileLines(const CliResult &result)
{
    QByteArrayList lines = result.err.split('\n');
    lines.removeIf([](const QByteArray &line) { return line.isEmpty() || line.startsWith("nothing was stored"); });
    return lines.join('\n');
}

QByteArray withoutTimes(QByteArray json)
{
    return QString::fromUtf8(json).remove(QRegularExpression(QStringLiteral("\"elapsed_ms\": [0-9.e-]+,?"))).toUtf8();
}

void sameOutput(const QString &file, const QString &url)
{
    const QList<QStringList> commands = {
        {QStringLiteral("issues"), QStringLiteral("--json")},
        {QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("电子")},
        {QStringLiteral("search"), QStringLiteral("中国")},
        {QStringLiteral("search"), QStringLiteral("--sort"), QStringLiteral("date"), QStringLiteral("产业")},
        {QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json")},
    };
    for (const QStringList &command : commands) {
        INFO(command.join(u' ').toStdString());
        const auto a = runCli(command + QStringList{QStringLiteral("--db"), file});
        const auto b = runCli(command + QStringList{QStringLiteral("--db"), url});
        CHECK(a.exitCode == 0);
        CHECK(b.exitCode == 0);
        CHECK(!a.out.isEmpty());
        CHECK(withoutTimes(a.out).toStdString() == withoutTimes(b.out).toStdString());
    }
}

} // namespace

TEST_CASE("import --db postgresql:// gives the SQLite import's archive", "[pg][import]")
{
    const QString url = PgCluster::instance().newDatabase();
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString file = folder.filePath(QStringLiteral("local.sqlite"));
    QFile bad(folder.filePath(QStringLiteral("bad.txt")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write(QByteArray("\xff\xfe\x00binary\x00", 10));
    bad.close();
    // First pages of two issues; then their second pages (stitched to the first, which the
    // database already holds); a replaced page; everything again (all skipped); bad input.
    const QList<QStringList> steps = {
        {sample(QStringLiteral("zgdzb-2023-11-14/01.txt")), sample(QStringLiteral("zgdzb-2024-03-29/01.txt"))},
        {sample(QStringLiteral("zgdzb-2023-11-14/02.txt"))},
        {sample(QStringLiteral("zgdzb-2024-03-29")), QStringLiteral(BAOKU_SAMPLES_DIR)},
        {QStringLiteral("--replace"), QStringLiteral("--page"), QStringLiteral("2"), QStringLiteral("--date"), QStringLiteral("2023-11-14"),
         bad.fileName(), folder.filePath(QStringLiteral("missing"))},
        {QStringLiteral(BAOKU_ISSUES_DIR), QStringLiteral(BAOKU_SAMPLES_DIR)},
    };
    for (const QStringList &step : steps) {
        INFO(step.join(u' ').toStdString());
        const auto a = runCli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), file} + step);
        const auto b = runCli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), url} + step);
        INFO(b.err.toStdString());
        CHECK(a.exitCode == b.exitCode);
        CHECK(fileLines(a).toStdString() == fileLines(b).toStdString());
        CHECK(b.out.contains("imported "));
    }
    const auto last = runCli({QStringLiteral("import"), QStringLiteral("--db"), url, bad.fileName()});
    CHECK(last.exitCode == 1);
    CHECK(last.err.contains("bad.txt"));
    sameOutput(file, url);
}

TEST_CASE("an import into PostgreSQL that cannot be published stores nothing", "[pg][import]")
{
    const QString url = PgCluster::instance().newDatabase();
    const auto first = runCli({QStringLiteral("import"), QStringLiteral("--db"), url, sample(QStringLiteral("zgdzb-2023-11-14/01.txt"))});
    REQUIRE(first.exitCode == 0);
    {
        Baoku::Core::PgConnection admin;
        QString error;
        REQUIRE(admin.open(url, &error));
        admin.execScript("DROP ROLE IF EXISTS baoku_import_reader; CREATE ROLE baoku_import_reader LOGIN; "
                         "GRANT USAGE ON SCHEMA public TO baoku_import_reader; "
                         "GRANT SELECT ON ALL TABLES IN SCHEMA public TO baoku_import_reader;");
    }
    const QString readerUrl = QString(url).replace(QStringLiteral("postgresql://baoku@"), QStringLiteral("postgresql://baoku_import_reader@"));
    const auto before = runCli({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json"),
                                QStringLiteral("--db"), url});
    const auto refused = runCli({QStringLiteral("import"), QStringLiteral("--db"), readerUrl, QStringLiteral(BAOKU_ISSUES_DIR)});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("permission denied"));
    CHECK(refused.out.contains("imported 0"));
    CHECK(!refused.err.contains("\nimported "));
    const auto after = runCli({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("--db"), url});
    CHECK(before.out == after.out);
    // The curator imports the rest afterwards; the page already there is skipped.
    const auto rest = runCli({QStringLiteral("import"), QStringLiteral("--db"), url, QStringLiteral(BAOKU_ISSUES_DIR)});
    INFO(rest.out.toStdString() << rest.err.toStdString());
    CHECK(rest.exitCode == 0);
    CHECK(rest.out.contains("imported 3, skipped 1, failed 0"));
}
