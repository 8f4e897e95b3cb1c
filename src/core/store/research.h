// What a researcher keeps in the archive: starred articles, lists (collections), tags, notes on an
// article or on a passage of its body, and saved searches. Kept articles are held by id and by a
// key (newspaper, issue date, page, position, title), so they survive a re-import or --replace
// of their page: the importer re-links them (relinkKept) and re-anchors passage notes by their
// text. See docs/store.md, "Research". A PostgreSQL archive keeps no research on the server: its
// reader's research is a SQLite file of their own (researchfile.h, docs/shared-archives.md).
#pragma once

#include "core/sql/database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Baoku::Core {

class Archive;

enum class CollectionKind { Star, List, Tag };

struct KeptArticle final {
    qint64 keptId = 0;
    std::optional<qint64> articleId; // none while its page is not in the archive
    QString newspaper;
    QDate date; // the issue's parsed date (the key re-imports find the issue by)
    int page = 0;
    int order = 0;
    QString title;
};

struct CollectionInfo final {
    qint64 id = 0;
    CollectionKind kind = CollectionKind::List;
    QString name; // empty for the stars
    int count = 0;
};

struct Note final {
    qint64 id = 0;
    KeptArticle article;
    QString text;
    QString quote;     // the passage, empty for a note on the whole article
    int start = -1;    // UTF-16 offset of the passage in the article's body; -1 when none
    bool anchored = true; // false when a re-import left no copy of the passage in the body
    QDateTime created;
    QDateTime updated;
};

struct SavedSearch final {
    qint64 id = 0;
    QString name;
    QString query;
    QDate from, to;
    QList<int> pages;
    QString newspaper, column, author;
    QString sort = QStringLiteral("rank"); // rank or date
    QDateTime created;
};

// Reads and writes on the archive's connection, or for a PostgreSQL archive on the reader's
// research file, with the articles read through Archive. Writes run in their own transaction;
// readers and writers throw DatabaseError when SQLite fails (also when the research file cannot
// be opened), and writers return false with a message for bad input (an unknown article, an empty name).
class Research final {
public:
    explicit Research(Database &db); // a SQLite archive's connection
    explicit Research(const Archive &archive); // whichever backend holds the archive

    static QString kindName(CollectionKind kind); // "star", "list", "tag"

    QList<CollectionInfo> collections(CollectionKind kind);
    // Every list or tag holding the article, and the star.
    QList<CollectionInfo> collectionsOf(qint64 articleId);
    QList<KeptArticle> items(CollectionKind kind, const QString &name);
    // Adds articles (created the collection when needed); articles already in it stay where they are.
    bool add(CollectionKind kind, const QString &name, const QList<qint64> &articleIds, QString *error = nullptr);
    // Takes articles out; without ids removes the whole collection (its articles stay in the archive).
    bool remove(CollectionKind kind, const QString &name, const QList<qint64> &articleIds, QString *error = nullptr);
    bool isStarred(qint64 articleId);

    // A note on the article, or on the passage [start, start + quote.size()) of its body.
    std::optional<qint64> addNote(qint64 articleId, const QString &text, const QString &quote = {}, int start = -1,
                                  QString *error = nullptr);
    bool editNote(qint64 noteId, const QString &text, QString *error = nullptr);
    bool removeNote(qint64 noteId, QString *error = nullptr);
    // All notes (or one article's), by issue date, page, position and passage.
    QList<Note> notes(std::optional<qint64> articleId = std::nullopt);

    bool saveSearch(const SavedSearch &search, QString *error = nullptr); // replaces one of the same name
    QList<SavedSearch> savedSearches();
    bool removeSavedSearch(const QString &name, QString *error = nullptr);

private:
    std::optional<qint64> keep(qint64 articleId, QString *error);
    std::optional<qint64> collectionId(CollectionKind kind, const QString &name);

    Database &m_db;
    const Archive *m_remote = nullptr; // set for a PostgreSQL archive: articles are read through it
};

// Called by the importer inside the transaction that stored an issue's page: kept articles of
// that issue that lost their article (a --replace deleted it) find the new one with the same page
// and title, the nearest in position; their passage notes find their quote again, or are marked
// as not anchored.
void relinkKept(Database &db, qint64 issueId);

// Schema step (version 5): the tables above.
void createResearchTables(Database &db);
// The same tables in a research file (researchfile.h): no articles table beside them, so the
// kept articles' ids reference nothing.
void createResearchFileTables(Database &db);

// The occurrence of `quote` in `body` nearest to `near`; -1 when there is none.
int nearestOccurrence(const QString &body, const QString &quote, int near);

} // namespace Baoku::Core
