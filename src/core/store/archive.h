// The archive of imported issues: one SQLite file, read here by the CLI, export and the app.
// Imports go through Importer (importer.h); this class reads and applies the user's corrections.
// Opened with a postgresql:// URL it reads a shared archive that `baoku-cli publish` filled
// (PgArchive, docs/shared-archives.md) through the same methods, search included.
#pragma once

#include "core/common/model.h"
#include "core/sql/database.h"

#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace Baoku::Core {

class FacetCounter;
class PgArchive;
class ProgressListener;
class Searcher;
struct SearchRequest;
struct SearchResult;
struct FacetResult;
struct TrendResult;
enum class Facet;
enum class TrendPeriod;

struct IssueSummary final {
    qint64 id = 0;
    QDate date;                             // the user's correction when there is one
    DateSource dateSource = DateSource::Unknown;
    QString newspaper;
    std::optional<int> issueNo;
    int pageCount = 0;                      // pages held in the archive (imported files)
    std::optional<int> announcedPages;      // the masthead's 今日N版, when it says
    int articleCount = 0;
};

// One page of an issue held in the archive (one imported file).
struct PageSummary final {
    int page = 1;
    QString section;
    int articleCount = 0; // every article and part of an article printed on the page
    QString path;
};

struct StoredIssue final {
    IssueSummary summary;
    IssueInfo info;    // date and weekday as shown; sourcePath/sha256 of the lowest page's file
    QDate parsedDate;  // what the parser (or import --date) said, before any user correction
};

struct StoredArticle final {
    qint64 id = 0;
    qint64 issueId = 0;
    IssueInfo issue; // sourcePath/sha256 of the file the article came from
    Article article;
};

struct PersonSummary final {
    qint64 id = 0;
    QString name;
    int articleCount = 0;
};

// One connection: use one Archive per thread (the app's workers open their own).
class Archive final {
public:
    Archive();
    ~Archive();
    Archive(const Archive &) = delete;
    Archive &operator=(const Archive &) = delete;

    // BAOKU_DB when set, else archive.sqlite in the application data folder.
    static QString defaultPath();
    // An explicit path (--db) beats BAOKU_DB, which beats the default.
    static QString resolvePath(const QString &explicitPath);

    // Opens the archive and migrates its schema; false with a message on failure. Create (for
    // imports and edits) creates a missing archive and fails on one that cannot be written;
    // Existing opens an archive on read-only media or without write permission read-only.
    // A postgresql:// URL opens a published archive (PgArchive) whatever the mode.
    bool open(const QString &path, QString *error = nullptr, OpenMode mode = OpenMode::Create);
    bool isOpen() const { return m_remote || m_db.isOpen(); }
    bool isReadOnly() const { return m_remote || m_db.isReadOnly(); }
    // Whether `location` names a PostgreSQL archive rather than a file.
    static bool isRemoteLocation(const QString &location);
    // Opened from PostgreSQL: database() is then closed, and only the reads below and search()
    // work; imports and checks need a SQLite archive.
    bool isRemote() const { return m_remote != nullptr; }
    // SQLite's quick_check (structure, not index contents); empty when it passes, else the first
    // problems, for refusing to write into a damaged archive. Costs a read of the whole file.
    QString quickCheck() const;
    QString path() const;
    Database &database() const { return m_db; }
    // Where Research keeps stars, lists, tags, notes and saved searches: this connection, or for a
    // PostgreSQL archive the reader's research file (researchfile.h), opened on first use with its
    // kept articles re-linked by key. Throws DatabaseError when it cannot be opened.
    Database &researchDatabase() const;
    // Articles an interrupted import stored but did not index (index_queue): browsing and reading
    // see them, a search indexes them first. open() leaves them, because indexing them is work
    // under the write lock (about 0.3 s of CPU per 4 MiB batch at 100,000 articles).
    qint64 pendingIndex() const;
    // Indexes them in portions of a transaction each (indexQueuedInPortions), reporting progress
    // and stopping between portions when cancelled; false with a message when the archive is busy
    // for longer than the busy timeout or cannot be written. Nothing to do for a read-only archive.
    // Without `waitForLock` it gives up at once when another program holds the write lock (which
    // may be doing this very work a portion at a time).
    bool indexPending(ProgressListener *listener = nullptr, QString *error = nullptr, bool waitForLock = true);
    // The message of the last failed read; reads return empty results on failure.
    QString lastError() const { return m_lastError; }

    // All issues, oldest first.
    QList<IssueSummary> issues() const;
    // Whether any issue is held: one row read, for callers that need no list.
    bool hasIssues() const;
    std::optional<StoredIssue> issue(qint64 issueId) const;
    // The issue's pages held, ascending.
    QList<PageSummary> pages(qint64 issueId) const;
    std::optional<qint64> previousIssue(qint64 issueId) const; // same newspaper, by date
    std::optional<qint64> nextIssue(qint64 issueId) const;
    // In page order, then by position on the page.
    QList<StoredArticle> articlesOfIssue(qint64 issueId) const;
    std::optional<StoredArticle> article(qint64 articleId) const;
    // Everyone named in a byline or signature, with the number of their articles; most first.
    QList<PersonSummary> people() const;
    // Newest issue first.
    QList<StoredArticle> articlesByPerson(qint64 personId) const;
    // Every article by date, page and position; stops when `visit` returns false.
    bool forEachArticle(const std::function<bool(const StoredArticle &)> &visit) const;

    // The user's correction of an issue's date; it survives re-imports of the issue's files.
    // An invalid date removes the correction.
    bool setIssueDate(qint64 issueId, const QDate &date, QString *error = nullptr);

    // Searcher::search on this archive, whichever backend holds it (docs/search.md).
    SearchResult search(const SearchRequest &request, const ProgressListener *cancel = nullptr) const;
    // FacetCounter's facets and trend (docs/search.md) on this archive, whichever backend holds it;
    // the counter's table is kept with the archive.
    FacetResult facets(const SearchRequest &request, const QList<Facet> &facets, const ProgressListener *cancel = nullptr) const;
    TrendResult trend(const QStringList &queries, TrendPeriod period, const SearchRequest &filters,
                      const ProgressListener *cancel = nullptr) const;

private:
    std::optional<qint64> neighbourIssue(qint64 issueId, bool next) const;
    QList<StoredArticle> queryArticles(const char *where, qint64 key, const char *order) const;
    bool streamArticles(const char *where, std::optional<qint64> key, const char *order,
                        const std::function<bool(const StoredArticle &)> &visit) const;

    mutable Database m_db;
    mutable QString m_lastError;
    std::unique_ptr<PgArchive> m_remote;
    mutable std::unique_ptr<Database> m_research; // a PostgreSQL archive's research file
    mutable std::unique_ptr<Searcher> m_searcher;
    mutable std::unique_ptr<FacetCounter> m_facets;
    FacetCounter &facetCounter() const;
};

} // namespace Baoku::Core
