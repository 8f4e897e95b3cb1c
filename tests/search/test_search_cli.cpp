// baoku-cli search as a user runs it: text, --json, --batch, filters and bad arguments.
#include "catchqt.h"
#include "../cli/clirunner.h"
#include "searchfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

using namespace Baoku::Core;

TEST_CASE("baoku-cli search prints hits, JSON and JSON lines for a batch", "[search][cli]")
{
    SearchFixture fx;
    const QList<qint64> ids = fx.addPage(QDate(2023, 11, 10), {
        SearchFixture::article(QStringLiteral("芯片产业再上台阶"), QStringLiteral("芯片需求旺盛。"), {QStringLiteral("金壮龙")}),
        SearchFixture::article(QStringLiteral("读者来信"), QStringLiteral("我每期都读电子报。")),
    });
    const QString db = fx.path();

    CliResult text = runCli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("電子報")});
    CHECK(text.exitCode == 0);
    CHECK(QString::fromUtf8(text.out).contains(QStringLiteral("读⟦电子报⟧。")));
    CHECK(QString::fromUtf8(text.out).contains(QStringLiteral("1 of 1")));

    CliResult json = runCli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("芯片")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out).object();
    CHECK(object.value(QStringLiteral("total")).toInt() == 1);
    const QJsonObject hit = object.value(QStringLiteral("hits")).toArray().first().toObject();
    CHECK(hit.value(QStringLiteral("id")).toInteger() == ids[0]);
    CHECK(hit.value(QStringLiteral("date")).toString() == QStringLiteral("2023-11-10"));
    CHECK(hit.value(QStringLiteral("bylines")).toArray().first().toString() == QStringLiteral("金壮龙"));
    CHECK(hit.value(QStringLiteral("snippet")).toString() == QStringLiteral("⟦芯片⟧需求旺盛。"));

    QTemporaryFile batch;
    REQUIRE(batch.open());
    batch.write(QStringLiteral("芯片\n\n\"unbalanced\n电子报 OR 芯片\n").toUtf8());
    batch.flush();
    CliResult lines = runCli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--batch"), batch.fileName()});
    REQUIRE(lines.exitCode == 0);
    const QList<QByteArray> out = lines.out.trimmed().split('\n');
    REQUIRE(out.size() == 3);
    const QList<int> totals = {1, 0, 2};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject line = QJsonDocument::fromJson(out[i]).object();
        CHECK(line.value(QStringLiteral("total")).toInt() == totals[i]);
        CHECK(line.value(QStringLiteral("elapsed_ms")).toDouble() >= 0.0);
        CHECK(line.contains(QStringLiteral("hits")));
    }

    CliResult filtered = runCli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--json"),
                                 QStringLiteral("--from"), QStringLiteral("2023-11-11"), QStringLiteral("芯片")});
    CHECK(QJsonDocument::fromJson(filtered.out).object().value(QStringLiteral("total")).toInt() == 0);

    CHECK(runCli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("yesterday"),
                  QStringLiteral("芯片")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--sort"), QStringLiteral("best"),
                  QStringLiteral("芯片")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("search"), QStringLiteral("--db"), db}).exitCode == 2);
    const CliResult missing = runCli({QStringLiteral("search"), QStringLiteral("--db"), db + QStringLiteral(".none"), QStringLiteral("x")});
    CHECK(missing.exitCode == 2);
    CHECK(QString::fromUtf8(missing.err).contains(QStringLiteral(".none")));
}
