// tools/pgreplica.sh: a primary and a hot-standby replica on this machine; the archive published
// to the primary is searched on the replica with the SQLite archive's result.
#include "pgcompare.h"

#include "../cli/clirunner.h"

#include "core/store/importer.h"

#include <QProcess>

using namespace Baoku::Core;

TEST_CASE("the replica script publishes to the primary and searches on the hot standby", "[pg][replica]")
{
    SearchFixture fx;
    Importer importer(fx.archive());
    for (const auto &result : importer.importPaths({QStringLiteral(BAOKU_SAMPLES_DIR), QStringLiteral(BAOKU_ISSUES_DIR)}, {}))
        REQUIRE(result.status != ImportStatus::Failed);
    const QString local = fx.path();
    const auto expected = runCli({QStringLiteral("search"), QStringLiteral("--db"), local, QStringLiteral("电子")});
    REQUIRE(expected.exitCode == 0);
    REQUIRE(expected.out.contains("articles"));

    QProcess script;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BAOKU_CLI"), QStringLiteral(BAOKU_CLI));
    script.setProcessEnvironment(env);
    const QString dir = QStringLiteral("/tmp/baoku-replica-test-%1").arg(QCoreApplication::applicationPid());
    script.start(QStringLiteral(BAOKU_PGREPLICA), {local, QStringLiteral("电子"), dir});
    REQUIRE(script.waitForFinished(180000));
    const QByteArray out = script.readAllStandardOutput();
    INFO(out.toStdString() << script.readAllStandardError().toStdString());
    CHECK(script.exitCode() == 0);
    CHECK(out.contains("(hot standby: t)"));
    CHECK(out.contains("issues copied"));
    const QByteArray onReplica = out.mid(out.indexOf("--- search on the replica\n") + 26);
    CHECK(onReplica.toStdString() == expected.out.toStdString());
    // Nothing is left running or lying around.
    CHECK(!QFileInfo::exists(dir));
}
