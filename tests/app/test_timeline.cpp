// The Timeline dock on a made-up archive of two papers over two and a half years: its counts equal
// counting the articles themselves, a click on a bar filters the results to exactly that period,
// stale counts are dropped, and the chart exports as PNG, SVG and CSV.
#include "app/browse/modelroles.h"
#include "app/charts/chartdocks.h"
#include "app/charts/timelinechart.h"
#include "app/charts/timelinecontroller.h"
#include "app/charts/timelinepanel.h"
#include "app/search/facetcontroller.h"
#include "app/search/facetpanel.h"
#include "app/search/searchcontroller.h"
#include "app/search/searchpanel.h"
#include "app/search/searchresultsmodel.h"
#include "app/settings/appsettings.h"
#include "app/settings/languagemanager.h"
#include "app/window/mainwindow.h"
#include "core/store/archive.h"
#include "researcharchive.h"
#include "testarchive.h"
#include "windowwait.h"

#include <catch2/catch.hpp>

#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Baoku;

namespace {

// One archive for every case here: making it imports about 1,300 pages.
const QString &researchArchive()
{
    static QTemporaryDir dir;
    static const QString path = Tests::createResearchArchive(dir.path(), QDate(2022, 1, 1), QDate(2024, 6, 30), 1);
    return path;
}

// Articles per period ("2023" or "2023-04") counted by reading every article: all but
// advertisements, and those whose title or body holds `query`.
struct BruteForce {
    QMap<QString, qint64> articles;
    QMap<QString, qint64> hits;
};

BruteForce bruteForce(const QString &query, int width)
{
    Core::Archive archive;
    REQUIRE(archive.open(researchArchive(), nullptr, Core::OpenMode::Existing));
    BruteForce out;
    archive.forEachArticle([&](const Core::StoredArticle &stored) {
        const QString period = stored.issue.date.toString(Qt::ISODate).left(width);
        if (stored.article.kind != Core::ArticleKind::Advertisement) // as searches, no advertisements
            out.articles[period] += 1;
        if (stored.article.title.contains(query) || stored.article.body.contains(query))
            out.hits[period] += 1;
        return true;
    });
    return out;
}

struct Window {
    App::LanguageManager languages;
    std::unique_ptr<App::MainWindow> window;
    App::TimelinePanel *timeline = nullptr;

    Window()
    {
        App::AppSettings::instance().setLast(-1, -1);
        languages.apply(u"en"_s);
        window = std::make_unique<App::MainWindow>(researchArchive(), &languages);
        window->resize(1400, 900);
        window->show();
        REQUIRE(Tests::openArchiveAndWait(*window));
        window->charts()->timelineDock()->show();
        timeline = window->charts()->timeline();
    }

    // Waits for the timeline of exactly `queries`.
    void waitForTimeline(const QStringList &queries)
    {
        App::TimelineController *controller = timeline->controller();
        REQUIRE(Tests::waitUntil([&] {
            return !controller->isBusy() && timeline->chart()->data().queries == queries
                && !timeline->chart()->data().trend.periods.isEmpty();
        }));
    }

    void waitForSearch()
    {
        REQUIRE(Tests::waitUntil([&] { return !window->searchController()->isBusy(); }));
    }
};

void checkAgainstBruteForce(const App::TimelineData &data, const QStringList &queries, int width)
{
    REQUIRE(data.queries == queries);
    REQUIRE(data.trend.hits.size() == queries.size());
    for (qsizetype q = 0; q < queries.size(); ++q) {
        const BruteForce expected = bruteForce(queries.at(q), width);
        qint64 total = 0;
        for (qsizetype p = 0; p < data.trend.periods.size(); ++p) {
            const QString &period = data.trend.periods.at(p);
            INFO(queries.at(q).toStdString() << " " << period.toStdString());
            CHECK(data.trend.hits.at(q).at(p) == expected.hits.value(period));
            CHECK(data.trend.articles.at(p) == expected.articles.value(period));
            const qint64 held = expected.articles.value(period);
            CHECK(data.value(q, p, true) == Approx(held ? 1000.0 * double(expected.hits.value(period)) / double(held) : 0.0));
            total += data.trend.hits.at(q).at(p);
        }
        qint64 expectedTotal = 0;
        for (qint64 n : expected.hits)
            expectedTotal += n;
        CHECK(total == expectedTotal);
        CHECK(total > 0);
    }
}

} // namespace

TEST_CASE("Timeline counts per year and per month equal counting the articles themselves")
{
    Window w;
    w.window->search(u"芯片"_s);
    w.waitForTimeline({u"芯片"_s});
    const App::TimelineData years = w.timeline->chart()->data();
    CHECK(years.trend.periods == QStringList{u"2022"_s, u"2023"_s, u"2024"_s});
    checkAgainstBruteForce(years, {u"芯片"_s}, 4);

    // Queries added to compare share the chart; one that is already shown is not added twice.
    w.timeline->addComparison(u"人工智能"_s);
    w.timeline->addComparison(u"移动通信"_s);
    w.timeline->addComparison(u"人工智能"_s);
    const QStringList three{u"芯片"_s, u"人工智能"_s, u"移动通信"_s};
    w.waitForTimeline(three);
    checkAgainstBruteForce(w.timeline->chart()->data(), three, 4);

    w.timeline->setPeriod(Core::TrendPeriod::Month);
    REQUIRE(Tests::waitUntil([&] { return w.timeline->chart()->data().period == Core::TrendPeriod::Month
                                          && !w.timeline->controller()->isBusy(); }));
    const App::TimelineData months = w.timeline->chart()->data();
    CHECK(months.trend.periods.size() == 30); // 2022-01 … 2024-06
    checkAgainstBruteForce(months, three, 7);

    // Removing a compared query (its chip's ×) takes it off the chart.
    auto *chip = w.timeline->findChild<QToolButton *>(u"timelineChip"_s);
    REQUIRE(chip);
    chip->click();
    w.waitForTimeline({u"芯片"_s, u"移动通信"_s});
}

TEST_CASE("Clicking a timeline bar filters the results to exactly that period")
{
    Window w;
    App::SearchResultsModel *results = w.window->searchPanel()->model();
    App::FacetPanel *facets = w.window->searchPanel()->facets();
    w.window->search(u"人工智能"_s);
    w.waitForSearch();
    w.waitForTimeline({u"人工智能"_s});
    const qint64 all = results->total();
    App::TimelineChart *chart = w.timeline->chart();

    for (const auto period : {Core::TrendPeriod::Year, Core::TrendPeriod::Month}) {
        w.timeline->setPeriod(period);
        REQUIRE(Tests::waitUntil([&] { return chart->data().period == period && !w.timeline->controller()->isBusy(); }));
        const int width = period == Core::TrendPeriod::Year ? 4 : 7;
        const BruteForce expected = bruteForce(u"人工智能"_s, width);
        // The second period that has hits, so that the filter is not the whole range.
        int chosen = -1;
        int seen = 0;
        for (int p = 0; p < chart->data().trend.periods.size() && chosen < 0; ++p) {
            if (chart->data().trend.hits.at(0).at(p) > 0 && ++seen == 2)
                chosen = p;
        }
        REQUIRE(chosen >= 0);
        const QString name = chart->data().trend.periods.at(chosen);
        const QRect bar = chart->barRect(0, chosen);
        REQUIRE_FALSE(bar.isEmpty());
        CHECK(chart->periodAt(bar.center()) == chosen);
        QTest::mouseClick(chart, Qt::LeftButton, {}, bar.center());
        REQUIRE(Tests::waitUntil([&] {
            return !w.window->searchController()->isBusy() && results->total() == expected.hits.value(name);
        }));
        CHECK(results->total() < all);
        CHECK(facets->activeFilters().value(Core::Facet::Year) == name.left(4));
        CHECK(facets->activeFilters().value(Core::Facet::Month) == (width == 7 ? name : QString()));
        CHECK(facets->findChild<QToolButton *>(u"facetChip_year"_s));
        for (int row = 0; row < results->rowCount(); ++row)
            CHECK(results->index(row).data(App::DateRole).toDate().toString(Qt::ISODate).left(width) == name);
        // The chart keeps the whole span and shades the chosen period.
        w.waitForTimeline({u"人工智能"_s});
        CHECK(chart->data().trend.periods.size() > 1);
        facets->removeFilter(Core::Facet::Year);
        REQUIRE(Tests::waitUntil([&] { return !w.window->searchController()->isBusy() && results->total() == all; }));
    }

    // The bar of a compared query lists that query's results in that period.
    w.timeline->addComparison(u"移动通信"_s);
    w.waitForTimeline({u"人工智能"_s, u"移动通信"_s});
    const int first = 0; // 2022-01: 移动通信 is common from the start
    const QString firstMonth = chart->data().trend.periods.at(first);
    const QRect other = chart->barRect(1, first);
    REQUIRE_FALSE(other.isEmpty());
    CHECK(chart->queryAt(other.center()) == 1);
    QTest::mouseClick(chart, Qt::LeftButton, {}, other.center());
    const qint64 expectedOther = bruteForce(u"移动通信"_s, 7).hits.value(firstMonth);
    REQUIRE(Tests::waitUntil([&] {
        return !w.window->searchController()->isBusy() && w.window->searchController()->currentRequest().query == u"移动通信"_s
            && results->total() == expectedOther;
    }));
    CHECK(facets->activeFilters().value(Core::Facet::Month) == firstMonth);
    w.timeline->removeComparison(u"移动通信"_s);
    w.window->search(u"人工智能"_s);
    facets->removeFilter(Core::Facet::Year);
    REQUIRE(Tests::waitUntil([&] { return !w.window->searchController()->isBusy() && results->total() == all; }));

    // From the keyboard: Home, Right, Enter filters to the second month.
    chart->setFocus();
    QTest::keyClick(chart, Qt::Key_Home);
    QTest::keyClick(chart, Qt::Key_Right);
    CHECK(chart->currentPeriod() == 1);
    QTest::keyClick(chart, Qt::Key_Return);
    const QString second = chart->data().trend.periods.at(1);
    REQUIRE(Tests::waitUntil([&] { return !w.window->searchController()->isBusy()
                                          && facets->activeFilters().value(Core::Facet::Month) == second; }));
    CHECK(results->total() == bruteForce(u"人工智能"_s, 7).hits.value(second));
}

TEST_CASE("A newer timeline request drops the older one's answer")
{
    Window w;
    App::TimelineController *controller = w.timeline->controller();
    REQUIRE(Tests::waitUntil([&] { return !controller->isBusy(); })); // the count the shown dock asked for
    QSignalSpy ready(controller, &App::TimelineController::ready);
    const int dropped = controller->droppedCount();
    controller->count({u"芯片"_s}, Core::TrendPeriod::Month, {});
    const quint64 newest = controller->count({u"人工智能"_s}, Core::TrendPeriod::Year, {});
    REQUIRE(Tests::waitUntil([&] { return !controller->isBusy(); }));
    REQUIRE(ready.count() == 1);
    CHECK(ready.at(0).at(0).value<App::TimelineData>().token == newest);
    CHECK(ready.at(0).at(0).value<App::TimelineData>().period == Core::TrendPeriod::Year);
    CHECK(controller->droppedCount() == dropped + 1);
}

TEST_CASE("Facets and timeline count on one shared thread, each dropping only its own stale answers")
{
    Window w;
    App::TimelineController *timeline = w.timeline->controller();
    App::FacetController *facets = w.window->searchPanel()->facets()->controller();
    REQUIRE(Tests::waitUntil([&] { return !timeline->isBusy(); }));
    // One thread, so one connection and one facet table for both.
    CHECK(facets->countingThread() == timeline->countingThread());
    QSignalSpy facetsReady(facets, &App::FacetController::ready);
    QSignalSpy timelineReady(timeline, &App::TimelineController::ready);
    const int facetsDropped = facets->droppedCount();
    Core::SearchRequest stale;
    stale.query = u"芯片"_s;
    facets->count(stale);
    const quint64 newest = timeline->count({u"芯片"_s}, Core::TrendPeriod::Year, {});
    Core::SearchRequest current;
    current.query = u"人工智能"_s;
    facets->count(current);
    // A counter that goes while its count is queued or running answers nothing, and the thread goes on.
    {
        App::FacetController gone(researchArchive());
        CHECK(gone.countingThread() == timeline->countingThread());
        gone.count(stale);
    }
    REQUIRE(Tests::waitUntil([&] { return facetsReady.count() == 1 && !timeline->isBusy(); }));
    QTest::qWait(50);
    REQUIRE(facetsReady.count() == 1);
    CHECK(facets->droppedCount() == facetsDropped + 1);
    Core::Archive archive;
    REQUIRE(archive.open(researchArchive(), nullptr, Core::OpenMode::Existing));
    const Core::FacetResult result = facetsReady.at(0).at(0).value<Core::FacetResult>();
    CHECK(result.total == archive.facets(current, {Core::Facet::Year}).total);
    CHECK(result.total > 0);
    // The timeline's own request was not made stale by the facets' newer one.
    REQUIRE(timelineReady.count() == 1);
    const auto data = timelineReady.at(0).at(0).value<App::TimelineData>();
    CHECK(data.token == newest);
    CHECK(data.trend.hits == archive.trend({u"芯片"_s}, Core::TrendPeriod::Year, {}).hits);
}

TEST_CASE("The timeline exports as PNG, SVG and CSV")
{
    Window w;
    w.window->search(u"芯片"_s);
    w.timeline->addComparison(u"人工智能"_s);
    w.waitForTimeline({u"芯片"_s, u"人工智能"_s});
    QTemporaryDir dir;
    QString error;
    REQUIRE(w.timeline->exportTo(dir.filePath(u"t.png"_s), App::TimelinePanel::Format::Png, &error));
    const QImage image(dir.filePath(u"t.png"_s));
    CHECK(image.size() == QSize(1200, 500));
    // Bars in the first query's colour are drawn.
    bool coloured = false;
    const QColor first = w.timeline->chart()->seriesColor(0);
    for (int y = 0; y < image.height() && !coloured; y += 2) {
        for (int x = 0; x < image.width() && !coloured; x += 2)
            coloured = image.pixelColor(x, y) == first;
    }
    CHECK(coloured);

    REQUIRE(w.timeline->exportTo(dir.filePath(u"t.svg"_s), App::TimelinePanel::Format::Svg, &error));
    QFile svg(dir.filePath(u"t.svg"_s));
    REQUIRE(svg.open(QIODevice::ReadOnly));
    const QString svgText = QString::fromUtf8(svg.readAll());
    CHECK(svgText.contains(u"<svg"_s));
    CHECK(svgText.contains(u"人工智能"_s));
    // Drawn back by Qt's own SVG renderer, it shows the bars too.
    QSvgRenderer renderer(dir.filePath(u"t.svg"_s));
    REQUIRE(renderer.isValid());
    QImage drawn(1200, 500, QImage::Format_RGB32);
    drawn.fill(Qt::white);
    QPainter painter(&drawn);
    renderer.render(&painter);
    painter.end();
    if (!qEnvironmentVariableIsEmpty("BAOKU_TIMELINE_SVG_PNG"))
        drawn.save(qEnvironmentVariable("BAOKU_TIMELINE_SVG_PNG"));
    int barPixels = 0;
    for (int y = 0; y < drawn.height(); ++y) {
        for (int x = 0; x < drawn.width(); ++x)
            barPixels += drawn.pixelColor(x, y) == first;
    }
    CHECK(barPixels > 1000);

    REQUIRE(w.timeline->exportTo(dir.filePath(u"t.csv"_s), App::TimelinePanel::Format::Csv, &error));
    QFile csv(dir.filePath(u"t.csv"_s));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0) == u"year,articles,芯片,人工智能"_s);
    const BruteForce chips = bruteForce(u"芯片"_s, 4);
    const BruteForce ai = bruteForce(u"人工智能"_s, 4);
    CHECK(lines.at(2) == u"2023,%1,%2,%3"_s.arg(chips.articles.value(u"2023"_s)).arg(chips.hits.value(u"2023"_s))
                             .arg(ai.hits.value(u"2023"_s)));
    CHECK_FALSE(w.timeline->exportTo(dir.filePath(u"missing/folder/t.csv"_s), App::TimelinePanel::Format::Csv, &error));
    CHECK_FALSE(error.isEmpty());
}
