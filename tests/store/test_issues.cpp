// Whole issues in the store: continued articles stitched in any import order and restitched on
// replace, pages without a paper name or a printed date, and the migration to schema 5.
#include "storetestutil.h"

#include "core/search/ftsindex.h"
#include "core/search/searcher.h"
#include "core/store/archivecheck.h"
#include "core/store/schema.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace Baoku::Core;
using StoreTest::makeArticle;
using StoreTest::makeIssue;
using StoreTest::makeSource;

namespace {

const QDate kDay(2021, 5, 7); // a Friday

void requireConsistent(Database &db)
{
    for (const auto &check : checkArchive(db)) {
        INFO(check.name.toStdString() << ": " << check.problems.join(u"; "_s).toStdString());
        REQUIRE(check.problems.isEmpty());
    }
}

Article onPage(Article article, int page, std::optional<int> to = {}, std::optional<int> from = {})
{
    article.page = page;
    article.continuedTo = to;
    article.continuedFrom = from;
    return article;
}

// Page 1: two articles continued to page 4 and one that is not.
ParsedIssue frontPage()
{
    return makeIssue(kDay, {onPage(makeArticle(1, u"河畔区书房夜间开放"_s, u"八家城市书房延长开放时间至晚上十点。"_s), 1, 4),
                            onPage(makeArticle(2, u"老旧小区加装电梯提速"_s, u"今年已有三十二部加装电梯投入使用。"_s), 1, 4),
                            onPage(makeArticle(3, u"社区食堂开门迎客"_s, u"首家社区食堂近日开业，每天供应三餐。"_s), 1)});
}

// Page 4: the second article's part with its headline repeated, then the first's without one,
// then an article of its own.
ParsedIssue innerPage(const QString &firstPart = u"首周夜间借阅量比上月同期增长近一倍。"_s)
{
    return makeIssue(kDay, {onPage(makeArticle(1, u"老旧小区加装电梯提速"_s, u"街道工作人员上门协调费用分摊难题。"_s), 4, {}, 1),
                            onPage(makeArticle(2, {}, firstPart), 4, {}, 1),
                            onPage(makeArticle(3, u"口袋公园添新绿"_s, u"新建的口袋公园种植了四十多种乡土花木。"_s), 4)});
}

ImportResult importIssue(Archive &archive, const ParsedIssue &issue, const QString &tag, ImportOptions options = {})
{
    const ImportResult result = Importer(archive).importParsed(issue, makeSource(tag + u".txt"_s, tag), options);
    INFO(result.reason.toStdString());
    REQUIRE(result.status == ImportStatus::Imported);
    return result;
}

std::optional<StoredArticle> byTitle(const Archive &archive, const QString &title)
{
    std::optional<StoredArticle> found;
    archive.forEachArticle([&](const StoredArticle &a) {
        if (a.article.title == title)
            found = a;
        return !found;
    });
    return found;
}

QStringList searchTitles(Database &db, const QString &query)
{
    SearchRequest request;
    request.query = query;
    const SearchResult result = Searcher(db).search(request);
    QStringList titles;
    for (const auto &hit : result.hits)
        titles << hit.title;
    return titles;
}

void requireStitched(Archive &archive)
{
    const auto first = byTitle(archive, u"河畔区书房夜间开放"_s);
    REQUIRE(first);
    CHECK(first->article.pages == QList<int>{1, 4});
    CHECK(first->article.body == u"八家城市书房延长开放时间至晚上十点。\n首周夜间借阅量比上月同期增长近一倍。"_s);
    CHECK(first->article.partStarts == QList<qsizetype>{first->article.body.indexOf(u"首周"_s)});
    CHECK_FALSE(first->article.continuedTo); // whole now
    const auto second = byTitle(archive, u"老旧小区加装电梯提速"_s);
    REQUIRE(second);
    CHECK(second->article.page == 1);
    CHECK(second->article.pages == QList<int>{1, 4});
    CHECK(second->article.body.endsWith(u"街道工作人员上门协调费用分摊难题。"_s));
    const auto own = byTitle(archive, u"口袋公园添新绿"_s);
    REQUIRE(own);
    CHECK(own->article.pages.isEmpty());
    CHECK(own->article.page == 4);
    const auto issues = archive.issues();
    REQUIRE(issues.size() == 1);
    CHECK(issues.first().articleCount == 4);
    CHECK(archive.articlesOfIssue(issues.first().id).size() == 4);
    // Search finds each part in its whole article only, with the snippet marking the match.
    CHECK(searchTitles(archive.database(), u"借阅量"_s) == QStringList{u"河畔区书房夜间开放"_s});
    CHECK(searchTitles(archive.database(), u"费用分摊"_s) == QStringList{u"老旧小区加装电梯提速"_s});
    CHECK(searchTitles(archive.database(), u"晚上十点"_s) == QStringList{u"河畔区书房夜间开放"_s});
    SearchRequest request;
    request.query = u"借阅量"_s;
    const auto hits = Searcher(archive.database()).search(request).hits;
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().snippet.contains(u"⟦借阅量⟧"_s));
    requireConsistent(archive.database());
}

} // namespace

TEST_CASE("continued parts are stitched whichever page comes first", "[store][issues]")
{
    const bool innerFirst = GENERATE(false, true);
    const bool batch = GENERATE(false, true);
    StoreTest::TempArchive temp;
    Importer importer(temp.archive);
    if (batch)
        importer.startBatch();
    for (const bool inner : {innerFirst, !innerFirst}) {
        const auto result = importer.importParsed(inner ? innerPage() : frontPage(),
                                                  makeSource(inner ? u"p4.txt"_s : u"p1.txt"_s, inner ? u"4"_s : u"1"_s), {});
        REQUIRE(result.status == ImportStatus::Imported);
        requireConsistent(temp.db());
    }
    if (batch)
        REQUIRE(importer.finishBatch());
    requireStitched(temp.archive);
}

TEST_CASE("replacing either page restitches", "[store][issues]")
{
    StoreTest::TempArchive temp;
    importIssue(temp.archive, frontPage(), u"1"_s);
    importIssue(temp.archive, innerPage(), u"4"_s);
    ImportOptions replace;
    replace.replace = true;
    importIssue(temp.archive, innerPage(u"新的借阅数据显示夜读人数稳步上升。"_s), u"4b"_s, replace);
    auto first = byTitle(temp.archive, u"河畔区书房夜间开放"_s);
    REQUIRE(first);
    CHECK(first->article.body.endsWith(u"新的借阅数据显示夜读人数稳步上升。"_s));
    CHECK(searchTitles(temp.db(), u"借阅量"_s).isEmpty());
    CHECK(searchTitles(temp.db(), u"夜读人数"_s) == QStringList{u"河畔区书房夜间开放"_s});
    requireConsistent(temp.db());

    importIssue(temp.archive, frontPage(), u"1b"_s, replace);
    first = byTitle(temp.archive, u"河畔区书房夜间开放"_s);
    REQUIRE(first);
    CHECK(first->article.pages == QList<int>{1, 4});
    CHECK(searchTitles(temp.db(), u"夜读人数"_s) == QStringList{u"河畔区书房夜间开放"_s});
    CHECK(temp.archive.issues().first().articleCount == 4);
    requireConsistent(temp.db());
}

TEST_CASE("a part that continues nothing stays its own article; a head whose page is missing keeps continued_to",
          "[store][issues]")
{
    StoreTest::TempArchive temp;
    // Page 1 continues one article to page 4 and one to page 6, which is not in the archive.
    importIssue(temp.archive,
                makeIssue(kDay, {onPage(makeArticle(1, u"河畔区书房夜间开放"_s, u"八家城市书房延长开放时间。"_s), 1, 4),
                                 onPage(makeArticle(2, u"湿地公园完成修复"_s, u"湿地公园生态修复工程完工。"_s), 1, 6)}),
                u"1"_s);
    // Page 4 holds that part and one continued from page 3, which holds nothing continued.
    importIssue(temp.archive,
                makeIssue(kDay, {onPage(makeArticle(1, {}, u"首周夜间借阅量明显增长。"_s), 4, {}, 1),
                                 onPage(makeArticle(2, u"防汛演练"_s, u"各街道组织开展防汛应急演练。"_s), 4, {}, 3)}),
                u"4"_s);
    const auto wetland = byTitle(temp.archive, u"湿地公园完成修复"_s);
    REQUIRE(wetland);
    CHECK(wetland->article.continuedTo == 6);
    CHECK(wetland->article.pages.isEmpty());
    const auto drill = byTitle(temp.archive, u"防汛演练"_s);
    REQUIRE(drill);
    CHECK(drill->article.continuedFrom == 3);
    CHECK(drill->article.body == u"各街道组织开展防汛应急演练。"_s);
    CHECK(searchTitles(temp.db(), u"防汛"_s) == QStringList{u"防汛演练"_s});
    const auto reading = byTitle(temp.archive, u"河畔区书房夜间开放"_s);
    REQUIRE(reading);
    CHECK(reading->article.pages == QList<int>{1, 4});
    requireConsistent(temp.db());
}

TEST_CASE("two parts on a page go by repeated headline before order", "[store][issues]")
{
    StoreTest::TempArchive temp;
    importIssue(temp.archive, frontPage(), u"1"_s);
    // The headline names the first head although it comes first on page 4 as well; the untitled
    // part then takes the head left over, the second.
    importIssue(temp.archive,
                makeIssue(kDay, {onPage(makeArticle(1, u"河畔区书房夜间开放"_s, u"夜读人数稳步上升。"_s), 4, {}, 1),
                                 onPage(makeArticle(2, {}, u"电梯运行平稳。"_s), 4, {}, 1)}),
                u"4"_s);
    CHECK(byTitle(temp.archive, u"河畔区书房夜间开放"_s)->article.body.endsWith(u"夜读人数稳步上升。"_s));
    CHECK(byTitle(temp.archive, u"老旧小区加装电梯提速"_s)->article.body.endsWith(u"电梯运行平稳。"_s));
    requireConsistent(temp.db());
}

TEST_CASE("a page without a paper name joins the archive's only paper, or the one --newspaper names",
          "[store][issues]")
{
    StoreTest::TempArchive temp;
    importIssue(temp.archive, makeIssue(kDay, {makeArticle(1, u"甲"_s, u"正文一。"_s)}, u"河畔日报"_s), u"a"_s);
    auto unnamed = makeIssue(kDay.addDays(3), {makeArticle(1, u"乙"_s, u"正文二。"_s)}, QString());
    importIssue(temp.archive, unnamed, u"b"_s);
    for (const auto &issue : temp.archive.issues())
        CHECK(issue.newspaper == u"河畔日报"_s);

    importIssue(temp.archive, makeIssue(kDay, {makeArticle(1, u"丙"_s, u"正文三。"_s)}, u"山城晚报"_s), u"c"_s);
    ImportOptions named;
    named.newspaper = u"山城晚报"_s;
    const auto result = importIssue(temp.archive, makeIssue(kDay.addDays(7), {makeArticle(1, u"丁"_s, u"正文四。"_s)}, QString()),
                                    u"d"_s, named);
    CHECK(temp.archive.issue(result.issueId)->info.newspaper == u"山城晚报"_s);
}

TEST_CASE("an inferred date moves to the paper's next publication weekday", "[store][issues][dates]")
{
    StoreTest::TempArchive temp;
    // Dated issues on Tuesdays and Fridays.
    for (const QDate &date : {QDate(2021, 5, 4), QDate(2021, 5, 7), QDate(2021, 5, 11)}) {
        auto issue = makeIssue(date, {makeArticle(1, u"甲"_s, date.toString(Qt::ISODate))});
        issue.issue.dateSource = DateSource::Masthead;
        importIssue(temp.archive, issue, date.toString(Qt::ISODate));
    }
    // The latest dateline is a Sunday: the issue is the Tuesday after it, and says it was inferred.
    const auto result = importIssue(temp.archive, makeIssue(QDate(2021, 5, 16), {makeArticle(1, u"乙"_s, u"正文。"_s)}), u"x"_s);
    const auto stored = temp.archive.issue(result.issueId);
    REQUIRE(stored);
    CHECK(stored->info.date == QDate(2021, 5, 18));
    CHECK(stored->info.dateSource == DateSource::Inferred);
    CHECK(stored->info.weekday == u"星期二"_s);
}

TEST_CASE("the pages of a folder agree on the paper and the printed date", "[store][issues][samples]")
{
    StoreTest::TempArchive temp;
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkpath(u"issue"_s));
    const auto write = [&](const QString &name, const QString &text) {
        QFile file(dir.filePath(u"issue/"_s + name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    };
    // Page 1 prints neither paper nor date (its datelines say 5 May); page 2's header has both.
    write(u"01.txt"_s, u"## 城市书房夜间开放受欢迎\n\n"
                       "**本报讯** 5月5日，河畔区的八家城市书房延长开放时间至晚上十点，附近居民下班后也能来读书"
                       "自习，首周夜间借阅量比上月同期增长近一倍。（下转第2版）\n"_s);
    write(u"02.txt"_s, u"2021年5月7日 星期五\n\n第2版 综合\n\n河畔日报\n\n编辑：张三\n\n"
                       "## 城市书房夜间开放受欢迎\n\n"
                       "(上接第1版)街道还组织志愿者每周上门走访独居老人，帮助他们预约体检、代购药品，解决实际困难。\n"_s);
    const auto results = Importer(temp.archive).importPaths({dir.path()}, {});
    REQUIRE(results.size() == 2);
    for (const auto &r : results) {
        INFO(r.reason.toStdString());
        CHECK(r.status == ImportStatus::Imported);
    }
    const auto issues = temp.archive.issues();
    REQUIRE(issues.size() == 1);
    CHECK(issues.first().newspaper == u"河畔日报"_s);
    CHECK(issues.first().date == QDate(2021, 5, 7));
    CHECK(temp.archive.pages(issues.first().id).size() == 2);
    CHECK(temp.archive.pages(issues.first().id).last().section == u"综合"_s);
    const auto articles = temp.archive.articlesOfIssue(issues.first().id);
    REQUIRE(articles.size() == 1);
    CHECK(articles.first().article.pages == QList<int>{1, 2});
    CHECK(articles.first().article.body.contains(u"预约体检"_s));
    requireConsistent(temp.db());
}

TEST_CASE("a version 4 archive is migrated: the user's date kept, continued pages stitched", "[store][issues][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v4.sqlite"_s);
    {
        Database db;
        REQUIRE(db.open(path));
        registerTokenizer(db.handle()); // version 3 creates the search index
        migrate(db, 4);
        REQUIRE(db.userVersion() == 4);
        db.exec(R"sql(
INSERT INTO newspapers(id, name) VALUES (1, '河畔日报');
INSERT INTO issues(id, newspaper_id, date, date_source, weekday, user_date)
    VALUES (1, 1, '2021-05-09', 'inferred', '星期日', '2021-05-07');
INSERT INTO sources(id, issue_id, page, path, sha256, size, imported_at, parser_version)
    VALUES (1, 1, 1, '/old/01.txt', 'aa', 10, '2021-05-10T10:00:00Z', 1),
           (2, 1, 2, '/old/02.txt', 'bb', 10, '2021-05-10T10:00:00Z', 1);
INSERT INTO articles(id, issue_id, source_id, kind, page, ord, title, body, continued_to, continued_from)
    VALUES (1, 1, 1, 'article', 1, 1, '河畔区书房夜间开放', '八家城市书房延长开放时间。', 2, NULL),
           (2, 1, 2, 'article', 2, 1, '', '首周夜间借阅量明显增长。', NULL, 1);
)sql");
        indexArticle(db, 1);
        indexArticle(db, 2);
    }
    Archive archive;
    QString error;
    REQUIRE(archive.open(path, &error));
    CHECK(archive.database().userVersion() == kSchemaVersion);
    const auto issues = archive.issues();
    REQUIRE(issues.size() == 1);
    CHECK(issues.first().date == QDate(2021, 5, 7));
    CHECK(issues.first().dateSource == DateSource::User);
    CHECK(issues.first().articleCount == 1);
    const auto stitched = archive.article(1);
    REQUIRE(stitched);
    CHECK(stitched->article.pages == QList<int>{1, 2});
    CHECK(stitched->article.body.endsWith(u"借阅量明显增长。"_s));
    CHECK(searchTitles(archive.database(), u"借阅量"_s) == QStringList{u"河畔区书房夜间开放"_s});
    requireConsistent(archive.database());
}

TEST_CASE("the bundled whole issues import as their truth files say, in either order", "[store][issues][samples]")
{
    const QDir truthDir(QStringLiteral(BAOKU_TEST_DATA "/issues"));
    const QDir issuesDir(QStringLiteral(BAOKU_ISSUES_DIR));
    const QStringList truths = truthDir.entryList({u"*.truth.json"_s}, QDir::Files, QDir::Name);
    REQUIRE(truths.size() == 2);
    const bool reversed = GENERATE(false, true);
    for (const QString &truthName : truths) {
        StoreTest::TempArchive temp;
        const QString name = truthName.chopped(int(qstrlen(".truth.json")));
        QStringList pages = QDir(issuesDir.filePath(name)).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        REQUIRE(pages.size() >= 2);
        if (reversed)
            std::reverse(pages.begin(), pages.end());
        for (const QString &page : std::as_const(pages)) {
            // One file at a time, as a user adding pages one by one would.
            const auto results = Importer(temp.archive).importPaths({issuesDir.filePath(name + u'/' + page)}, {});
            REQUIRE(results.size() == 1);
            INFO(results.first().reason.toStdString());
            REQUIRE(results.first().status == ImportStatus::Imported);
        }
        QFile file(truthDir.filePath(truthName));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QJsonObject truth = QJsonDocument::fromJson(file.readAll()).object();
        const auto issues = temp.archive.issues();
        REQUIRE(issues.size() == 1);
        CHECK(issues.first().newspaper == truth.value(u"newspaper"_s).toString());
        CHECK(issues.first().date.toString(Qt::ISODate) == truth.value(u"date"_s).toString());
        const auto articles = temp.archive.articlesOfIssue(issues.first().id);
        const auto norm = [](QString s) { return s.remove(u' ').replace(u'(', u'（').replace(u')', u'）').replace(u':', u'：'); };
        for (const auto value : truth.value(u"articles"_s).toArray()) {
            const QJsonObject ta = value.toObject();
            const QString title = ta.value(u"title"_s).toString();
            INFO(name.toStdString() << ": " << title.toStdString());
            QList<StoredArticle> hits;
            for (const auto &a : articles) {
                if (norm(a.article.title) == norm(title))
                    hits.append(a);
            }
            REQUIRE(hits.size() == 1);
            const Article &a = hits.first().article;
            QList<int> wanted;
            for (const auto page : ta.value(u"pages"_s).toArray())
                wanted.append(page.toInt());
            CHECK((a.pages.isEmpty() ? QList<int>{a.page} : a.pages) == wanted);
            QString body = a.body;
            body.remove(u'\n').replace(u',', u'，').replace(u':', u'：');
            for (const auto s : ta.value(u"contains"_s).toArray())
                CHECK(body.contains(s.toString().replace(u',', u'，').replace(u':', u'：')));
            for (const auto s : ta.value(u"not_contains"_s).toArray())
                CHECK_FALSE(body.contains(s.toString()));
            if (ta.contains(u"continued_to"_s))
                CHECK(a.continuedTo == ta.value(u"continued_to"_s).toInt());
            if (ta.contains(u"bylines"_s)) {
                QStringList names;
                for (const auto &b : a.bylines)
                    names << b.name;
                QStringList wantedNames;
                for (const auto n : ta.value(u"bylines"_s).toArray())
                    wantedNames << n.toString();
                CHECK(names == wantedNames);
            }
            if (wanted.size() > 1) {
                // A sentence of the continued part finds the whole article alone.
                const QString probe = ta.value(u"contains"_s).toArray().last().toString().right(10);
                CHECK(searchTitles(temp.db(), u'"' + probe + u'"') == QStringList{a.title});
            }
        }
        requireConsistent(temp.db());
    }
}
