#include "storetestutil.h"

#include "core/search/ftsindex.h"
#include "core/store/archivecheck.h"
#include "core/store/research.h"
#include "core/store/schema.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using namespace Baoku::Core;

namespace {

// Rows as an importer of schema version 1 wrote them (no user_date, no search index).
void fillVersion1(Database &db)
{
    db.exec(R"sql(
INSERT INTO newspapers(id, name) VALUES (1, '中国电子报');
INSERT INTO issues(id, newspaper_id, date, date_source, weekday, issue_no, total_no, pages)
    VALUES (1, 1, '2023-11-17', 'inferred', '星期五', 84, 4212, 8);
INSERT INTO sources(id, issue_id, page, path, sha256, size, imported_at, parser_version)
    VALUES (1, 1, 1, '/old/000.txt', 'aa', 10, '2023-11-20T10:00:00Z', 1);
INSERT INTO articles(id, issue_id, source_id, kind, page, ord, title, body, signature, captions, continued_to)
    VALUES (1, 1, 1, 'article', 1, 1, '金壮龙会见欧盟委员会内部市场委员布雷顿', '本报讯 工业和信息化部部长金壮龙在北京会见', '耀文', '图一' || char(10) || '图二', 2),
           (2, 1, 1, 'article', 1, 2, '家电企业要当智能制造“排头兵”', '小到卡扣螺丝钉，大到压缩机', '', '', NULL);
INSERT INTO people(id, name) VALUES (1, '耀文'), (2, '宋婧');
INSERT INTO article_people(article_id, person_id, role, affiliation, position)
    VALUES (1, 1, 'signature', '', 0), (2, 2, 'reporter', '', 0);
)sql");
}

} // namespace

TEST_CASE("an archive of schema version 1 to 8 is migrated forward with its data", "[store][migrations]")
{
    const int start = GENERATE(1, 2, 3, 4, 5, 6, 7, 8);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    {
        Database db;
        REQUIRE(db.open(path));
        registerTokenizer(db.handle()); // version 3 creates the search index
        migrate(db, 1);
        REQUIRE(db.userVersion() == 1);
        CHECK(StoreTest::count(db, "SELECT count(*) FROM pragma_table_info('issues') WHERE name = 'user_date'") == 0);
        fillVersion1(db);
        migrate(db, start);
        REQUIRE(db.userVersion() == start);
    }
    Archive archive;
    QString error;
    REQUIRE(archive.open(path, &error));
    Database &db = archive.database();
    CHECK(db.userVersion() == kSchemaVersion);

    const auto issues = archive.issues();
    REQUIRE(issues.size() == 1);
    CHECK(issues.first().date == QDate(2023, 11, 17));
    CHECK(issues.first().articleCount == 2);
    CHECK(issues.first().issueNo == 84);
    const auto first = archive.article(1);
    REQUIRE(first);
    CHECK(first->article.title == u"金壮龙会见欧盟委员会内部市场委员布雷顿"_s);
    CHECK(first->article.captions == QStringList{u"图一"_s, u"图二"_s});
    CHECK(first->article.signature == u"耀文"_s);
    CHECK(first->article.bylines.isEmpty()); // a signature is a role, not a byline
    CHECK(first->article.continuedTo == 2);
    CHECK(first->issue.sourcePath == u"/old/000.txt"_s);

    // Version 2's column works, and version 3 indexed the articles that were already there.
    REQUIRE(archive.setIssueDate(1, QDate(2023, 11, 10)));
    CHECK(archive.issues().first().date == QDate(2023, 11, 10));
    CHECK(StoreTest::count(db, "SELECT count(*) FROM search_fts_docsize") == 2);
    // Version 4's queue is there and empty; the view still shows every article.
    CHECK(StoreTest::count(db, "SELECT count(*) FROM index_queue") == 0);
    CHECK(StoreTest::count(db, "SELECT count(*) FROM search_content") == 2);
    // The subheads column: articles stored before it have none.
    CHECK(first->article.subheads.isEmpty());
    CHECK(StoreTest::count(db, "SELECT count(*) FROM articles WHERE subheads = ''") == 2);
    CHECK(StoreTest::count(db, "SELECT count(*) FROM sqlite_master WHERE name = 'articles_advertisements'") == 1);
    CHECK(StoreTest::count(db, "SELECT count(*) FROM sqlite_master WHERE name = 'articles_facets'") == 1);
    // Version 9: files imported before have no stamp, so a re-import hashes them.
    CHECK(StoreTest::count(db, "SELECT count(*) FROM sources WHERE stamp IS NULL") == 1);
    // Version 7's research tables take an article from before the migration.
    Research research(db);
    REQUIRE(research.add(CollectionKind::Tag, u"芯片"_s, {2}));
    REQUIRE(research.addNote(1, u"会见"_s, u"金壮龙"_s));
    CHECK(research.items(CollectionKind::Tag, u"芯片"_s).first().title == u"家电企业要当智能制造“排头兵”"_s);
    CHECK(research.notes().first().start == 13);
    for (const auto &check : checkArchive(db)) {
        INFO(check.name.toStdString() << ": " << check.problems.join(u"; "_s).toStdString());
        CHECK(check.problems.isEmpty());
    }
}

TEST_CASE("opening a current archive again changes nothing", "[store][migrations]")
{
    StoreTest::TempArchive temp;
    const auto parsed = StoreTest::makeIssue(QDate(2023, 11, 10), {StoreTest::makeArticle(1, u"标题"_s, u"正文"_s)});
    REQUIRE(Importer(temp.archive).importParsed(parsed, StoreTest::makeSource(u"a.txt"_s, u"a"_s), {}).status
            == ImportStatus::Imported);
    Archive again;
    REQUIRE(again.open(temp.path));
    CHECK(again.database().userVersion() == kSchemaVersion);
    CHECK(again.issues().size() == 1);
    CHECK(StoreTest::count(again.database(), "SELECT count(*) FROM search_fts_docsize") == 1);
}

TEST_CASE("an archive from a newer Baoku is refused, not touched", "[store][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new.sqlite"_s);
    {
        Database db;
        REQUIRE(db.open(path));
        db.setUserVersion(kSchemaVersion + 1);
    }
    Archive archive;
    QString error;
    CHECK_FALSE(archive.open(path, &error));
    CHECK(error.contains(u"newer"_s));
    Database db;
    REQUIRE(db.open(path));
    CHECK(db.userVersion() == kSchemaVersion + 1);
    CHECK(StoreTest::count(db, "SELECT count(*) FROM sqlite_schema") == 0);
}

TEST_CASE("a reader opens a current archive while another connection writes", "[store][migrations]")
{
    StoreTest::TempArchive temp;
    Transaction writing(temp.db());
    QElapsedTimer timer;
    timer.start();
    Archive reader;
    QString error;
    REQUIRE(reader.open(temp.path, &error));
    // Well under the busy timeout: opening an up-to-date archive takes no write lock.
    CHECK(timer.elapsed() < 5000);
    CHECK(reader.issues().isEmpty());
}
