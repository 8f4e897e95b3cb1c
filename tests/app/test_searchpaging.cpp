// Scrolling the results of a very common query: the search worker continues each page after the
// last row (keyset paging) instead of skipping rows by OFFSET, and the rows are those, in the order,
// that paging by offset gives.
#include "app/search/facetpanel.h"
#include "app/search/searchbackend.h"
#include "app/search/searchcontroller.h"
#include "app/search/searchpanel.h"
#include "app/search/searchresultsmodel.h"
#include "app/settings/appsettings.h"
#include "app/settings/languagemanager.h"
#include "app/window/mainwindow.h"
#include "core/store/archive.h"
#include "core/store/importer.h"
#include "testarchive.h"
#include "windowwait.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Baoku;

namespace {

// More articles hold 芯片 than Searcher::kCommonTermHits, a few of them in the title.
QString createCommonArchive(const QString &folder)
{
    const QString path = folder + u"/common.sqlite"_s;
    Core::Archive archive;
    REQUIRE(archive.open(path, nullptr));
    Core::Importer importer(archive);
    const int issues = int(Core::Searcher::kCommonTermHits / 100) + 3;
    for (int i = 0; i < issues; ++i) {
        Core::ParsedIssue parsed;
        parsed.issue.newspaper = u"中国电子报"_s;
        parsed.issue.date = QDate(2021, 1, 4).addDays(7 * i);
        parsed.issue.dateSource = Core::DateSource::Masthead;
        for (int k = 0; k < 100; ++k) {
            Core::Article article;
            article.page = 1 + k / 25;
            article.order = k % 25 + 1;
            article.title = k % 17 == 3 ? u"芯片专题%1"_s.arg(k) : u"第%1篇"_s.arg(k);
            article.body = u"我国芯片产业第%1期第%2篇。"_s.arg(i).arg(k);
            parsed.articles.append(article);
        }
        const QString source = u"/made/common-%1.txt"_s.arg(i);
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha256).toHex());
        REQUIRE(importer.importParsed(parsed, Core::SourceFile{source, sha, 100}, {}).status == Core::ImportStatus::Imported);
    }
    return path;
}

} // namespace

TEST_CASE("Scrolling a very common query's results pages by keyset and gives the offset pages' rows")
{
    QTemporaryDir dir;
    const QString path = createCommonArchive(dir.path());
    for (const QString &query : {u"芯片"_s, u"芯"_s}) { // title hits first; the character index
        CAPTURE(query);
        App::SearchController controller(path);
        App::SearchResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QList<App::SearchPage> later;
        QObject::connect(&controller, &App::SearchController::firstPage, &model, &App::SearchResultsModel::reset);
        QObject::connect(&controller, &App::SearchController::nextPage, &model, [&](const App::SearchPage &page) {
            later.append(page);
            model.append(page);
        });
        QObject::connect(&model, &App::SearchResultsModel::moreWanted, &controller, &App::SearchController::fetch);
        App::SearchRequest request;
        request.query = query;
        controller.search(request);
        REQUIRE(Tests::waitUntil([&] { return model.rowCount() > 0; }));
        const qint64 total = model.total();
        REQUIRE(total > Core::Searcher::kCommonTermHits);
        while (model.rowCount() < total) {
            const int rows = model.rowCount();
            REQUIRE(model.canFetchMore({}));
            model.fetchMore({});
            REQUIRE(Tests::waitUntil([&] { return model.rowCount() > rows; }));
        }
        CHECK_FALSE(model.canFetchMore({}));
        // Every later page continued after the one before, without counting the hits again.
        REQUIRE(later.size() == (total + 99) / 100 - 1);
        for (const App::SearchPage &page : std::as_const(later)) {
            CHECK(page.next.valid);
            CHECK(page.total == 0);
        }

        // The same rows, in the same order, as pages asked for by offset.
        App::SearchBackend backend;
        REQUIRE(backend.open(path, nullptr));
        QList<qint64> byOffset;
        for (request.offset = 0; request.offset < total; request.offset += 100) {
            const App::SearchPage page = backend.run(request);
            REQUIRE(page.error.isEmpty());
            for (const App::SearchHitRow &row : page.hits)
                byOffset.append(row.articleId);
        }
        REQUIRE(byOffset.size() == total);
        for (int row = 0; row < total; ++row) {
            if (model.articleIdAt(row) != byOffset.at(row))
                FAIL("row " << row << ": " << model.articleIdAt(row) << " by keyset, " << byOffset.at(row) << " by offset");
        }
    }
}

TEST_CASE("A common query's total comes with its facets, from one walk, and equals the exact count")
{
    QTemporaryDir dir;
    const QString path = createCommonArchive(dir.path());
    App::AppSettings::instance().setLast(-1, -1);
    App::LanguageManager languages;
    languages.apply(u"en"_s);
    App::MainWindow window(path, &languages);
    window.show();
    REQUIRE(Tests::openArchiveAndWait(window));
    App::SearchResultsModel *results = window.searchPanel()->model();
    QSignalSpy first(window.searchController(), &App::SearchController::firstPage);
    QSignalSpy counted(window.searchPanel()->facets(), &App::FacetPanel::totalCounted);
    auto *label = window.searchPanel()->findChild<QLabel *>(u"resultCount"_s);
    REQUIRE(label);
    Core::Archive archive;
    REQUIRE(archive.open(path, nullptr, Core::OpenMode::Existing));
    for (const QString &query : {u"芯片"_s, u"芯"_s, u"专题"_s}) {
        CAPTURE(query);
        first.clear();
        counted.clear();
        window.search(query);
        REQUIRE(Tests::waitUntil([&] { return first.count() == 1 && counted.count() == 1; }));
        Core::SearchRequest exact;
        exact.query = query;
        exact.limit = 0;
        const qint64 total = archive.search(exact).total;
        // A common query's first page leaves the total to the facets' count; a rarer one has it.
        const auto page = first.at(0).at(0).value<App::SearchPage>();
        CHECK(page.total == (total >= Core::Searcher::kCommonTermHits ? -1 : total));
        CHECK(counted.at(0).at(0).toLongLong() == total);
        CHECK(counted.at(0).at(1).toBool());
        CHECK(results->total() == total);
        INFO(label->text().toStdString());
        CHECK(label->text().startsWith(QString::number(total) + u" result"_s));
    }
}
