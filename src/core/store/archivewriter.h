// The archive's write operations, used by Importer inside its per-file transaction.
#pragma once

#include "core/common/model.h"

#include <optional>

namespace Baoku::Core {

class Database;
struct SourceFile;

struct StoredSource final {
    qint64 id = 0;
    qint64 issueId = 0;
    int page = 1;
    QString path;
    int parserVersion = 0;
};

// Whether insertArticles indexes the articles now or queues them for a batch (createIndexQueue).
enum class Indexing { Now, Queued };

class ArchiveWriter final {
public:
    explicit ArchiveWriter(Database &db);

    std::optional<StoredSource> sourceBySha256(const QString &sha256);
    std::optional<StoredSource> sourceAt(qint64 issueId, int page);
    // The issue with this newspaper and parsed date, else the one the user re-dated to it, else a
    // new one; fills the masthead fields it lacks.
    qint64 issueFor(const IssueInfo &info);
    QDate userDate(qint64 issueId);
    void setUserDateIfUnset(qint64 issueId, const QDate &date);
    qint64 insertSource(qint64 issueId, int page, const SourceFile &source, const QString &section = {});
    // The name of the archive's only newspaper, empty when it holds none or several.
    QString onlyNewspaper();
    // The first day on or after `date` on which the newspaper's dated issues appeared, learnt from
    // their weekdays; `date` itself when fewer than kMinDatedIssues are dated.
    QDate nextPublicationDay(const QString &newspaper, const QDate &date);
    static constexpr int kMinDatedIssues = 3;
    void insertArticles(qint64 issueId, qint64 sourceId, const QList<Article> &articles,
                        Indexing indexing = Indexing::Now);
    // Unindexes and deletes the file's articles and the file's row.
    void removeSource(qint64 sourceId);
    // Deletes an issue no file belongs to any more, and people no article names.
    void removeOrphans(qint64 issueId);

private:
    qint64 personId(const QString &name);

    Database &m_db;
};

} // namespace Baoku::Core
