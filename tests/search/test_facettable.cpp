// The facet counter's in-memory table (docs/search.md, "Facets and trend"): loaded once, loaded
// again whenever the archive may have changed, so that counts stay equal to brute force; and the
// same answers whether articles are found by an array indexed by id or through a hash.
#include "facetfixture.h"

#include "core/search/facettable.h"
#include "core/sql/database.h"

using namespace Baoku::Core;
using namespace FacetTest;

namespace {

// Random queries, every fourth with a filter; every facet must equal brute force.
void checkAgainstBruteForce(RandomArchive &archive, FacetCounter &counter, int rounds)
{
    for (int round = 0; round < rounds; ++round) {
        const QStringList words{archive.query()};
        SearchRequest request;
        request.query = words.first();
        if (round % 4 == 3)
            request.from = QDate(2022, 1, 1);
        qint64 total = 0;
        const Expected expected = bruteForce(archive.made(), words, request, &total);
        const FacetResult result = counter.count(request, kAll);
        INFO("query " << request.query.toStdString());
        REQUIRE(result.error.isEmpty());
        CHECK(result.total == total);
        for (Facet facet : kAll) {
            QMap<QString, qint64> got;
            for (const FacetValue &value : result.facets.value(facet))
                got.insert(value.value, value.count);
            INFO("facet " << FacetCounter::name(facet).toStdString());
            CHECK(got == expected.value(facet));
        }
    }
}

} // namespace

TEST_CASE("facets stay exact when the archive changes, loading the table only then", "[facets][exact]")
{
    RandomArchive archive(11);
    FacetCounter counter(archive.db());
    checkAgainstBruteForce(archive, counter, 30);
    CHECK(counter.tableStats().loads == 1);
    CHECK(counter.tableStats().articles == archive.made().size());
    checkAgainstBruteForce(archive, counter, 10);
    CHECK(counter.tableStats().loads == 1); // nothing changed: no reload

    SECTION("another connection imports") {
        Archive other;
        QString error;
        REQUIRE(other.open(archive.path(), &error));
        archive.importIssues(other, 8);
        checkAgainstBruteForce(archive, counter, 30);
        CHECK(counter.tableStats().loads == 2);
        CHECK(counter.tableStats().articles == archive.made().size());
    }
    SECTION("this connection imports") {
        archive.importIssues(archive.archive(), 8);
        checkAgainstBruteForce(archive, counter, 30);
        CHECK(counter.tableStats().loads == 2);
    }
    SECTION("an issue is re-dated") {
        const IssueSummary issue = archive.archive().issues().first();
        const QDate moved(2020, 6, 15);
        REQUIRE(archive.archive().setIssueDate(issue.id, moved));
        for (Made &m : archive.made()) {
            if (m.newspaper == issue.newspaper && m.date == issue.date)
                m.date = moved;
        }
        checkAgainstBruteForce(archive, counter, 30);
        const TrendResult trend = counter.trend({archive.query()}, TrendPeriod::Year, {});
        CHECK(trend.periods.first() == QStringLiteral("2020"));
    }
    SECTION("a change counted inside the caller's transaction is rolled back") {
        SearchRequest all;
        all.query = QStringLiteral("kind:all ") + archive.query();
        {
            Transaction transaction(archive.db());
            archive.db().exec("UPDATE issues SET user_date = '2019-01-01'");
            const FacetResult inside = counter.count(all, {Facet::Year});
            REQUIRE(inside.error.isEmpty());
            REQUIRE(inside.facets.value(Facet::Year).size() == 1);
            CHECK(inside.facets.value(Facet::Year).first().value == QStringLiteral("2019"));
        } // rolled back
        checkAgainstBruteForce(archive, counter, 30);
        for (const FacetValue &year : counter.count(all, {Facet::Year}).facets.value(Facet::Year))
            CHECK(year.value != QStringLiteral("2019"));
    }
}

TEST_CASE("the facet table finds articles alike through an array indexed by id or a hash", "[facets]")
{
    RandomArchive archive(12);
    FacetTable dense(2.0), hashed(0.0);
    CHECK(dense.refresh(archive.db()));
    CHECK(hashed.refresh(archive.db()));
    CHECK_FALSE(dense.refresh(archive.db())); // unchanged: kept
    CHECK(dense.articleCount() == archive.made().size());
    CHECK(hashed.articleCount() == archive.made().size());
    CHECK(dense.bytes() > 0);

    QList<qint64> ids{0, -1};
    Statement select(archive.db(), "SELECT id FROM articles");
    while (select.step())
        ids.append(select.int64(0));
    ids.append(ids.last() + 1);
    int found = 0;
    for (qint64 id : std::as_const(ids)) {
        const qint64 a = dense.slotOf(id), b = hashed.slotOf(id);
        INFO("article " << id);
        REQUIRE((a >= 0) == (b >= 0));
        if (a < 0)
            continue;
        ++found;
        CHECK(dense.issue(a) == hashed.issue(b));
        CHECK(dense.pageNumbers().at(dense.page(a)) == hashed.pageNumbers().at(hashed.page(b)));
        CHECK(dense.columns().at(dense.column(a)) == hashed.columns().at(hashed.column(b)));
        CHECK(dense.kinds().at(dense.kind(a)) == hashed.kinds().at(hashed.kind(b)));
        QStringList peopleA, peopleB;
        for (const quint32 *p = dense.peopleBegin(a); p != dense.peopleEnd(a); ++p)
            peopleA.append(dense.people().at(*p));
        for (const quint32 *p = hashed.peopleBegin(b); p != hashed.peopleEnd(b); ++p)
            peopleB.append(hashed.people().at(*p));
        CHECK(peopleA == peopleB);
    }
    CHECK(found == archive.made().size());
}
