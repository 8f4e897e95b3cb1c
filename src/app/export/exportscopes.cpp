#include "app/export/exportscopes.h"

#include "app/browse/articlelistmodel.h"
#include "app/browse/articlepanel.h"
#include "app/collect/collectionexport.h"
#include "app/collect/collectionpanel.h"
#include "app/collect/keptarticlemodel.h"
#include "app/collect/researchcontroller.h"
#include "app/search/searchbackend.h"
#include "app/search/searchcontroller.h"
#include "app/search/searchpanel.h"
#include "app/search/searchresultsmodel.h"
#include "app/window/mainwindow.h"
#include "core/search/searcher.h"

#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QListView>

using namespace Qt::StringLiterals;

namespace Baoku::App {
namespace {

Core::ExportItem toItem(const Core::StoredArticle &stored) { return {stored.id, stored.issue, stored.article}; }

// The ids selected in the list the user sees: search results when they are shown, else the issue's articles.
QList<qint64> selectedIds(MainWindow &window)
{
    const bool results = window.searchPanel()->isVisible();
    QListView *view = results ? window.searchPanel()->view() : window.articles()->view();
    QModelIndexList rows = view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const auto &index : rows) {
        const qint64 id = results ? window.searchPanel()->model()->articleIdAt(index.row())
                                  : window.articles()->model()->articleIdAt(index.row());
        if (id > 0)
            ids << id;
    }
    return ids;
}

// Every hit of the request, in the order of the results list, without snippets.
QList<qint64> allHits(const QString &databasePath, const SearchRequest &request)
{
    Core::Archive archive;
    if (!archive.open(databasePath))
        return {};
    Core::SearchRequest core;
    core.query = SearchBackend::coreQuery(request);
    core.from = request.from;
    core.to = request.to;
    core.sort = request.sort == SearchSort::Date ? Core::SearchSort::Date : Core::SearchSort::Rank;
    core.limit = 1000;
    core.withTotal = false;
    core.withSnippets = false;
    QList<qint64> ids;
    for (;;) {
        const Core::SearchResult result = archive.search(core);
        for (const auto &hit : result.hits)
            ids << hit.articleId;
        if (!result.error.isEmpty() || result.hits.size() < core.limit)
            return ids;
        core.offset += core.limit;
    }
}

} // namespace

QList<qint64> chosenIds(MainWindow &window)
{
    const QList<qint64> ids = selectedIds(window);
    if (ids.size() > 1)
        return ids;
    return window.currentArticle() > 0 ? QList<qint64>{window.currentArticle()} : QList<qint64>{};
}

QList<Core::ExportItem> chosenItems(MainWindow &window)
{
    QList<Core::ExportItem> items;
    for (const qint64 id : chosenIds(window)) {
        if (const auto stored = window.archive().article(id))
            items << toItem(*stored);
    }
    return items;
}

QList<ExportScope> exportScopes(MainWindow &window)
{
    QList<ExportScope> scopes;
    ExportScope article;
    article.label = QCoreApplication::translate("Baoku::App::ExportScopes", "The open article");
    const auto current = window.currentArticle() > 0 ? window.archive().article(window.currentArticle()) : std::nullopt;
    article.enabled = current.has_value();
    if (current) {
        article.set = {Core::selectionCover(1), {current->id}};
        article.fileName = Core::fileBaseName(toItem(*current));
    }
    scopes << article;

    const QList<qint64> selected = selectedIds(window);
    ExportScope chosen;
    chosen.label = QCoreApplication::translate("Baoku::App::ExportScopes", "The selected articles (%n)", nullptr,
                                               int(selected.size()));
    chosen.set = {Core::selectionCover(selected.size()), selected};
    chosen.fileName = QCoreApplication::translate("Baoku::App::ExportScopes", "articles");
    chosen.enabled = !selected.isEmpty();
    chosen.preferred = selected.size() > 1;
    scopes << chosen;

    ExportScope issue;
    issue.enabled = false;
    issue.label = QCoreApplication::translate("Baoku::App::ExportScopes", "The open issue");
    if (window.currentIssue() > 0) {
        const QList<Core::StoredArticle> articles = window.archive().articlesOfIssue(window.currentIssue());
        if (!articles.isEmpty()) {
            const Core::IssueInfo &info = articles.first().issue;
            for (const auto &stored : articles)
                issue.set.ids << stored.id;
            issue.set.cover = Core::issueCover(info.newspaper, info.date);
            issue.label = QCoreApplication::translate("Baoku::App::ExportScopes", "The issue of %1 (%n article(s))",
                                                      nullptr, int(articles.size()))
                              .arg(info.date.toString(Qt::ISODate));
            issue.fileName = (info.newspaper.isEmpty() ? QString() : info.newspaper + u'_') + info.date.toString(Qt::ISODate);
            issue.enabled = true;
        }
    }
    scopes << issue;

    ExportScope results;
    const SearchRequest request = window.searchController()->currentRequest();
    const qint64 total = window.searchPanel()->model()->total();
    results.enabled = !request.query.trimmed().isEmpty() && total > 0;
    results.label = results.enabled
        ? QCoreApplication::translate("Baoku::App::ExportScopes", "All results of “%1” (%n article(s))", nullptr, int(total))
              .arg(request.query)
        : QCoreApplication::translate("Baoku::App::ExportScopes", "All results of the search (search first)");
    QStringList filters;
    if (request.from.isValid())
        filters << u"%1 起"_s.arg(request.from.toString(Qt::ISODate));
    if (request.to.isValid())
        filters << u"至 %1"_s.arg(request.to.toString(Qt::ISODate));
    results.set.cover = Core::queryCover(request.query, filters.join(u' '));
    results.fileName = QCoreApplication::translate("Baoku::App::ExportScopes", "search results");
    const QString path = window.archive().path();
    results.resolve = [path, request] { return allHits(path, request); };
    scopes << results;

    // The collection open under Collections, and every note as Markdown.
    const CollectionPanel *collections = window.research()->panel();
    scopes << collectionScope(collections->openCollection(), collections->articleModel()->articleIds());
    scopes << notesScope(path, window.research()->noteCount());
    return scopes;
}

ExportActions::LoaderFactory archiveLoaders(const QString &databasePath)
{
    return [databasePath]() -> Core::ItemLoader {
        auto archive = std::make_shared<Core::Archive>();
        if (!archive->open(databasePath))
            return [](qint64) -> std::optional<Core::ExportItem> { return std::nullopt; };
        return [archive](qint64 id) -> std::optional<Core::ExportItem> {
            const auto stored = archive->article(id);
            return stored ? std::optional<Core::ExportItem>(toItem(*stored)) : std::nullopt;
        };
    };
}

} // namespace Baoku::App
