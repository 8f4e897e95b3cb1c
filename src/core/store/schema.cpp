#include "core/store/schema.h"

#include "core/sql/database.h"
#include "core/store/stitcher.h"

#include "core/search/ftsindex.h"
#include "core/store/research.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace Baoku::Core {

namespace {

void createVersion1(Database &db)
{
    db.exec(R"sql(
CREATE TABLE newspapers(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE);
-- date is the date the parser found (or --date); the key that re-imports find the issue by.
CREATE TABLE issues(
    id INTEGER PRIMARY KEY,
    newspaper_id INTEGER NOT NULL REFERENCES newspapers(id),
    date TEXT NOT NULL,
    date_source TEXT NOT NULL,
    weekday TEXT NOT NULL DEFAULT '',
    issue_no INTEGER,
    total_no INTEGER,
    pages INTEGER,
    UNIQUE(newspaper_id, date));
-- One row per imported file; a file holds one page of one issue.
CREATE TABLE sources(
    id INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES issues(id),
    page INTEGER NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    parser_version INTEGER NOT NULL,
    UNIQUE(issue_id, page));
CREATE TABLE articles(
    id INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES issues(id),
    source_id INTEGER NOT NULL REFERENCES sources(id),
    kind TEXT NOT NULL,
    page INTEGER NOT NULL,
    ord INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    kicker TEXT NOT NULL DEFAULT '',
    subtitle TEXT NOT NULL DEFAULT '',
    column_name TEXT NOT NULL DEFAULT '',
    signature TEXT NOT NULL DEFAULT '',
    dateline TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    captions TEXT NOT NULL DEFAULT '',
    photo_credits TEXT NOT NULL DEFAULT '',
    continued_to INTEGER,
    continued_from INTEGER);
CREATE INDEX articles_by_issue ON articles(issue_id, page, ord);
CREATE INDEX articles_by_source ON articles(source_id);
CREATE TABLE people(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE);
-- role: a byline role (reporter, author, …) or 'signature' for the closing （耀文）.
CREATE TABLE article_people(
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id),
    role TEXT NOT NULL,
    affiliation TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    PRIMARY KEY(article_id, position));
CREATE INDEX article_people_by_person ON article_people(person_id);
)sql");
}

void addUserDate(Database &db)
{
    db.exec("ALTER TABLE issues ADD COLUMN user_date TEXT;"
            "CREATE INDEX issues_by_user_date ON issues(user_date) WHERE user_date IS NOT NULL;");
}

void addSearchIndex(Database &db)
{
    // createSearchIndex only creates the table; articles imported under older versions are added.
    createSearchIndex(db);
    Statement ids(db, "SELECT id FROM articles ORDER BY id");
    while (ids.step())
        indexArticle(db, ids.int64(0));
}

// Version 5: whole issues. Each page keeps its section; continued articles are stitched, also
// those of pages imported before (each page with --page N).
void addPagesAndParts(Database &db)
{
    db.exec("ALTER TABLE sources ADD COLUMN section TEXT NOT NULL DEFAULT '';");
    stitchSearchContent(db);
    Stitcher stitcher(db);
    Statement issues(db, "SELECT id FROM issues ORDER BY id");
    while (issues.step())
        stitcher.restitch(issues.int64(0));
}

// Version 6, articles.subheads (docs/store.md): which body paragraphs are subheads, as ascending
// 0-based indexes joined by commas ('' for none). Articles imported before keep their subheads as
// plain paragraphs. Also the partial index of advertisements, which search leaves out unless asked (kind:ad).
void addArticleSubheads(Database &db)
{
    db.exec("ALTER TABLE articles ADD COLUMN subheads TEXT NOT NULL DEFAULT '';"
            // Search leaves advertisements out by default: this keeps the list of them small to read.
            "CREATE INDEX articles_advertisements ON articles(kind) WHERE kind = 'advertisement';");
}

// Version 8: a covering index of what the facet counter reads of every article (search/facettable.h),
// so that loading its table reads a few MB of index instead of every article's row. part_of second:
// the issue list's count of an issue's articles (part_of IS NULL) is then read from it as well.
void addFacetIndex(Database &db)
{
    db.exec("CREATE INDEX articles_facets ON articles(issue_id, part_of, page, kind, column_name);");
}

// Version 9: sources.stamp, the file's size, modification and status-change times when it was
// imported, so that a re-run of an interrupted import skips unchanged files without reading them
// (docs/store.md, *Import rules*). Files imported before have none and are hashed as before.
void addSourceStamp(Database &db)
{
    db.exec("ALTER TABLE sources ADD COLUMN stamp TEXT;");
}

} // namespace

void migrate(Database &db, int target)
{
    const std::vector<std::function<void(Database &)>> steps = {createVersion1, addUserDate, addSearchIndex, createIndexQueue,
                                                                 addPagesAndParts, addArticleSubheads, createResearchTables,
                                                                 addFacetIndex, addSourceStamp};
    static_assert(kSchemaVersion == 9, "add the new migration step above");
    const auto tooNew = [](int current) {
        return DatabaseError(QCoreApplication::translate("Baoku::Core::Archive",
            "the archive was written by a newer version of Baoku (schema %1; this one knows up to %2)")
                                 .arg(current)
                                 .arg(kSchemaVersion));
    };
    const int before = db.userVersion();
    if (before > kSchemaVersion)
        throw tooNew(before);
    if (before >= target)
        return; // no write lock needed: readers open an archive while an import runs
    for (;;) {
        // The version is read inside the write lock: another process may have migrated meanwhile.
        Transaction transaction(db);
        const int current = db.userVersion();
        if (current > kSchemaVersion)
            throw tooNew(current);
        if (current >= target || current >= kSchemaVersion)
            return;
        steps.at(size_t(current))(db);
        db.setUserVersion(current + 1);
        transaction.commit();
    }
}

void createConnectionViews(Database &db)
{
    // TEMP: per connection and nothing written to the file, so opening an archive takes no lock.
    db.exec("CREATE TEMP VIEW IF NOT EXISTS issues_dated AS "
            "SELECT *, COALESCE(user_date, date) AS shown_date FROM main.issues");
}

} // namespace Baoku::Core
