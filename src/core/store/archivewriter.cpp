#include "core/store/archivewriter.h"

#include "core/sql/database.h"
#include "core/store/importer.h"

#include "core/search/ftsindex.h"

#include <QDateTime>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Baoku::Core {

namespace {

std::optional<StoredSource> readSource(Statement &row)
{
    if (!row.step())
        return std::nullopt;
    return StoredSource{row.int64(0), row.int64(1), row.integer(2), row.text(3), row.integer(4)};
}

QString orEmpty(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

} // namespace

ArchiveWriter::ArchiveWriter(Database &db)
    : m_db(db)
{
}

std::optional<StoredSource> ArchiveWriter::sourceBySha256(const QString &sha256)
{
    Statement row(m_db, "SELECT id, issue_id, page, path, parser_version FROM sources WHERE sha256 = ?");
    row.bind(1, sha256);
    return readSource(row);
}

std::optional<StoredSource> ArchiveWriter::sourceAt(qint64 issueId, int page)
{
    Statement row(m_db, "SELECT id, issue_id, page, path, parser_version FROM sources WHERE issue_id = ? AND page = ?");
    row.bind(1, issueId).bind(2, page);
    return readSource(row);
}

qint64 ArchiveWriter::issueFor(const IssueInfo &info)
{
    Statement(m_db, "INSERT OR IGNORE INTO newspapers(name) VALUES (?)").bind(1, orEmpty(info.newspaper)).run();
    Statement newspaper(m_db, "SELECT id FROM newspapers WHERE name = ?");
    newspaper.bind(1, orEmpty(info.newspaper));
    newspaper.step();
    const qint64 newspaperId = newspaper.int64(0);
    const QString date = info.date.toString(Qt::ISODate);

    Statement find(m_db, "SELECT id FROM issues WHERE newspaper_id = ?1 AND date = ?2 "
                         "UNION ALL SELECT id FROM issues WHERE newspaper_id = ?1 AND user_date = ?2 LIMIT 1");
    find.bind(1, newspaperId).bind(2, date);
    if (find.step()) {
        const qint64 id = find.int64(0);
        Statement fill(m_db, "UPDATE issues SET weekday = CASE WHEN weekday = '' THEN ?2 ELSE weekday END, "
                             "issue_no = COALESCE(issue_no, ?3), total_no = COALESCE(total_no, ?4), "
                             "pages = COALESCE(pages, ?5) WHERE id = ?1");
        fill.bind(1, id).bind(2, orEmpty(info.weekday)).bind(3, info.issueNo).bind(4, info.totalNo).bind(5, info.pages);
        fill.run();
        return id;
    }
    Statement insert(m_db, "INSERT INTO issues(newspaper_id, date, date_source, weekday, issue_no, total_no, pages) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, newspaperId).bind(2, date).bind(3, toString(info.dateSource)).bind(4, orEmpty(info.weekday));
    insert.bind(5, info.issueNo).bind(6, info.totalNo).bind(7, info.pages);
    insert.run();
    return m_db.lastInsertId();
}

QDate ArchiveWriter::userDate(qint64 issueId)
{
    Statement row(m_db, "SELECT user_date FROM issues WHERE id = ?");
    row.bind(1, issueId);
    return row.step() ? QDate::fromString(row.text(0), Qt::ISODate) : QDate();
}

void ArchiveWriter::setUserDateIfUnset(qint64 issueId, const QDate &date)
{
    Statement update(m_db, "UPDATE issues SET user_date = ? WHERE id = ? AND user_date IS NULL");
    update.bind(1, date.toString(Qt::ISODate)).bind(2, issueId).run();
}

QString ArchiveWriter::onlyNewspaper()
{
    Statement row(m_db, "SELECT name FROM newspapers WHERE name <> '' "
                        "AND EXISTS (SELECT 1 FROM issues WHERE newspaper_id = newspapers.id) LIMIT 2");
    QStringList names;
    while (row.step())
        names.append(row.text(0));
    return names.size() == 1 ? names.first() : QString();
}

QDate ArchiveWriter::nextPublicationDay(const QString &newspaper, const QDate &date)
{
    // strftime's %w counts from Sunday = 0; Qt's dayOfWeek from Monday = 1 to Sunday = 7.
    Statement row(m_db, R"sql(
SELECT CAST(strftime('%w', i.shown_date) AS INTEGER), count(*)
FROM issues_dated i JOIN newspapers n ON n.id = i.newspaper_id
WHERE n.name = ?1 AND (i.user_date IS NOT NULL OR i.date_source IN ('masthead', 'filename', 'user'))
GROUP BY 1)sql");
    row.bind(1, newspaper);
    QSet<int> weekdays;
    int dated = 0;
    while (row.step()) {
        weekdays.insert(row.integer(0) == 0 ? 7 : row.integer(0));
        dated += row.integer(1);
    }
    if (dated < kMinDatedIssues || !date.isValid())
        return date;
    for (int days = 0; days < 7; ++days) {
        if (weekdays.contains(date.addDays(days).dayOfWeek()))
            return date.addDays(days);
    }
    return date;
}

qint64 ArchiveWriter::insertSource(qint64 issueId, int page, const SourceFile &source, const QString &section)
{
    Statement insert(m_db, "INSERT INTO sources(issue_id, page, path, sha256, size, imported_at, parser_version, section, stamp) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, issueId).bind(2, page).bind(3, orEmpty(source.path)).bind(4, orEmpty(source.sha256));
    insert.bind(5, source.size).bind(6, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    insert.bind(7, source.parserVersion).bind(8, orEmpty(section));
    insert.bind(9, source.stamp.isEmpty() ? QString() : source.stamp); // NULL: hashed on a re-run
    insert.run();
    return m_db.lastInsertId();
}

qint64 ArchiveWriter::personId(const QString &name)
{
    Statement(m_db, "INSERT OR IGNORE INTO people(name) VALUES (?)").bind(1, name).run();
    Statement row(m_db, "SELECT id FROM people WHERE name = ?");
    row.bind(1, name);
    row.step();
    return row.int64(0);
}

void ArchiveWriter::insertArticles(qint64 issueId, qint64 sourceId, const QList<Article> &articles, Indexing indexing)
{
    Statement insert(m_db, R"sql(
INSERT INTO articles(issue_id, source_id, kind, page, ord, title, kicker, subtitle, column_name, signature,
                     dateline, body, captions, photo_credits, continued_to, continued_from, subheads)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))sql");
    Statement role(m_db, "INSERT INTO article_people(article_id, person_id, role, affiliation, position) "
                         "VALUES (?, ?, ?, ?, ?)");
    for (const Article &a : articles) {
        insert.reset();
        insert.bind(1, issueId).bind(2, sourceId).bind(3, toString(a.kind)).bind(4, a.page).bind(5, a.order);
        insert.bind(6, orEmpty(a.title)).bind(7, orEmpty(a.kicker)).bind(8, orEmpty(a.subtitle));
        insert.bind(9, orEmpty(a.column)).bind(10, orEmpty(a.signature)).bind(11, orEmpty(a.dateline));
        insert.bind(12, orEmpty(a.body)).bind(13, orEmpty(a.captions.join(u'\n')));
        insert.bind(14, orEmpty(a.photoCredits.join(u'\n'))).bind(15, a.continuedTo).bind(16, a.continuedFrom);
        QStringList subheads;
        for (int index : a.subheads)
            subheads.append(QString::number(index));
        insert.bind(17, orEmpty(subheads.join(u',')));
        insert.run();
        const qint64 articleId = m_db.lastInsertId();
        int position = 0;
        const auto addPerson = [&](const QString &name, const QString &roleName, const QString &affiliation) {
            if (name.trimmed().isEmpty())
                return;
            role.reset();
            role.bind(1, articleId).bind(2, personId(name.trimmed())).bind(3, roleName).bind(4, orEmpty(affiliation));
            role.bind(5, position++).run();
        };
        for (const Byline &byline : a.bylines)
            addPerson(byline.name, orEmpty(byline.role), byline.affiliation);
        addPerson(a.signature, u"signature"_s, {});
        if (indexing == Indexing::Queued)
            queueArticle(m_db, articleId);
        else
            indexArticle(m_db, articleId);
    }
}

void ArchiveWriter::removeSource(qint64 sourceId)
{
    // The index reads the old text to remove it, so it goes before the rows do.
    Statement ids(m_db, "SELECT id FROM articles WHERE source_id = ?");
    ids.bind(1, sourceId);
    while (ids.step())
        unindexArticle(m_db, ids.int64(0));
    Statement(m_db, "DELETE FROM articles WHERE source_id = ?").bind(1, sourceId).run();
    Statement(m_db, "DELETE FROM sources WHERE id = ?").bind(1, sourceId).run();
}

void ArchiveWriter::removeOrphans(qint64 issueId)
{
    Statement(m_db, "DELETE FROM issues WHERE id = ? AND NOT EXISTS (SELECT 1 FROM sources WHERE issue_id = issues.id)")
        .bind(1, issueId)
        .run();
    m_db.exec("DELETE FROM people WHERE NOT EXISTS (SELECT 1 FROM article_people WHERE person_id = people.id)");
}

} // namespace Baoku::Core
