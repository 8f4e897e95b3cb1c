// baoku-cli issues, import --newspaper and export --issue --newspaper on the bundled whole issues.
#include "storetestutil.h"

#include "../cli/clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QString issueFolder(const QString &name)
{
    return QDir(QStringLiteral(BAOKU_ISSUES_DIR)).filePath(name);
}

} // namespace

TEST_CASE("issues lists each issue with its pages, sections and the pages it lacks", "[store][cli][issues]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.sqlite"_s);
    const auto imported = runCli({u"import"_s, u"--db"_s, db, issueFolder(u"zgdzb-2024-03-29"_s)});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const auto listed = runCli({u"issues"_s, u"--db"_s, db, u"--json"_s});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray issues = QJsonDocument::fromJson(listed.out).object().value(u"issues"_s).toArray();
    REQUIRE(issues.size() == 1);
    const QJsonObject issue = issues.first().toObject();
    CHECK(issue.value(u"newspaper"_s).toString() == u"中国电子报"_s);
    CHECK(issue.value(u"date"_s).toString() == u"2024-03-29"_s);
    CHECK(issue.value(u"date_source"_s).toString() == u"masthead"_s);
    CHECK(issue.value(u"announced_pages"_s).toInt() == 8);
    const QJsonArray pages = issue.value(u"pages"_s).toArray();
    REQUIRE(pages.size() == 2);
    CHECK(pages.at(0).toObject().value(u"page"_s).toInt() == 1);
    CHECK(pages.at(1).toObject().value(u"page"_s).toInt() == 2);
    CHECK(pages.at(1).toObject().value(u"section"_s).toString() == u"要闻"_s);
    CHECK(pages.at(1).toObject().value(u"articles"_s).toInt() == 3);
    QList<int> missing;
    for (const auto page : issue.value(u"missing_pages"_s).toArray())
        missing << page.toInt();
    CHECK(missing == QList<int>{3, 4, 5, 6, 7, 8});

    const auto text = runCli({u"issues"_s, u"--db"_s, db});
    REQUIRE(text.exitCode == 0);
    CHECK(QString::fromUtf8(text.out).contains(u"p2 要闻 (3)"_s));
    CHECK(QString::fromUtf8(text.out).contains(u"missing: 3, 4, 5, 6, 7, 8"_s));
    CHECK(runCli({u"issues"_s, u"--db"_s, db, u"extra"_s}).exitCode == 2);
    CHECK(runCli({u"issues"_s, u"--db"_s, dir.filePath(u"none.sqlite"_s)}).exitCode == 1);
}

TEST_CASE("import --newspaper names pages that name no paper; export --issue --newspaper picks one paper",
          "[store][cli][issues]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.sqlite"_s);
    const QString page = dir.filePath(u"2021-05-07_03.txt"_s);
    QFile file(page);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(u"## 城市书房夜间开放受欢迎\n\n"
               "**本报讯** 近日，河畔区的八家城市书房延长开放时间至晚上十点，附近居民下班后也能来读书自习，"
               "首周夜间借阅量比上月同期增长近一倍。\n"_s.toUtf8());
    file.close();
    REQUIRE(runCli({u"import"_s, u"--db"_s, db, u"--newspaper"_s, u"河畔日报"_s, page}).exitCode == 0);
    const auto listed = runCli({u"issues"_s, u"--db"_s, db, u"--json"_s});
    const QJsonObject issue =
        QJsonDocument::fromJson(listed.out).object().value(u"issues"_s).toArray().first().toObject();
    CHECK(issue.value(u"newspaper"_s).toString() == u"河畔日报"_s);
    CHECK(issue.value(u"date"_s).toString() == u"2021-05-07"_s);
    CHECK(issue.value(u"pages"_s).toArray().first().toObject().value(u"page"_s).toInt() == 3);

    const auto mine = runCli({u"export"_s, u"--db"_s, db, u"--issue"_s, u"2021-05-07"_s, u"--newspaper"_s,
                              u"河畔日报"_s, u"--format"_s, u"json"_s});
    REQUIRE(mine.exitCode == 0);
    const QJsonObject article = QJsonDocument::fromJson(mine.out.split('\n').first()).object();
    CHECK(article.value(u"newspaper"_s).toString() == u"河畔日报"_s);
    CHECK(article.value(u"pages"_s).toArray() == QJsonArray{3});
    const auto other = runCli({u"export"_s, u"--db"_s, db, u"--issue"_s, u"2021-05-07"_s, u"--newspaper"_s,
                               u"山城晚报"_s, u"--format"_s, u"json"_s});
    CHECK(other.exitCode == 1);
}
