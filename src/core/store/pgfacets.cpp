#include "core/store/pgfacets.h"

#include "core/search/facettable.h"
#include "core/sql/database.h"
#include "core/store/pgarchive.h"

using namespace Qt::StringLiterals;

namespace Baoku::Core {

namespace {

// Rows read through a cursor, 20,000 at a time, so that a million articles never sit in one result.
void fetchAll(const PgConnection &connection, const char *select, const std::function<void(const PgResult &, int)> &visit)
{
    connection.exec(QByteArray(QByteArray("DECLARE baoku_facets NO SCROLL CURSOR FOR ") + select).constData());
    for (;;) {
        const PgResult rows = connection.exec("FETCH 20000 FROM baoku_facets");
        if (rows.rows() == 0)
            break;
        for (int row = 0; row < rows.rows(); ++row)
            visit(rows, row);
    }
    connection.exec("CLOSE baoku_facets");
}

class PgFacetSource final : public FacetSource {
public:
    explicit PgFacetSource(const PgArchive &archive)
        : m_archive(archive)
        , m_connection(archive.connection())
    {
    }

    void begin() override
    {
        // One snapshot for the table's check and the matches; REPEATABLE READ works on a standby too.
        guarded([this] { m_connection.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); });
    }

    void end() noexcept override
    {
        try {
            m_connection.exec("COMMIT");
        } catch (const PgError &) {
            // Nothing was written; a failed transaction ends with the next statement's error.
            try {
                m_connection.exec("ROLLBACK");
            } catch (const PgError &) {
            }
        }
    }

    void refresh(FacetTable &table) override
    {
        guarded([&] {
            // Every change a reader can see moves this: a publish or an import rewrites changed
            // issues' fingerprints, a date correction their user_date.
            const PgResult version = m_connection.exec(
                "SELECT md5(coalesce(string_agg(id || ':' || fingerprint || ':' || coalesce(user_date, ''), ',' ORDER BY id), '')) "
                "FROM issues");
            const QString now = version.text(0, 0);
            if (table.isLoaded() && now == m_version)
                return;
            FacetTable::Rows rows;
            rows.newspapers = [this](const FacetTable::NameVisitor &visit) {
                fetchAll(m_connection, "SELECT id, name FROM newspapers",
                         [&](const PgResult &r, int row) { visit(r.int64(row, 0), r.text(row, 1)); });
            };
            rows.people = [this](const FacetTable::NameVisitor &visit) {
                fetchAll(m_connection, "SELECT id, name FROM people",
                         [&](const PgResult &r, int row) { visit(r.int64(row, 0), r.text(row, 1)); });
            };
            rows.issues = [this](const FacetTable::IssueVisitor &visit) {
                fetchAll(m_connection, "SELECT id, newspaper_id, shown_date FROM issues", [&](const PgResult &r, int row) {
                    visit(r.int64(row, 0), r.int64(row, 1), r.view(row, 2).toByteArray());
                });
            };
            rows.articles = [this](const FacetTable::ArticleVisitor &visit) {
                // In the table's order, which is about the order of publishing: grouped by issue.
                fetchAll(m_connection, "SELECT id, issue_id, page, kind, column_name FROM articles",
                         [&](const PgResult &r, int row) {
                             visit(r.int64(row, 0), r.int64(row, 1), r.integer(row, 2), r.view(row, 3), r.view(row, 4));
                         });
            };
            rows.links = [this](const FacetTable::LinkVisitor &visit) {
                fetchAll(m_connection, "SELECT article_id, person_id FROM article_people",
                         [&](const PgResult &r, int row) { visit(r.int64(row, 0), r.int64(row, 1)); });
            };
            table.loadFrom(rows);
            m_version = now;
        });
    }

    void forEachMatch(const ParsedQuery &query, const ProgressListener *cancel, const std::function<void(qint64)> &visit) override
    {
        guarded([&] { m_archive.forEachMatch(query, cancel, visit); });
    }

private:
    // PostgreSQL's failures as the counter expects them.
    template <typename F>
    static void guarded(F &&work)
    {
        try {
            work();
        } catch (const PgError &e) {
            throw DatabaseError(e.message());
        }
    }

    const PgArchive &m_archive;
    const PgConnection &m_connection;
    QString m_version;
};

} // namespace

std::unique_ptr<FacetSource> makePgFacetSource(const PgArchive &archive)
{
    return std::make_unique<PgFacetSource>(archive);
}

} // namespace Baoku::Core
