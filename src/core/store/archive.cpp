#include "core/store/archive.h"

#include "core/search/ftsindex.h"
#include "core/search/facets.h"
#include "core/search/searcher.h"

#include "core/store/pgarchive.h"
#include "core/store/pgfacets.h"
#include "core/store/researchfile.h"
#include "core/store/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Baoku::Core {

namespace {

// Messages of this file, under one translation context (lupdate reads Msg::tr calls).
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Baoku::Core::Archive)
};

// The columns every article query selects, in the order readArticle() reads them.
constexpr const char *kArticleSelect = R"sql(
SELECT a.id, a.issue_id, a.kind, a.page, a.ord, a.title, a.kicker, a.subtitle, a.column_name,
       a.signature, a.dateline, a.body, a.captions, a.photo_credits, a.continued_to, a.continued_from,
       n.name, i.date, i.user_date, i.date_source, i.weekday, i.issue_no, i.total_no, i.pages,
       s.path, s.sha256, s.section,
       EXISTS (SELECT 1 FROM articles p WHERE p.part_of = a.id), a.subheads
FROM articles a
JOIN issues_dated i ON i.id = a.issue_id
JOIN newspapers n ON n.id = i.newspaper_id
JOIN sources s ON s.id = a.source_id
)sql";

// A PostgreSQL read's result, with its failure message kept where lastError() reads it.
template <typename T>
T keepError(T value, const PgArchive &remote, QString &lastError)
{
    lastError = remote.lastError();
    return value;
}

QStringList splitLines(const QString &joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(u'\n');
}

// Reads the issue columns starting at `first`: name, date, user_date, date_source, weekday,
// issue_no, total_no, pages, path, sha256.
IssueInfo readIssueInfo(const Statement &row, int first)
{
    IssueInfo info;
    info.newspaper = row.text(first);
    const QDate parsed = QDate::fromString(row.text(first + 1), Qt::ISODate);
    const QDate user = QDate::fromString(row.text(first + 2), Qt::ISODate);
    info.date = user.isValid() ? user : parsed;
    info.dateSource = user.isValid() ? DateSource::User
                                     : dateSourceFromString(row.text(first + 3)).value_or(DateSource::Unknown);
    info.weekday = user.isValid() ? chineseWeekday(user) : row.text(first + 4);
    info.issueNo = row.optionalInt(first + 5);
    info.totalNo = row.optionalInt(first + 6);
    info.pages = row.optionalInt(first + 7);
    info.sourcePath = row.text(first + 8);
    info.sha256 = row.text(first + 9);
    return info;
}

// The later parts of a continued article, appended in page order (see store/stitcher.h).
void appendParts(Article &a, qint64 id, Statement &parts)
{
    parts.reset();
    parts.bind(1, id);
    a.pages = {a.page};
    while (parts.step()) {
        const int page = parts.integer(0);
        if (!a.pages.contains(page))
            a.pages.append(page);
        a.body += u'\n';
        a.partStarts.append(a.body.size());
        // The part's subheads count from its own first paragraph.
        const int offset = int(a.body.count(u'\n'));
        for (const auto &index : parts.text(5).split(u',', Qt::SkipEmptyParts))
            a.subheads.append(offset + index.toInt());
        a.body += parts.text(1);
        a.captions += splitLines(parts.text(2));
        a.photoCredits += splitLines(parts.text(3));
        a.continuedTo = parts.optionalInt(4); // where the last part goes on, if anywhere
    }
    std::sort(a.pages.begin(), a.pages.end());
}

StoredArticle readArticle(const Statement &row, Statement &people, Statement &parts)
{
    StoredArticle stored;
    stored.id = row.int64(0);
    stored.issueId = row.int64(1);
    Article &a = stored.article;
    a.kind = articleKindFromString(row.text(2)).value_or(ArticleKind::Article);
    a.page = row.integer(3);
    a.order = row.integer(4);
    a.title = row.text(5);
    a.kicker = row.text(6);
    a.subtitle = row.text(7);
    a.column = row.text(8);
    a.signature = row.text(9);
    a.dateline = row.text(10);
    a.body = row.text(11);
    a.captions = splitLines(row.text(12));
    a.photoCredits = splitLines(row.text(13));
    a.continuedTo = row.optionalInt(14);
    a.continuedFrom = row.optionalInt(15);
    stored.issue = readIssueInfo(row, 16);
    for (const auto &index : row.text(28).split(u',', Qt::SkipEmptyParts))
        a.subheads.append(index.toInt());
    a.subheads = validSubheads(a.subheads, a.body);
    a.section = row.text(26);
    if (row.integer(27) != 0)
        appendParts(a, stored.id, parts);
    a.subheads = validSubheads(a.subheads, a.body);

    people.reset();
    people.bind(1, stored.id);
    while (people.step())
        a.bylines.append(Byline{people.text(0), people.text(1), people.text(2)});
    return stored;
}

} // namespace

Archive::Archive() = default;

Archive::~Archive() = default;

bool Archive::isRemoteLocation(const QString &location)
{
    return PgConnection::isUrl(location);
}

QString Archive::path() const
{
    return m_remote ? PgConnection::displayUrl(m_remote->connection().url()) : m_db.path();
}

Database &Archive::researchDatabase() const
{
    if (!m_remote)
        return m_db;
    if (!m_research) {
        auto file = std::make_unique<Database>();
        openResearchFile(*file, *m_remote);
        m_research = std::move(file);
    }
    return *m_research;
}

FacetCounter &Archive::facetCounter() const
{
    if (!m_facets)
        m_facets = m_remote ? std::make_unique<FacetCounter>(makePgFacetSource(*m_remote)) : std::make_unique<FacetCounter>(m_db);
    return *m_facets;
}

FacetResult Archive::facets(const SearchRequest &request, const QList<Facet> &facets, const ProgressListener *cancel) const
{
    return facetCounter().count(request, facets, cancel);
}

TrendResult Archive::trend(const QStringList &queries, TrendPeriod period, const SearchRequest &filters,
                           const ProgressListener *cancel) const
{
    return facetCounter().trend(queries, period, filters, cancel);
}

SearchResult Archive::search(const SearchRequest &request, const ProgressListener *cancel) const
{
    if (m_remote)
        return m_remote->search(request, cancel);
    if (!m_searcher)
        m_searcher = std::make_unique<Searcher>(m_db);
    return m_searcher->search(request, cancel);
}

QString Archive::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("BAOKU_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/archive.sqlite"_s;
}

QString Archive::resolvePath(const QString &explicitPath)
{
    return explicitPath.isEmpty() ? defaultPath() : explicitPath;
}

bool Archive::open(const QString &path, QString *error, OpenMode mode)
{
    m_searcher.reset();
    m_facets.reset(); // it refers to the connection or the PgArchive
    m_research.reset();
    m_remote.reset();
    if (isRemoteLocation(path)) {
        auto remote = std::make_unique<PgArchive>();
        if (!remote->open(path, error))
            return false;
        m_db.close();
        m_remote = std::move(remote);
        return true;
    }
    const QFileInfo info(path);
    if (mode == OpenMode::Create && !info.exists() && !QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = Msg::tr("%1: cannot create the folder for the archive").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const auto readOnly = [&] {
        if (error)
            *error = Msg::tr("%1: the archive is read-only (read-only media or no write permission); it can be "
                             "searched and exported, but nothing can be imported into it or changed")
                         .arg(QDir::toNativeSeparators(path));
        m_db.close();
        return false;
    };
    // SQLite would open such a file read-only and fail later with "unable to open database file".
    if (mode == OpenMode::Create && info.exists()
        && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()))
        return readOnly();
    if (!m_db.open(path, error, mode))
        return false;
    if (mode == OpenMode::Create && m_db.isReadOnly())
        return readOnly();
    try {
        registerTokenizer(m_db.handle());
        migrate(m_db);
        createConnectionViews(m_db);
    } catch (const DatabaseError &e) {
        if (error)
            *error = Msg::tr("%1: %2").arg(QDir::toNativeSeparators(path), e.message());
        m_db.close();
        return false;
    }
    // Articles an interrupted import stored but had not indexed yet are not indexed here: that is
    // seconds of work under the write lock, and the app opens on its GUI thread. The caller
    // indexes them (indexPending: in portions, with progress), or the next search or import does.
    return true;
}

qint64 Archive::pendingIndex() const
{
    if (m_remote || !m_db.isOpen())
        return 0;
    try {
        return queuedArticles(m_db);
    } catch (const DatabaseError &e) {
        m_lastError = e.message();
        return 0;
    }
}

bool Archive::indexPending(ProgressListener *listener, QString *error, bool waitForLock)
{
    if (m_remote || !m_db.isOpen() || m_db.isReadOnly())
        return true;
    if (!waitForLock)
        m_db.setBusyTimeout(0);
    bool done = true;
    try {
        indexQueuedInPortions(m_db, listener);
    } catch (const DatabaseError &e) {
        if (error)
            *error = e.message();
        done = false;
    }
    m_db.setBusyTimeout(Database::kBusyTimeoutMs);
    return done;
}

QString Archive::quickCheck() const
{
    if (m_remote)
        return {};
    QStringList problems;
    try {
        Statement row(m_db, "PRAGMA quick_check(5)");
        while (row.step()) {
            if (row.text(0) != u"ok"_s)
                problems.append(row.text(0));
        }
    } catch (const DatabaseError &e) {
        problems.append(e.message());
    }
    return problems.join(u"; "_s).simplified();
}

QList<IssueSummary> Archive::issues() const
{
    if (m_remote)
        return keepError(m_remote->issues(), *m_remote, m_lastError);
    QList<IssueSummary> result;
    try {
        // Articles of the issue (from the index alone) less its later parts of continued articles
        // (the few rows of the partial index): testing part_of on every article read the whole
        // articles table, 4 s at a million articles (issue 15).
        Statement row(m_db, R"sql(
WITH parts AS MATERIALIZED (
    SELECT issue_id, count(*) AS n FROM articles INDEXED BY articles_by_part WHERE part_of IS NOT NULL GROUP BY issue_id)
SELECT i.id, i.shown_date, i.user_date IS NOT NULL, i.date_source, n.name, i.issue_no,
       (SELECT count(*) FROM sources s WHERE s.issue_id = i.id),
       (SELECT count(*) FROM articles a WHERE a.issue_id = i.id)
           - coalesce((SELECT p.n FROM parts p WHERE p.issue_id = i.id), 0), i.pages
FROM issues_dated i JOIN newspapers n ON n.id = i.newspaper_id
ORDER BY i.shown_date, n.name, i.id)sql");
        while (row.step()) {
            IssueSummary summary;
            summary.id = row.int64(0);
            summary.date = QDate::fromString(row.text(1), Qt::ISODate);
            summary.dateSource = row.integer(2) ? DateSource::User
                                                : dateSourceFromString(row.text(3)).value_or(DateSource::Unknown);
            summary.newspaper = row.text(4);
            summary.issueNo = row.optionalInt(5);
            summary.pageCount = row.integer(6);
            summary.articleCount = row.integer(7);
            summary.announcedPages = row.optionalInt(8);
            result.append(summary);
        }
    } catch (const DatabaseError &e) {
        m_lastError = e.message();
        result.clear();
    }
    return result;
}

bool Archive::hasIssues() const
{
    if (m_remote)
        return !issues().isEmpty();
    try {
        Statement row(m_db, "SELECT EXISTS (SELECT 1 FROM issues)");
        return row.step() && row.integer(0) != 0;
    } catch (const DatabaseError &e) {
        m_lastError = e.message();
        return false;
    }
}

std::optional<StoredIssue> Archive::issue(qint64 issueId) const
{
    if (m_remote)
        return keepError(m_remote->issue(issueId), *m_remote, m_lastError);
    try {
        Statement row(m_db, R"sql(
SELECT n.name, i.date, i.user_date, i.date_source, i.weekday, i.issue_no, i.total_no, i.pages,
       (SELECT path FROM sources s WHERE s.issue_id = i.id ORDER BY page LIMIT 1),
       (SELECT sha256 FROM sources s WHERE s.issue_id = i.id ORDER BY page LIMIT 1),
       (SELECT count(*) FROM sources s WHERE s.issue_id = i.id),
       (SELECT count(*) FROM articles a WHERE a.issue_id = i.id AND a.part_of IS NULL)
FROM issues i JOIN newspapers n ON n.id = i.newspaper_id
WHERE i.id = ?)sql");
        row.bind(1, issueId);
        if (!row.step())
            return std::nullopt;
        StoredIssue stored;
        stored.info = readIssueInfo(row, 0);
        stored.parsedDate = QDate::fromString(row.text(1), Qt::ISODate);
        stored.summary.id = issueId;
        stored.summary.date = stored.info.date;
        stored.summary.dateSource = stored.info.dateSource;
        stored.summary.newspaper = stored.info.newspaper;
        stored.summary.issueNo = stored.info.issueNo;
        stored.summary.announcedPages = stored.info.pages;
        stored.summary.pageCount = row.integer(10);
        stored.summary.articleCount = row.integer(11);
        return stored;
    } catch (const DatabaseError &e) {
        m_lastError = e.message();
        return std::nullopt;
    }
}

QList<PageSummary> Archive::pages(qint64 issueId) const
{
    if (m_remote)
        return keepError(m_remote->pages(issueId), *m_remote, m_lastError);
    QList<PageSummary> result;
    try {
        Statement row(m_db, R"sql(
SELECT s.page, s.section, (SELECT count(*) FROM articles a WHERE a.source_id = s.id), s.path
FROM sources s WHERE s.issue_id = ?1 ORDER BY s.page)sql");
        row.bind(1, issueId);
        while (row.step())
            result.append(PageSummary{row.integer(0), row.text(1), row.integer(2), row.text(3)});
    } catch (const DatabaseError &e) {
        m_lastError = e.message();
        result.clear();
    }
    return result;
}

std::optional<qint64> Archive::previousIssue(qint64 issueId) const
{
    return neighbourIssue(issueId, false);
}

std::optional<qint64> Archive::nextIssue(qint64 issueId) const
{
    return neighbourIssue(issueId, true);
}

std::optional<qint64> Archive::neighbourIssue(qint64 issueId, bool next) const
{
    if (m_remote)
        return keepError(m_remote->neighbourIssue(issueId, next), *m_remote, m_lastError);
    // Ties on the date are broken by id, so stepping visits every issue exactly once.
    const char *sql = next ? R"sql(
SELECT o.id FROM issues_dated c JOIN issues_dated o ON o.newspaper_id = c.newspaper_id
WHERE c.id = ?1 AND (o.shown_date, o.id) > (c.shown_date, c.id)
ORDER BY o.shown_date, o.id LIMIT 1)sql"
                           : R"sql(
SELECT o.id FROM issues_dated c JOIN issues_dated o ON o.newspaper_id = c.newspaper_id
WHERE c.id = ?1 AND (o.shown_date, o.id) < (c.shown_date, c.id)
ORDER BY o.shown_date DESC, o.id DESC LIMIT 1)sql";
    try {
        Statement row(m_db, sql);
        row.bind(1, issueId);
        if (row.step())
            return row.int64(0);
    } catch (const DatabaseError &e) {
        m_lastError = e.message();
    }
    return std::nullopt;
}

QList<StoredArticle> Archive::articlesOfIssue(qint64 issueId) const
{
    if (m_remote)
        return keepError(m_remote->articlesOfIssue(issueId), *m_remote, m_lastError);
    return queryArticles("WHERE a.issue_id = ?1 AND a.part_of IS NULL", issueId, "ORDER BY a.page, a.ord, a.id");
}

std::optional<StoredArticle> Archive::article(qint64 articleId) const
{
    if (m_remote)
        return keepError(m_remote->article(articleId), *m_remote, m_lastError);
    const QList<StoredArticle> found = queryArticles("WHERE a.id = ?1", articleId, "");
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<StoredArticle> Archive::articlesByPerson(qint64 personId) const
{
    if (m_remote)
        return keepError(m_remote->articlesByPerson(personId), *m_remote, m_lastError);
    return queryArticles("WHERE a.id IN (SELECT COALESCE(x.part_of, x.id) FROM article_people ap "
                         "JOIN articles x ON x.id = ap.article_id WHERE ap.person_id = ?1)",
                         personId,
                         "ORDER BY i.shown_date DESC, a.page, a.ord, a.id");
}

QList<PersonSummary> Archive::people() const
{
    if (m_remote)
        return keepError(m_remote->people(), *m_remote, m_lastError);
    QList<PersonSummary> result;
    try {
        Statement row(m_db, R"sql(
SELECT p.id, p.name, count(DISTINCT ap.article_id) AS articles
FROM people p JOIN article_people ap ON ap.person_id = p.id
GROUP BY p.id ORDER BY articles DESC, p.name)sql");
        while (row.step())
            result.append(PersonSummary{row.int64(0), row.text(1), row.integer(2)});
    } catch (const DatabaseError &e) {
        m_lastError = e.message();
        result.clear();
    }
    return result;
}

bool Archive::forEachArticle(const std::function<bool(const StoredArticle &)> &visit) const
{
    if (m_remote)
        return keepError(m_remote->forEachArticle(visit), *m_remote, m_lastError);
    return streamArticles("WHERE a.part_of IS NULL", std::nullopt, "ORDER BY i.shown_date, n.name, a.page, a.ord, a.id",
                          visit);
}

QList<StoredArticle> Archive::queryArticles(const char *where, qint64 key, const char *order) const
{
    QList<StoredArticle> result;
    if (!streamArticles(where, key, order, [&](const StoredArticle &stored) {
            result.append(stored);
            return true;
        }))
        result.clear();
    return result;
}

bool Archive::streamArticles(const char *where, std::optional<qint64> key, const char *order,
                             const std::function<bool(const StoredArticle &)> &visit) const
{
    try {
        Statement people(m_db, "SELECT p.name, ap.role, ap.affiliation FROM article_people ap "
                               "JOIN people p ON p.id = ap.person_id "
                               "WHERE ap.article_id = ? AND ap.role <> 'signature' ORDER BY ap.position");
        Statement parts(m_db, "SELECT page, body, captions, photo_credits, continued_to, subheads FROM articles "
                              "WHERE part_of = ? ORDER BY page, ord, id");
        Statement row(m_db, QString::fromUtf8(kArticleSelect) + QString::fromUtf8(where) + u' '
                                + QString::fromUtf8(order));
        if (key)
            row.bind(1, *key);
        while (row.step()) {
            if (!visit(readArticle(row, people, parts)))
                break;
        }
        return true;
    } catch (const DatabaseError &e) {
        m_lastError = e.message();
        return false;
    }
}

bool Archive::setIssueDate(qint64 issueId, const QDate &date, QString *error)
{
    if (m_remote)
        return m_remote->setIssueDate(issueId, date, error);
    try {
        Statement update(m_db, "UPDATE issues SET user_date = ?1 WHERE id = ?2");
        update.bind(1, date.isValid() ? date.toString(Qt::ISODate) : QString());
        update.bind(2, issueId);
        update.run();
        if (m_db.changes() == 0) {
            if (error)
                *error = Msg::tr("no issue with id %1 in the archive").arg(issueId);
            return false;
        }
        return true;
    } catch (const DatabaseError &e) {
        if (error)
            *error = e.message();
        return false;
    }
}

} // namespace Baoku::Core
