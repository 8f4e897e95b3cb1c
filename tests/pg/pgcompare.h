// Helpers of the PostgreSQL tests: a SQLite archive published to a fresh database, and searches
// compared between the two backends field by field.
#pragma once

#include "pgcluster.h"

#include "../search/searchfixture.h"

#include "core/search/searcher.h"
#include "core/store/publisher.h"

// A SQLite archive (the fixture) and the same archive published to PostgreSQL.
class PublishedFixture : public SearchFixture {
public:
    PublishedFixture()
        : m_url(PgCluster::instance().newDatabase())
    {
    }

    QString url() const { return m_url; }

    Baoku::Core::PublishResult publish(bool full = false)
    {
        Baoku::Core::PgConnection remote;
        QString error;
        REQUIRE(remote.open(m_url, &error));
        const auto result = Baoku::Core::Publisher(archive(), remote).publish(full);
        INFO(result.error.toStdString());
        REQUIRE(result.error.isEmpty());
        QString openError;
        m_remote = std::make_unique<Baoku::Core::Archive>();
        INFO(openError.toStdString());
        REQUIRE(m_remote->open(m_url, &openError));
        REQUIRE(m_remote->isRemote());
        return result;
    }

    Baoku::Core::Archive &remote() { return *m_remote; }

private:
    QString m_url;
    std::unique_ptr<Baoku::Core::Archive> m_remote;
};

// Both backends answer the request alike: total, order, every field of every hit.
inline Baoku::Core::SearchResult sameSearch(Baoku::Core::Archive &local, Baoku::Core::Archive &remote,
                                            const Baoku::Core::SearchRequest &request)
{
    INFO("query " << request.query.toStdString());
    const Baoku::Core::SearchResult a = local.search(request);
    const Baoku::Core::SearchResult b = remote.search(request);
    CHECK(a.error.toStdString() == b.error.toStdString());
    CHECK(a.total == b.total);
    CHECK(a.cheapOrder == b.cheapOrder);
    REQUIRE(a.hits.size() == b.hits.size());
    for (qsizetype i = 0; i < a.hits.size(); ++i) {
        const auto &x = a.hits.at(i);
        const auto &y = b.hits.at(i);
        INFO("hit " << i);
        CHECK(x.articleId == y.articleId);
        CHECK(x.date == y.date);
        CHECK(x.page == y.page);
        CHECK(x.title.toStdString() == y.title.toStdString());
        CHECK(x.bylines == y.bylines);
        CHECK(x.snippet.toStdString() == y.snippet.toStdString());
        CHECK(x.highlights == y.highlights);
        CHECK(x.advertisement == y.advertisement);
        CHECK(x.score == Approx(y.score).epsilon(1e-12));
    }
    return a;
}
