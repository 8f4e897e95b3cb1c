// The full-text index: the FTS5 tokenizer "baoku" and the table search_fts, an external-content
// index over the view search_content (articles plus their people's names; no second copy of text).
#pragma once

#include <QtGlobal>

struct sqlite3;

namespace Baoku::Core {

class Database;
class ProgressListener;

// Registers the tokenizer "baoku" on a connection; whoever opens an archive (Archive::open) calls
// it before touching the index.
// Throws DatabaseError when FTS5 is unavailable.
void registerTokenizer(sqlite3 *db);

// Creates the view search_content and the FTS5 table search_fts (called by a schema migration).
void createSearchIndex(Database &db);

// Adds one article to the index; call after the article and its people rows are inserted.
void indexArticle(Database &db, qint64 articleId);

// Removes one article from the index; call before its rows are deleted or changed.
void unindexArticle(Database &db, qint64 articleId);

// Schema version 4: the table index_queue of articles stored but not yet indexed, hidden from
// search_content until then. Importer queues a batch of files' articles and indexes them in one
// transaction, because FTS5 writes a segment per transaction and small ones cost merging.
void createIndexQueue(Database &db);
// Schema version 5: articles.part_of links the later parts of a continued article to its first
// part, and search_content shows the first part with every part's text and leaves the others out.
void stitchSearchContent(Database &db);
// Queues an article instead of indexing it now; call after its rows are inserted.
void queueArticle(Database &db, qint64 articleId);
// Indexes every queued article and empties the queue in one transaction of its own; returns how
// many. Throws DatabaseError (the queue then stays as it was).
int indexQueued(Database &db);
// Articles waiting in index_queue (0 when none): what an interrupted import left, up to one batch.
qint64 queuedArticles(Database &db);
// Indexes the articles queued when it starts, in portions of at most kQueuePortionChars of text,
// each its own transaction: a portion (about 360 articles of 700 characters) holds the write lock
// for about 0.1 s of CPU, so another process's search or import waits about that long, and
// FTS5's merge work (in proportion to what a commit writes) stays bounded too. Reports
// (articles done, of total) after each portion and stops between portions when cancelled; what
// was committed stays indexed.
// Inside an open transaction it indexes everything in one savepoint, as indexQueued does.
// Returns how many it indexed (others may have been indexed meanwhile by another process).
// Throws DatabaseError (a busy archive after the busy timeout, a failed write); committed
// portions stay.
qint64 indexQueuedInPortions(Database &db, ProgressListener *listener = nullptr);
constexpr qint64 kQueuePortionChars = 256 * 1024;
// What a search (or facets, trend) needs first: every queued article indexed, in portions;
// throws DatabaseError with a message saying why the result would be incomplete when it cannot.
// `cancel` stops it between portions (the search is then cancelled, not answered in part).
void requireIndexedQueue(Database &db, const ProgressListener *cancel);
// FTS5 writes its pending data as a segment whenever it passes `hashsize` (1 MiB by default), so
// an index batch of 4 MiB of files wrote several small segments per index and merged them again.
// Sets each index's hashsize to kBulkHashSize (persisted in the index's config; bounds the
// memory of a transaction's pending data, not what a reader uses); writes only when it differs.
void setBulkHashSize(Database &db);
constexpr qint64 kBulkHashSize = 16 << 20;

// The index's column order, used by field filters and bm25 weights.
enum class SearchColumn : int { Body = 0, Title = 1, Names = 2, ColumnName = 3 };

} // namespace Baoku::Core
