#include "core/store/pgarchive.h"

#include "core/search/queryparser.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Baoku::Core {

namespace {

// Messages of this file, under one translation context (lupdate reads Msg::tr calls).
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Baoku::Core::PgArchive)
};

// The same tables as the SQLite archive (docs/store.md) for what readers use, with the ids of the
// SQLite archive it was published from; text that is sorted or compared sorts bytewise ("C"), as
// in SQLite. search_docs holds search_content's columns (and their folded text, for ranking),
// search_terms their tokens.
constexpr const char *kSchema = R"sql(
CREATE TABLE IF NOT EXISTS baoku_meta(key text COLLATE "C" PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS newspapers(id bigint PRIMARY KEY, name text COLLATE "C" NOT NULL);
CREATE TABLE IF NOT EXISTS issues(
    id bigint PRIMARY KEY, newspaper_id bigint NOT NULL REFERENCES newspapers,
    date text COLLATE "C" NOT NULL, date_source text, weekday text, issue_no integer,
    total_no integer, pages integer, user_date text COLLATE "C",
    shown_date text COLLATE "C" GENERATED ALWAYS AS (COALESCE(user_date, date)) STORED,
    fingerprint text NOT NULL);
CREATE INDEX IF NOT EXISTS issues_shown ON issues(shown_date, newspaper_id, id);
CREATE TABLE IF NOT EXISTS sources(
    id bigint PRIMARY KEY, issue_id bigint NOT NULL REFERENCES issues ON DELETE CASCADE,
    page integer NOT NULL, path text, sha256 text, size bigint, imported_at text,
    parser_version integer, section text);
CREATE INDEX IF NOT EXISTS sources_issue ON sources(issue_id, page);
CREATE TABLE IF NOT EXISTS articles(
    id bigint PRIMARY KEY, issue_id bigint NOT NULL REFERENCES issues ON DELETE CASCADE,
    source_id bigint NOT NULL REFERENCES sources ON DELETE CASCADE, kind text, page integer,
    ord integer, title text, kicker text, subtitle text, column_name text COLLATE "C",
    signature text, dateline text, body text, captions text, photo_credits text,
    continued_to integer, continued_from integer, part_of bigint, subheads text);
CREATE INDEX IF NOT EXISTS articles_issue ON articles(issue_id, page, ord);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source_id);
CREATE INDEX IF NOT EXISTS articles_part_of ON articles(part_of) WHERE part_of IS NOT NULL;
CREATE TABLE IF NOT EXISTS people(id bigint PRIMARY KEY, name text COLLATE "C" NOT NULL);
CREATE TABLE IF NOT EXISTS article_people(
    article_id bigint NOT NULL REFERENCES articles ON DELETE CASCADE,
    person_id bigint NOT NULL REFERENCES people, role text, affiliation text, position integer);
CREATE INDEX IF NOT EXISTS article_people_article ON article_people(article_id, position);
CREATE INDEX IF NOT EXISTS article_people_person ON article_people(person_id);
CREATE TABLE IF NOT EXISTS search_docs(
    article_id bigint PRIMARY KEY REFERENCES articles ON DELETE CASCADE,
    body text NOT NULL, title text NOT NULL, names text NOT NULL, column_name text NOT NULL,
    tokens integer NOT NULL, folded text[] NOT NULL);
CREATE TABLE IF NOT EXISTS search_terms(
    article_id bigint NOT NULL REFERENCES search_docs ON DELETE CASCADE,
    col smallint NOT NULL, chunk integer NOT NULL, terms tsvector NOT NULL,
    PRIMARY KEY (article_id, col, chunk));
CREATE INDEX IF NOT EXISTS search_terms_gin ON search_terms USING gin (terms);
ALTER TABLE search_terms ALTER COLUMN terms SET STORAGE EXTERNAL;
)sql";

// The columns every article query selects, in the order readArticle() reads them.
constexpr const char *kArticleSelect = R"sql(
SELECT a.id, a.issue_id, a.kind, a.page, a.ord, a.title, a.kicker, a.subtitle, a.column_name,
       a.signature, a.dateline, a.body, a.captions, a.photo_credits, a.continued_to, a.continued_from,
       n.name, i.date, i.user_date, i.date_source, i.weekday, i.issue_no, i.total_no, i.pages,
       s.path, s.sha256, s.section,
       EXISTS (SELECT 1 FROM articles p WHERE p.part_of = a.id), a.subheads
FROM articles a
JOIN issues i ON i.id = a.issue_id
JOIN newspapers n ON n.id = i.newspaper_id
JOIN sources s ON s.id = a.source_id
)sql";

QStringList splitLines(const QString &joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(u'\n');
}

// As Archive's reader: name, date, user_date, date_source, weekday, issue_no, total_no, pages,
// path, sha256 from column `first` on.
IssueInfo readIssueInfo(const PgResult &r, int row, int first)
{
    IssueInfo info;
    info.newspaper = r.text(row, first);
    const QDate parsed = QDate::fromString(r.text(row, first + 1), Qt::ISODate);
    const QDate user = QDate::fromString(r.text(row, first + 2), Qt::ISODate);
    info.date = user.isValid() ? user : parsed;
    info.dateSource = user.isValid() ? DateSource::User
                                     : dateSourceFromString(r.text(row, first + 3)).value_or(DateSource::Unknown);
    info.weekday = user.isValid() ? chineseWeekday(user) : r.text(row, first + 4);
    info.issueNo = r.optionalInt(row, first + 5);
    info.totalNo = r.optionalInt(row, first + 6);
    info.pages = r.optionalInt(row, first + 7);
    info.sourcePath = r.text(row, first + 8);
    info.sha256 = r.text(row, first + 9);
    return info;
}

QByteArray idArray(const QList<qint64> &ids)
{
    QByteArray array = "{";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            array += ',';
        array += QByteArray::number(ids.at(i));
    }
    return array + '}';
}

} // namespace

void createPgSchema(const PgConnection &connection)
{
    connection.execScript(kSchema);
    const PgResult version = connection.exec("SELECT value FROM baoku_meta WHERE key = 'schema'");
    if (version.rows() == 0) {
        connection.exec("INSERT INTO baoku_meta(key, value) VALUES ('schema', $1)", {pgInt(kPgSchemaVersion)});
    } else if (version.int64(0, 0) != kPgSchemaVersion) {
        throw PgError(Msg::tr("the database holds a Baoku archive of schema version %1; this build knows version %2")
                          .arg(version.text(0, 0))
                          .arg(kPgSchemaVersion));
    }
}

PgArchive::PgArchive()
    : m_parser(std::make_unique<QueryParser>())
{
}

PgArchive::~PgArchive() = default;

bool PgArchive::open(const QString &url, QString *error)
{
    if (!m_connection.open(url, error))
        return false;
    try {
        if (m_connection.exec("SELECT to_regclass('baoku_meta') IS NULL").text(0, 0) == u"t"_s)
            throw PgError(Msg::tr("no Baoku archive in this database; publish one first (baoku-cli publish)"));
        const PgResult version = m_connection.exec("SELECT value FROM baoku_meta WHERE key = 'schema'");
        if (version.rows() == 0)
            throw PgError(Msg::tr("no Baoku archive in this database; publish one first (baoku-cli publish)"));
        if (version.int64(0, 0) != kPgSchemaVersion)
            throw PgError(Msg::tr("the database holds a Baoku archive of schema version %1; this build knows version %2")
                              .arg(version.text(0, 0))
                              .arg(kPgSchemaVersion));
        m_standby = m_connection.inRecovery();
    } catch (const PgError &e) {
        if (error)
            *error = PgConnection::displayUrl(url) + u": "_s + e.message();
        m_connection.close();
        return false;
    }
    return true;
}

QList<IssueSummary> PgArchive::issues() const
{
    QList<IssueSummary> result;
    try {
        const PgResult r = m_connection.exec(R"sql(
SELECT i.id, i.shown_date, i.user_date IS NOT NULL, i.date_source, n.name, i.issue_no,
       (SELECT count(*) FROM sources s WHERE s.issue_id = i.id),
       (SELECT count(*) FROM articles a WHERE a.issue_id = i.id AND a.part_of IS NULL), i.pages
FROM issues i JOIN newspapers n ON n.id = i.newspaper_id
ORDER BY i.shown_date, n.name, i.id)sql");
        for (int row = 0; row < r.rows(); ++row) {
            IssueSummary summary;
            summary.id = r.int64(row, 0);
            summary.date = QDate::fromString(r.text(row, 1), Qt::ISODate);
            summary.dateSource = r.text(row, 2) == u"t"_s
                ? DateSource::User
                : dateSourceFromString(r.text(row, 3)).value_or(DateSource::Unknown);
            summary.newspaper = r.text(row, 4);
            summary.issueNo = r.optionalInt(row, 5);
            summary.pageCount = r.integer(row, 6);
            summary.articleCount = r.integer(row, 7);
            summary.announcedPages = r.optionalInt(row, 8);
            result.append(summary);
        }
    } catch (const PgError &e) {
        m_lastError = e.message();
        result.clear();
    }
    return result;
}

std::optional<StoredIssue> PgArchive::issue(qint64 issueId) const
{
    try {
        const PgResult r = m_connection.exec(R"sql(
SELECT n.name, i.date, i.user_date, i.date_source, i.weekday, i.issue_no, i.total_no, i.pages,
       (SELECT path FROM sources s WHERE s.issue_id = i.id ORDER BY page LIMIT 1),
       (SELECT sha256 FROM sources s WHERE s.issue_id = i.id ORDER BY page LIMIT 1),
       (SELECT count(*) FROM sources s WHERE s.issue_id = i.id),
       (SELECT count(*) FROM articles a WHERE a.issue_id = i.id AND a.part_of IS NULL)
FROM issues i JOIN newspapers n ON n.id = i.newspaper_id
WHERE i.id = $1)sql", {pgInt(issueId)});
        if (r.rows() == 0)
            return std::nullopt;
        StoredIssue stored;
        stored.info = readIssueInfo(r, 0, 0);
        stored.parsedDate = QDate::fromString(r.text(0, 1), Qt::ISODate);
        stored.summary.id = issueId;
        stored.summary.date = stored.info.date;
        stored.summary.dateSource = stored.info.dateSource;
        stored.summary.newspaper = stored.info.newspaper;
        stored.summary.issueNo = stored.info.issueNo;
        stored.summary.announcedPages = stored.info.pages;
        stored.summary.pageCount = r.integer(0, 10);
        stored.summary.articleCount = r.integer(0, 11);
        return stored;
    } catch (const PgError &e) {
        m_lastError = e.message();
        return std::nullopt;
    }
}

QList<PageSummary> PgArchive::pages(qint64 issueId) const
{
    QList<PageSummary> result;
    try {
        const PgResult r = m_connection.exec(R"sql(
SELECT s.page, s.section, (SELECT count(*) FROM articles a WHERE a.source_id = s.id), s.path
FROM sources s WHERE s.issue_id = $1 ORDER BY s.page)sql", {pgInt(issueId)});
        for (int row = 0; row < r.rows(); ++row)
            result.append(PageSummary{r.integer(row, 0), r.text(row, 1), r.integer(row, 2), r.text(row, 3)});
    } catch (const PgError &e) {
        m_lastError = e.message();
        result.clear();
    }
    return result;
}

std::optional<qint64> PgArchive::neighbourIssue(qint64 issueId, bool next) const
{
    // Ties on the date are broken by id, so stepping visits every issue exactly once.
    const char *sql = next ? R"sql(
SELECT o.id FROM issues c JOIN issues o ON o.newspaper_id = c.newspaper_id
WHERE c.id = $1 AND (o.shown_date, o.id) > (c.shown_date, c.id)
ORDER BY o.shown_date, o.id LIMIT 1)sql"
                           : R"sql(
SELECT o.id FROM issues c JOIN issues o ON o.newspaper_id = c.newspaper_id
WHERE c.id = $1 AND (o.shown_date, o.id) < (c.shown_date, c.id)
ORDER BY o.shown_date DESC, o.id DESC LIMIT 1)sql";
    try {
        const PgResult r = m_connection.exec(sql, {pgInt(issueId)});
        if (r.rows() > 0)
            return r.int64(0, 0);
    } catch (const PgError &e) {
        m_lastError = e.message();
    }
    return std::nullopt;
}

QList<StoredArticle> PgArchive::articlesOfIssue(qint64 issueId) const
{
    return queryArticles(u"WHERE a.issue_id = $1 AND a.part_of IS NULL"_s, issueId, u"ORDER BY a.page, a.ord, a.id"_s);
}

std::optional<StoredArticle> PgArchive::article(qint64 articleId) const
{
    const QList<StoredArticle> found = queryArticles(u"WHERE a.id = $1"_s, articleId, {});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<StoredArticle> PgArchive::articlesByPerson(qint64 personId) const
{
    return queryArticles(u"WHERE a.id IN (SELECT COALESCE(x.part_of, x.id) FROM article_people ap "
                         "JOIN articles x ON x.id = ap.article_id WHERE ap.person_id = $1)"_s,
                         personId, u"ORDER BY i.shown_date DESC, a.page, a.ord, a.id"_s);
}

QList<PersonSummary> PgArchive::people() const
{
    QList<PersonSummary> result;
    try {
        const PgResult r = m_connection.exec(R"sql(
SELECT p.id, p.name, count(DISTINCT ap.article_id) AS articles
FROM people p JOIN article_people ap ON ap.person_id = p.id
GROUP BY p.id ORDER BY articles DESC, p.name)sql");
        for (int row = 0; row < r.rows(); ++row)
            result.append(PersonSummary{r.int64(row, 0), r.text(row, 1), r.integer(row, 2)});
    } catch (const PgError &e) {
        m_lastError = e.message();
        result.clear();
    }
    return result;
}

bool PgArchive::forEachArticle(const std::function<bool(const StoredArticle &)> &visit) const
{
    return streamArticles(u"WHERE a.part_of IS NULL"_s, {}, u"ORDER BY i.shown_date, n.name, a.page, a.ord, a.id"_s, visit);
}

QList<StoredArticle> PgArchive::queryArticles(const QString &where, qint64 key, const QString &order) const
{
    QList<StoredArticle> result;
    if (!streamArticles(where, {pgInt(key)}, order, [&](const StoredArticle &stored) {
            result.append(stored);
            return true;
        }))
        result.clear();
    return result;
}

bool PgArchive::streamArticles(const QString &where, const QList<PgValue> &params, const QString &order,
                               const std::function<bool(const StoredArticle &)> &visit) const
{
    // A cursor reads the articles 500 at a time; their bylines and continued parts come with one
    // query per batch.
    try {
        PgTransaction transaction(m_connection);
        m_connection.exec(u"DECLARE baoku_articles NO SCROLL CURSOR FOR "_s + QString::fromUtf8(kArticleSelect) + where
                              + u' ' + order,
                          params);
        for (;;) {
            const PgResult r = m_connection.exec("FETCH 500 FROM baoku_articles");
            if (r.rows() == 0)
                break;
            QList<qint64> ids;
            QList<qint64> continued;
            for (int row = 0; row < r.rows(); ++row) {
                ids.append(r.int64(row, 0));
                if (r.text(row, 27) == u"t"_s)
                    continued.append(r.int64(row, 0));
            }
            QHash<qint64, QList<Byline>> bylines;
            const PgResult people = m_connection.exec(
                "SELECT ap.article_id, p.name, ap.role, ap.affiliation FROM article_people ap "
                "JOIN people p ON p.id = ap.person_id WHERE ap.article_id = ANY($1::bigint[]) "
                "AND ap.role <> 'signature' ORDER BY ap.article_id, ap.position",
                {idArray(ids)});
            for (int row = 0; row < people.rows(); ++row)
                bylines[people.int64(row, 0)].append(Byline{people.text(row, 1), people.text(row, 2), people.text(row, 3)});
            PgResult parts;
            if (!continued.isEmpty())
                parts = m_connection.exec("SELECT part_of, page, body, captions, photo_credits, continued_to, subheads "
                                          "FROM articles WHERE part_of = ANY($1::bigint[]) ORDER BY part_of, page, ord, id",
                                          {idArray(continued)});
            for (int row = 0; row < r.rows(); ++row) {
                StoredArticle stored;
                stored.id = r.int64(row, 0);
                stored.issueId = r.int64(row, 1);
                Article &a = stored.article;
                a.kind = articleKindFromString(r.text(row, 2)).value_or(ArticleKind::Article);
                a.page = r.integer(row, 3);
                a.order = r.integer(row, 4);
                a.title = r.text(row, 5);
                a.kicker = r.text(row, 6);
                a.subtitle = r.text(row, 7);
                a.column = r.text(row, 8);
                a.signature = r.text(row, 9);
                a.dateline = r.text(row, 10);
                a.body = r.text(row, 11);
                a.captions = splitLines(r.text(row, 12));
                a.photoCredits = splitLines(r.text(row, 13));
                a.continuedTo = r.optionalInt(row, 14);
                a.continuedFrom = r.optionalInt(row, 15);
                stored.issue = readIssueInfo(r, row, 16);
                for (const auto &index : r.text(row, 28).split(u',', Qt::SkipEmptyParts))
                    a.subheads.append(index.toInt());
                a.subheads = validSubheads(a.subheads, a.body);
                a.section = r.text(row, 26);
                if (r.text(row, 27) == u"t"_s) {
                    // The later parts, appended in page order as Archive does (store/stitcher.h).
                    a.pages = {a.page};
                    for (int p = 0; p < parts.rows(); ++p) {
                        if (parts.int64(p, 0) != stored.id)
                            continue;
                        const int page = parts.integer(p, 1);
                        if (!a.pages.contains(page))
                            a.pages.append(page);
                        a.body += u'\n';
                        a.partStarts.append(a.body.size());
                        const int offset = int(a.body.count(u'\n'));
                        for (const auto &index : parts.text(p, 6).split(u',', Qt::SkipEmptyParts))
                            a.subheads.append(offset + index.toInt());
                        a.body += parts.text(p, 2);
                        a.captions += splitLines(parts.text(p, 3));
                        a.photoCredits += splitLines(parts.text(p, 4));
                        a.continuedTo = parts.optionalInt(p, 5);
                    }
                    std::sort(a.pages.begin(), a.pages.end());
                }
                a.subheads = validSubheads(a.subheads, a.body);
                a.bylines = bylines.value(stored.id);
                if (!visit(stored))
                    return true;
            }
        }
        return true;
    } catch (const PgError &e) {
        m_lastError = e.message();
        return false;
    }
}

bool PgArchive::setIssueDate(qint64 issueId, const QDate &date, QString *error)
{
    try {
        const PgResult r = m_connection.exec("UPDATE issues SET user_date = $1 WHERE id = $2 RETURNING id",
                                             {date.isValid() ? pgText(date.toString(Qt::ISODate)) : PgValue(), pgInt(issueId)});
        if (r.rows() == 0) {
            if (error)
                *error = Msg::tr("no issue with id %1 in the archive").arg(issueId);
            return false;
        }
        return true;
    } catch (const PgError &e) {
        if (error)
            *error = e.message();
        return false;
    }
}

} // namespace Baoku::Core
