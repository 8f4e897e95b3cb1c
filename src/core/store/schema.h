// The archive's tables and their forward migrations, versioned with PRAGMA user_version.
#pragma once

namespace Baoku::Core {

class Database;

// Version 1: newspapers, issues, import sources, articles, people and their roles.
// Version 2: issues.user_date, the user's correction of an issue date.
// Version 3: the full-text index (owned by src/core/search), filled from existing articles.
// Version 4: index_queue, articles waiting to be indexed in the next batch (search/ftsindex.h).
// Version 5: sources.section, and articles.part_of stitching continued articles (stitcher.h).
// Version 6: articles.subheads, and a partial index of the advertisements search leaves out.
// Version 7: kept articles, stars, lists, tags, notes and saved searches (store/research.h).
// Version 8: the index articles_facets, which the facet counter loads its table from (and the
// issue list counts articles from).
inline constexpr int kSchemaVersion = 9;

// Brings the schema from its current version up to `target`, one transaction per step, so a
// crash mid-way leaves a consistent older version. Throws DatabaseError, also for an archive
// written by a newer Baoku.
void migrate(Database &db, int target = kSchemaVersion);

// The TEMP view issues_dated: every column of issues plus shown_date, the date an issue is shown,
// sorted and searched under (the user's correction, else the parsed date). The one place that
// rule is written; Archive::open creates it on its connection, and the Searcher reads it.
void createConnectionViews(Database &db);

} // namespace Baoku::Core
