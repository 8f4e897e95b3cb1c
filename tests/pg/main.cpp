// Catch2 runner for the PostgreSQL tests; the cluster they share is stopped before exit.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "pgcluster.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int failed = Catch::Session().run(argc, argv);
    PgCluster::instance().stop();
    return failed;
}
