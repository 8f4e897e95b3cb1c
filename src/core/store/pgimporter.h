// `baoku-cli import --db postgresql://…`: imports files straight into a shared archive. The files go
// through the SQLite Importer into a temporary archive that holds what the import can look at of
// the database (every newspaper, person, issue and file, and the articles of the issues the files
// add to), and the issues the import changed are then published in one transaction, so the result
// is the one of importing into the curator's file and publishing it (docs/shared-archives.md).
#pragma once

#include "core/store/importer.h"
#include "core/store/publisher.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace Baoku::Core {

class Archive;
class PgConnection;

struct PgImportOutcome final {
    QList<ImportResult> files; // as Importer::importPaths; imported files failed when nothing was published
    PublishResult published;   // the issues copied; error set when nothing was published
};

class PgImporter final {
public:
    explicit PgImporter(const PgConnection &remote);
    PgImportOutcome importPaths(const QStringList &paths, const ImportOptions &options, ProgressListener *listener = nullptr);

private:
    // A temporary archive with the database's metadata and the articles of `withArticles`.
    void seed(Archive &local, const QSet<qint64> &withArticles) const;
    // The issues whose files the import added or removed.
    static QSet<qint64> touchedIssues(Archive &local);

    const PgConnection &m_remote;
};

} // namespace Baoku::Core
