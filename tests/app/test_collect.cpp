// Collections and notes in the running window (issue 14, part 4): a passage note's mark in the
// reader, stars, tags and lists in the Collections tab across re-opening the archive, a saved
// search re-run with its chips, a collection and the notes exported from the Export dialog, and
// the new models under QAbstractItemModelTester.
#include "app/browse/articlelistmodel.h"
#include "app/browse/articlepanel.h"
#include "app/browse/browserpanel.h"
#include "app/browse/modelroles.h"
#include "app/collect/collectionmodel.h"
#include "app/collect/collectionpanel.h"
#include "app/collect/keptarticlemodel.h"
#include "app/collect/notemodel.h"
#include "app/collect/notespanel.h"
#include "app/collect/researchcontroller.h"
#include "app/collect/savedsearchmodel.h"
#include "app/collect/tagdialog.h"
#include "app/export/exportactions.h"
#include "app/reader/readerpanel.h"
#include "app/reader/readerview.h"
#include "app/search/facetpanel.h"
#include "app/search/searchcontroller.h"
#include "app/search/searchpanel.h"
#include "app/search/searchresultsmodel.h"
#include "app/search/snippetdelegate.h"
#include "core/store/importer.h"
#include "testarchive.h"
#include "windowfixture.h"
#include "windowwait.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QCompleter>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Baoku;

namespace {

const QString kChips = u"芯片产业加快发展"_s;

struct CollectFixture : Tests::WindowFixture {
    App::ResearchController *research() const { return window->research(); }
    App::ReaderView *reader() const { return window->readerPanel()->reader(); }

    qint64 articleTitled(const QString &title) const
    {
        for (const auto &issue : window->archive().issues()) {
            for (const auto &stored : window->archive().articlesOfIssue(issue.id)) {
                if (stored.article.title == title)
                    return stored.id;
            }
        }
        FAIL("no article titled " << title.toStdString());
        return -1;
    }

    void open(qint64 id) const
    {
        window->openIssue(window->archive().article(id)->issueId, id);
        REQUIRE(window->currentArticle() == id);
    }

    QString exportChoice(int choice, Core::ExportFormat format, const QString &file) const
    {
        App::ExportActions *actions = window->exportActions();
        actions->exportAction()->trigger();
        App::ExportDialog *dialog = actions->dialog();
        REQUIRE(dialog != nullptr);
        dialog->setChoice(choice);
        REQUIRE(dialog->choice() == choice);
        dialog->setFormat(format);
        dialog->setPath(file);
        QString error = u"no signal"_s;
        QEventLoop loop;
        QObject::connect(actions, &App::ExportActions::exportFinished, &loop, [&](const QString &, const QString &message) {
            error = message;
            loop.quit();
        });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        dialog->accept();
        loop.exec();
        return error;
    }
};

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The mark of the passage note, as the reader shows it.
QTextCursor onlyMark(App::ReaderView *reader)
{
    const QList<QTextCursor> marks = reader->noteMarkCursors();
    REQUIRE(marks.size() == 1);
    return marks.first();
}

} // namespace

TEST_CASE("A passage note is marked in the reader on the passage it was written on", "[collect]")
{
    CollectFixture f;
    const qint64 id = f.articleTitled(kChips);
    f.open(id);
    const QString body = f.window->archive().article(id)->article.body;
    // 芯片 occurs in the first and the second paragraph; the note is on the second copy.
    const int second = int(body.indexOf(u"芯片"_s, body.indexOf(u'\n')));
    REQUIRE(second > body.indexOf(u"芯片"_s));

    // Selecting that copy in the reader gives its body offset, as Note on Selected Passage uses it.
    QTextDocument *document = f.reader()->document();
    QTextBlock block = document->begin();
    while (block.isValid() && !block.text().startsWith(u"与会代表认为"_s))
        block = block.next();
    REQUIRE(block.isValid());
    QTextCursor select(document);
    select.setPosition(block.position() + int(block.text().indexOf(u"芯片"_s)));
    select.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, 2);
    f.reader()->setTextCursor(select);
    const auto passage = f.reader()->selectedPassage();
    REQUIRE(passage);
    CHECK(passage->first == second);
    CHECK(passage->second == 2);
    // A selection in the title is no passage of the body.
    QTextCursor title(document);
    title.setPosition(document->find(kChips).selectionStart());
    title.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, 2);
    f.reader()->setTextCursor(title);
    CHECK_FALSE(f.reader()->selectedPassage());

    REQUIRE(f.research()->addNote(id, u"第二处提到芯片"_s, passage->first, passage->second));
    QTextCursor mark = onlyMark(f.reader());
    CHECK(mark.selectedText() == u"芯片"_s);
    CHECK(mark.block().text().startsWith(u"与会代表认为"_s)); // the second paragraph, not the first
    const auto *note = f.reader()->noteAt(mark.selectionStart());
    REQUIRE(note);
    CHECK(note->text == u"第二处提到芯片"_s);
    const qint64 noteId = note->id;
    CHECK_FALSE(f.reader()->noteAt(mark.selectionEnd()));
    const auto selections = f.reader()->extraSelections();
    CHECK(std::any_of(selections.cbegin(), selections.cend(), [&](const QTextEdit::ExtraSelection &s) {
        return s.cursor.selectionStart() == mark.selectionStart() && s.format.background().color() == App::ReaderView::noteColor();
    }));
    CHECK(f.research()->notesPanel()->isVisible());
    CHECK(f.research()->notesPanel()->model()->rowCount() == 1);

    // Another article and back: the mark comes back with the article.
    f.open(f.articleTitled(u"新年展望"_s));
    CHECK(f.reader()->noteMarkCursors().isEmpty());
    CHECK_FALSE(f.research()->notesPanel()->isVisible());
    f.open(id);
    CHECK(onlyMark(f.reader()).selectedText() == u"芯片"_s);

    // A passage that runs from the dateline's date into the body: the reader prints the dateline
    // in bold in front of the paragraph, and the mark still covers exactly that text.
    REQUIRE(f.research()->deleteNote(noteId));
    const int dated = int(body.indexOf(u"11月16日，芯片"_s));
    REQUIRE(dated >= 0);
    REQUIRE(f.research()->addNote(id, u"日期"_s, dated, 9));
    mark = onlyMark(f.reader());
    CHECK(mark.selectedText() == u"11月16日，芯片"_s);
}

TEST_CASE("A passage no longer in the text after a re-import is listed as such, not marked", "[collect]")
{
    CollectFixture f;
    const qint64 id = f.articleTitled(kChips);
    f.open(id);
    const QString body = f.window->archive().article(id)->article.body;
    const int at = int(body.indexOf(u"数据安全"_s));
    REQUIRE(f.research()->addNote(id, u"安全"_s, at, 4));
    REQUIRE(f.research()->setStarred({id}, true));

    // The page again, its last paragraph gone, imported with --replace from another file.
    {
        Core::Archive archive;
        REQUIRE(archive.open(f.path));
        Core::Importer importer(archive);
        Core::ParsedIssue issue = Tests::testIssue(0);
        issue.articles.first().body = body.left(body.lastIndexOf(u'\n'));
        const QString sha = QString::fromLatin1(QCryptographicHash::hash("renewed", QCryptographicHash::Sha256).toHex());
        Core::ImportOptions replace;
        replace.replace = true;
        REQUIRE(importer.importParsed(issue, Core::SourceFile{u"renewed.txt"_s, sha, 100}, replace).status
                == Core::ImportStatus::Imported);
    }
    f.window->reloadArchive();
    REQUIRE(Tests::waitForIssues(*f.window));
    const qint64 renewed = f.articleTitled(kChips);
    CHECK(renewed != id); // --replace gave it a new id; the star and the note followed it
    f.open(renewed);
    CHECK(f.research()->isStarred(renewed));
    CHECK(f.reader()->noteMarkCursors().isEmpty());
    App::NoteModel *notes = f.research()->notesPanel()->model();
    REQUIRE(notes->rowCount() == 1);
    CHECK_FALSE(notes->index(0).data(App::NoteModel::AnchoredRole).toBool());
    CHECK(notes->index(0).data().toString().contains(u"no longer in the text"_s));
}

TEST_CASE("Starred, tagged and listed articles are in the Collections tab after re-opening the archive", "[collect]")
{
    CollectFixture f;
    const qint64 chips = f.articleTitled(kChips);
    const qint64 later = f.articleTitled(u"新年展望"_s);
    f.open(chips);
    App::ResearchController *research = f.research();
    CHECK_FALSE(research->starAction()->isChecked());
    research->starAction()->trigger(); // Ctrl+D on the open article
    CHECK(research->starAction()->isChecked());
    CHECK(research->isStarred(chips));
    // The star in the article list.
    QListView *list = f.window->articles()->view();
    const int row = f.window->articles()->model()->rowOf(chips);
    auto *delegate = qobject_cast<App::SnippetDelegate *>(list->itemDelegate());
    REQUIRE(delegate);
    CHECK(delegate->isStarred(f.window->articles()->model()->index(row)));
    CHECK_FALSE(delegate->isStarred(f.window->articles()->model()->index(row == 0 ? 1 : 0)));

    REQUIRE(research->changeTags({chips, later}, {u"政策"_s}, {}));
    REQUIRE(research->addToList(u"芯片产业"_s, {later, chips}));
    App::CollectionModel *collections = research->panel()->collectionModel();
    REQUIRE(collections->rowCount() == 3);
    CHECK(collections->index(0).data().toString() == u"★ Starred (1)"_s);
    CHECK(collections->index(1).data().toString() == u"芯片产业 (2)"_s);
    CHECK(collections->index(2).data().toString() == u"#政策 (2)"_s);

    // Opening a collection in the panel (a real click) lists its articles in their order.
    QTabWidget *tabs = f.window->browser()->tabs();
    tabs->setCurrentWidget(research->panel());
    QListView *view = research->panel()->collectionView();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(collections->index(1)).center());
    App::KeptArticleModel *articles = research->panel()->articleModel();
    REQUIRE(articles->rowCount() == 2);
    CHECK(articles->articleIdAt(0) == later);
    CHECK(articles->articleIdAt(1) == chips);
    // Its articles open in the reader with their issue.
    QListView *items = research->panel()->articleView();
    QTest::mouseClick(items->viewport(), Qt::LeftButton, {}, items->visualRect(articles->index(0)).center());
    CHECK(f.window->currentArticle() == later);

    // Untagging one article leaves the other.
    REQUIRE(research->changeTags({chips}, {}, {u"政策"_s}));
    CHECK(collections->index(2).data().toString() == u"#政策 (1)"_s);

    // A new window on the same archive.
    f.window.reset();
    f.window = std::make_unique<App::MainWindow>(f.path, &f.languages);
    f.window->show();
    REQUIRE(Tests::openArchiveAndWait(*f.window));
    research = f.research();
    collections = research->panel()->collectionModel();
    REQUIRE(collections->rowCount() == 3);
    CHECK(collections->index(0).data().toString() == u"★ Starred (1)"_s);
    CHECK(collections->index(1).data().toString() == u"芯片产业 (2)"_s);
    CHECK(collections->index(2).data().toString() == u"#政策 (1)"_s);
    research->openCollection(collections->collectionAt(0));
    REQUIRE(research->panel()->articleModel()->rowCount() == 1);
    CHECK(research->panel()->articleModel()->articleIdAt(0) == chips);
    f.open(chips);
    CHECK(research->starAction()->isChecked());
    f.open(later);
    CHECK_FALSE(research->starAction()->isChecked());

    // Removing from the list and deleting the tag.
    research->openCollection(collections->collectionAt(1));
    REQUIRE(research->removeFrom(collections->collectionAt(1), {later}));
    CHECK(research->panel()->articleModel()->rowCount() == 1);
    REQUIRE(research->deleteCollection(collections->collectionAt(2)));
    CHECK(collections->rowCount() == 2);
}

TEST_CASE("The tag dialog ticks the tags the articles hold and completes from the existing ones", "[collect]")
{
    App::TagDialog dialog({u"政策"_s, u"芯片"_s, u"数据"_s}, {{u"政策"_s, 2}, {u"芯片"_s, 1}}, 2, nullptr);
    QListWidget *list = dialog.list();
    REQUIRE(list->count() == 3);
    CHECK(list->item(0)->checkState() == Qt::Checked);
    CHECK(list->item(1)->checkState() == Qt::PartiallyChecked);
    CHECK(list->item(2)->checkState() == Qt::Unchecked);
    list->item(0)->setCheckState(Qt::Unchecked);
    dialog.addTag(u"  新 标签 "_s);
    dialog.addTag(u"数据"_s);
    CHECK(dialog.added() == QStringList{u"新 标签"_s, u"数据"_s});
    CHECK(dialog.removed() == QStringList{u"政策"_s});
    REQUIRE(dialog.input()->completer());
    dialog.input()->completer()->setCompletionPrefix(u"芯"_s);
    CHECK(dialog.input()->completer()->currentCompletion() == u"芯片"_s);
}

TEST_CASE("A saved search re-runs with its query, filter chips and sort", "[collect]")
{
    CollectFixture f;
    App::SearchController *search = f.window->searchController();
    App::FacetPanel *facets = f.window->searchPanel()->facets();
    App::SearchResultsModel *results = f.window->searchPanel()->model();
    QSignalSpy counted(facets, &App::FacetPanel::counted);
    auto *sort = f.window->searchPanel()->findChild<QComboBox *>(u"searchSort"_s);
    REQUIRE(sort);

    f.window->search(u"宋婧"_s);
    REQUIRE(Tests::waitUntil([&] { return !search->isBusy() && counted.count() > 0 && results->total() == 2; }));
    facets->addFilter(Core::Facet::Year, u"2024"_s); // as a click on the facet value does
    sort->setCurrentIndex(1);                        // newest first
    REQUIRE(Tests::waitUntil([&] { return !search->isBusy() && results->total() == 1; }));
    REQUIRE(f.research()->saveSearch(u"宋婧 2024"_s, search->currentRequest()));
    App::SavedSearchModel *saved = f.research()->panel()->savedModel();
    REQUIRE(saved->rowCount() == 1);
    CHECK(saved->index(0).data().toString() == u"宋婧 2024"_s);

    // Everything back to nothing, then one click on the saved search.
    facets->setActiveFilters({});
    sort->setCurrentIndex(0);
    f.window->search(QString());
    REQUIRE(Tests::waitUntil([&] { return !search->isBusy(); }));
    CHECK_FALSE(facets->findChild<QToolButton *>(u"facetChip_year"_s));
    f.window->browser()->tabs()->setCurrentWidget(f.research()->panel());
    QListView *view = f.research()->panel()->savedView();
    counted.clear();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(saved->index(0)).center());
    REQUIRE(Tests::waitUntil([&] { return !search->isBusy() && counted.count() > 0 && results->total() == 1; }));
    CHECK(results->query() == u"宋婧"_s);
    CHECK(facets->activeFilters().value(Core::Facet::Year) == u"2024"_s);
    auto *chip = facets->findChild<QToolButton *>(u"facetChip_year"_s);
    REQUIRE(chip);
    CHECK(chip->text().contains(u"2024"_s));
    CHECK(sort->currentIndex() == 1);
    REQUIRE(results->rowCount() == 1);
    CHECK(results->index(0).data(App::TitleRole).toString() == u"新年展望"_s);
    // The chip's × still removes the filter.
    counted.clear();
    chip->click();
    REQUIRE(Tests::waitUntil([&] { return !search->isBusy() && counted.count() > 0 && results->total() == 2; }));
}

TEST_CASE("The Export dialog writes a collection as one document and the notes as Markdown", "[collect][export]")
{
    CollectFixture f;
    const qint64 chips = f.articleTitled(kChips);
    const qint64 later = f.articleTitled(u"新年展望"_s);
    const qint64 inferred = f.articleTitled(u"工业互联网平台发布"_s);
    REQUIRE(f.research()->addToList(u"芯片产业"_s, {later, chips, inferred}));
    f.open(chips);
    const QString body = f.window->archive().article(chips)->article.body;
    REQUIRE(f.research()->addNote(chips, u"座谈会的地点"_s, int(body.indexOf(u"北京"_s)), 2));
    REQUIRE(f.research()->addNote(later, u"整篇要读"_s));
    const auto collections = f.research()->panel()->collectionModel();
    f.research()->openCollection(collections->collectionAt(collections->rowOf(Core::CollectionKind::List, u"芯片产业"_s)));

    f.window->exportActions()->exportAction()->trigger();
    const auto buttons = f.window->exportActions()->dialog()->findChildren<QRadioButton *>();
    REQUIRE(buttons.size() == 6);
    CHECK(buttons.at(4)->isEnabled());
    CHECK(buttons.at(4)->text() == u"The list “芯片产业” (3 articles)"_s);
    CHECK(buttons.at(5)->isEnabled());
    f.window->exportActions()->dialog()->reject();

    const QString txt = f.dir.filePath(u"list.txt"_s);
    REQUIRE(f.exportChoice(4, Core::ExportFormat::Text, txt).isEmpty());
    const QString text = readText(txt);
    CHECK(text.startsWith(u"收藏夹“芯片产业”"_s));
    // One document: the contents, then each article in the list's order.
    const qsizetype contents = text.indexOf(u"目录"_s);
    REQUIRE(contents >= 0);
    qsizetype at = contents;
    for (const QString &title : {u"新年展望"_s, kChips, u"工业互联网平台发布"_s}) {
        at = text.indexOf(title, at + 1);
        CHECK(at > contents);
    }
    for (const QString &title : {u"新年展望"_s, kChips, u"工业互联网平台发布"_s})
        CHECK(text.count(title) >= 2); // in the contents and over the article

    const QString csv = f.dir.filePath(u"list.csv"_s);
    REQUIRE(f.exportChoice(4, Core::ExportFormat::Csv, csv).isEmpty());
    CHECK(readText(csv).count(u"\r\n"_s) == 4); // header and three rows

    // Notes: Markdown only, with the passage, the note and the citation.
    const QString md = f.dir.filePath(u"notes"_s);
    f.window->exportActions()->exportAction()->trigger();
    App::ExportDialog *dialog = f.window->exportActions()->dialog();
    dialog->setFormat(Core::ExportFormat::Pdf);
    dialog->setChoice(5);
    CHECK(dialog->format() == Core::ExportFormat::Markdown);
    dialog->setChoice(4);
    CHECK(dialog->format() == Core::ExportFormat::Pdf); // the format chosen before comes back
    dialog->reject();
    REQUIRE(f.exportChoice(5, Core::ExportFormat::Markdown, md).isEmpty());
    const QString notes = readText(md + u".md"_s);
    CHECK(notes.contains(u"座谈会的地点"_s));
    CHECK(notes.contains(u"北京"_s));
    CHECK(notes.contains(u"整篇要读"_s));
    CHECK(notes.contains(u"中国电子报, 2023-11-17(1)"_s));
    CHECK(notes.contains(u"中国电子报, 2024-01-05(1)"_s));
}

TEST_CASE("The collection models pass QAbstractItemModelTester", "[collect][models]")
{
    App::CollectionModel collections;
    QAbstractItemModelTester collectionsTester(&collections, QAbstractItemModelTester::FailureReportingMode::Fatal);
    collections.setCollections(2, {{1, Core::CollectionKind::List, u"甲"_s, 3}}, {{2, Core::CollectionKind::Tag, u"乙"_s, 1}});
    CHECK(collections.rowCount() == 3);
    CHECK(collections.rowOf(Core::CollectionKind::Tag, u"乙"_s) == 2);
    CHECK(collections.index(2).data(App::CollectionModel::ArticleCountRole).toInt() == 1);
    collections.setCollections(0, {}, {});
    CHECK(collections.rowCount() == 1);

    App::KeptArticleModel kept;
    QAbstractItemModelTester keptTester(&kept, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Core::KeptArticle> many;
    for (int i = 0; i < 450; ++i) {
        Core::KeptArticle article{i + 1, i % 7 == 0 ? std::nullopt : std::optional<qint64>(100 + i), u"中国电子报"_s,
                                  QDate(2024, 1, 1).addDays(i), 1, i, u"标题%1"_s.arg(i)};
        many << article;
    }
    kept.setArticles(many);
    CHECK(kept.rowCount() == App::PagedListModel::kPageSize); // lazily: one page first
    REQUIRE(kept.canFetchMore({}));
    kept.fetchMore({});
    kept.fetchMore({});
    CHECK(kept.rowCount() == 450);
    CHECK_FALSE(kept.canFetchMore({}));
    CHECK(kept.articleIdAt(0) == -1); // not in the archive now
    CHECK(kept.index(0).data().toString().contains(u"not in the archive now"_s));
    CHECK(kept.articleIdAt(1) == 101);
    CHECK(kept.articleIds().size() == 450 - 65);

    App::SavedSearchModel saved;
    QAbstractItemModelTester savedTester(&saved, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Core::SavedSearch search;
    search.name = u"芯片"_s;
    search.query = u"芯片"_s;
    search.pages = {1};
    search.sort = u"date"_s;
    saved.setSearches({search});
    CHECK(saved.rowOf(u"芯片"_s) == 0);
    CHECK(saved.index(0).data(Qt::ToolTipRole).toString().contains(u"newest first"_s));
    saved.setSearches({});

    App::NoteModel notes;
    QAbstractItemModelTester notesTester(&notes, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Core::Note onArticle;
    onArticle.id = 1;
    onArticle.text = u"全文"_s;
    Core::Note lost;
    lost.id = 2;
    lost.text = u"一段"_s;
    lost.quote = u"不再有的话"_s;
    lost.anchored = false;
    notes.setNotes({onArticle, lost});
    CHECK(notes.index(0).data().toString() == u"On the article: 全文"_s);
    CHECK(notes.index(1).data().toString().contains(u"no longer in the text"_s));
    notes.setNotes({});
}

TEST_CASE("The reader marks a passage where the HTML collapsed its spaces", "[collect][reader]")
{
    App::ReaderView reader;
    Core::Article article;
    article.title = u"标题"_s;
    article.dateline = u"本报讯"_s;
    article.body = u"甲  乙丙　丁\n戊己庚"_s; // two spaces, then an ideographic one
    article.subheads = {};
    reader.showArticle(article, {});
    reader.setNoteMarks({{1, int(article.body.indexOf(u"乙丙"_s)), 2, u"一"_s},
                         {2, int(article.body.indexOf(u"己庚"_s)), 2, u"二"_s},
                         {3, int(article.body.size()) + 5, 2, u"越界"_s}});
    const auto marks = reader.noteMarkCursors();
    REQUIRE(marks.size() == 2); // the one outside the body is not marked anywhere
    CHECK(marks.at(0).selectedText() == u"乙丙"_s);
    CHECK(marks.at(1).selectedText() == u"己庚"_s);
}
