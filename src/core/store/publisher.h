// `baoku-cli publish`: copies a SQLite archive into PostgreSQL (docs/shared-archives.md). A second
// run copies only the issues that are new or changed (replaced pages, re-parsed files, a corrected
// date) and removes the ones the local archive no longer holds, in one transaction, so readers see
// the old archive or the new one, never half of it.
#pragma once

#include <QSet>
#include <QString>

namespace Baoku::Core {

class Archive;
class PgConnection;
class ProgressListener;

struct PublishResult final {
    int copied = 0;    // issues new or changed, copied
    int unchanged = 0; // issues the database already held as they are
    int removed = 0;   // issues no longer in the local archive, removed
    qint64 articles = 0; // articles copied
    qint64 bytes = 0;    // size of the copied issues' OCR files
    QString error;       // set when nothing was published
};

class Publisher final {
public:
    Publisher(Archive &local, const PgConnection &remote);
    // `full` copies every issue again (after a Baoku upgrade that changes the search tokens).
    PublishResult publish(bool full = false, ProgressListener *progress = nullptr);
    // Publishes only these issues (import --db URL, pgimporter.h): each is copied when new or
    // changed and removed when the local archive no longer holds it; the others stay as they are.
    void setScope(const QSet<qint64> &issues)
    {
        m_scope = issues;
        m_scoped = true;
    }

private:
    Archive &m_local;
    const PgConnection &m_remote;
    QSet<qint64> m_scope;
    bool m_scoped = false;
};

} // namespace Baoku::Core
