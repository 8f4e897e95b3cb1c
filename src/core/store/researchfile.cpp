#include "core/store/researchfile.h"

#include "core/store/pgarchive.h"
#include "core/store/research.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Baoku::Core {

namespace {

// Messages of this file, under Research's translation context (lupdate reads Msg::tr calls).
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Baoku::Core::Research)
};

// user_version of a research file whose tables exist.
constexpr int kResearchFileVersion = 1;

struct Kept final {
    qint64 keptId = 0;
    std::optional<qint64> articleId;
    QJsonObject key;
};

} // namespace

QString researchFolder()
{
    const QString fromEnvironment = qEnvironmentVariable("BAOKU_RESEARCH_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/research"_s;
}

QString researchFilePath(const QString &url)
{
    // libpq takes the server in the URL's authority or in ?host=…&port=…&dbname=… (a socket folder).
    const QUrl parsed(url);
    const QUrlQuery query(parsed);
    QString host = query.hasQueryItem(u"host"_s) ? query.queryItemValue(u"host"_s, QUrl::FullyDecoded) : parsed.host();
    if (host.isEmpty())
        host = u"localhost"_s;
    QString port = query.hasQueryItem(u"port"_s) ? query.queryItemValue(u"port"_s) : QString();
    if (port.isEmpty())
        port = QString::number(parsed.port(5432));
    QString database = query.hasQueryItem(u"dbname"_s) ? query.queryItemValue(u"dbname"_s, QUrl::FullyDecoded)
                                                        : parsed.path(QUrl::FullyDecoded).mid(1);
    const QByteArray name = (host.toLower() + u'/' + port + u'/' + database).toUtf8();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(name, QCryptographicHash::Sha1).toHex());
    return researchFolder() + u'/' + hash + u".sqlite"_s;
}

void openResearchFile(Database &db, const PgArchive &archive)
{
    const QString path = researchFilePath(archive.connection().url());
    QString error;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        throw DatabaseError(Msg::tr("%1: cannot create the folder for the research file").arg(QDir::toNativeSeparators(path)));
    if (!db.open(path, &error, OpenMode::Create))
        throw DatabaseError(error);
    if (db.isReadOnly()) {
        db.close();
        throw DatabaseError(Msg::tr("%1: the research file is read-only").arg(QDir::toNativeSeparators(path)));
    }
    Statement version(db, "PRAGMA user_version");
    version.step();
    if (version.integer(0) == 0) {
        Transaction transaction(db);
        createResearchFileTables(db);
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(kResearchFileVersion));
        transaction.commit();
    } else if (version.integer(0) > kResearchFileVersion) {
        db.close();
        throw DatabaseError(Msg::tr("%1: the research file was written by a newer Baoku").arg(QDir::toNativeSeparators(path)));
    }
    relinkResearchFile(db, archive);
}

void relinkResearchFile(Database &db, const PgArchive &archive)
{
    QList<Kept> kept;
    QJsonArray keys;
    Statement select(db, "SELECT id, article_id, newspaper, date, page, ord, title FROM kept_articles ORDER BY id");
    while (select.step()) {
        Kept k;
        k.keptId = select.int64(0);
        if (!select.isNull(1))
            k.articleId = select.int64(1);
        k.key = QJsonObject{{u"kid"_s, k.keptId},
                            {u"aid"_s, k.articleId ? QJsonValue(*k.articleId) : QJsonValue()},
                            {u"newspaper"_s, select.text(2)}, {u"date"_s, select.text(3)},
                            {u"page"_s, select.integer(4)}, {u"ord"_s, select.integer(5)}, {u"title"_s, select.text(6)}};
        keys.append(k.key);
        kept.append(k);
    }
    if (kept.isEmpty())
        return;
    // One statement for every kept article: its own id first when it still holds the key, else
    // the nearest in position on the same page with the same title.
    QHash<qint64, std::pair<qint64, int>> found; // kept id → article id, position
    try {
        const PgResult r = archive.connection().exec(R"sql(
SELECT k.kid, m.id, m.ord FROM json_to_recordset($1::json)
    AS k(kid bigint, aid bigint, newspaper text, date text, page integer, ord integer, title text)
JOIN LATERAL (
    SELECT a.id, a.ord FROM newspapers n JOIN issues i ON i.newspaper_id = n.id JOIN articles a ON a.issue_id = i.id
    WHERE n.name = k.newspaper AND i.date = k.date AND a.page = k.page AND coalesce(a.title, '') = k.title
    ORDER BY a.id IS NOT DISTINCT FROM k.aid DESC, abs(a.ord - k.ord), a.ord, a.id LIMIT 1) m ON true)sql",
                                                     {QJsonDocument(keys).toJson(QJsonDocument::Compact)});
        for (int row = 0; row < r.rows(); ++row)
            found.insert(r.int64(row, 0), {r.int64(row, 1), r.integer(row, 2)});
    } catch (const PgError &e) {
        throw DatabaseError(e.message());
    }
    // Unchanged links first, so that an article is never given to two kept rows (article_id is unique).
    QSet<qint64> taken;
    QList<const Kept *> changed;
    for (const Kept &k : kept) {
        const auto match = found.constFind(k.keptId);
        if (match != found.cend() && k.articleId == match->first)
            taken.insert(match->first);
        else if (k.articleId || match != found.cend())
            changed.append(&k);
    }
    if (changed.isEmpty())
        return;
    Transaction transaction(db);
    Statement unlink(db, "UPDATE kept_articles SET article_id = NULL WHERE id = ?1");
    for (const Kept *k : changed) {
        unlink.reset();
        unlink.bind(1, k->keptId).run();
    }
    Statement link(db, "UPDATE kept_articles SET article_id = ?2, ord = ?3 WHERE id = ?1");
    Statement notes(db, "SELECT id, quote, start FROM notes WHERE kept_id = ?1 AND quote <> ''");
    Statement anchor(db, "UPDATE notes SET start = ?2, anchored = ?3 WHERE id = ?1");
    for (const Kept *k : changed) {
        const auto match = found.constFind(k->keptId);
        if (match == found.cend() || taken.contains(match->first))
            continue; // stays unlinked until its page is published again
        taken.insert(match->first);
        link.reset();
        link.bind(1, k->keptId).bind(2, match->first).bind(3, match->second).run();
        notes.reset();
        notes.bind(1, k->keptId);
        QString body;
        bool loaded = false;
        while (notes.step()) {
            if (!loaded) {
                const auto stored = archive.article(match->first);
                body = stored ? stored->article.body : QString();
                loaded = true;
            }
            const int at = nearestOccurrence(body, notes.text(1), notes.integer(2));
            anchor.reset();
            anchor.bind(1, notes.int64(0)).bind(2, at < 0 ? notes.integer(2) : at).bind(3, at < 0 ? 0 : 1).run();
        }
    }
    transaction.commit();
}

} // namespace Baoku::Core
