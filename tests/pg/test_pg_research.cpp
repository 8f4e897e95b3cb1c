// Stars, lists, tags, notes and saved searches on a PostgreSQL archive (docs/shared-archives.md):
// kept in the reader's research file, one per archive URL, never on the server; re-linked by key
// when a re-publish gives an article a new id; open to the read-only role.
#include "pgcompare.h"

#include "../cli/clirunner.h"

#include "core/store/research.h"
#include "core/store/researchfile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Baoku::Core;

namespace {

// Each test keeps its research files in its own folder (the CLI it runs inherits it).
class ResearchFolder final {
public:
    ResearchFolder()
        : m_old(qgetenv("BAOKU_RESEARCH_DIR"))
    {
        REQUIRE(m_dir.isValid());
        qputenv("BAOKU_RESEARCH_DIR", m_dir.path().toUtf8());
    }
    ~ResearchFolder() { qputenv("BAOKU_RESEARCH_DIR", m_old); }
    QString path() const { return m_dir.path(); }

private:
    QByteArray m_old;
    QTemporaryDir m_dir;
};

QList<std::optional<qint64>> linkedIds(const QList<KeptArticle> &kept)
{
    QList<std::optional<qint64>> ids;
    for (const auto &k : kept)
        ids.append(k.articleId);
    return ids;
}

// Replaces a page of the SQLite archive, as `import --replace` does.
void replacePage(SearchFixture &fx, const QDate &date, const QList<Article> &articles, const QString &path)
{
    ParsedIssue parsed;
    parsed.issue.newspaper = QStringLiteral("中国电子报");
    parsed.issue.date = date;
    parsed.issue.dateSource = DateSource::Masthead;
    parsed.articles = articles;
    SourceFile source;
    source.path = path;
    static int serial = 0; // each replacement is a different file
    source.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(path.toUtf8() + QByteArray::number(++serial)), QCryptographicHash::Sha256).toHex());
    source.size = 1;
    ImportOptions options;
    options.replace = true;
    const ImportResult result = Importer(fx.archive()).importParsed(parsed, source, options);
    INFO(result.reason.toStdString());
    REQUIRE(result.status == ImportStatus::Imported);
}

} // namespace

TEST_CASE("stars, lists, notes and saved searches on PostgreSQL live in the reader's research file", "[pg][research]")
{
    ResearchFolder folder;
    PublishedFixture fx;
    const QList<qint64> ids = fx.addPage(QDate(2023, 3, 1),
                                         {SearchFixture::article(QStringLiteral("芯片产业新进展"), QStringLiteral("国产芯片制造工艺取得突破。")),
                                          SearchFixture::article(QStringLiteral("电子报创刊"), QStringLiteral("电子报今日创刊。"))});
    REQUIRE(ids.size() == 2);
    fx.publish();
    const QString first = QString::number(ids.at(0));
    const QString second = QString::number(ids.at(1));
    const QStringList db{QStringLiteral("--db"), fx.url()};

    // Through the CLI, as a reader would.
    CHECK(runCli(QStringList{QStringLiteral("star"), QStringLiteral("add"), first} + db).exitCode == 0);
    CHECK(runCli(QStringList{QStringLiteral("collection"), QStringLiteral("add"), QStringLiteral("产业"), first, second} + db).exitCode == 0);
    CHECK(runCli(QStringList{QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("政策"), second} + db).exitCode == 0);
    const auto noted = runCli(QStringList{QStringLiteral("note"), QStringLiteral("add"), first, QStringLiteral("工艺进步"),
                                          QStringLiteral("--quote"), QStringLiteral("制造工艺")} + db);
    INFO(noted.err.toStdString());
    CHECK(noted.exitCode == 0);
    CHECK(runCli(QStringList{QStringLiteral("saved"), QStringLiteral("add"), QStringLiteral("芯片新闻"), QStringLiteral("芯片")} + db).exitCode == 0);
    // An article the archive does not hold is refused, as on SQLite.
    CHECK(runCli(QStringList{QStringLiteral("star"), QStringLiteral("add"), QStringLiteral("999999")} + db).exitCode != 0);

    // Read back through the CLI and through core.
    const auto stars = runCli(QStringList{QStringLiteral("star"), QStringLiteral("list"), QStringLiteral("--json")} + db);
    REQUIRE(stars.exitCode == 0);
    const QJsonArray starred = QJsonDocument::fromJson(stars.out).object().value(QStringLiteral("articles")).toArray();
    REQUIRE(starred.size() == 1);
    CHECK(QString::fromUtf8(stars.out).contains(QStringLiteral("芯片产业新进展")));
    const auto search = runCli(QStringList{QStringLiteral("search"), QStringLiteral("--saved"), QStringLiteral("芯片新闻")} + db);
    CHECK(search.exitCode == 0);
    CHECK(QString::fromUtf8(search.out).contains(QStringLiteral("芯片产业新进展")));

    Research research(fx.remote());
    CHECK(linkedIds(research.items(CollectionKind::Star, {})) == QList<std::optional<qint64>>{ids.at(0)});
    CHECK(linkedIds(research.items(CollectionKind::List, QStringLiteral("产业"))) == QList<std::optional<qint64>>{ids.at(0), ids.at(1)});
    CHECK(linkedIds(research.items(CollectionKind::Tag, QStringLiteral("政策"))) == QList<std::optional<qint64>>{ids.at(1)});
    CHECK(research.isStarred(ids.at(0)));
    CHECK(!research.isStarred(ids.at(1)));
    const QList<Note> notes = research.notes(ids.at(0));
    REQUIRE(notes.size() == 1);
    CHECK(notes.first().text == QStringLiteral("工艺进步"));
    CHECK(notes.first().start == 4); // 国产芯片|制造工艺
    CHECK(notes.first().article.title == QStringLiteral("芯片产业新进展"));
    CHECK(notes.first().article.date == QDate(2023, 3, 1));
    REQUIRE(research.savedSearches().size() == 1);
    CHECK(research.savedSearches().first().query == QStringLiteral("芯片"));

    // In the research file named for the URL; neither the server nor the SQLite original holds any of it.
    const QString file = researchFilePath(fx.url());
    CHECK(QFileInfo(file).absolutePath() == QFileInfo(folder.path()).absoluteFilePath());
    CHECK(QFileInfo::exists(file));
    PgConnection server;
    QString error;
    REQUIRE(server.open(fx.url(), &error));
    CHECK(server.exec("SELECT to_regclass('kept_articles') IS NULL AND to_regclass('notes') IS NULL").text(0, 0) == QStringLiteral("t"));
    CHECK(Research(fx.archive()).items(CollectionKind::Star, {}).isEmpty());
    CHECK(Research(fx.archive()).savedSearches().isEmpty());

    // One file per archive: another database with the same articles has its own (empty) research,
    // while another role on the same database shares the reader's file.
    PublishedFixture other;
    other.addPage(QDate(2023, 3, 1), {SearchFixture::article(QStringLiteral("芯片产业新进展"), QStringLiteral("国产芯片制造工艺取得突破。"))});
    other.publish();
    CHECK(researchFilePath(other.url()) != file);
    CHECK(Research(other.remote()).items(CollectionKind::Star, {}).isEmpty());
    CHECK(Research(other.remote()).notes().isEmpty());
    CHECK(researchFilePath(QString(fx.url()).replace(QStringLiteral("postgresql://baoku@"), QStringLiteral("postgresql://someone:secret@")))
          == file);
}

TEST_CASE("a republished article keeps its star, lists and notes by its key", "[pg][research]")
{
    ResearchFolder folder;
    PublishedFixture fx;
    const QDate date(2023, 4, 2);
    const QString page = QStringLiteral("/made/up/replaced-1.txt");
    auto x = SearchFixture::article(QStringLiteral("集成电路"), QStringLiteral("集成电路产业规模扩大。"));
    auto y = SearchFixture::article(QStringLiteral("显示面板"), QStringLiteral("新型显示面板量产。"));
    replacePage(fx, date, {x, y}, page);
    fx.publish();
    qint64 oldY = 0;
    for (const auto &stored : fx.remote().articlesOfIssue(fx.remote().issues().first().id))
        if (stored.article.title == y.title)
            oldY = stored.id;
    REQUIRE(oldY > 0);
    {
        Research research(fx.remote());
        REQUIRE(research.add(CollectionKind::Star, {}, {oldY}));
        REQUIRE(research.add(CollectionKind::List, QStringLiteral("面板"), {oldY}));
        REQUIRE(research.addNote(oldY, QStringLiteral("量产"), QStringLiteral("量产"), -1));
    }

    // The page is re-imported with an article before y and y's text changed: the ids move, and
    // y's old id now names another article; publish --full copies the issues anew.
    auto z = SearchFixture::article(QStringLiteral("通信网络"), QStringLiteral("通信网络建设提速。"));
    y.body = QStringLiteral("今年新型显示面板全面量产。");
    z.order = 1;
    x.order = 2;
    y.order = 3;
    replacePage(fx, date, {z, x, y}, page);
    fx.publish(true);
    qint64 newY = 0;
    for (const auto &stored : fx.remote().articlesOfIssue(fx.remote().issues().first().id))
        if (stored.article.title == y.title)
            newY = stored.id;
    REQUIRE(newY > 0);
    REQUIRE(newY != oldY);
    const auto atOld = fx.remote().article(oldY);
    CHECK((!atOld || atOld->article.title != y.title));

    Research research(fx.remote());
    const auto stars = research.items(CollectionKind::Star, {});
    REQUIRE(stars.size() == 1);
    CHECK(stars.first().articleId == newY);
    CHECK(stars.first().order == 3);
    CHECK(research.isStarred(newY));
    CHECK(!research.isStarred(oldY));
    CHECK(linkedIds(research.items(CollectionKind::List, QStringLiteral("面板"))) == QList<std::optional<qint64>>{newY});
    const QList<Note> notes = research.notes(newY);
    REQUIRE(notes.size() == 1);
    CHECK(notes.first().anchored);
    CHECK(notes.first().start == int(y.body.indexOf(QStringLiteral("量产"))));

    // A page published without the article leaves it kept by its key, linked to nothing.
    replacePage(fx, date, {z, x}, page);
    fx.publish(true);
    const auto gone = Research(fx.remote()).items(CollectionKind::Star, {});
    REQUIRE(gone.size() == 1);
    CHECK(!gone.first().articleId);
    CHECK(gone.first().title == y.title);
}

TEST_CASE("the read-only role keeps its own collections", "[pg][research][roles]")
{
    ResearchFolder folder;
    PublishedFixture fx;
    const QList<qint64> ids = fx.addPage(QDate(2023, 5, 3), {SearchFixture::article(QStringLiteral("半导体"), QStringLiteral("半导体设备国产化。"))});
    fx.publish();
    {
        PgConnection admin;
        QString error;
        REQUIRE(admin.open(fx.url(), &error));
        admin.execScript("CREATE ROLE baoku_research_reader LOGIN; GRANT USAGE ON SCHEMA public TO baoku_research_reader; "
                         "GRANT SELECT ON ALL TABLES IN SCHEMA public TO baoku_research_reader;");
    }
    const QString readerUrl = QString(fx.url()).replace(QStringLiteral("postgresql://baoku@"), QStringLiteral("postgresql://baoku_research_reader@"));
    REQUIRE(readerUrl != fx.url());
    const QStringList db{QStringLiteral("--db"), readerUrl};
    const QString id = QString::number(ids.first());
    const auto starred = runCli(QStringList{QStringLiteral("star"), QStringLiteral("add"), id} + db);
    INFO(starred.err.toStdString());
    CHECK(starred.exitCode == 0);
    CHECK(runCli(QStringList{QStringLiteral("note"), QStringLiteral("add"), id, QStringLiteral("设备")} + db).exitCode == 0);
    CHECK(runCli(QStringList{QStringLiteral("collection"), QStringLiteral("add"), QStringLiteral("设备"), id} + db).exitCode == 0);

    Archive reader;
    QString error;
    REQUIRE(reader.open(readerUrl, &error));
    Research research(reader);
    CHECK(linkedIds(research.items(CollectionKind::Star, {})) == QList<std::optional<qint64>>{ids.first()});
    CHECK(linkedIds(research.items(CollectionKind::List, QStringLiteral("设备"))) == QList<std::optional<qint64>>{ids.first()});
    REQUIRE(research.notes().size() == 1);
    CHECK(research.notes().first().text == QStringLiteral("设备"));
    const auto list = runCli(QStringList{QStringLiteral("note"), QStringLiteral("list")} + db);
    CHECK(list.exitCode == 0);
    CHECK(QString::fromUtf8(list.out).contains(QStringLiteral("设备")));
}
