#include "app/collect/researchcontroller.h"

#include "app/browse/articlepanel.h"
#include "app/browse/browserpanel.h"
#include "app/collect/collectionmodel.h"
#include "app/collect/collectionpanel.h"
#include "app/collect/keptarticlemodel.h"
#include "app/collect/notespanel.h"
#include "app/collect/savedsearchmodel.h"
#include "app/collect/tagdialog.h"
#include "app/export/exportscopes.h"
#include "app/reader/readerpanel.h"
#include "app/reader/readerview.h"
#include "app/search/facetpanel.h"
#include "app/search/searchbackend.h"
#include "app/search/searchcontroller.h"
#include "app/search/searchpanel.h"
#include "app/search/snippetdelegate.h"
#include "app/window/actions.h"
#include "app/window/mainwindow.h"

#include <QAction>
#include <QInputDialog>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Baoku::App {

namespace {

QAction *make(QObject *parent, const char *name, const QKeySequence &key = {})
{
    auto *action = new QAction(parent);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(key);
    return action;
}

} // namespace

ResearchController::ResearchController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    // Children of the window's Actions, so the shortcut sheet in Help lists them too.
    , m_star(make(window->actions(), "starArticle", QKeySequence(u"Ctrl+D"_s)))
    , m_tags(make(window->actions(), "editTags", QKeySequence(u"Ctrl+T"_s)))
    , m_addToList(make(window->actions(), "addToList", QKeySequence(u"Ctrl+Shift+L"_s)))
    , m_note(make(window->actions(), "noteOnArticle", QKeySequence(u"Ctrl+Shift+N"_s)))
    , m_notePassage(make(window->actions(), "noteOnPassage", QKeySequence(u"Ctrl+M"_s)))
    , m_saveSearch(make(window->actions(), "saveSearch", QKeySequence(u"Ctrl+Shift+S"_s)))
    , m_panel(new CollectionPanel(window))
    , m_notes(new NotesPanel(window))
{
    m_star->setCheckable(true);
    connect(m_star, &QAction::triggered, this, &ResearchController::toggleStar);
    connect(m_tags, &QAction::triggered, this, &ResearchController::editTags);
    connect(m_addToList, &QAction::triggered, this, &ResearchController::chooseList);
    connect(m_note, &QAction::triggered, this, &ResearchController::writeArticleNote);
    connect(m_notePassage, &QAction::triggered, this, &ResearchController::writePassageNote);
    connect(m_saveSearch, &QAction::triggered, this, &ResearchController::askToSaveSearch);

    connect(m_panel, &CollectionPanel::collectionChosen, this, &ResearchController::openCollection);
    connect(m_panel, &CollectionPanel::articleActivated, this, [this](qint64 id) {
        if (const auto stored = m_window->archive().article(id))
            m_window->openIssue(stored->issueId, id);
    });
    connect(m_panel, &CollectionPanel::removeArticlesRequested, this, &ResearchController::removeFrom);
    connect(m_panel, &CollectionPanel::deleteCollectionRequested, this, &ResearchController::askToDeleteCollection);
    connect(m_panel, &CollectionPanel::savedSearchActivated, this, &ResearchController::runSavedSearch);
    connect(m_panel, &CollectionPanel::deleteSavedSearchRequested, this, [this](const QString &name) {
        if (!m_window->isVisible()
            || QMessageBox::question(m_window, tr("Delete Saved Search"), tr("Delete the saved search “%1”?").arg(name))
                == QMessageBox::Yes)
            deleteSavedSearch(name);
    });
    connect(m_notes, &NotesPanel::editRequested, this, &ResearchController::askToEditNote);
    connect(m_notes, &NotesPanel::deleteRequested, this, &ResearchController::askToDeleteNote);
    connect(m_notes, &NotesPanel::noteActivated, this,
            [this](const Core::Note &note) { m_window->readerPanel()->reader()->revealNote(note.id); });
    connect(m_window, &MainWindow::articleShown, this, &ResearchController::showArticleState);
    updateActions();
}

void ResearchController::install(QMenu *before)
{
    m_menu = new QMenu(m_window);
    m_menu->addActions({m_star, m_tags, m_addToList});
    m_menu->addSeparator();
    m_menu->addActions({m_note, m_notePassage});
    m_menu->addSeparator();
    m_menu->addAction(m_saveSearch);
    m_window->menuBar()->insertMenu(before->menuAction(), m_menu);
    if (auto *toolbar = m_window->findChild<QToolBar *>(u"mainToolBar"_s))
        toolbar->insertAction(toolbar->actions().value(6), m_star); // after the navigation arrows
    m_window->browser()->tabs()->addTab(m_panel, QString());
    m_window->readerPanel()->addPane(m_notes);

    // The star in the lists, and the commands in their context menus.
    const auto starred = [this](qint64 id) { return m_starred.contains(id); };
    for (QListView *view : {m_window->articles()->view(), m_window->searchPanel()->view()}) {
        if (auto *delegate = qobject_cast<SnippetDelegate *>(view->itemDelegate()))
            delegate->setStarred(starred);
        auto *separator = new QAction(view);
        separator->setSeparator(true);
        view->addActions({separator, m_star, m_tags, m_addToList});
    }
    ReaderView *reader = m_window->readerPanel()->reader();
    reader->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(reader, &QWidget::customContextMenuRequested, this, &ResearchController::showReaderMenu);
    retranslate();
}

void ResearchController::retranslate()
{
    m_star->setText(tr("&Star Article"));
    m_star->setToolTip(tr("Star the article, or take the star away (Ctrl+D)"));
    m_star->setIconText(tr("★ Star"));
    m_tags->setText(tr("&Tags…"));
    m_tags->setStatusTip(tr("Add tags to the article or take them away"));
    m_addToList->setText(tr("Add to &List…"));
    m_addToList->setStatusTip(tr("Keep the article in a named list"));
    m_note->setText(tr("&Note on Article…"));
    m_notePassage->setText(tr("Note on Selected &Passage…"));
    m_notePassage->setStatusTip(tr("Select a passage of the article's text, then write a note on it"));
    m_saveSearch->setText(tr("Sa&ve Search…"));
    m_saveSearch->setStatusTip(tr("Keep the current query with its filters and sort"));
    if (m_menu)
        m_menu->setTitle(tr("&Collect"));
    if (auto *tabs = m_window->browser()->tabs(); tabs->indexOf(m_panel) >= 0)
        tabs->setTabText(tabs->indexOf(m_panel), tr("Collections"));
    m_panel->retranslate();
    m_notes->retranslate();
}

QList<qint64> ResearchController::chosenArticles() const
{
    return chosenIds(*m_window);
}

void ResearchController::updateActions()
{
    // A shared PostgreSQL archive's research is kept in the reader's research file (docs/shared-archives.md).
    const bool article = m_window->currentArticle() > 0 && m_window->archive().isOpen();
    for (QAction *action : {m_star, m_tags, m_addToList, m_note, m_notePassage})
        action->setEnabled(article);
}

bool ResearchController::failed(const QString &message)
{
    m_window->statusBar()->showMessage(message, 10000);
    if (m_window->isVisible()) {
        // Window-modal and not waited for: the command has ended; the box only tells why.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Collections"), message, QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(u"researchFailure"_s);
        box->open();
    }
    return false;
}

void ResearchController::repaintLists()
{
    m_window->articles()->view()->viewport()->update();
    m_window->searchPanel()->view()->viewport()->update();
}

void ResearchController::refresh()
{
    if (!m_window->archive().isOpen()) {
        m_starred.clear();
        m_noteCount = 0;
        m_panel->collectionModel()->setCollections(0, {}, {});
        m_panel->savedModel()->setSearches({});
        m_panel->closeArticles();
        showArticleState();
        return;
    }
    try {
        Core::Research research(m_window->archive());
        const QList<Core::KeptArticle> stars = research.items(Core::CollectionKind::Star, {});
        m_starred.clear();
        for (const auto &kept : stars) {
            if (kept.articleId)
                m_starred.insert(*kept.articleId);
        }
        m_panel->collectionModel()->setCollections(int(stars.size()), research.collections(Core::CollectionKind::List),
                                                   research.collections(Core::CollectionKind::Tag));
        m_panel->savedModel()->setSearches(research.savedSearches());
        m_noteCount = int(research.notes().size());
        if (const auto open = m_panel->openCollection()) {
            if (open->kind == Core::CollectionKind::Star
                || m_panel->collectionModel()->rowOf(open->kind, open->name) >= 0)
                m_panel->showArticles(*open, research.items(open->kind, open->name));
            else
                m_panel->closeArticles();
        }
    } catch (const Core::DatabaseError &e) {
        m_window->statusBar()->showMessage(e.message(), 10000);
    }
    showArticleState();
    repaintLists();
}

void ResearchController::showArticleState()
{
    updateActions();
    const qint64 id = m_window->currentArticle();
    m_star->setChecked(m_starred.contains(id));
    QList<Core::Note> notes;
    if (id > 0 && m_window->archive().isOpen()) {
        try {
            notes = Core::Research(m_window->archive()).notes(id);
        } catch (const Core::DatabaseError &e) {
            m_window->statusBar()->showMessage(e.message(), 10000);
        }
    }
    m_notes->setNotes(notes);
    QList<ReaderView::NoteMark> marks;
    for (const Core::Note &note : std::as_const(notes)) {
        // A passage the re-import did not find again is listed as such, not marked somewhere wrong.
        if (!note.quote.isEmpty() && note.anchored)
            marks.append({note.id, note.start, int(note.quote.size()), note.text});
    }
    m_window->readerPanel()->reader()->setNoteMarks(marks);
}

bool ResearchController::setStarred(const QList<qint64> &articleIds, bool starred)
{
    QList<qint64> ids;
    for (qint64 id : articleIds) {
        if (id > 0 && m_starred.contains(id) != starred)
            ids << id;
    }
    if (ids.isEmpty())
        return true;
    QString error;
    try {
        Core::Research research(m_window->archive());
        const bool ok = starred ? research.add(Core::CollectionKind::Star, {}, ids, &error)
                                : research.remove(Core::CollectionKind::Star, {}, ids, &error);
        if (!ok)
            return failed(error);
    } catch (const Core::DatabaseError &e) {
        return failed(e.message());
    }
    refresh();
    m_window->statusBar()->showMessage(starred ? tr("Starred %n article(s)", nullptr, int(ids.size()))
                                               : tr("Took the star from %n article(s)", nullptr, int(ids.size())),
                                       5000);
    return true;
}

bool ResearchController::changeTags(const QList<qint64> &articleIds, const QStringList &add, const QStringList &remove)
{
    QString error;
    try {
        Core::Research research(m_window->archive());
        for (const QString &tag : add) {
            if (!research.add(Core::CollectionKind::Tag, tag, articleIds, &error))
                return failed(error);
        }
        for (const QString &tag : remove) {
            QList<qint64> holders;
            for (qint64 id : articleIds) {
                const auto held = research.collectionsOf(id);
                if (std::any_of(held.cbegin(), held.cend(), [&tag](const Core::CollectionInfo &info) {
                        return info.kind == Core::CollectionKind::Tag && info.name == tag;
                    }))
                    holders << id;
            }
            if (!holders.isEmpty() && !research.remove(Core::CollectionKind::Tag, tag, holders, &error))
                return failed(error);
        }
    } catch (const Core::DatabaseError &e) {
        return failed(e.message());
    }
    refresh();
    return true;
}

bool ResearchController::addToList(const QString &name, const QList<qint64> &articleIds)
{
    QString error;
    try {
        if (!Core::Research(m_window->archive()).add(Core::CollectionKind::List, name, articleIds, &error))
            return failed(error);
    } catch (const Core::DatabaseError &e) {
        return failed(e.message());
    }
    refresh();
    m_window->statusBar()->showMessage(
        tr("Added %n article(s) to “%1”", nullptr, int(articleIds.size())).arg(name.trimmed()), 5000);
    return true;
}

bool ResearchController::removeFrom(const Core::CollectionInfo &collection, const QList<qint64> &articleIds)
{
    if (collection.kind == Core::CollectionKind::Star)
        return setStarred(articleIds, false);
    QString error;
    try {
        if (!Core::Research(m_window->archive()).remove(collection.kind, collection.name, articleIds, &error))
            return failed(error);
    } catch (const Core::DatabaseError &e) {
        return failed(e.message());
    }
    refresh();
    return true;
}

bool ResearchController::deleteCollection(const Core::CollectionInfo &collection)
{
    QString error;
    try {
        if (!Core::Research(m_window->archive()).remove(collection.kind, collection.name, {}, &error))
            return failed(error);
    } catch (const Core::DatabaseError &e) {
        return failed(e.message());
    }
    refresh();
    return true;
}

std::optional<qint64> ResearchController::addNote(qint64 articleId, const QString &text, int start, int length)
{
    QString quote;
    if (start >= 0) {
        const auto stored = m_window->archive().article(articleId);
        if (!stored) {
            failed(tr("The article is no longer in the archive."));
            return std::nullopt;
        }
        quote = stored->article.body.mid(start, length);
    }
    QString error;
    std::optional<qint64> id;
    try {
        id = Core::Research(m_window->archive()).addNote(articleId, text, quote, start, &error);
    } catch (const Core::DatabaseError &e) {
        error = e.message();
    }
    if (!id) {
        failed(error);
        return std::nullopt;
    }
    refresh();
    return id;
}

bool ResearchController::editNote(qint64 noteId, const QString &text)
{
    QString error;
    try {
        if (!Core::Research(m_window->archive()).editNote(noteId, text, &error))
            return failed(error);
    } catch (const Core::DatabaseError &e) {
        return failed(e.message());
    }
    refresh();
    return true;
}

bool ResearchController::deleteNote(qint64 noteId)
{
    QString error;
    try {
        if (!Core::Research(m_window->archive()).removeNote(noteId, &error))
            return failed(error);
    } catch (const Core::DatabaseError &e) {
        return failed(e.message());
    }
    refresh();
    return true;
}

bool ResearchController::saveSearch(const QString &name, const SearchRequest &request)
{
    Core::SavedSearch search;
    search.name = name.trimmed();
    // The query as the core runs it (a field other than All becomes its title:/author:/column:
    // prefix), so `baoku-cli search --saved` finds the same articles.
    search.query = SearchBackend::coreQuery(request);
    search.from = request.from;
    search.to = request.to;
    search.pages = request.pages;
    search.newspaper = request.newspaper;
    search.column = request.column;
    search.author = request.author;
    search.sort = request.sort == SearchSort::Date ? u"date"_s : u"rank"_s;
    QString error;
    try {
        if (!Core::Research(m_window->archive()).saveSearch(search, &error))
            return failed(error);
    } catch (const Core::DatabaseError &e) {
        return failed(e.message());
    }
    refresh();
    m_window->statusBar()->showMessage(tr("Saved the search as “%1”").arg(search.name), 5000);
    return true;
}

bool ResearchController::deleteSavedSearch(const QString &name)
{
    QString error;
    try {
        if (!Core::Research(m_window->archive()).removeSavedSearch(name, &error))
            return failed(error);
    } catch (const Core::DatabaseError &e) {
        return failed(e.message());
    }
    refresh();
    return true;
}

void ResearchController::runSavedSearch(const Core::SavedSearch &search)
{
    SearchRequest filters;
    QMap<Core::Facet, QString> chips;
    // A whole year or month shows as the chip a click on that facet value would have made.
    if (search.from.isValid() && search.to.isValid() && search.from.year() == search.to.year()) {
        const int year = search.from.year();
        if (search.from == QDate(year, 1, 1) && search.to == QDate(year, 12, 31)) {
            chips.insert(Core::Facet::Year, QString::number(year));
        } else if (search.from.day() == 1 && search.to == search.from.addMonths(1).addDays(-1)) {
            chips.insert(Core::Facet::Year, QString::number(year));
            chips.insert(Core::Facet::Month, search.from.toString(u"yyyy-MM"_s));
        }
    }
    if (chips.isEmpty()) {
        filters.from = search.from;
        filters.to = search.to;
    }
    if (!search.pages.isEmpty())
        chips.insert(Core::Facet::Page, QString::number(search.pages.first())); // the app filters one page
    if (!search.newspaper.isEmpty())
        chips.insert(Core::Facet::Newspaper, search.newspaper);
    if (!search.column.isEmpty())
        chips.insert(Core::Facet::Column, search.column);
    if (!search.author.isEmpty())
        chips.insert(Core::Facet::Author, search.author);
    filters.sort = search.sort == u"date"_s ? SearchSort::Date : SearchSort::Relevance;
    m_window->searchPanel()->setFilters(filters);
    m_window->searchPanel()->facets()->setActiveFilters(chips);
    m_window->search(search.query);
    m_window->statusBar()->showMessage(tr("Searching again: %1").arg(SavedSearchModel::describe(search)), 5000);
}

void ResearchController::openCollection(const Core::CollectionInfo &collection)
{
    try {
        m_panel->showArticles(collection,
                              Core::Research(m_window->archive()).items(collection.kind, collection.name));
    } catch (const Core::DatabaseError &e) {
        failed(e.message());
    }
}

void ResearchController::toggleStar()
{
    const QList<qint64> ids = chosenArticles();
    const bool all = std::all_of(ids.cbegin(), ids.cend(), [this](qint64 id) { return m_starred.contains(id); });
    setStarred(ids, !all);
    m_star->setChecked(m_starred.contains(m_window->currentArticle()));
}

void ResearchController::editTags()
{
    const QList<qint64> ids = chosenArticles();
    if (ids.isEmpty())
        return;
    QStringList all;
    QHash<QString, int> held;
    try {
        Core::Research research(m_window->archive());
        for (const auto &info : research.collections(Core::CollectionKind::Tag))
            all << info.name;
        for (qint64 id : ids) {
            for (const auto &info : research.collectionsOf(id)) {
                if (info.kind == Core::CollectionKind::Tag)
                    ++held[info.name];
            }
        }
    } catch (const Core::DatabaseError &e) {
        failed(e.message());
        return;
    }
    TagDialog dialog(all, held, int(ids.size()), m_window);
    if (dialog.exec() == QDialog::Accepted)
        changeTags(ids, dialog.added(), dialog.removed());
}

void ResearchController::chooseList()
{
    const QList<qint64> ids = chosenArticles();
    if (ids.isEmpty())
        return;
    QStringList lists;
    for (int row = 0; row < m_panel->collectionModel()->rowCount(); ++row) {
        const auto info = m_panel->collectionModel()->collectionAt(row);
        if (info.kind == Core::CollectionKind::List)
            lists << info.name;
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(m_window, tr("Add to List"),
                                               tr("Add %n article(s) to the list (choose one or type a new name):",
                                                  nullptr, int(ids.size())),
                                               lists, 0, true, &ok);
    if (ok && !name.trimmed().isEmpty())
        addToList(name, ids);
}

void ResearchController::writeArticleNote()
{
    const qint64 id = m_window->currentArticle();
    if (id <= 0)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(m_window, tr("Note on Article"), tr("Your note on this article:"),
                                                        {}, &ok);
    if (ok && !text.trimmed().isEmpty())
        addNote(id, text.trimmed());
}

void ResearchController::writePassageNote()
{
    const qint64 id = m_window->currentArticle();
    const auto passage = m_window->readerPanel()->reader()->selectedPassage();
    if (id <= 0 || !passage) {
        m_window->statusBar()->showMessage(tr("Select a passage of the article's text first, then add a note on it."),
                                           8000);
        return;
    }
    const auto stored = m_window->archive().article(id);
    if (!stored)
        return;
    QString quote = stored->article.body.mid(passage->first, passage->second).simplified();
    if (quote.size() > 80)
        quote = quote.left(80) + u'…';
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(m_window, tr("Note on Passage"),
                                                        tr("Your note on “%1”:").arg(quote), {}, &ok);
    if (ok)
        addNote(id, text.trimmed(), passage->first, passage->second);
}

void ResearchController::askToSaveSearch()
{
    const SearchRequest request = m_window->searchController()->currentRequest();
    if (request.query.trimmed().isEmpty()) {
        m_window->statusBar()->showMessage(tr("Search first: a saved search keeps a query with its filters."), 8000);
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Save Search"), tr("Name of the saved search:"),
                                               QLineEdit::Normal, request.query, &ok);
    if (ok && !name.trimmed().isEmpty())
        saveSearch(name, request);
}

void ResearchController::askToEditNote(const Core::Note &note)
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(m_window, tr("Edit Note"),
                                                        note.quote.isEmpty() ? tr("Your note on this article:")
                                                                             : tr("Your note on “%1”:").arg(note.quote.left(80)),
                                                        note.text, &ok);
    if (ok)
        editNote(note.id, text.trimmed());
}

void ResearchController::askToDeleteNote(const Core::Note &note)
{
    if (QMessageBox::question(m_window, tr("Delete Note"), tr("Delete this note?\n\n%1").arg(note.text))
        == QMessageBox::Yes)
        deleteNote(note.id);
}

void ResearchController::askToDeleteCollection(const Core::CollectionInfo &collection)
{
    const QString question = collection.kind == Core::CollectionKind::Tag
        ? tr("Delete the tag “%1”? Its articles stay in the archive.").arg(collection.name)
        : tr("Delete the list “%1”? Its articles stay in the archive.").arg(collection.name);
    if (QMessageBox::question(m_window, tr("Collections"), question) == QMessageBox::Yes)
        deleteCollection(collection);
}

void ResearchController::showReaderMenu(const QPoint &position)
{
    ReaderView *reader = m_window->readerPanel()->reader();
    QMenu *menu = reader->createStandardContextMenu(position);
    menu->addSeparator();
    menu->addActions({m_notePassage, m_note, m_star, m_tags, m_addToList});
    menu->exec(reader->viewport()->mapToGlobal(position));
    delete menu;
}

} // namespace Baoku::App
