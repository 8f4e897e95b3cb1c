// Not a test: tools/screenshots.sh runs this hidden case under Xvfb to regenerate docs/screenshots.
#include "app/browse/browserpanel.h"
#include "app/collect/collectionmodel.h"
#include "app/collect/collectionpanel.h"
#include "app/collect/researchcontroller.h"
#include "app/settings/appsettings.h"
#include "app/settings/languagemanager.h"
#include "app/window/mainwindow.h"
#include "app/reader/readerpanel.h"
#include "app/reader/readerview.h"
#include "app/search/searchcontroller.h"
#include "app/search/searchpanel.h"
#include "app/search/searchresultsmodel.h"
#include "app/settings/settingsdialog.h"
#include "testarchive.h"
#include "app/settings/thememanager.h"
#include "app/window/firststartnote.h"
#include "app/window/helpdialog.h"
#include "windowwait.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Baoku;

namespace {
void save(QWidget *window, const QString &name)
{
    Tests::waitUntil([] { return false; }, 400); // let the window lay out and paint
    const QString folder = qEnvironmentVariable("BAOKU_SCREENSHOT_DIR");
    REQUIRE(window->grab().save(QDir(folder).filePath(name)));
}
} // namespace

TEST_CASE("Screenshots for the documentation", "[.screenshots]")
{
    REQUIRE_FALSE(qEnvironmentVariableIsEmpty("BAOKU_SCREENSHOT_DIR"));
    const QString archivePath = qEnvironmentVariable("BAOKU_SCREENSHOT_DB");
    REQUIRE_FALSE(archivePath.isEmpty());
    App::LanguageManager languages;
    languages.apply(u"en"_s);
    App::ThemeManager::apply(App::Theme::Light);
    App::MainWindow window(archivePath, &languages);
    window.resize(1400, 860);
    window.show();
    REQUIRE(Tests::openArchiveAndWait(window));
    const auto issues = window.archive().issues();
    REQUIRE_FALSE(issues.isEmpty());
    // The whole issue with the most pages (the newest of those), on its first continued article.
    qint64 issueId = issues.first().id;
    int most = 0;
    for (const auto &issue : issues) {
        if (issue.pageCount >= most) {
            most = issue.pageCount;
            issueId = issue.id;
        }
    }
    qint64 continued = -1;
    for (const auto &stored : window.archive().articlesOfIssue(issueId)) {
        if (continued < 0 && stored.article.pages.size() > 1)
            continued = stored.id;
    }
    window.openIssue(issueId, continued);
    window.showFirstStartNote(); // as on first start, after the samples were imported
    save(&window, u"main-en.png"_s);
    window.firstStartNote()->dismiss();

    window.setLanguage(u"zh_CN"_s);
    save(&window, u"main-zh_CN.png"_s);
    if (continued >= 0) {
        // Where the part from the next page begins, as the "continued on" link shows it.
        const auto article = window.archive().article(continued);
        emit window.readerPanel()->reader()->anchorClicked(QUrl(u"#page-%1"_s.arg(article->article.pages.at(1))));
        save(&window, u"continued-zh_CN.png"_s);
    }

    window.search(u"工业和信息化"_s);
    REQUIRE(Tests::waitUntil([&] { return !window.searchController()->isBusy(); }));
    REQUIRE(window.searchPanel()->model()->rowCount() > 0);
    window.openResult(0);
    save(&window, u"search-zh_CN.png"_s);
    window.research()->saveSearch(u"工业和信息化"_s, window.searchController()->currentRequest());

    App::ThemeManager::apply(App::Theme::Dark);
    window.setLanguage(u"en"_s);
    window.openResult(std::min(1, window.searchPanel()->model()->rowCount() - 1));
    save(&window, u"dark-search-en.png"_s);
    App::ThemeManager::apply(App::Theme::Light);

    window.search(u"芯片 宇宙飞船"_s); // nothing found: what was read, what to try, a link to the syntax
    REQUIRE(Tests::waitUntil([&] { return !window.searchController()->isBusy(); }));
    save(&window, u"no-results-en.png"_s);
    window.search(QString());

    // Collections and notes: a list, stars, a tag, the saved search above, notes on an article.
    App::ResearchController *research = window.research();
    QList<qint64> kept;
    for (const auto &stored : window.archive().articlesOfIssue(issueId)) {
        if (!stored.article.title.isEmpty() && stored.article.body.size() > 200 && kept.size() < 5)
            kept << stored.id;
    }
    if (kept.size() >= 3) {
        research->addToList(u"产业政策"_s, kept);
        research->setStarred({kept.at(0), kept.at(2)}, true);
        research->changeTags({kept.at(0), kept.at(1)}, {u"新型工业化"_s}, {});
        window.openIssue(issueId, kept.at(0));
        const QString body = window.archive().article(kept.at(0))->article.body;
        const qsizetype sentence = body.indexOf(u"。"_s);
        research->addNote(kept.at(0), u"与三月的部委声明对照。"_s, int(sentence + 1), 24);
        research->addNote(kept.at(0), u"综述可引用此文。"_s);
        window.browser()->tabs()->setCurrentWidget(research->panel());
        App::CollectionModel *collections = research->panel()->collectionModel();
        research->openCollection(collections->collectionAt(collections->rowOf(Core::CollectionKind::List, u"产业政策"_s)));
        save(&window, u"collections-en.png"_s);
        window.browser()->tabs()->setCurrentIndex(0);
    }

    window.resize(1024, 768);
    window.setReadingMode(true);
    save(&window, u"reading-mode-en.png"_s);
    window.setReadingMode(false);
    window.resize(1400, 860);

    window.showHelp(u"syntax"_s);
    save(window.helpDialog(), u"help-en.png"_s);
    window.helpDialog()->close();

    App::SettingsDialog settings({QString(), App::Theme::FollowSystem, App::AppSettings::defaultReaderFont(), 100},
                                 &window);
    settings.show();
    save(&settings, u"settings-en.png"_s);
}
