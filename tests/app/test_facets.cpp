// The facets beside the search results: the model under QAbstractItemModelTester, and in the
// window a click on a value filters the results and a chip's × removes the filter again.
#include "app/search/facetcontroller.h"
#include "app/search/facetmodel.h"
#include "app/search/facetpanel.h"
#include "app/search/searchcontroller.h"
#include "app/search/searchpanel.h"
#include "app/search/searchresultsmodel.h"
#include "app/settings/appsettings.h"
#include "app/settings/languagemanager.h"
#include "app/window/mainwindow.h"
#include "testarchive.h"
#include "windowwait.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Baoku;

namespace {

// The row of `value` under the facet `facet`, or an invalid index.
QModelIndex valueIndex(const App::FacetModel &model, Core::Facet facet, const QString &value)
{
    for (int group = 0; group < model.rowCount(); ++group) {
        const QModelIndex parent = model.index(group, 0);
        if (parent.data(App::FacetModel::FacetRole).toInt() != int(facet))
            continue;
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            if (index.data(App::FacetModel::ValueRole).toString() == value)
                return index;
        }
    }
    return {};
}

} // namespace

TEST_CASE("The facet model passes QAbstractItemModelTester and lists values with counts")
{
    App::FacetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Core::FacetResult result;
    result.facets.insert(Core::Facet::Year, {{u"2023"_s, 3}, {u"2024"_s, 1}});
    result.facets.insert(Core::Facet::Author, {{u"宋婧"_s, 2}});
    result.facets.insert(Core::Facet::Column, {});
    model.setResult(result, {Core::Facet::Year, Core::Facet::Column, Core::Facet::Author});
    REQUIRE(model.rowCount() == 2); // a facet without values is left out
    CHECK(model.index(0, 0).data().toString() == u"Year"_s);
    CHECK(model.rowCount(model.index(0, 0)) == 2);
    const QModelIndex year = valueIndex(model, Core::Facet::Year, u"2023"_s);
    REQUIRE(year.isValid());
    CHECK(year.data(App::FacetModel::CountRole).toLongLong() == 3);
    CHECK(year.data().toString() == u"2023 (3)"_s);
    CHECK(year.parent() == model.index(0, 0));
    model.setResult({}, {Core::Facet::Year});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("Clicking a facet value filters the results; the chip's × removes the filter")
{
    QTemporaryDir dir;
    const QString path = Tests::createTestArchive(dir.path());
    App::AppSettings::instance().setLast(-1, -1);
    App::LanguageManager languages;
    languages.apply(u"en"_s);
    App::MainWindow window(path, &languages);
    window.show();
    QString error;
    REQUIRE(Tests::openArchiveAndWait(window, &error));
    App::SearchController *search = window.searchController();
    App::FacetPanel *facets = window.searchPanel()->facets();
    App::SearchResultsModel *results = window.searchPanel()->model();
    QSignalSpy counted(facets, &App::FacetPanel::counted);

    window.search(u"宋婧"_s);
    REQUIRE(Tests::waitUntil([&] { return !search->isBusy() && counted.count() > 0; }));
    REQUIRE(results->total() == 2);
    const QModelIndex year = valueIndex(*facets->model(), Core::Facet::Year, u"2024"_s);
    REQUIRE(year.isValid());
    CHECK(year.data(App::FacetModel::CountRole).toLongLong() == 1);
    CHECK_FALSE(valueIndex(*facets->model(), Core::Facet::Month, u"2024-01"_s).isValid()); // months come with a year

    // A real click on the value's row.
    QTreeView *view = facets->view();
    view->scrollTo(year);
    const QRect rect = view->visualRect(year);
    REQUIRE(rect.isValid());
    counted.clear();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    REQUIRE(Tests::waitUntil([&] { return !search->isBusy() && counted.count() > 0 && results->total() == 1; }));
    CHECK(facets->activeFilters().value(Core::Facet::Year) == u"2024"_s);
    CHECK(results->rowCount() == 1);
    CHECK(valueIndex(*facets->model(), Core::Facet::Month, u"2024-01"_s).data(App::FacetModel::CountRole).toLongLong() == 1);
    auto *chip = facets->findChild<QToolButton *>(u"facetChip_year"_s);
    REQUIRE(chip);
    CHECK(chip->text().contains(u"2024"_s));

    counted.clear();
    chip->click();
    REQUIRE(Tests::waitUntil([&] { return !search->isBusy() && counted.count() > 0 && results->total() == 2; }));
    CHECK(facets->activeFilters().isEmpty());
    CHECK_FALSE(facets->findChild<QToolButton *>(u"facetChip_year"_s));
}
