// An archive served by PostgreSQL (docs/shared-archives.md): the reads of Archive and search, on
// tables that `baoku-cli publish` fills from a SQLite archive. Archive forwards to it when opened
// with a postgresql:// URL, so the CLI and the app do not know which backend they talk to.
#pragma once

#include "core/pg/pgconnection.h"
#include "core/store/archive.h"

#include <memory>

namespace Baoku::Core {

class ProgressListener;
class QueryParser;
struct ParsedQuery;
struct SearchRequest;
struct SearchResult;

// The tables, created when missing; throws PgError. Version in baoku_meta('schema').
constexpr int kPgSchemaVersion = 1;
void createPgSchema(const PgConnection &connection);

class PgArchive final {
public:
    PgArchive();
    ~PgArchive();

    // Connects and checks that the database holds a published archive of this version.
    bool open(const QString &url, QString *error);
    const PgConnection &connection() const { return m_connection; }
    bool isStandby() const { return m_standby; }

    QList<IssueSummary> issues() const;
    std::optional<StoredIssue> issue(qint64 issueId) const;
    QList<PageSummary> pages(qint64 issueId) const;
    std::optional<qint64> neighbourIssue(qint64 issueId, bool next) const;
    QList<StoredArticle> articlesOfIssue(qint64 issueId) const;
    std::optional<StoredArticle> article(qint64 articleId) const;
    QList<PersonSummary> people() const;
    QList<StoredArticle> articlesByPerson(qint64 personId) const;
    bool forEachArticle(const std::function<bool(const StoredArticle &)> &visit) const;
    bool setIssueDate(qint64 issueId, const QDate &date, QString *error);
    SearchResult search(const SearchRequest &request, const ProgressListener *cancel) const;
    // The ids of the articles whose text matches the query's terms, without filters (the facet
    // counter's matches, pgfacets.cpp); throws PgError, also when cancelled.
    void forEachMatch(const ParsedQuery &query, const ProgressListener *cancel, const std::function<void(qint64)> &visit) const;
    QString lastError() const { return m_lastError; }

private:
    bool streamArticles(const QString &where, const QList<PgValue> &params, const QString &order,
                        const std::function<bool(const StoredArticle &)> &visit) const;
    QList<StoredArticle> queryArticles(const QString &where, qint64 key, const QString &order) const;

    PgConnection m_connection;
    bool m_standby = false;
    std::unique_ptr<QueryParser> m_parser;
    mutable QString m_lastError;
};

} // namespace Baoku::Core
