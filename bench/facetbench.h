// baoku-searchbench --facets: facets and the trend timed for sampled queries and the commonest
// ones, beside the exact count of the same query and the obvious alternative (one GROUP BY
// statement per facet) in the same run. See docs/benchmarks.md.
#pragma once

#include <QStringList>

namespace Baoku::Core {
class Database;
}

namespace Baoku::Bench {

int runFacetBench(Core::Database &db, const QStringList &queries);

} // namespace Baoku::Bench
