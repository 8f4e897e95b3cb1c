// Whole issues in the app: the page list with the pages the archive lacks, Previous/Next Page,
// continued links (to the part on the other page, or a message for a page not in the archive),
// the mark where a later part begins, and Previous/Next Issue across a page without a masthead.
#include "app/browse/articlepanel.h"
#include "app/browse/pagebar.h"
#include "app/browse/pagelistmodel.h"
#include "app/import/samples.h"
#include "app/reader/articlehtml.h"
#include "app/reader/readerpanel.h"
#include "app/reader/readerview.h"
#include "app/settings/appsettings.h"
#include "app/settings/languagemanager.h"
#include "app/window/actions.h"
#include "app/window/mainwindow.h"
#include "app/window/pagenavigator.h"
#include "core/store/archive.h"
#include "core/store/importer.h"
#include "app/browse/browserpanel.h"
#include "app/browse/issuetreemodel.h"
#include "testarchive.h"
#include "windowwait.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCryptographicHash>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Baoku;

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace {

Core::PageSummary page(int number, const QString &section, int articles)
{
    return Core::PageSummary{number, section, articles, u"p%1.txt"_s.arg(number)};
}

// The bundled whole issues and the loose sample pages, imported once for every test here.
const QString &bundledArchive()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(u"bundled.sqlite"_s);
        Core::Archive archive;
        QString error;
        if (!archive.open(file, &error))
            FAIL(error.toStdString());
        Core::Importer importer(archive);
        importer.importPaths(App::Samples::paths(), {});
        return file;
    }();
    return path;
}

struct Window {
    App::LanguageManager languages;
    std::unique_ptr<App::MainWindow> window;

    Window()
    {
        App::AppSettings::instance().setLast(-1, -1);
        languages.apply(u"en"_s);
        window = std::make_unique<App::MainWindow>(bundledArchive(), &languages);
        window->show();
        QString error;
        if (!Tests::openArchiveAndWait(*window, &error))
            FAIL(error.toStdString());
    }
    qint64 issueOn(const QDate &date) const
    {
        for (const auto &issue : window->archive().issues()) {
            if (issue.date == date)
                return issue.id;
        }
        FAIL("no issue on " << date.toString(Qt::ISODate).toStdString());
        return -1;
    }
    App::PageBar *bar() const { return window->articles()->pageBar(); }
    App::ReaderView *reader() const { return window->readerPanel()->reader(); }
    Core::Article current() const { return window->archive().article(window->currentArticle())->article; }
    // The first link of the reader whose target starts with `prefix`.
    QString linkStarting(const QString &prefix) const
    {
        for (QTextBlock block = reader()->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QString href = it.fragment().charFormat().anchorHref();
                if (href.startsWith(prefix))
                    return href;
            }
        }
        return {};
    }
};

} // namespace

TEST_CASE("The page list names each held page and greys out the announced ones the archive lacks")
{
    App::LanguageManager languages;
    languages.apply(u"en"_s); // the English plural forms
    App::PageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPages({page(1, u"要闻"_s, 6), page(4, u"综合"_s, 3)}, 8);
    REQUIRE(model.rowCount() == 8);
    CHECK(model.heldPages() == QList<int>{1, 4});
    CHECK(model.missingPages() == QList<int>{2, 3, 5, 6, 7, 8});
    CHECK(model.index(0).data().toString() == u"Page 1 · 要闻 · 6 articles"_s);
    CHECK(model.index(3).data().toString() == u"Page 4 · 综合 · 3 articles"_s);
    CHECK(model.index(1).data().toString() == u"Page 2"_s);
    CHECK_FALSE(model.index(1).data(App::PageListModel::HeldRole).toBool());
    CHECK_FALSE(model.flags(model.index(1)).testFlag(Qt::ItemIsEnabled));
    CHECK(model.flags(model.index(3)).testFlag(Qt::ItemIsSelectable));
    CHECK(model.index(3).data(App::PageListModel::SectionRole).toString() == u"综合"_s);
    CHECK(model.missingText() == u"Not in the archive: pages 2–3, 5–8"_s);
    // Previous/Next Page skip what is missing and stop at the ends.
    CHECK(model.neighbourPage(1, 1) == 4);
    CHECK(model.neighbourPage(4, -1) == 1);
    CHECK(model.neighbourPage(4, 1) == -1);
    CHECK(model.neighbourPage(1, -1) == -1);
    CHECK(model.neighbourPage(-1, 1) == 1);
    CHECK(model.neighbourPage(3, 1) == 4);
    CHECK(model.neighbourPage(3, -1) == 1);

    // A masthead count below the pages held, or none, adds nothing; a page without a section.
    model.setPages({page(1, u"要闻"_s, 1), page(2, {}, 2), page(3, u"产业"_s, 1)}, 2);
    CHECK(model.rowCount() == 3);
    CHECK(model.missingText().isEmpty());
    CHECK(model.index(1).data().toString() == u"Page 2 · 2 articles"_s);
    model.clear();
    CHECK(model.rowCount() == 0);
    CHECK(model.neighbourPage(1, 1) == -1);
}

TEST_CASE("The page list speaks Chinese")
{
    App::LanguageManager languages;
    languages.apply(u"zh_CN"_s);
    App::PageListModel model;
    model.setPages({page(1, u"要闻"_s, 6), page(4, u"综合"_s, 3)}, 5);
    CHECK(model.index(0).data().toString() == u"第1版 要闻 · 6 篇"_s);
    CHECK(model.index(3).data().toString() == u"第4版 综合 · 3 篇"_s);
    CHECK(model.index(1).data().toString() == u"第2版"_s);
    CHECK(model.missingText() == u"存档中缺：第2–3、5版"_s);
    languages.apply(u"en"_s);
}

TEST_CASE("A continued article is marked where each later part begins")
{
    Core::Article article;
    article.title = u"芯片产业"_s;
    article.page = 1;
    article.body = u"第一部分。\n第二部分。"_s;
    article.pages = {1, 3};
    article.partStarts = {qsizetype(article.body.indexOf(u"第二部分"_s))};
    article.continuedTo = 5;
    const QString html = App::ArticleHtml::render(article, Core::IssueInfo{});
    QTextDocument document;
    document.setHtml(html);
    const QString text = document.toPlainText();
    const qsizetype first = text.indexOf(u"第一部分"_s);
    const qsizetype mark = text.indexOf(u"Page 3 · Continued from page 1"_s);
    const qsizetype second = text.indexOf(u"第二部分"_s);
    CHECK(first >= 0);
    CHECK(mark > first);
    CHECK(second > mark);
    CHECK(html.contains(u"<a name=\"page-3\">"_s));
    CHECK(html.contains(u"<a href=\"#page-3\">Continued on page 3</a>"_s));
    CHECK(html.contains(u"<a href=\"#page-1\">"_s));
    // The last part goes on to page 5, which the article does not hold.
    CHECK(html.contains(u"<a href=\"baoku:page/5?from=3\">Continued on page 5</a>"_s));
}

TEST_CASE("The issue view lists its pages; Previous/Next Page walk them")
{
    Window w;
    const qint64 march = w.issueOn(QDate(2024, 3, 29));
    w.window->openIssue(march);
    CHECK_FALSE(w.bar()->isHidden());
    const App::PageListModel *model = w.bar()->model();
    CHECK(model->heldPages() == QList<int>{1, 2});
    CHECK(model->rowCount() == 8); // 今日8版
    CHECK(w.bar()->missingLabel()->text() == u"Not in the archive: pages 3–8"_s);
    CHECK(model->index(1).data().toString().startsWith(u"Page 2 · 要闻 · "_s));

    App::Actions *a = w.window->actions();
    CHECK(w.window->pages()->currentPage() == 1);
    CHECK_FALSE(a->previousPage->isEnabled());
    REQUIRE(a->nextPage->isEnabled());
    a->nextPage->trigger();
    CHECK(w.window->pages()->currentPage() == 2);
    const Core::Article onTwo = w.current();
    CHECK((onTwo.page == 2 || onTwo.pages.contains(2)));
    CHECK(w.bar()->view()->currentIndex().data(App::PageListModel::PageNumberRole).toInt() == 2);
    CHECK_FALSE(a->nextPage->isEnabled());
    a->previousPage->trigger();
    CHECK(w.window->pages()->currentPage() == 1);
    CHECK(w.current().page == 1);

    // Choosing a page in the list opens its first article.
    w.bar()->view()->setCurrentIndex(model->index(1));
    CHECK(w.window->pages()->currentPage() == 2);
    CHECK((w.current().page == 2 || w.current().pages.contains(2)));
    // A page the archive lacks cannot be chosen.
    w.bar()->view()->setCurrentIndex(model->index(4));
    CHECK(w.window->pages()->currentPage() == 2);
}

TEST_CASE("Continued links jump to the part on the other page or say the page is not in the archive")
{
    Window w;
    const qint64 november = w.issueOn(QDate(2023, 11, 14));
    const auto articles = w.window->archive().articlesOfIssue(november);
    qint64 stitched = -1;
    qint64 toMissing = -1;
    for (const auto &stored : articles) {
        if (stitched < 0 && stored.article.pages == QList<int>{1, 2})
            stitched = stored.id;
        if (toMissing < 0 && stored.article.continuedTo == 5)
            toMissing = stored.id;
    }
    REQUIRE(stitched >= 0);
    REQUIRE(toMissing >= 0);

    w.window->resize(900, 500); // so that the part on page 2 starts below the fold
    w.window->openIssue(november, stitched);
    CHECK(w.reader()->toPlainText().contains(u"Page 2 · Continued from page 1"_s));
    const QString jump = w.linkStarting(u"#page-2"_s);
    REQUIRE(jump == u"#page-2"_s);
    QScrollBar *scroll = w.reader()->verticalScrollBar();
    scroll->setValue(0);
    REQUIRE(scroll->maximum() > 0);
    emit w.reader()->anchorClicked(QUrl(jump));
    CHECK(scroll->value() > 0);
    // The part's mark is now at the top of the reader.
    const QTextCursor top = w.reader()->cursorForPosition(QPoint(40, 40));
    CHECK(top.block().text().startsWith(u"Page 2"_s));
    // and back to the title from the part's "continued from page 1"
    REQUIRE(w.linkStarting(u"#page-1"_s) == u"#page-1"_s);
    emit w.reader()->anchorClicked(QUrl(u"#page-1"_s));
    CHECK(w.reader()->cursorForPosition(QPoint(40, 40)).block().text() == w.current().title);

    w.window->openArticle(toMissing);
    const QString missing = w.linkStarting(u"baoku:page/5"_s);
    REQUIRE_FALSE(missing.isEmpty());
    emit w.reader()->anchorClicked(QUrl(missing));
    CHECK(w.window->statusBar()->currentMessage() == u"Page 5 of this issue is not in the archive."_s);
    CHECK(w.window->currentArticle() == toMissing);

    // A link to a page the issue holds opens the article there (as from an unstitched part).
    const qint64 before = w.window->currentArticle();
    emit w.reader()->anchorClicked(QUrl(App::ArticleHtml::pageLink(2, 1)));
    CHECK(w.window->currentArticle() != before);
    CHECK(w.window->pages()->currentPage() == 2);
    CHECK(w.window->actions()->back->isEnabled());

    // An article shown from elsewhere (a search result, a person's list) follows its own issue's
    // pages, not those of the issue listed: 2024-03-29 holds page 2, 2023-11-14 no page 5.
    w.window->openIssue(w.issueOn(QDate(2024, 3, 29)));
    w.window->openArticle(toMissing);
    emit w.reader()->anchorClicked(QUrl(missing));
    CHECK(w.window->statusBar()->currentMessage() == u"Page 5 of this issue is not in the archive."_s);
    emit w.reader()->anchorClicked(QUrl(App::ArticleHtml::pageLink(2, 1)));
    const auto opened = w.window->archive().article(w.window->currentArticle());
    REQUIRE(opened);
    CHECK(opened->issueId == november);
    CHECK((opened->article.page == 2 || opened->article.pages.contains(2)));
}

TEST_CASE("Previous/Next Issue walk the paper's issues across a page that had no masthead")
{
    Window w;
    const auto issues = w.window->archive().issues();
    REQUIRE(issues.size() == 3);
    const qint64 last = issues.at(2).id; // 2025-06-20, a page without masthead
    w.window->openIssue(last);
    CHECK(w.window->articles()->findChild<QLabel *>(u"issueHeader"_s)->text().startsWith(u"中国电子报"_s));
    App::Actions *a = w.window->actions();
    a->previousIssue->trigger();
    CHECK(w.window->currentIssue() == issues.at(1).id);
    a->previousIssue->trigger();
    CHECK(w.window->currentIssue() == issues.at(0).id);
    a->nextIssue->trigger();
    a->nextIssue->trigger();
    CHECK(w.window->currentIssue() == last);
    // One page, nothing announced missing: no page list.
    CHECK(w.bar()->isHidden());
}

TEST_CASE("With a second newspaper the tree has a branch per paper and Next Issue stays in the paper")
{
    QTemporaryDir dir;
    const QString path = Tests::createTestArchive(dir.path()); // 中国电子报: 2023-11-17, 11-24, 2024-01-05
    {
        Core::Archive archive;
        REQUIRE(archive.open(path));
        Core::ParsedIssue other = Tests::testIssue(0);
        other.issue.newspaper = u"人民邮电报"_s;
        other.issue.date = QDate(2023, 11, 20);
        other.issue.weekday = Core::chineseWeekday(other.issue.date);
        const QString sha = QString::fromLatin1(QCryptographicHash::hash("other", QCryptographicHash::Sha256).toHex());
        const auto result = Core::Importer(archive).importParsed(other, Core::SourceFile{u"other.txt"_s, sha, 10}, {});
        REQUIRE(result.status == Core::ImportStatus::Imported);
    }
    App::AppSettings::instance().setLast(-1, -1);
    App::LanguageManager languages;
    languages.apply(u"en"_s);
    App::MainWindow window(path, &languages);
    window.show();
    REQUIRE(Tests::openArchiveAndWait(window));
    const App::IssueTreeModel *tree = window.browser()->issueModel();
    REQUIRE(tree->groupedByNewspaper());
    CHECK(tree->rowCount() == 2);

    qint64 first = -1;
    qint64 second = -1;
    for (const auto &issue : window.archive().issues()) {
        if (issue.date == QDate(2023, 11, 17))
            first = issue.id;
        if (issue.date == QDate(2023, 11, 24))
            second = issue.id;
    }
    window.openIssue(first);
    window.actions()->nextIssue->trigger();
    CHECK(window.currentIssue() == second); // not the other paper's 2023-11-20
    // The chosen issue is shown in its paper's branch.
    const QModelIndex node = tree->indexOfIssue(second);
    CHECK(node.parent().parent().parent().data(App::TitleRole).toString() == u"中国电子报"_s);
}
