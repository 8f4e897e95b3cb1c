// A published archive reads and searches like its SQLite original: every Archive read, the query
// language with filters, very common terms, incremental publishing, baoku-cli and a read-only role.
#include "pgcompare.h"

#include "../cli/clirunner.h"

#include "core/store/importer.h"

#include <QTemporaryDir>

using namespace Baoku::Core;

namespace {

void importSamples(SearchFixture &fx)
{
    Importer importer(fx.archive());
    for (const auto &result : importer.importPaths({QStringLiteral(BAOKU_SAMPLES_DIR), QStringLiteral(BAOKU_ISSUES_DIR)}, {}))
        REQUIRE(result.status != ImportStatus::Failed);
}

void sameArticles(const QList<StoredArticle> &a, const QList<StoredArticle> &b)
{
    REQUIRE(a.size() == b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        CHECK(a.at(i).id == b.at(i).id);
        CHECK(a.at(i).issueId == b.at(i).issueId);
        CHECK(a.at(i).issue == b.at(i).issue);
        CHECK(a.at(i).article == b.at(i).article);
    }
}

// Hand-made issues that exercise every filter: two newspapers, columns, authors, an advertisement.
void addFilterIssues(PublishedFixture &fx)
{
    auto a1 = SearchFixture::article(QStringLiteral("芯片产业新进展"), QStringLiteral("国产芯片制造工艺取得突破。"), {QStringLiteral("王小明")});
    a1.column = QStringLiteral("产业观察");
    auto a2 = SearchFixture::article(QStringLiteral("電子報創刊"), QStringLiteral("電子報今日創刊，芯片專題。"), {QStringLiteral("李华")});
    auto ad = SearchFixture::article({}, QStringLiteral("订阅芯片杂志，欢迎来电。"));
    ad.kind = ArticleKind::Advertisement;
    fx.addPage(QDate(2022, 5, 6), {a1, a2, ad}, 3);
    auto a3 = SearchFixture::article(QStringLiteral("5G手机"), QStringLiteral("手机5G芯片出货量 can't stop, Café résumé."), {QStringLiteral("王小明")});
    a3.column = QStringLiteral("产业观察");
    fx.addPage(QDate(2022, 7, 8), {a3}, 2);
}

} // namespace

TEST_CASE("PostgreSQL archive reads give what the SQLite archive gives", "[pg][archive]")
{
    PublishedFixture fx;
    importSamples(fx);
    addFilterIssues(fx);
    fx.publish();
    Archive &local = fx.archive();
    Archive &remote = fx.remote();
    const auto issues = local.issues();
    REQUIRE(issues.size() >= 4);
    const auto remoteIssues = remote.issues();
    REQUIRE(remoteIssues.size() == issues.size());
    for (qsizetype i = 0; i < issues.size(); ++i) {
        const auto &x = issues.at(i);
        const auto &y = remoteIssues.at(i);
        CHECK(x.id == y.id);
        CHECK(x.date == y.date);
        CHECK(x.dateSource == y.dateSource);
        CHECK(x.newspaper == y.newspaper);
        CHECK(x.issueNo == y.issueNo);
        CHECK(x.pageCount == y.pageCount);
        CHECK(x.articleCount == y.articleCount);
        CHECK(x.announcedPages == y.announcedPages);
        const auto si = local.issue(x.id);
        const auto ri = remote.issue(x.id);
        REQUIRE(si);
        REQUIRE(ri);
        CHECK(si->info == ri->info);
        CHECK(si->parsedDate == ri->parsedDate);
        const auto sp = local.pages(x.id);
        const auto rp = remote.pages(x.id);
        REQUIRE(sp.size() == rp.size());
        for (qsizetype p = 0; p < sp.size(); ++p) {
            CHECK(sp.at(p).page == rp.at(p).page);
            CHECK(sp.at(p).section == rp.at(p).section);
            CHECK(sp.at(p).articleCount == rp.at(p).articleCount);
        }
        CHECK(local.previousIssue(x.id) == remote.previousIssue(x.id));
        CHECK(local.nextIssue(x.id) == remote.nextIssue(x.id));
        sameArticles(local.articlesOfIssue(x.id), remote.articlesOfIssue(x.id));
    }
    const auto people = local.people();
    REQUIRE(!people.isEmpty());
    const auto remotePeople = remote.people();
    REQUIRE(people.size() == remotePeople.size());
    for (qsizetype i = 0; i < people.size(); ++i) {
        CHECK(people.at(i).id == remotePeople.at(i).id);
        CHECK(people.at(i).name == remotePeople.at(i).name);
        CHECK(people.at(i).articleCount == remotePeople.at(i).articleCount);
        sameArticles(local.articlesByPerson(people.at(i).id), remote.articlesByPerson(people.at(i).id));
    }
    QList<StoredArticle> all;
    QList<StoredArticle> remoteAll;
    REQUIRE(local.forEachArticle([&](const StoredArticle &s) { all.append(s); return true; }));
    REQUIRE(remote.forEachArticle([&](const StoredArticle &s) { remoteAll.append(s); return true; }));
    REQUIRE(all.size() > 20);
    sameArticles(all, remoteAll);
    // A continued article comes back stitched from PostgreSQL too.
    CHECK(std::any_of(remoteAll.cbegin(), remoteAll.cend(), [](const StoredArticle &s) { return s.article.pages.size() > 1; }));
    CHECK(remote.article(all.first().id)->article == all.first().article);
    CHECK(!remote.article(987654321));
    CHECK(remote.lastError().isEmpty());
}

TEST_CASE("PostgreSQL search: the query language and filters as in SQLite", "[pg][query]")
{
    PublishedFixture fx;
    importSamples(fx);
    addFilterIssues(fx);
    fx.publish();
    const QStringList queries = {
        QStringLiteral("芯片"), QStringLiteral("电子报"), QStringLiteral("電子報"), QStringLiteral("芯片 工艺"),
        QStringLiteral("\"芯片 制造\""), QStringLiteral("芯片 OR 手机"), QStringLiteral("芯片 -手机"), QStringLiteral("title:芯片"),
        QStringLiteral("author:王小明"), QStringLiteral("column:产业观察"), QStringLiteral("栏目：产业观察 芯片"),
        QStringLiteral("芯片 kind:ad"), QStringLiteral("订阅 kind:all"), QStringLiteral("page:3 芯片"), QStringLiteral("版:2 手机"),
        QStringLiteral("page:0 芯片"), QStringLiteral("5g"), QStringLiteral("手机5G"), QStringLiteral("can't"), QStringLiteral("cafe resume"),
        QStringLiteral("的"), QStringLiteral("中"), QStringLiteral("title:电"), QStringLiteral("国 -中国"), QStringLiteral("-芯片"),
        QStringLiteral("工业 OR 信息 OR 电子 -部"), QStringLiteral("“中国 电子”"), QStringLiteral("x").repeated(1001), QString()};
    for (const QString &query : queries) {
        SearchRequest request;
        request.query = query;
        sameSearch(fx.archive(), fx.remote(), request);
        request.sort = SearchSort::Date;
        sameSearch(fx.archive(), fx.remote(), request);
        request.sort = SearchSort::Rank;
        request.limit = 3;
        request.offset = 2;
        sameSearch(fx.archive(), fx.remote(), request);
    }
    SearchRequest filtered;
    filtered.query = QStringLiteral("芯片");
    filtered.from = QDate(2022, 1, 1);
    filtered.to = QDate(2022, 6, 30);
    sameSearch(fx.archive(), fx.remote(), filtered);
    filtered = {};
    filtered.query = QStringLiteral("芯片");
    filtered.pages = {2, 3};
    filtered.author = QStringLiteral("王小明");
    filtered.column = QStringLiteral("产业观察");
    filtered.newspaper = QStringLiteral("中国电子报");
    CHECK(sameSearch(fx.archive(), fx.remote(), filtered).total == 2);
    filtered.query = QStringLiteral("page:3 芯片");
    filtered.pages = {2};
    CHECK(sameSearch(fx.archive(), fx.remote(), filtered).total == 0);
}

TEST_CASE("PostgreSQL search: very common terms list title hits first, then newest", "[pg][query]")
{
    PublishedFixture fx;
    QList<Article> articles;
    for (int i = 0; i < 2100; ++i) {
        const QString title = i % 7 == 0 ? QStringLiteral("中国芯片%1").arg(i) : QStringLiteral("报道%1").arg(i);
        articles.append(SearchFixture::article(title, QStringLiteral("中国电子信息产业第%1篇，芯片。").arg(i)));
        if (articles.size() == 300) {
            fx.addPage(QDate(2020, 1, 1).addDays(i), articles);
            articles.clear();
        }
    }
    fx.addPage(QDate(2021, 1, 1), articles);
    fx.publish();
    for (const QString &query : {QStringLiteral("中国"), QStringLiteral("中"), QStringLiteral("中国 芯片"), QStringLiteral("信息产业")}) {
        SearchRequest request;
        request.query = query;
        request.withSnippets = true;
        const SearchResult result = sameSearch(fx.archive(), fx.remote(), request);
        CHECK(result.cheapOrder);
        CHECK(result.total >= 2000);
        request.offset = 290;
        sameSearch(fx.archive(), fx.remote(), request);
    }
}

TEST_CASE("publish copies only new and changed issues", "[pg][publish]")
{
    PublishedFixture fx;
    fx.addPage(QDate(2023, 1, 1), {SearchFixture::article(QStringLiteral("第一期"), QStringLiteral("元旦献词甲乙丙"))});
    fx.addPage(QDate(2023, 1, 2), {SearchFixture::article(QStringLiteral("第二期"), QStringLiteral("寒潮来袭丁戊己"))});
    fx.addPage(QDate(2023, 1, 3), {SearchFixture::article(QStringLiteral("第三期"), QStringLiteral("春运开始庚辛壬"))});
    auto first = fx.publish();
    CHECK(first.copied == 3);
    CHECK(first.unchanged == 0);
    auto again = fx.publish();
    CHECK(again.copied == 0);
    CHECK(again.unchanged == 3);
    // A new issue, a second page of an old one, a corrected date: three issues change.
    fx.addPage(QDate(2023, 1, 4), {SearchFixture::article(QStringLiteral("第四期"), QStringLiteral("新增内容癸子丑"))});
    fx.addPage(QDate(2023, 1, 2), {SearchFixture::article(QStringLiteral("二版"), QStringLiteral("补充版面寅卯辰"))}, 2);
    const auto issues = fx.archive().issues();
    REQUIRE(fx.archive().setIssueDate(issues.first().id, QDate(2022, 12, 31)));
    auto third = fx.publish();
    CHECK(third.copied == 3);
    CHECK(third.unchanged == 1);
    CHECK(third.removed == 0);
    SearchRequest request;
    request.query = QStringLiteral("补充版面");
    CHECK(sameSearch(fx.archive(), fx.remote(), request).total == 1);
    request.query = QStringLiteral("新增内容");
    CHECK(sameSearch(fx.archive(), fx.remote(), request).total == 1);
    CHECK(fx.remote().issues().first().date == QDate(2022, 12, 31));
    auto full = fx.publish(true);
    CHECK(full.copied == 4);
    CHECK(fx.remote().issues().size() == 4);
}

TEST_CASE("baoku-cli reads a PostgreSQL archive with the output of the SQLite one", "[pg][cli]")
{
    PublishedFixture fx;
    importSamples(fx);
    addFilterIssues(fx);
    const QString local = fx.path();
    fx.archive().database().close();
    const auto published = runCli({QStringLiteral("publish"), QStringLiteral("--db"), local, QStringLiteral("--to"), fx.url()});
    INFO(published.err.toStdString());
    REQUIRE(published.exitCode == 0);
    CHECK(published.out.contains("issues copied"));
    const auto again = runCli({QStringLiteral("publish"), QStringLiteral("--db"), local, QStringLiteral("--to"), fx.url()});
    CHECK(again.out.contains(": 0 issues copied"));
    const QList<QStringList> commands = {
        {QStringLiteral("issues")},
        {QStringLiteral("issues"), QStringLiteral("--json")},
        {QStringLiteral("search"), QStringLiteral("芯片")},
        {QStringLiteral("search"), QStringLiteral("--sort"), QStringLiteral("date"), QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("中国")},
        {QStringLiteral("search"), QStringLiteral("--author"), QStringLiteral("王小明"), QStringLiteral("芯片")},
        {QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("export"), QStringLiteral("--query"), QStringLiteral("芯片"), QStringLiteral("--format"), QStringLiteral("txt")},
        {QStringLiteral("export"), QStringLiteral("--issue"), QStringLiteral("2022-05-06"), QStringLiteral("--format"), QStringLiteral("md")},
        {QStringLiteral("search"), QStringLiteral("--facets"), QStringLiteral("year,month,newspaper,page,column,author"), QStringLiteral("芯片")},
        {QStringLiteral("trend"), QStringLiteral("--by"), QStringLiteral("month"), QStringLiteral("--per-articles"), QStringLiteral("芯片"), QStringLiteral("电子")},
        {QStringLiteral("trend"), QStringLiteral("--json"), QStringLiteral("--author"), QStringLiteral("王小明"), QStringLiteral("芯片")},
    };
    for (const QStringList &command : commands) {
        INFO(command.join(u' ').toStdString());
        const auto a = runCli(command + QStringList{QStringLiteral("--db"), local});
        const auto b = runCli(command + QStringList{QStringLiteral("--db"), fx.url()});
        CHECK(a.exitCode == 0);
        CHECK(b.exitCode == 0);
        CHECK(!a.out.isEmpty());
        CHECK(a.out.toStdString() == b.out.toStdString());
        CHECK(b.err.toStdString() == "");
    }
    // Commands that need SQLite say so instead of failing obscurely.
    const auto check = runCli({QStringLiteral("check"), QStringLiteral("--db"), fx.url()});
    CHECK(check.exitCode != 0);
    CHECK(check.err.contains("needs a SQLite archive"));
    const auto saved = runCli({QStringLiteral("search"), QStringLiteral("--saved"), QStringLiteral("x"), QStringLiteral("--db"), fx.url()});
    CHECK(saved.exitCode == 2);
    CHECK(saved.err.contains("no saved search named 'x'"));
    const auto missing = runCli({QStringLiteral("issues"), QStringLiteral("--db"), PgCluster::instance().newDatabase()});
    CHECK(missing.exitCode != 0);
    CHECK(missing.err.contains("no Baoku archive in this database"));
}

TEST_CASE("a read-only role browses, searches and exports but cannot publish", "[pg][roles]")
{
    PublishedFixture fx;
    importSamples(fx);
    fx.publish();
    {
        PgConnection admin;
        QString error;
        REQUIRE(admin.open(fx.url(), &error));
        admin.execScript("CREATE ROLE baoku_reader LOGIN; GRANT USAGE ON SCHEMA public TO baoku_reader; "
                         "GRANT SELECT ON ALL TABLES IN SCHEMA public TO baoku_reader;");
    }
    const QString readerUrl = QString(fx.url()).replace(QStringLiteral("postgresql://baoku@"), QStringLiteral("postgresql://baoku_reader@"));
    Archive reader;
    QString error;
    REQUIRE(reader.open(readerUrl, &error));
    CHECK(reader.issues().size() == fx.archive().issues().size());
    SearchRequest request;
    request.query = QStringLiteral("电子");
    sameSearch(fx.archive(), reader, request);
    const auto exported = runCli({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json"),
                                  QStringLiteral("--db"), readerUrl});
    CHECK(exported.exitCode == 0);
    qsizetype articles = 0;
    fx.archive().forEachArticle([&articles](const StoredArticle &) { return ++articles > 0; });
    CHECK(exported.out.count('\n') == articles);
    QString dateError;
    CHECK(!reader.setIssueDate(fx.archive().issues().first().id, QDate(2020, 1, 1), &dateError));
    CHECK(dateError.contains(QStringLiteral("permission denied")));
    PgConnection remote;
    REQUIRE(remote.open(readerUrl, &error));
    const auto refused = Publisher(fx.archive(), remote).publish(true);
    CHECK(refused.error.contains(QStringLiteral("permission denied")));
    CHECK(fx.remote().issues().size() == fx.archive().issues().size());
}
