#include <catch2/catch.hpp>

#include "clirunner.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

TEST_CASE("search reads a word starting with - as an exclusion, not as options", "[cli][search]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"archive.sqlite"_s);
    REQUIRE(runCli({u"import"_s, u"--db"_s, db, QStringLiteral(BAOKU_SAMPLES_DIR)}).exitCode == 0);

    const auto all = runCli({u"search"_s, u"--db"_s, db, u"工业"_s});
    REQUIRE(all.exitCode == 0);
    const auto without = runCli({u"search"_s, u"工业"_s, u"-互联网"_s, u"--db"_s, db, u"--limit"_s, u"100"_s});
    INFO(without.err.toStdString());
    REQUIRE(without.exitCode == 0);
    CHECK_FALSE(without.err.contains("Unknown option"));
    CHECK_FALSE(without.out.contains("互联网⟧"));
    CHECK(without.out != all.out);

    // A query that is one exclusion alone: no usage error, simply nothing found.
    const auto alone = runCli({u"search"_s, u"-工业"_s, u"--db"_s, db});
    INFO(alone.err.toStdString());
    CHECK(alone.exitCode == 0);
    CHECK(alone.out.contains("0 of 0"));

    // A misspelt long option is still reported.
    const auto typo = runCli({u"search"_s, u"--limt"_s, u"5"_s, u"工业"_s, u"--db"_s, db});
    CHECK(typo.exitCode == 2);
    CHECK(typo.err.contains("limt"));
}
