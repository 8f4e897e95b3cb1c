// What the app asks the search worker for and what comes back, independent of thread and widget.
#pragma once

#include "core/search/searcher.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Baoku::App {

enum class SearchScope { All, Title, Author, Column };
enum class SearchSort { Relevance, Date };

struct SearchRequest final {
    QString query;
    QDate from;   // invalid: no lower bound
    QDate to;     // invalid: no upper bound
    // Exact filters a click on a facet value sets (year and month narrow from/to).
    QList<int> pages;
    QString newspaper;
    QString column;
    QString author;
    SearchScope field = SearchScope::All;
    SearchSort sort = SearchSort::Relevance;
    int offset = 0;
    int limit = 100;
    // A common query's first page comes without its total (-1), which the owner counts with the
    // facets, in their walk over the same hits (MainWindow); rarer queries are counted exactly.
    bool deferCommonTotal = false;
    Core::SearchCursor after; // where the page before `offset` ended, when the order allows keyset paging
};

struct SearchHitRow final {
    qint64 articleId = 0;
    QDate date;
    int page = 0;
    QString title;
    bool advertisement = false;
    QString bylines;
    QString snippetHtml; // escaped text with <b> around each match
};

struct SearchPage final {
    quint64 token = 0; // the request it answers; stale pages are dropped
    int offset = 0;
    qint64 total = 0; // -1: a common query whose total was deferred (SearchRequest::deferCommonTotal)
    QList<SearchHitRow> hits;
    Core::SearchCursor next; // where the next page continues (invalid: it is asked for by offset)
    QString query;     // the query as the core ran it; the reader marks its matches
    QString error;
    double elapsedMs = 0;
};

} // namespace Baoku::App

Q_DECLARE_METATYPE(Baoku::App::SearchPage)
