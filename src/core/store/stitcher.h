// Continued articles: "（下转第N版）" on page M and "（上接第M版）" on page N are one article. The
// parts after the first keep their own rows (each belongs to its page's file, so replacing a page
// replaces its part) and point at the first part with articles.part_of; the search index holds
// the first part with the text of every part (search_content, schema version 5).
#pragma once

#include <QtGlobal>

#include <optional>

namespace Baoku::Core {

class Database;

class Stitcher final {
public:
    explicit Stitcher(Database &db);

    // Matches the issue's continued parts to the articles they continue (by repeated headline,
    // then by order on the page) and updates part_of and the index where that changed. The
    // articles of `leaving` (a file about to be removed) take part in no link. Call inside the
    // import's transaction, after the articles' rows and people are written.
    void restitch(qint64 issueId, std::optional<qint64> leaving = std::nullopt);

private:
    Database &m_db;
};

} // namespace Baoku::Core
