#include "core/store/archivecheck.h"

#include "core/sql/database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Baoku::Core {

namespace {

// Messages of this file, under one translation context (lupdate reads Msg::tr calls).
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Baoku::Core::ArchiveCheck)
};

constexpr int kMaxProblemsListed = 50;

CheckResult integrity(Database &db)
{
    CheckResult result{Msg::tr("SQLite integrity check"), {}, {}};
    Statement row(db, "PRAGMA integrity_check(50)");
    while (row.step()) {
        if (row.text(0) != u"ok"_s)
            result.problems.append(row.text(0));
    }
    return result;
}

CheckResult foreignKeys(Database &db)
{
    CheckResult result{Msg::tr("foreign keys"), {}, {}};
    Statement row(db, "PRAGMA foreign_key_check");
    while (row.step() && result.problems.size() < kMaxProblemsListed)
        result.problems.append(Msg::tr("row %1 of table %2 refers to a missing row of %3")
                                   .arg(row.int64(1))
                                   .arg(row.text(0), row.text(2)));
    return result;
}

CheckResult searchIndex(Database &db)
{
    CheckResult result{Msg::tr("full-text index"), {}, {}};
    // rank = 1 makes FTS5 also compare each index with its external content (the articles).
    for (const char *table : {"search_fts", "search_chars", "search_titles"}) {
        if (db.isReadOnly()) {
            // FTS5's integrity check is an INSERT command, which a read-only archive refuses.
            result.unverified = Msg::tr("the archive is read-only, and the index comparison needs write access");
            break;
        }
        try {
            db.exec(u"INSERT INTO %1(%1, rank) VALUES('integrity-check', 1)"_s.arg(QLatin1StringView(table)));
        } catch (const DatabaseError &e) {
            if (e.isAccessProblem()) {
                result.unverified = e.message();
                break;
            }
            result.problems.append(Msg::tr("the index does not match the articles; rebuild it (%1)").arg(e.message()));
        }
    }
    // A row missing on both sides passes that check, so the indexed rows are counted too; articles
    // still queued for the index by an import are left out of both sides.
    // Later parts of continued articles are indexed within their first part.
    Statement count(db, "SELECT (SELECT count(*) FROM articles a WHERE a.part_of IS NULL AND NOT EXISTS "
                        "(SELECT 1 FROM index_queue q WHERE q.article_id = a.id)), "
                        "(SELECT count(*) FROM search_fts_docsize)");
    count.step();
    if (count.int64(0) != count.int64(1))
        result.problems.append(Msg::tr("%1 articles but %2 indexed").arg(count.int64(0)).arg(count.int64(1)));
    return result;
}

CheckResult orphans(Database &db)
{
    CheckResult result{Msg::tr("issues without files"), {}, {}};
    Statement row(db, "SELECT id, date FROM issues WHERE NOT EXISTS (SELECT 1 FROM sources WHERE issue_id = issues.id)");
    while (row.step() && result.problems.size() < kMaxProblemsListed)
        result.problems.append(Msg::tr("issue %1 of %2 has no imported file").arg(row.int64(0)).arg(row.text(1)));
    return result;
}

} // namespace

QList<CheckResult> checkArchive(Database &db)
{
    QList<CheckResult> results;
    for (const auto check : {integrity, foreignKeys, searchIndex, orphans}) {
        try {
            results.append(check(db));
        } catch (const DatabaseError &e) {
            if (e.isAccessProblem())
                results.append(CheckResult{Msg::tr("a check"), {}, e.message()});
            else
                results.append(CheckResult{Msg::tr("a check"), {e.message()}, {}});
        }
    }
    return results;
}

} // namespace Baoku::Core
