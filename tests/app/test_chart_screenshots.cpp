// Not a test: tools/screenshots.sh runs this hidden case under Xvfb for docs/screenshots: the
// facets, the timeline and the coverage calendar on the made-up archive of researcharchive.h
// (two papers, three years), since the bundled issues span too few days to show a trend or a gap.
#include "app/charts/chartdocks.h"
#include "app/charts/coveragecontroller.h"
#include "app/charts/coveragepanel.h"
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
#include "app/settings/thememanager.h"
#include "app/window/mainwindow.h"
#include "researcharchive.h"
#include "testarchive.h"
#include "windowwait.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDockWidget>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Baoku;

namespace {
void save(QWidget *window, const QString &name)
{
    Tests::waitUntil([] { return false; }, 400); // let the window lay out and paint
    REQUIRE(window->grab().save(QDir(qEnvironmentVariable("BAOKU_SCREENSHOT_DIR")).filePath(name)));
}
} // namespace

TEST_CASE("Screenshots of the facets, the timeline and coverage", "[.screenshots]")
{
    REQUIRE_FALSE(qEnvironmentVariableIsEmpty("BAOKU_SCREENSHOT_DIR"));
    QTemporaryDir dir;
    const QString path = Tests::createResearchArchive(dir.path(), QDate(2022, 1, 1), QDate(2024, 12, 31), 2);
    App::AppSettings::instance().setLast(-1, -1);
    App::LanguageManager languages;
    languages.apply(u"en"_s);
    App::ThemeManager::apply(App::Theme::Light);
    App::MainWindow window(path, &languages);
    window.resize(1400, 860);
    window.show();
    REQUIRE(Tests::openArchiveAndWait(window));
    // Room for the results and the facets beside them.
    if (auto *split = window.findChild<QSplitter *>(u"mainSplitter"_s))
        split->setSizes({300, 640, 460});
    App::FacetPanel *facets = window.searchPanel()->facets();
    QSignalSpy counted(facets, &App::FacetPanel::counted);

    // Facets: a year chosen, so its months are listed and its chip shows.
    window.search(u"人工智能"_s);
    REQUIRE(Tests::waitUntil([&] { return !window.searchController()->isBusy() && counted.count() > 0; }));
    counted.clear();
    facets->addFilter(Core::Facet::Year, u"2023"_s);
    REQUIRE(Tests::waitUntil([&] { return !window.searchController()->isBusy() && counted.count() > 0; }));
    window.openResult(0);
    save(&window, u"facets-en.png"_s);
    facets->removeFilter(Core::Facet::Year);

    // The timeline of three queries per month; a click on a bar filtered the results to its month.
    App::TimelinePanel *timeline = window.charts()->timeline();
    window.charts()->timelineDock()->show();
    window.charts()->timelineDock()->raise();
    window.resizeDocks({window.charts()->timelineDock()}, {340}, Qt::Vertical);
    timeline->addComparison(u"移动通信"_s);
    timeline->addComparison(u"芯片"_s);
    timeline->setPeriod(Core::TrendPeriod::Month);
    REQUIRE(Tests::waitUntil([&] {
        return !timeline->controller()->isBusy() && timeline->chart()->data().queries.size() == 3
            && timeline->chart()->data().period == Core::TrendPeriod::Month;
    }));
    const int month = int(timeline->chart()->data().trend.periods.indexOf(u"2024-05"_s));
    REQUIRE(month >= 0);
    QTest::mouseClick(timeline->chart(), Qt::LeftButton, {}, timeline->chart()->barRect(0, month).center());
    REQUIRE(Tests::waitUntil([&] { return !window.searchController()->isBusy() && !timeline->controller()->isBusy(); }));
    window.openResult(0);
    save(&window, u"timeline-en.png"_s);
    timeline->exportTo(QDir(qEnvironmentVariable("BAOKU_SCREENSHOT_DIR")).filePath(u"timeline-export.svg"_s),
                       App::TimelinePanel::Format::Svg);

    // Coverage, in Chinese: the twice-weekly paper's calendar with its gaps and missing pages.
    window.setLanguage(u"zh_CN"_s);
    App::CoveragePanel *coverage = window.charts()->coverage();
    window.charts()->coverageDock()->show();
    window.charts()->coverageDock()->raise();
    window.resizeDocks({window.charts()->coverageDock()}, {420}, Qt::Vertical);
    REQUIRE(Tests::waitUntil([&] { return !coverage->controller()->isBusy() && !coverage->data().papers.isEmpty(); }));
    save(&window, u"coverage-zh_CN.png"_s);
    window.setLanguage(u"en"_s);
}
