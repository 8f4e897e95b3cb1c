// The app's models under QAbstractItemModelTester, and their paging and roles.
#include "app/browse/articlelistmodel.h"
#include "app/browse/issuetreemodel.h"
#include "app/browse/modelroles.h"
#include "app/browse/peoplemodel.h"
#include "app/search/searchresultsmodel.h"
#include "app/search/snippetdelegate.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Baoku;
using Tester = QAbstractItemModelTester;

namespace {
QList<Core::StoredArticle> makeArticles(int count)
{
    QList<Core::StoredArticle> articles;
    for (int i = 0; i < count; ++i) {
        Core::StoredArticle stored;
        stored.id = 1000 + i;
        stored.issueId = 7;
        stored.issue.date = QDate(2023, 11, 17);
        stored.article.page = 1 + i / 10;
        stored.article.title = u"标题%1"_s.arg(i);
        stored.article.body = u"第一段%1\n第二段"_s.arg(i);
        stored.article.bylines = {Core::Byline{u"宋婧"_s, u"reporter"_s, {}}};
        articles << stored;
    }
    return articles;
}

Core::IssueSummary issue(qint64 id, QDate date, int articles, Core::DateSource source = Core::DateSource::Masthead)
{
    Core::IssueSummary summary;
    summary.id = id;
    summary.date = date;
    summary.dateSource = source;
    summary.newspaper = u"中国电子报"_s;
    summary.articleCount = articles;
    return summary;
}

App::SearchPage page(quint64 token, int offset, int count, qint64 total)
{
    App::SearchPage result;
    result.token = token;
    result.offset = offset;
    result.total = total;
    for (int i = 0; i < count; ++i) {
        App::SearchHitRow row;
        row.articleId = offset + i + 1;
        row.date = QDate(2023, 1, 1).addDays(offset + i);
        row.page = 1;
        row.title = u"结果%1"_s.arg(offset + i);
        row.snippetHtml = u"<span>芯片</span>"_s;
        result.hits << row;
    }
    return result;
}
} // namespace

TEST_CASE("Issue tree groups issues by year and month, newest first, with counts")
{
    App::IssueTreeModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setIssues({issue(1, QDate(2023, 11, 17), 5), issue(2, QDate(2023, 11, 24), 3, Core::DateSource::Inferred),
                     issue(3, QDate(2023, 12, 1), 2), issue(4, QDate(2024, 1, 5), 4)});
    REQUIRE(model.rowCount() == 2);
    const QModelIndex y2024 = model.index(0, 0);
    const QModelIndex y2023 = model.index(1, 0);
    CHECK(y2024.data(App::NodeKindRole).toInt() == int(App::NodeKind::Year));
    CHECK(model.rowCount(y2023) == 2); // December, November
    const QModelIndex november = model.index(1, 0, y2023);
    CHECK(model.rowCount(november) == 2);
    CHECK(november.data(App::CountRole).toInt() == 2);
    // A year counts its issues (three in 2023), not its months (two).
    CHECK(y2023.data(App::CountRole).toInt() == 3);
    CHECK(y2023.data(Qt::DisplayRole).toString().contains(u"3"_s));
    const QModelIndex inferred = model.index(0, 0, november); // 24th, newest first
    CHECK(inferred.data(App::IssueIdRole).toLongLong() == 2);
    CHECK(inferred.data(App::DateInferredRole).toBool());
    CHECK(inferred.data(App::CountRole).toInt() == 3);
    CHECK(model.indexOfIssue(1).parent() == november);
    CHECK(model.issuesOn(QDate(2024, 1, 5)) == QList<qint64>{4});
    CHECK(model.issuesOn(QDate(2024, 1, 6)).isEmpty());
    model.setIssues({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("With several newspapers the issue tree has a branch per paper above the years")
{
    App::IssueTreeModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    auto other = [](qint64 id, QDate date, const QString &paper) {
        Core::IssueSummary summary = issue(id, date, 2);
        summary.newspaper = paper;
        return summary;
    };
    model.setIssues({issue(1, QDate(2023, 11, 17), 5), other(2, QDate(2023, 11, 18), u"人民邮电报"_s),
                     issue(3, QDate(2024, 1, 5), 4), other(4, QDate(2024, 2, 1), QString())});
    REQUIRE(model.groupedByNewspaper());
    REQUIRE(model.rowCount() == 3);
    // Named papers by name, the unnamed one last.
    const QModelIndex first = model.index(0, 0);
    CHECK(first.data(App::NodeKindRole).toInt() == int(App::NodeKind::Newspaper));
    const QModelIndex unnamed = model.index(2, 0);
    CHECK(unnamed.data(App::TitleRole).toString().isEmpty());
    CHECK(unnamed.data(App::CountRole).toInt() == 1);
    const QModelIndex dianzi = first.data(App::TitleRole).toString() == u"中国电子报"_s ? first : model.index(1, 0);
    CHECK(dianzi.data(App::TitleRole).toString() == u"中国电子报"_s);
    CHECK(dianzi.data(App::CountRole).toInt() == 2);
    CHECK(model.rowCount(dianzi) == 2); // 2024, 2023
    const QModelIndex issue1 = model.indexOfIssue(1);
    CHECK(issue1.parent().parent().parent() == dianzi);
    CHECK(model.indexOfIssue(2).parent().parent().parent().data(App::TitleRole).toString() == u"人民邮电报"_s);
    // One paper again: no newspaper level.
    model.setIssues({issue(1, QDate(2023, 11, 17), 5)});
    CHECK_FALSE(model.groupedByNewspaper());
    CHECK(model.index(0, 0).data(App::NodeKindRole).toInt() == int(App::NodeKind::Year));
}

TEST_CASE("Article list keeps advertisements apart: hidden by default, listed last when shown")
{
    App::ArticleListModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    auto articles = makeArticles(3);
    articles[1].article.kind = Core::ArticleKind::Advertisement;
    articles[1].article.title.clear();
    model.setArticles(articles, false);
    CHECK(model.advertisementCount() == 1);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0).data(App::ArticleIdRole).toLongLong() == 1000);
    CHECK(model.index(1).data(App::ArticleIdRole).toLongLong() == 1002);
    CHECK(model.rowOf(1001) == -1);

    model.setShowAdvertisements(true);
    REQUIRE(model.rowCount() == 3);
    const QModelIndex ad = model.index(2);
    CHECK(ad.data(App::ArticleIdRole).toLongLong() == 1001);
    CHECK(ad.data(App::TitleRole).toString() == u"Advertisement"_s);
    CHECK_FALSE(ad.data(Qt::DisplayRole).toString().contains(u"(untitled)"_s));

    model.setShowAdvertisements(false);
    CHECK(model.rowCount() == 2);
}

TEST_CASE("Article list shows rows in pages and fetches more on demand")
{
    App::ArticleListModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setArticles(makeArticles(450), false);
    CHECK(model.rowCount() == App::ArticleListModel::kPageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 400);
    model.fetchMore({});
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    const QModelIndex first = model.index(0);
    CHECK(first.data(App::ArticleIdRole).toLongLong() == 1000);
    CHECK(first.data(App::TitleRole).toString() == u"标题0"_s);
    CHECK(first.data(App::BylinesRole).toString() == u"宋婧"_s);
    CHECK(first.data(App::FirstLineRole).toString() == u"第一段0"_s);

    model.setArticles(makeArticles(300), true);
    CHECK(model.rowCount() == 200);
    CHECK(model.rowOf(1250) == 250); // revealing a row further down loads up to it
    CHECK(model.rowCount() == 251);
    CHECK(model.rowOf(42) == -1);
}

TEST_CASE("People list pages and filters by name")
{
    App::PeopleModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    QList<Core::PersonSummary> people;
    for (int i = 0; i < 250; ++i)
        people << Core::PersonSummary{i + 1, u"记者%1"_s.arg(i), 250 - i};
    people << Core::PersonSummary{999, u"宋婧"_s, 1};
    model.setPeople(people);
    CHECK(model.rowCount() == 200);
    model.fetchMore({});
    CHECK(model.rowCount() == 251);
    model.setFilter(u"宋"_s);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0).data(App::PersonIdRole).toLongLong() == 999);
    CHECK(model.index(0).data(App::CountRole).toInt() == 1);
    model.setFilter({});
    CHECK(model.rowCount() == 200);
}

TEST_CASE("Search results load page by page and drop pages of other searches")
{
    App::SearchResultsModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    QSignalSpy wanted(&model, &App::SearchResultsModel::moreWanted);
    model.reset(page(5, 0, 100, 100000));
    CHECK(model.rowCount() == 100);
    CHECK(model.total() == 100000);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    REQUIRE(wanted.size() == 1);
    CHECK(wanted.at(0).at(0).toULongLong() == 5);
    CHECK(wanted.at(0).at(1).toInt() == 100);
    CHECK_FALSE(model.canFetchMore({})); // one request at a time
    CHECK_FALSE(model.append(page(4, 100, 100, 100000))); // a stale search
    CHECK_FALSE(model.append(page(5, 300, 100, 100000))); // not the next rows
    CHECK(model.rowCount() == 100);
    CHECK(model.append(page(5, 100, 100, 100000)));
    CHECK(model.rowCount() == 200);
    CHECK(model.index(150).data(App::TitleRole).toString() == u"结果150"_s);
    CHECK(model.index(150).data(App::SnippetRole).toString().contains(u"芯片"_s));
    CHECK(model.canFetchMore({}));
    // Scrolling far: 1,000 pages of 100 reach all 100,000 rows.
    for (int offset = 200; offset < 100000; offset += 100) {
        model.fetchMore({});
        model.append(page(5, offset, 100, 100000));
    }
    CHECK(model.rowCount() == 100000);
    CHECK_FALSE(model.canFetchMore({}));
    model.clear();
    CHECK(model.rowCount() == 0);
}

namespace {
// One result row as the delegate paints it, `width` pixels wide.
QImage paintRow(const App::SnippetDelegate &delegate, const QModelIndex &index, int width)
{
    QStyleOptionViewItem option;
    option.font = QFont(u"Noto Sans CJK SC"_s, 11);
    option.palette = QPalette(Qt::black, Qt::white);
    option.rect = QRect(QPoint(0, 0), QSize(width, delegate.sizeHint(option, index).height()));
    QImage image(option.rect.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    return image;
}

App::SearchPage snippets(quint64 token, const QString &snippet)
{
    App::SearchPage result = page(token, 0, 3, 3);
    for (App::SearchHitRow &row : result.hits)
        row.snippetHtml = snippet + u" 第%1条"_s.arg(row.articleId);
    return result;
}
} // namespace

TEST_CASE("Search results without a total yet load until a page comes back empty, and take the total when it comes")
{
    App::SearchResultsModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    QSignalSpy wanted(&model, &App::SearchResultsModel::moreWanted);
    model.reset(page(3, 0, 100, -1));
    CHECK(model.total() == -1);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.append(page(3, 100, 100, 0)));
    CHECK(model.rowCount() == 200);
    CHECK_FALSE(model.setTotal(2, 5000)); // another search's
    CHECK(model.total() == -1);
    CHECK(model.setTotal(3, 250));
    CHECK(model.total() == 250);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.append(page(3, 200, 50, 0)));
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.rowCount() == 250);

    // No total ever: an empty page ends the rows.
    model.reset(page(4, 0, 100, -1));
    model.fetchMore({});
    CHECK(model.append(page(4, 100, 0, 0)));
    CHECK(model.total() == 100);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(wanted.size() == 3);
}

TEST_CASE("The snippet delegate lays out a row's snippet once and paints it the same from its cache")
{
    App::SearchResultsModel model;
    model.reset(snippets(1, u"半导体<b>芯片</b>产业"_s));
    App::SnippetDelegate delegate;
    const QImage first = paintRow(delegate, model.index(0), 400);
    CHECK(delegate.snippetLayouts() == 1);
    // Painting the row again (scrolling back, a repaint) reuses the layout and draws the same pixels.
    CHECK(paintRow(delegate, model.index(0), 400) == first);
    CHECK(delegate.snippetLayouts() == 1);
    paintRow(delegate, model.index(1), 400);
    CHECK(delegate.snippetLayouts() == 2);
    CHECK(delegate.cachedSnippets() == 2);
    // A narrower view lays the same snippet out again, for its width.
    const QImage narrow = paintRow(delegate, model.index(0), 250);
    CHECK(delegate.snippetLayouts() == 3);
    App::SnippetDelegate fresh;
    CHECK(paintRow(fresh, model.index(0), 250) == narrow);

    // A new search: the row's new snippet is drawn, never the cached one of the old search.
    model.reset(snippets(2, u"<b>电子</b>报纸"_s));
    const QImage changed = paintRow(delegate, model.index(0), 400);
    CHECK(delegate.snippetLayouts() == 4);
    CHECK(changed != first);
    App::SnippetDelegate cold;
    CHECK(paintRow(cold, model.index(0), 400) == changed);
}
