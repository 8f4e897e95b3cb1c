// baoku-searchbench --facets: facets and the trend timed for sampled queries and the commonest
// ones, beside the exact count of the same query and the obvious alternative (one GROUP BY
// statement per facet) in the same run. See docs/benchmarks.md.
#pragma once

#include <QStringList>

namespace Baoku::Core {
class Database;
}

namespace Baoku::Bench {

// `rounds` of the commonest queries; the two SQL peers are timed in the first `peerRounds` of them
// (at 1,000,000 articles one GROUP BY peer of 的 takes half a minute).
int runFacetBench(Core::Database &db, const QStringList &queries, int rounds = 30, int peerRounds = 30);

} // namespace Baoku::Bench
