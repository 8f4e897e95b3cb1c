// Imports OCR issue files into the archive: one transaction per file, duplicates recognised by
// SHA-256, a page already held refused unless replacing, progress and cancellation by listener.
#pragma once

#include "core/common/model.h"
#include "core/parser/issueparser.h"
#include "core/common/progress.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Baoku::Core {

class Archive;
struct PreparedFile;
class Transaction;

struct ImportOptions final {
    QDate date;           // the issue date for every file, overriding what the parser finds
    bool replace = false; // replace a page already held (or a file parsed by an older parser)
    std::optional<int> page; // the page a file holds when neither its header nor its name says
    QString newspaper;       // the paper of pages that name none (else their folder's, else the archive's only one)
};

enum class ImportStatus { Imported, Skipped, Failed };

struct ImportResult final {
    QString path;
    ImportStatus status = ImportStatus::Failed;
    QString reason;     // why it was skipped or failed; what was replaced when imported
    qint64 issueId = 0; // the issue the file belongs to (also for a skipped duplicate)
    int articleCount = 0;
};

// Facts about the file a parsed issue came from.
struct SourceFile final {
    QString path;
    QString sha256;
    qint64 size = 0;
    int parserVersion = kParserVersion;
    QString stamp = {}; // size and times when it was read (fileStamp); empty when unknown or changing
};

class Importer final {
public:
    using ResultCallback = std::function<void(const ImportResult &)>;

    explicit Importer(Archive &archive);
    ~Importer();

    // Files and folders (walked for *.txt); each file's result is passed to `onResult` right after
    // its transaction ends. Stops before the next file when the listener cancels.
    QList<ImportResult> importPaths(const QStringList &paths, const ImportOptions &options,
                                    ProgressListener *listener = nullptr, const ResultCallback &onResult = {});
    ImportResult importFile(const QString &path, const ImportOptions &options);
    // Stores an already parsed issue; what importFile does after parsing.
    ImportResult importParsed(const ParsedIssue &parsed, const SourceFile &source, const ImportOptions &options);

    // Batched indexing, which importPaths uses: between the two calls importParsed still commits
    // each file on its own, but queues its articles' index writes and indexes the queue in one
    // transaction once kIndexBatchBytes of files wait, and at finishBatch(). Queued articles are
    // stored but not yet in the index: a search meanwhile indexes them first (or fails when it
    // cannot take the write lock), and a queue left by a crash is indexed when the archive is
    // next opened. finishBatch returns false with a message when the index could not be written.
    void startBatch();
    bool finishBatch(QString *error = nullptr);
    // 4 MiB: each batch leaves one new segment per index (FTS5's pending data may hold a batch,
    // ftsindex.h kBulkHashSize), so fewer, larger batches mean less merging.
    static constexpr qint64 kIndexBatchBytes = 4 << 20;
    static constexpr qint64 kGroupCacheKiB = 64 << 10; // importPaths' page cache (a group's pages)
    // importPaths commits its files in groups of at most this many (and at each index batch), so
    // that results are reported, and other writers get the lock, at least that often.
    static constexpr int kGroupFiles = 64;

    // A file's size, modification time and status-change time (ms). importPaths skips a file whose
    // path and stamp equal those of an imported file without reading it (unless replacing); a
    // write, a rename over it or a touch that sets the modification time back all change the
    // status-change time, which no program can set, so the file is then hashed again.
    static QString fileStamp(const QString &path);
    // Files read (and hashed) by imports since the process started.
    static qint64 filesRead();

    // What importPaths checks before it writes (docs/reliability.md): SQLite's quick_check of the
    // whole file when it is smaller than fullCheckBelow() or its freelist is not empty; else
    // quick_check of every table but the articles and the index segments, which an import only
    // appends to and whose pages it touches are checked as they are read (cell_size_check).
    // Returns the damage found, empty when none.
    QString checkBeforeWriting();
    static constexpr qint64 kFullCheckBelow = qint64(512) << 20;
    void setFullCheckBelow(qint64 bytes) { m_fullCheckBelow = bytes; } // for tests
    bool lastCheckWasFull() const { return m_lastCheckFull; }

    // The *.txt files under `paths`, each folder's files sorted; missing paths become failures.
    static QStringList collectFiles(const QStringList &paths, QList<ImportResult> *failures);

    // The pages of one folder agree on their issue: a page without a paper name takes the one
    // name the others print, and, when no two files hold the same page, a page without a printed
    // date takes the one date the others print (or their folder's name gives) if its datelines
    // lie up to kMaxDatelineAge days before it. Folders of more files are not looked at.
    static void agreeOnIssue(QList<ParsedIssue *> pages);
    static constexpr int kIssueFolderMaxFiles = 64;
    static constexpr int kMaxDatelineAge = 14; // days between an article's dateline and its issue

private:
    ImportResult finish(const QString &path, const PreparedFile &prepared, const ImportOptions &options);

    // Indexes the queue; the first failure of the batch is kept for finishBatch. Then commits the
    // open group of files, if any.
    void flushIndex();
    // importPaths stores up to kGroupFiles files in one transaction (a savepoint per file):
    // a commit per file wrote the same pages to the WAL again and again. Returns the commit's
    // failure, empty when it succeeded or no group was open.
    QString commitGroup();

    Archive &m_archive;
    bool m_batching = false;
    bool m_grouping = false; // importPaths: files are stored in m_group until the batch is indexed
    std::unique_ptr<Transaction> m_group;
    int m_groupFiles = 0;
    QString m_groupError; // the failed commit of the last group, for importPaths to report
    qint64 m_fullCheckBelow = kFullCheckBelow;
    bool m_lastCheckFull = false;
    qint64 m_queuedBytes = 0;
    // importPaths, once every file is submitted: the bytes still to store after the current file;
    // a batch then ends when it holds as much (at least kIndexBatchBytes / 8), so that the last one,
    // indexed when the workers have nothing left to do, is small. -1 otherwise.
    qint64 m_tailBytes = -1;
    QString m_indexError; // the first failed flush of the current batch
};

QString toString(ImportStatus status);

} // namespace Baoku::Core
