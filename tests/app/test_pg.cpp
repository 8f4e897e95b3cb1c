// The app on an archive served by PostgreSQL (docs/shared-archives.md): it browses, reads,
// searches and exports exactly as on the SQLite file the archive was published from.
#include "testarchive.h"

#include "../pg/pgcluster.h"

#include "app/browse/modelroles.h"
#include "app/export/exportactions.h"
#include "app/export/exportdialog.h"
#include "app/reader/readerpanel.h"
#include "app/reader/readerview.h"
#include "app/search/searchpanel.h"
#include "app/search/searchresultsmodel.h"
#include "app/settings/appsettings.h"
#include "app/settings/languagemanager.h"
#include "app/window/mainwindow.h"
#include "core/search/searcher.h"
#include "core/store/archive.h"
#include "core/store/publisher.h"
#include "windowwait.h"

#include <catch2/catch.hpp>

#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Baoku;

TEST_CASE("The app browses, reads, searches and exports an archive on PostgreSQL", "[pg]")
{
    QTemporaryDir dir;
    const QString local = Tests::createTestArchive(dir.path());
    PgCluster cluster;
    const QString url = cluster.newDatabase();
    {
        Core::Archive archive;
        REQUIRE(archive.open(local));
        Core::PgConnection remote;
        REQUIRE(remote.open(url));
        REQUIRE(Core::Publisher(archive, remote).publish().error.isEmpty());
    }
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
}
