// The custom item roles shared by every Baoku model, so views and tests ask for data by name.
#pragma once

#include <Qt>

namespace Baoku::App {

enum ModelRole : int {
    ArticleIdRole = Qt::UserRole + 1, // qint64
    IssueIdRole,                      // qint64
    DateRole,                         // QDate of the issue; invalid in the list of one issue's articles
    PageRole,                         // int
    TitleRole,                        // QString
    KickerRole,                       // QString
    BylinesRole,                      // QString, names joined for display
    FirstLineRole,                    // QString, the start of the body
    SnippetRole,                      // QString, HTML: a hit snippet with its matches highlighted, or an article's kicker and first line
    CountRole,                        // int: articles of a person, issues of a month, ...
    PersonIdRole,                     // qint64
    NodeKindRole,                     // NodeKind of an issue-tree node
    DateInferredRole,                 // bool: the issue's date was inferred, not printed
};

enum class NodeKind : int { Year, Month, Issue, Newspaper };

} // namespace Baoku::App
