// The peers the benchmark measures Baoku against, on the same rows: SQLite's trigram tokenizer
// (external content, like Baoku's index) and a plain instr() scan over the folded text.
#pragma once

#include "core/sql/database.h"

#include <QString>

namespace Baoku::Bench {

struct BuildFigures {
    double seconds = 0;
    qint64 fileBytes = 0;
};

class PeerArchive final {
public:
    // Copies the searchable columns of `source` (search_content) into a fresh file at `path`,
    // indexes them with the trigram tokenizer, and adds a folded copy for the instr() scan.
    bool build(Core::Database &source, const QString &path, QString *error);
    // Opens one built before (--reuse), to time queries again.
    bool open(const QString &path, QString *error) { return m_db.open(path, error); }
    BuildFigures trigram() const { return m_trigram; }

    // Top 50 by bm25 with snippets; -1 when trigram cannot answer (queries under 3 characters).
    int trigramTop(const QString &query);
    qint64 trigramCount(const QString &query);
    // The first 50 articles whose folded text contains the folded query, with a cut-out.
    int instrTop(const QString &foldedQuery);
    qint64 instrCount(const QString &foldedQuery);

private:
    Core::Database m_db;
    BuildFigures m_trigram;
};

} // namespace Baoku::Bench
