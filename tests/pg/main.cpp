// Catch2 runner for the PostgreSQL tests; the cluster they share is stopped before exit.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "pgcluster.h"

#include <QCoreApplication>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Research files of PostgreSQL archives (researchfile.h) never go to the user's data folder.
    QTemporaryDir research;
    qputenv("BAOKU_RESEARCH_DIR", research.path().toUtf8());
    const int failed = Catch::Session().run(argc, argv);
    PgCluster::instance().stop();
    return failed;
}
