// The research of a reader of a PostgreSQL archive (docs/shared-archives.md): the research tables
// of research.h in a SQLite file on the reader's machine, one per archive, never on the server, so
// that the read-only role keeps stars, lists, tags, notes and saved searches too. Kept articles
// are held by id and by their key; whenever the file is opened they are re-linked by key against
// the archive, so an article republished with a new id (publish --full, a re-import) is found again.
#pragma once

#include "core/sql/database.h"

namespace Baoku::Core {

class PgArchive;

// BAOKU_RESEARCH_DIR when set, else "research" in the application data folder.
QString researchFolder();
// The file for the archive at `url`: named by the SHA-1 of its server, port and database, without
// user or password, so every role of one reader on one archive shares it.
QString researchFilePath(const QString &url);

// Opens (creating when missing) the research file of the archive and re-links its kept articles;
// throws DatabaseError naming the file when it cannot be opened or written.
void openResearchFile(Database &db, const PgArchive &archive);

// Kept articles whose id is gone or now names another key get the article holding their key
// (same newspaper, parsed issue date, page and title, nearest in position), or none; passage
// notes of re-linked articles find their quote again or are marked as not anchored. Throws
// DatabaseError (PostgreSQL failures included).
void relinkResearchFile(Database &db, const PgArchive &archive);

} // namespace Baoku::Core
