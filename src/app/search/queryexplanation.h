// What the app says when a search finds nothing or cannot be searched: what the query was read as,
// what to try, and a link to the query syntax in Help ("help:syntax").
#pragma once

#include "app/search/searchtypes.h"

#include <QCoreApplication>

namespace Baoku::App {

class QueryExplanation final {
    Q_DECLARE_TR_FUNCTIONS(Baoku::App::QueryExplanation)
public:
    // Rich text for a search with no results (or an error from the core).
    static QString noResults(const SearchRequest &request, const QString &error = {});
    // How the query was understood, in plain words; empty when nothing is left to search for.
    static QString understood(const QString &query);
};

} // namespace Baoku::App
