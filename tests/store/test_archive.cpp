#include "storetestutil.h"

#include "core/store/archivecheck.h"

using namespace Qt::StringLiterals;
using namespace Baoku::Core;
using StoreTest::makeArticle;
using StoreTest::makeIssue;
using StoreTest::makeSource;

namespace {

qint64 importOne(Archive &archive, const ParsedIssue &parsed, const QString &tag)
{
    const auto result = Importer(archive).importParsed(parsed, makeSource(tag + u".txt"_s, tag), {});
    INFO(result.reason.toStdString());
    REQUIRE(result.status == ImportStatus::Imported);
    return result.issueId;
}

} // namespace

TEST_CASE("every field of an article survives the archive", "[store][archive]")
{
    StoreTest::TempArchive temp;
    Article full;
    full.kind = ArticleKind::Advertisement;
    full.page = 3;
    full.order = 2;
    full.title = u"深入推进新型工业化甘肃实践"_s;
    full.kicker = u"引题"_s;
    full.subtitle = u"——加快构建现代化产业体系"_s;
    full.column = u"观点"_s;
    full.bylines = {Byline{u"盛云峰"_s, u"author"_s, u"甘肃省工业和信息化厅 党组书记、厅长"_s},
                    Byline{u"宋婧"_s, u"reporter"_s, {}}};
    full.signature = u"耀文"_s;
    full.dateline = u"本报讯 11月10日"_s;
    full.body = u"第一段。\n小标题\n第二段，带'引号'和\"双引号\"。"_s;
    full.subheads = {1};
    full.captions = {u"图为示范工厂"_s, u"图二"_s};
    full.photoCredits = {u"宋婧 摄"_s};
    full.continuedTo = 5;
    full.continuedFrom = 1;
    Article plain = makeArticle(1, u"短讯"_s, u"正文"_s);
    plain.page = 3;

    ParsedIssue parsed = makeIssue(QDate(2023, 11, 17), {full, plain});
    parsed.issue.issueNo = 84;
    parsed.issue.totalNo = 4212;
    parsed.issue.pages = 8;
    parsed.issue.dateSource = DateSource::Masthead;
    const qint64 issueId = importOne(temp.archive, parsed, u"full"_s);

    const auto articles = temp.archive.articlesOfIssue(issueId);
    REQUIRE(articles.size() == 2);
    CHECK(articles.at(0).article == plain); // page order, then position on the page
    CHECK(articles.at(1).article == full);
    const auto byId = temp.archive.article(articles.at(1).id);
    REQUIRE(byId);
    CHECK(byId->article == full);
    CHECK(byId->issueId == issueId);
    CHECK(byId->issue.sourcePath == u"full.txt"_s);
    CHECK(byId->issue.sha256 == makeSource({}, u"full"_s).sha256);
    CHECK(byId->issue.totalNo == 4212);
    CHECK_FALSE(temp.archive.article(999'999).has_value());

    const auto issue = temp.archive.issue(issueId);
    REQUIRE(issue);
    CHECK(issue->info.newspaper == u"中国电子报"_s);
    CHECK(issue->info.date == QDate(2023, 11, 17));
    CHECK(issue->info.dateSource == DateSource::Masthead);
    CHECK(issue->info.weekday == u"星期五"_s);
    CHECK(issue->info.pages == 8);
    CHECK(issue->summary.articleCount == 2);
    CHECK(issue->summary.pageCount == 1);
    CHECK_FALSE(temp.archive.issue(issueId + 100).has_value());
}

TEST_CASE("people, their articles newest first, and stepping through issues by date", "[store][archive]")
{
    StoreTest::TempArchive temp;
    Archive &archive = temp.archive;
    CHECK_FALSE(archive.hasIssues());
    const Byline song{u"宋婧"_s, u"reporter"_s, {}};
    const Byline lu{u"卢梦琪"_s, u"reporter"_s, {}};
    const qint64 middle = importOne(archive, makeIssue(QDate(2023, 11, 14), {makeArticle(1, u"中"_s, u"b"_s, {song})}), u"m"_s);
    const qint64 oldest = importOne(archive, makeIssue(QDate(2023, 11, 10), {makeArticle(1, u"旧"_s, u"b"_s, {song, lu})}), u"o"_s);
    const qint64 newest = importOne(archive, makeIssue(QDate(2023, 11, 17), {makeArticle(1, u"新"_s, u"b"_s, {song})}), u"n"_s);
    const qint64 other = importOne(archive,
        makeIssue(QDate(2023, 11, 12), {makeArticle(1, u"别的报"_s, u"b"_s)}, u"人民邮电报"_s), u"x"_s);

    CHECK(archive.hasIssues());
    const auto people = archive.people();
    REQUIRE(people.size() == 2);
    CHECK(people.at(0).name == u"宋婧"_s);
    CHECK(people.at(0).articleCount == 3);
    CHECK(people.at(1).name == u"卢梦琪"_s);
    CHECK(people.at(1).articleCount == 1);
    const auto bySong = archive.articlesByPerson(people.at(0).id);
    REQUIRE(bySong.size() == 3);
    CHECK(bySong.at(0).article.title == u"新"_s);
    CHECK(bySong.at(1).article.title == u"中"_s);
    CHECK(bySong.at(2).article.title == u"旧"_s);

    const auto issues = archive.issues();
    REQUIRE(issues.size() == 4);
    CHECK(issues.at(0).id == oldest);
    CHECK(issues.at(1).id == other);
    CHECK(issues.at(3).id == newest);
    // Neighbours stay within one newspaper.
    CHECK(archive.nextIssue(oldest) == middle);
    CHECK(archive.nextIssue(middle) == newest);
    CHECK_FALSE(archive.nextIssue(newest).has_value());
    CHECK(archive.previousIssue(middle) == oldest);
    CHECK_FALSE(archive.previousIssue(oldest).has_value());
    CHECK_FALSE(archive.nextIssue(other).has_value());

    // A corrected date moves the issue in every listing.
    REQUIRE(archive.setIssueDate(newest, QDate(2023, 11, 8)));
    CHECK(archive.previousIssue(oldest) == newest);
    CHECK(archive.issues().at(0).id == newest);
    CHECK(archive.issues().at(0).dateSource == DateSource::User);
    CHECK(archive.articlesByPerson(people.at(0).id).constLast().article.title == u"新"_s);
    const auto corrected = archive.issue(newest);
    REQUIRE(corrected);
    CHECK(corrected->info.date == QDate(2023, 11, 8));
    CHECK(corrected->info.weekday == u"星期三"_s);
    CHECK(corrected->parsedDate == QDate(2023, 11, 17));
    // An invalid date removes the correction; an unknown issue is an error.
    REQUIRE(archive.setIssueDate(newest, QDate()));
    CHECK(archive.issue(newest)->info.date == QDate(2023, 11, 17));
    CHECK(archive.issue(newest)->info.dateSource == DateSource::Inferred);
    QString error;
    CHECK_FALSE(archive.setIssueDate(12345, QDate(2023, 1, 1), &error));
    CHECK_FALSE(error.isEmpty());

    int visited = 0;
    REQUIRE(archive.forEachArticle([&](const StoredArticle &) { return ++visited < 3; }));
    CHECK(visited == 3);
}

TEST_CASE("the default archive path honours BAOKU_DB and --db beats both", "[store][archive]")
{
    const QByteArray saved = qgetenv("BAOKU_DB");
    qunsetenv("BAOKU_DB");
    CHECK(Archive::defaultPath().endsWith(u"/archive.sqlite"_s));
    qputenv("BAOKU_DB", "/tmp/from-env.sqlite");
    CHECK(Archive::defaultPath() == u"/tmp/from-env.sqlite"_s);
    CHECK(Archive::resolvePath({}) == u"/tmp/from-env.sqlite"_s);
    CHECK(Archive::resolvePath(u"/tmp/explicit.sqlite"_s) == u"/tmp/explicit.sqlite"_s);
    if (saved.isNull())
        qunsetenv("BAOKU_DB");
    else
        qputenv("BAOKU_DB", saved);
}
