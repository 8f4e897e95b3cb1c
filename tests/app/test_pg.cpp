// The app on an archive served by PostgreSQL (docs/shared-archives.md): it browses, reads,
// searches and exports exactly as on the SQLite file the archive was published from.
#include "testarchive.h"

#include "../pg/pgcluster.h"

#include "app/browse/browserpanel.h"
#include "app/browse/modelroles.h"
#include "app/collect/collectionmodel.h"
#include "app/collect/collectionpanel.h"
#include "app/collect/keptarticlemodel.h"
#include "app/collect/researchcontroller.h"
#include "app/collect/savedsearchmodel.h"
#include "app/charts/chartdocks.h"
#include "app/charts/timelinechart.h"
#include "app/charts/timelinecontroller.h"
#include "app/charts/timelinepanel.h"
#include "app/export/exportactions.h"
#include "app/export/exportdialog.h"
#include "app/import/importcontroller.h"
#include "app/reader/readerpanel.h"
#include "app/reader/readerview.h"
#include "app/search/facetmodel.h"
#include "app/search/facetpanel.h"
#include "app/search/searchcontroller.h"
#include "app/search/searchpanel.h"
#include "app/search/searchresultsmodel.h"
#include "app/settings/appsettings.h"
#include "app/settings/languagemanager.h"
#include "app/window/mainwindow.h"
#include "core/search/facets.h"
#include "core/search/searcher.h"
#include "core/store/archive.h"
#include "core/store/importer.h"
#include "core/store/publisher.h"
#include "core/store/research.h"
#include "core/store/researchfile.h"
#include "windowwait.h"

#include <catch2/catch.hpp>

#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QListView>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QSignalSpy>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Baoku;

namespace {

// Copies the SQLite test archive at `local` into the PostgreSQL database at `url`.
void publish(const QString &local, const QString &url)
{
    Core::Archive archive;
    REQUIRE(archive.open(local));
    Core::PgConnection remote;
    REQUIRE(remote.open(url));
    REQUIRE(Core::Publisher(archive, remote).publish().error.isEmpty());
}

} // namespace

TEST_CASE("The app browses, reads, searches and exports an archive on PostgreSQL", "[pg]")
{
    QTemporaryDir dir;
    const QString local = Tests::createTestArchive(dir.path());
    PgCluster cluster;
    const QString url = cluster.newDatabase();
    publish(local, url);
    Core::Archive file;
    REQUIRE(file.open(local));

    App::AppSettings::instance().setLast(-1, -1);
    App::LanguageManager languages;
    languages.apply(u"en"_s);
    App::MainWindow window(url, &languages);
    window.show();
    QString error;
    REQUIRE(Tests::openArchiveAndWait(window, &error));
    REQUIRE(window.archive().isRemote());

    // Browsing and reading: the same issues, and an article's text in the reader.
    const auto issues = window.archive().issues();
    REQUIRE(issues.size() == file.issues().size());
    window.openIssue(issues.first().id);
    const auto articles = file.articlesOfIssue(issues.first().id);
    REQUIRE(!articles.isEmpty());
    REQUIRE(Tests::waitUntil([&] { return window.currentArticle() == articles.first().id; }));
    CHECK(window.readerPanel()->reader()->toPlainText().contains(articles.first().article.title));

    // Searching through the search worker's own PostgreSQL connection.
    window.search(u"芯片"_s);
    App::SearchResultsModel *results = window.searchPanel()->model();
    REQUIRE(Tests::waitUntil([&] { return results->rowCount() == 2; }));
    CHECK(results->total() == 2);
    CHECK(results->index(0).data(App::SnippetRole).toString().contains(u"芯片</span>"_s));
    Core::SearchRequest request;
    request.query = u"芯片"_s;
    const auto expected = file.search(request);
    REQUIRE(expected.hits.size() == 2);
    CHECK(results->articleIdAt(0) == expected.hits.at(0).articleId);
    CHECK(results->articleIdAt(1) == expected.hits.at(1).articleId);

    // The Timeline dock's counts are the file's.
    window.charts()->timelineDock()->show();
    App::TimelinePanel *timeline = window.charts()->timeline();
    REQUIRE(Tests::waitUntil([&] {
        return !timeline->controller()->isBusy() && timeline->chart()->data().queries == QStringList{u"芯片"_s}
            && !timeline->chart()->data().trend.periods.isEmpty();
    }));
    const App::TimelineData shown = timeline->chart()->data();
    CHECK(shown.trend.error.isEmpty());
    const auto trend = file.trend({u"芯片"_s}, shown.period, {});
    CHECK(shown.trend.periods == trend.periods);
    CHECK(shown.trend.hits == trend.hits);
    CHECK(shown.trend.articles == trend.articles);
    qint64 hits = 0;
    for (qint64 n : shown.trend.hits.value(0))
        hits += n;
    CHECK(hits > 0);

    // The facet panel counts on PostgreSQL what the file counts, and a click on a value filters
    // (on a facet where the hits differ, so that the filter leaves fewer).
    App::FacetPanel *facets = window.searchPanel()->facets();
    const auto valueRow = [&](Core::Facet facet, const QString &value) {
        const App::FacetModel &model = *facets->model();
        for (int group = 0; group < model.rowCount(); ++group) {
            const QModelIndex parent = model.index(group, 0);
            if (parent.data(App::FacetModel::FacetRole).toInt() != int(facet))
                continue;
            for (int row = 0; row < model.rowCount(parent); ++row) {
                if (model.index(row, 0, parent).data(App::FacetModel::ValueRole).toString() == value)
                    return model.index(row, 0, parent);
            }
        }
        return QModelIndex();
    };
    // (Months are listed once a year is chosen.)
    const QList<Core::Facet> kinds{Core::Facet::Year, Core::Facet::Page, Core::Facet::Newspaper, Core::Facet::Author};
    const Core::FacetResult counted = file.facets(request, kinds);
    REQUIRE(counted.total == 2);
    std::optional<Core::Facet> split;
    for (const Core::Facet facet : kinds) {
        const auto values = counted.facets.value(facet);
        INFO("facet " << int(facet));
        REQUIRE(!values.isEmpty());
        REQUIRE(Tests::waitUntil([&] { return valueRow(facet, values.at(0).value).isValid(); }));
        for (const auto &value : values)
            CHECK(valueRow(facet, value.value).data(App::FacetModel::CountRole).toLongLong() == value.count);
        if (!split && values.size() > 1)
            split = facet;
    }
    REQUIRE(split);
    const Core::FacetValue chosen = counted.facets.value(*split).at(1);
    QTreeView *view = facets->view();
    view->scrollTo(valueRow(*split, chosen.value));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(valueRow(*split, chosen.value)).center());
    REQUIRE(Tests::waitUntil([&] { return !window.searchController()->isBusy() && results->total() == chosen.count; }));
    CHECK(facets->activeFilters().value(*split) == chosen.value);
    CHECK(chosen.count == 1);
    facets->removeFilter(*split);
    REQUIRE(Tests::waitUntil([&] { return !window.searchController()->isBusy() && results->total() == 2; }));

    // Exporting every result, as the Export dialog does.
    App::ExportActions *actions = window.exportActions();
    actions->exportAction()->trigger();
    App::ExportDialog *dialog = actions->dialog();
    REQUIRE(dialog);
    dialog->setChoice(3);
    dialog->setFormat(Core::ExportFormat::Text);
    const QString txt = dir.filePath(u"results.txt"_s);
    dialog->setPath(txt);
    QString message = u"no signal"_s;
    QEventLoop loop;
    QObject::connect(actions, &App::ExportActions::exportFinished, &loop, [&](const QString &, const QString &m) {
        message = m;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    dialog->accept();
    loop.exec();
    CHECK(message.isEmpty());
    QFile out(txt);
    REQUIRE(out.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(out.readAll());
    CHECK(text.startsWith(u"检索“芯片”的结果\n共 2 篇\n"_s));
    for (const auto &hit : expected.hits)
        CHECK(text.contains(file.article(hit.articleId)->article.title));

    // Importing into the shared archive from the app: the same issues and search as importing
    // the same folder into the file the archive was published from.
    App::ImportController *importer = window.importer();
    QSignalSpy finished(importer, &App::ImportController::finished);
    const QStringList folders{QStringLiteral(BAOKU_ISSUES_DIR)};
    REQUIRE(importer->start(folders, false));
    REQUIRE(finished.wait(120000));
    const auto imported = finished.at(0).at(0).value<QList<Core::ImportResult>>();
    const auto expectedImport = Core::Importer(file).importPaths(folders, {});
    REQUIRE(imported.size() == expectedImport.size());
    for (qsizetype i = 0; i < imported.size(); ++i) {
        INFO(imported.at(i).path.toStdString() << ": " << imported.at(i).reason.toStdString());
        CHECK(imported.at(i).status == expectedImport.at(i).status);
        CHECK(imported.at(i).issueId == expectedImport.at(i).issueId);
    }
    CHECK(imported.constFirst().status == Core::ImportStatus::Imported);
    Core::Archive shared;
    REQUIRE(shared.open(url));
    const auto sharedIssues = shared.issues();
    REQUIRE(sharedIssues.size() == file.issues().size());
    CHECK(sharedIssues.size() > issues.size());
    Core::SearchRequest added;
    added.query = file.articlesOfIssue(sharedIssues.constLast().id).constFirst().article.title.left(4);
    const auto fromFile = file.search(added);
    const auto fromShared = shared.search(added);
    CHECK(fromFile.total > 0);
    CHECK(fromShared.total == fromFile.total);
}

TEST_CASE("On PostgreSQL the Collect commands keep stars, lists, tags, notes and saved searches", "[pg][collect]")
{
    QTemporaryDir dir;
    const QString local = Tests::createTestArchive(dir.path());
    // The research file goes to a folder of this test, not the user's data folder.
    const QByteArray oldResearch = qgetenv("BAOKU_RESEARCH_DIR");
    const QString researchDir = dir.filePath(u"research"_s);
    qputenv("BAOKU_RESEARCH_DIR", researchDir.toUtf8());
    PgCluster cluster;
    const QString url = cluster.newDatabase();
    publish(local, url);
    Core::Archive file;
    REQUIRE(file.open(local));
    const qint64 issue = file.issues().first().id;
    const auto articles = file.articlesOfIssue(issue);
    REQUIRE(articles.size() >= 2);
    const qint64 first = articles.at(0).id;
    const qint64 second = articles.at(1).id;

    App::AppSettings::instance().setLast(-1, -1);
    App::LanguageManager languages;
    languages.apply(u"en"_s);
    auto window = std::make_unique<App::MainWindow>(url, &languages);
    window->show();
    REQUIRE(Tests::openArchiveAndWait(*window));
    REQUIRE(window->archive().isRemote());
    window->openIssue(issue, first);
    REQUIRE(Tests::waitUntil([&] { return window->currentArticle() == first; }));

    // The Collect menu's commands are enabled on the shared archive.
    App::ResearchController *research = window->research();
    for (QAction *action : {research->starAction(), research->tagsAction(), research->addToListAction(),
                            research->noteAction(), research->notePassageAction(), research->saveSearchAction()}) {
        INFO(action->objectName().toStdString());
        CHECK(action->isEnabled());
    }
    CHECK_FALSE(research->starAction()->isChecked());
    research->starAction()->trigger(); // Ctrl+D on the open article
    CHECK(research->starAction()->isChecked());
    CHECK(research->isStarred(first));
    REQUIRE(research->addToList(u"芯片产业"_s, {second, first}));
    REQUIRE(research->changeTags({second}, {u"政策"_s}, {}));
    REQUIRE(research->addNote(first, u"值得引用"_s));
    CHECK(research->noteCount() == 1);
    App::SearchRequest request;
    request.query = u"芯片"_s;
    REQUIRE(research->saveSearch(u"芯片新闻"_s, request));

    // The Collections tab lists them; a click on the stars lists the starred article.
    App::CollectionModel *collections = research->panel()->collectionModel();
    REQUIRE(collections->rowCount() == 3);
    CHECK(collections->index(0).data().toString() == u"★ Starred (1)"_s);
    CHECK(collections->index(1).data().toString() == u"芯片产业 (2)"_s);
    CHECK(collections->index(2).data().toString() == u"#政策 (1)"_s);
    CHECK(research->panel()->savedModel()->rowCount() == 1);
    window->browser()->tabs()->setCurrentWidget(research->panel());
    QListView *view = research->panel()->collectionView();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(collections->index(0)).center());
    App::KeptArticleModel *kept = research->panel()->articleModel();
    REQUIRE(kept->rowCount() == 1);
    CHECK(kept->articleIdAt(0) == first);

    // Kept in the reader's research file for this URL, not in the server or the SQLite original,
    // and there again in a new window.
    CHECK(QFileInfo(Core::researchFilePath(url)).absolutePath() == QFileInfo(researchDir).absoluteFilePath());
    CHECK(QFileInfo::exists(Core::researchFilePath(url)));
    CHECK(Core::Research(file).items(Core::CollectionKind::Star, {}).isEmpty());
    window.reset();
    window = std::make_unique<App::MainWindow>(url, &languages);
    window->show();
    REQUIRE(Tests::openArchiveAndWait(*window));
    research = window->research();
    collections = research->panel()->collectionModel();
    REQUIRE(collections->rowCount() == 3);
    CHECK(collections->index(0).data().toString() == u"★ Starred (1)"_s);
    CHECK(research->noteCount() == 1);
    window->openIssue(issue, first);
    REQUIRE(Tests::waitUntil([&] { return window->currentArticle() == first; }));
    CHECK(research->starAction()->isChecked());
    window.reset();
    qputenv("BAOKU_RESEARCH_DIR", oldResearch);
}
