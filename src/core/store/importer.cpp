#include "core/store/importer.h"
#include "core/store/research.h"

#include "core/store/archive.h"
#include "core/store/archivewriter.h"
#include "core/sql/database.h"
#include "core/store/stitcher.h"

#include "core/search/ftsindex.h"
#include "core/search/textfold.h"
#include "core/search/tokencache.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <future>
#include <memory>
#include <stdexcept>
#include <utility>
#include <vector>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Baoku::Core {

namespace {

// Messages of this file, under one translation context (lupdate reads Msg::tr calls).
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Baoku::Core::Importer)
};

// The parser's and decoder's messages start with the file's name, which the result carries anyway.
QString withoutPath(const QString &message, const QString &path)
{
    const QString prefix = QDir::toNativeSeparators(path) + u": "_s;
    return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

int pageOf(const ParsedIssue &parsed)
{
    if (parsed.articles.isEmpty())
        return 1;
    return std::min_element(parsed.articles.cbegin(), parsed.articles.cend(),
                            [](const Article &a, const Article &b) { return a.page < b.page; })
        ->page;
}

} // namespace

// What a worker thread prepares for one file: read, hashed, and parsed unless already imported.
struct PreparedFile final {
    LoadedFile loaded;
    std::optional<ParseOutcome> outcome; // none when unreadable or already imported
    QString stamp; // Importer::fileStamp, equal before and after reading; else empty
    std::optional<qint64> unchanged; // not read: imported from this path with this stamp, into this issue
};

namespace {

std::atomic<qint64> g_filesRead{0};

// importPaths' workers read and parse up to this many bytes of files ahead of the file being
// stored (and at least two files per worker), so that they go on while the writer indexes a batch
// (docs/store.md, Import rules).
constexpr qint64 kLookaheadBytes = Importer::kIndexBatchBytes;
// Near the end of an import the batches shrink to what is left, down to this: the last batch is
// indexed after the workers are done, on one core.
constexpr qint64 kMinIndexBatchBytes = Importer::kIndexBatchBytes / 8;

// How far below the writer thread the workers run (nice levels, Linux). On two cores the writer,
// whose work no other thread can take over, then keeps a core while its workers share the other,
// instead of the three threads getting two thirds of a core each.
constexpr int kWorkerNice = 5;

void lowerWorkerPriority()
{
#ifdef Q_OS_LINUX
    thread_local const bool lowered = [] {
        const auto thread = id_t(::syscall(SYS_gettid));
        errno = 0;
        const int nice = ::getpriority(PRIO_PROCESS, thread);
        return errno == 0 && ::setpriority(PRIO_PROCESS, thread, std::min(19, nice + kWorkerNice)) == 0;
    }();
    Q_UNUSED(lowered); // only a speed setting
#endif
}

// Imported files by path: their stamp and issue.
using StampedPaths = QHash<QString, std::pair<QString, qint64>>;

// `pretokenize`: an import's worker also tokenizes the articles' searchable text for the index
// writes the one writer thread makes later (tokencache.h).
PreparedFile prepareFile(const QString &path, const ImportOptions &options,
                         const std::function<bool(const QString &)> &isKnown, bool pretokenize = false,
                         const StampedPaths *stamped = nullptr)
{
    PreparedFile prepared;
    const QString before = Importer::fileStamp(path);
    if (stamped && !options.replace && !before.isEmpty()) {
        if (const auto it = stamped->constFind(path); it != stamped->cend() && it->first == before) {
            prepared.unchanged = it->second;
            return prepared;
        }
    }
    ++g_filesRead;
    prepared.loaded = loadTextFile(path);
    if (const QString after = Importer::fileStamp(path); after == before)
        prepared.stamp = before; // else it changed while being read: no stamp, hashed next time
    if (!prepared.loaded.decoded.ok() || isKnown(prepared.loaded.sha256))
        return prepared;
    ParseOptions parseOptions;
    parseOptions.date = options.date;
    parseOptions.page = options.page;
    prepared.outcome = IssueParser(parseOptions).parseText(prepared.loaded.decoded.text, path);
    prepared.loaded.decoded.text.clear(); // the parse holds what is needed
    // Until the writer has built the folding tables (prepareFolding), the writer tokenizes the file
    // when it indexes it; waiting here would leave a core idle.
    if (pretokenize && prepared.outcome->ok() && foldingPrepared()) {
        thread_local TextTokenizer tokenizer;
        for (const Article &article : prepared.outcome->issue->articles)
            PretokenizedText::instance().addArticle(article, tokenizer);
    }
    return prepared;
}

} // namespace

QString toString(ImportStatus status)
{
    switch (status) {
    case ImportStatus::Imported:
        return u"imported"_s;
    case ImportStatus::Skipped:
        return u"skipped"_s;
    case ImportStatus::Failed:
        break;
    }
    return u"failed"_s;
}

Importer::Importer(Archive &archive)
    : m_archive(archive)
{
}

Importer::~Importer() = default; // an open group (only after an exception) rolls back

QString Importer::fileStamp(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return {};
    return u"%1/%2/%3"_s.arg(info.size())
        .arg(info.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch())
        .arg(info.fileTime(QFileDevice::FileMetadataChangeTime).toMSecsSinceEpoch());
}

qint64 Importer::filesRead()
{
    return g_filesRead;
}

QString Importer::checkBeforeWriting()
{
    m_lastCheckFull = true;
    Database &db = m_archive.database();
    const QString path = m_archive.path();
    qint64 freePages = 1;
    QStringList tables;
    try {
        // SQLite then checks each b-tree page's cells as it reads the page, which includes every
        // page an import changes.
        db.exec("PRAGMA cell_size_check = ON");
        Statement freelist(db, "PRAGMA freelist_count");
        freePages = freelist.step() ? freelist.int64(0) : 1;
        Statement names(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                            "AND name <> 'articles' AND name NOT LIKE 'search\\_%\\_data' ESCAPE '\\'");
        while (names.step())
            tables.append(names.text(0));
    } catch (const DatabaseError &e) {
        return e.message();
    }
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
    // A page taken from a damaged freelist could be one in use: only the whole check sees that.
    if (path.isEmpty() || bytes < m_fullCheckBelow || freePages != 0)
        return m_archive.quickCheck();
    m_lastCheckFull = false;
    QStringList problems;
    try {
        for (const QString &table : std::as_const(tables)) {
            Statement row(db, u"PRAGMA quick_check(\"%1\")"_s.arg(table));
            while (row.step()) {
                if (row.text(0) != u"ok"_s)
                    problems.append(row.text(0));
            }
        }
    } catch (const DatabaseError &e) {
        problems.append(e.message());
    }
    return problems.mid(0, 5).join(u"; "_s).simplified();
}

QStringList Importer::collectFiles(const QStringList &paths, QList<ImportResult> *failures)
{
    QStringList files;
    const auto unreadable = [failures](const QString &folder) {
        if (failures)
            failures->append(ImportResult{folder, ImportStatus::Failed,
                                          Msg::tr("cannot read the folder (permission denied)"), 0, 0});
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            if (!info.isReadable() || !info.isExecutable()) {
                unreadable(path);
                continue;
            }
            // Folders are listed too, so that one that cannot be read is reported, not skipped.
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::System,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QFileInfo entry(it.next());
                if (entry.isDir()) {
                    if (!entry.isReadable() || !entry.isExecutable())
                        unreadable(entry.filePath());
                } else if (entry.fileName().endsWith(u".txt"_s, Qt::CaseInsensitive)) {
                    found.append(entry.filePath());
                }
            }
            std::sort(found.begin(), found.end());
            files += found;
        } else if (info.exists()) {
            files.append(path);
        } else if (failures) {
            failures->append(ImportResult{path, ImportStatus::Failed, Msg::tr("no such file or folder"), 0, 0});
        }
    }
    return files;
}

QList<ImportResult> Importer::importPaths(const QStringList &paths, const ImportOptions &options,
                                          ProgressListener *listener, const ResultCallback &onResult)
{
    QList<ImportResult> results;
    // Writing into a damaged file would spread the damage; `baoku-cli check` tells what it is.
    if (const QString damage = checkBeforeWriting(); !damage.isEmpty()) {
        results.append(ImportResult{QDir::toNativeSeparators(m_archive.path()), ImportStatus::Failed,
                                    Msg::tr("the archive is damaged (%1); nothing was imported").arg(damage), 0, 0});
        if (onResult)
            onResult(results.constLast());
        return results;
    }
    const QStringList files = collectFiles(paths, &results);
    if (onResult) {
        for (const ImportResult &missing : std::as_const(results))
            onResult(missing);
    }
    // Files already held are recognised by hash before the parse; importParsed checks again.
    QHash<QString, int> known;
    try {
        Statement row(m_archive.database(), "SELECT sha256, parser_version FROM sources");
        while (row.step())
            known.insert(row.text(0), row.integer(1));
    } catch (const DatabaseError &) {
        // importFile reports the archive's problem for each file.
    }
    const auto isKnown = [&known, &options](const QString &sha256) {
        const auto it = known.constFind(sha256);
        return it != known.cend() && !(options.replace && it.value() != kParserVersion);
    };
    // Files imported from the same path, unchanged since, are not read again (fileStamp).
    StampedPaths stamped;
    try {
        Statement row(m_archive.database(), "SELECT path, stamp, issue_id FROM sources WHERE stamp IS NOT NULL");
        while (row.step())
            stamped.insert(row.text(0), {row.text(1), row.int64(2)});
    } catch (const DatabaseError &) {
    }
    // Consecutive files of one folder: a small folder is waited for as a whole (agreeOnIssue).
    std::vector<qsizetype> groupEnd(size_t(files.size()));
    for (qsizetype i = 0; i < files.size();) {
        const QString folder = QFileInfo(files.at(i)).absolutePath();
        qsizetype j = i + 1;
        while (j < files.size() && QFileInfo(files.at(j)).absolutePath() == folder)
            ++j;
        for (qsizetype k = i; k < j; ++k)
            groupEnd[size_t(k)] = j - i <= kIssueFolderMaxFiles ? j : k + 1;
        i = j;
    }
    std::vector<std::optional<PreparedFile>> ready(size_t(files.size()));
    std::vector<QString> failures(size_t(files.size())); // a worker's exception, reported in turn

    startBatch();
    m_grouping = true;
    // A group's pages stay in the page cache until its commit instead of spilling to the WAL.
    qint64 cacheSize = 0;
    try {
        Statement pragma(m_archive.database(), "PRAGMA cache_size");
        cacheSize = pragma.step() ? pragma.int64(0) : 0;
        if (cacheSize != 0)
            m_archive.database().exec(QString(u"PRAGMA cache_size = %1"_s).arg(-kGroupCacheKiB));
    } catch (const DatabaseError &) {
        cacheSize = 0; // only a speed setting
    }
    // A file's result is reported once its group has been committed: a file reported imported is
    // in the archive, whatever happens to the process next.
    QList<ImportResult> held;
    const auto report = [&] {
        const QString error = std::exchange(m_groupError, QString());
        for (ImportResult &result : held) {
            if (!error.isEmpty() && result.status == ImportStatus::Imported) {
                result.status = ImportStatus::Failed;
                result.reason = Msg::tr("not stored: %1").arg(error);
                result.articleCount = 0;
            }
            results.append(result);
            if (onResult)
                onResult(result);
        }
        held.clear();
    };
    // Worker threads read and parse the next files while this thread writes the current one.
    std::atomic_bool stop{false};
    std::vector<std::future<PreparedFile>> prepared(size_t(files.size()));
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    const qsizetype lookahead = 2 * pool.maxThreadCount();
    std::vector<qint64> sizes(size_t(files.size()), 0);
    qint64 aheadBytes = 0; // of the files submitted and not yet stored
    qsizetype submitted = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (listener) {
            listener->progress(i, files.size(), files.at(i));
            if (listener->isCancelled())
                break;
        }
        for (; submitted < files.size()
             && (submitted <= i + lookahead || submitted < groupEnd[size_t(i)] || aheadBytes < kLookaheadBytes);
             ++submitted) {
            sizes[size_t(submitted)] = QFileInfo(files.at(submitted)).size();
            aheadBytes += sizes[size_t(submitted)];
            auto promise = std::make_shared<std::promise<PreparedFile>>();
            prepared[size_t(submitted)] = promise->get_future();
            pool.start([promise, path = files.at(submitted), &options, &isKnown, &stamped, &stop] {
                lowerWorkerPriority();
                try {
                    promise->set_value(stop ? PreparedFile{} : prepareFile(path, options, isKnown, true, &stamped));
                } catch (...) {
                    promise->set_exception(std::current_exception());
                }
            });
        }
        if (i == 0)
            prepareFolding(); // while the workers parse the first files
        // Once every file is submitted, the bytes left to store after this file (the last batches shrink).
        m_tailBytes = submitted == files.size() ? aheadBytes - sizes[size_t(i)] : -1;
        try {
            if (!ready[size_t(i)] && failures[size_t(i)].isEmpty()) {
                // The first file of a folder: its pages are read together and agree on their issue.
                QList<ParsedIssue *> pages;
                for (qsizetype k = i; k < groupEnd[size_t(i)]; ++k) {
                    try {
                        ready[size_t(k)] = prepared[size_t(k)].get();
                    } catch (const std::exception &e) {
                        failures[size_t(k)] = QString::fromLocal8Bit(e.what());
                        continue;
                    }
                    auto &outcome = ready[size_t(k)]->outcome;
                    if (outcome && outcome->issue)
                        pages.append(&*outcome->issue);
                }
                agreeOnIssue(pages);
            }
            if (!failures[size_t(i)].isEmpty())
                throw std::runtime_error(failures[size_t(i)].toStdString());
            // A cancel that came while the file was read and parsed stops before it is stored.
            if (listener && listener->isCancelled())
                break;
            held.append(finish(files.at(i), *ready[size_t(i)], options));
            ready[size_t(i)].reset();
        } catch (const std::exception &e) {
            held.append(ImportResult{files.at(i), ImportStatus::Failed, QString::fromLocal8Bit(e.what()), 0, 0});
        }
        aheadBytes -= sizes[size_t(i)];
        // Every file counts, also one skipped or refused inside the group.
        if (m_group && ++m_groupFiles >= kGroupFiles)
            m_groupError = commitGroup();
        if (!m_group)
            report();
    }
    stop = true;
    m_tailBytes = -1;
    pool.waitForDone();
    QString error;
    const bool indexed = finishBatch(&error);
    m_grouping = false;
    report();
    if (cacheSize != 0) {
        try {
            m_archive.database().exec(QString(u"PRAGMA cache_size = %1"_s).arg(cacheSize));
        } catch (const DatabaseError &) {
        }
    }
    PretokenizedText::instance().clear(); // tokens of files refused, cancelled or stitched
    if (!indexed) {
        results.append(ImportResult{QDir::toNativeSeparators(m_archive.path()), ImportStatus::Failed,
                                    Msg::tr("the new articles are stored but could not be added to the search index (%1); "
                                       "Baoku tries again when the archive is next opened")
                                        .arg(error),
                                    0, 0});
        if (onResult)
            onResult(results.constLast());
    }
    if (listener && !listener->isCancelled())
        listener->progress(files.size(), files.size(), {});
    return results;
}

void Importer::agreeOnIssue(QList<ParsedIssue *> pages)
{
    if (pages.size() < 2)
        return;
    QSet<QString> names;
    QHash<QDate, DateSource> printed;
    // A folder of several issues' front pages is no issue folder: an issue's files are its pages.
    QSet<int> pageNumbers;
    bool distinctPages = true;
    for (const ParsedIssue *page : std::as_const(pages)) {
        const int number = page->articles.isEmpty() ? 1 : page->articles.constFirst().page;
        distinctPages = distinctPages && !pageNumbers.contains(number);
        pageNumbers.insert(number);
        if (!page->issue.newspaper.isEmpty())
            names.insert(page->issue.newspaper);
        const DateSource source = page->issue.dateSource;
        if (source == DateSource::Masthead || source == DateSource::Filename || source == DateSource::User) {
            if (!printed.contains(page->issue.date) || source == DateSource::Masthead)
                printed.insert(page->issue.date, source);
        }
    }
    for (ParsedIssue *page : std::as_const(pages)) {
        IssueInfo &info = page->issue;
        if (info.newspaper.isEmpty() && names.size() == 1)
            info.newspaper = *names.cbegin();
        const bool undated = info.dateSource == DateSource::Inferred || info.dateSource == DateSource::Unknown;
        // An inferred date is the latest dateline: the issue appears on it or some days after.
        const bool near = info.dateSource == DateSource::Unknown || printed.size() != 1
            || (info.date <= printed.cbegin().key() && info.date.daysTo(printed.cbegin().key()) <= kMaxDatelineAge);
        if (undated && distinctPages && near && printed.size() == 1) {
            info.date = printed.cbegin().key();
            info.dateSource = printed.cbegin().value();
            info.weekday = chineseWeekday(info.date);
        }
    }
}

void Importer::startBatch()
{
    try {
        setBulkHashSize(m_archive.database());
    } catch (const DatabaseError &) {
        // Only a speed setting; a busy or damaged archive fails at the first file with its reason.
    }
    m_batching = true;
    m_queuedBytes = 0;
    m_tailBytes = -1;
    m_indexError.clear();
}

bool Importer::finishBatch(QString *error)
{
    m_batching = false;
    flushIndex();
    m_grouping = false;
    const QString failure = std::exchange(m_indexError, QString());
    if (error)
        *error = failure;
    return failure.isEmpty();
}

void Importer::flushIndex()
{
    m_queuedBytes = 0;
    try {
        indexQueued(m_archive.database()); // a savepoint inside an open group
    } catch (const DatabaseError &e) {
        if (m_indexError.isEmpty())
            m_indexError = e.message();
    }
    m_groupError = commitGroup();
}

QString Importer::commitGroup()
{
    if (!m_group)
        return {};
    const std::unique_ptr<Transaction> group = std::move(m_group);
    m_groupFiles = 0;
    try {
        group->commit();
    } catch (const DatabaseError &e) {
        return e.message(); // rolled back when `group` goes
    }
    return {};
}

ImportResult Importer::importFile(const QString &path, const ImportOptions &options)
{
    if (!m_archive.isOpen())
        return ImportResult{path, ImportStatus::Failed, Msg::tr("the archive is not open"), 0, 0};
    // finish() tells a known file from one whose lookup failed.
    const auto isKnown = [&](const QString &sha256) {
        try {
            const auto held = ArchiveWriter(m_archive.database()).sourceBySha256(sha256);
            return held && !(options.replace && held->parserVersion != kParserVersion);
        } catch (const DatabaseError &) {
            return false;
        }
    };
    return finish(path, prepareFile(path, options, isKnown), options);
}

ImportResult Importer::finish(const QString &path, const PreparedFile &prepared, const ImportOptions &options)
{
    ImportResult result{path, ImportStatus::Failed, {}, 0, 0};
    if (prepared.unchanged) {
        result.status = ImportStatus::Skipped;
        result.issueId = *prepared.unchanged;
        // The same words as a file recognised by its hash: to the user both are "already imported".
        result.reason = Msg::tr("already imported from %1").arg(QDir::toNativeSeparators(path));
        return result;
    }
    const LoadedFile &loaded = prepared.loaded;
    if (!loaded.decoded.ok()) {
        result.reason = withoutPath(loaded.decoded.error, path);
        return result;
    }
    if (!prepared.outcome) {
        // Not parsed because it was already imported; it still is unless it was replaced since.
        try {
            if (const auto held = ArchiveWriter(m_archive.database()).sourceBySha256(loaded.sha256)) {
                result.status = ImportStatus::Skipped;
                result.issueId = held->issueId;
                result.reason = Msg::tr("already imported from %1").arg(QDir::toNativeSeparators(held->path));
                return result;
            }
        } catch (const DatabaseError &e) {
            result.reason = e.message();
            return result;
        }
        return importFile(path, options);
    }
    if (!prepared.outcome->ok()) {
        result.reason = withoutPath(prepared.outcome->error, path);
        return result;
    }
    return importParsed(*prepared.outcome->issue,
                        SourceFile{path, loaded.sha256, loaded.size, kParserVersion, prepared.stamp}, options);
}

ImportResult Importer::importParsed(const ParsedIssue &parsed, const SourceFile &source, const ImportOptions &options)
{
    ImportResult result{source.path, ImportStatus::Failed, {}, 0, 0};
    IssueInfo info = parsed.issue;
    if (options.date.isValid() && info.date != options.date) {
        info.date = options.date;
        info.dateSource = DateSource::User;
        info.weekday = chineseWeekday(options.date);
    }
    if (!info.date.isValid()) {
        result.reason = Msg::tr("no issue date found in the text or the file name; give one with --date");
        return result;
    }
    const int page = pageOf(parsed);
    const QString section = parsed.articles.isEmpty() ? QString() : parsed.articles.constFirst().section;
    try {
        Database &db = m_archive.database();
        if (m_grouping && m_batching && !m_group)
            m_group = std::make_unique<Transaction>(db);
        Transaction transaction(db); // a savepoint when grouped
        ArchiveWriter writer(db);
        Stitcher stitcher(db);
        // A page that names no paper belongs to the one named for it, else to the archive's only
        // paper: it never starts a second, unnamed one.
        if (info.newspaper.isEmpty())
            info.newspaper = options.newspaper.trimmed();
        if (info.newspaper.isEmpty())
            info.newspaper = writer.onlyNewspaper();
        if (info.dateSource == DateSource::Inferred && !info.newspaper.isEmpty()) {
            // A paper published on Tuesdays and Fridays is not dated on a Sunday.
            const QDate day = writer.nextPublicationDay(info.newspaper, info.date);
            if (day != info.date) {
                info.date = day;
                info.weekday = chineseWeekday(day);
            }
        }
        QStringList replaced;
        QDate carriedUserDate;
        qint64 previousIssue = 0;
        if (const auto known = writer.sourceBySha256(source.sha256)) {
            result.issueId = known->issueId;
            if (!options.replace || known->parserVersion == source.parserVersion) {
                result.status = ImportStatus::Skipped;
                result.reason = Msg::tr("already imported from %1").arg(QDir::toNativeSeparators(known->path));
                return result;
            }
            // Re-parsing the same file may give another date; the user's correction goes along.
            carriedUserDate = writer.userDate(known->issueId);
            previousIssue = known->issueId;
            stitcher.restitch(known->issueId, known->id);
            writer.removeSource(known->id);
            replaced.append(Msg::tr("the same file parsed by parser version %1").arg(known->parserVersion));
        }
        const qint64 issueId = writer.issueFor(info);
        if (const auto held = writer.sourceAt(issueId, page)) {
            if (!options.replace) {
                result.issueId = issueId;
                result.reason = Msg::tr("page %1 of the issue of %2 is already in the archive, from %3; "
                                   "--replace replaces it")
                                    .arg(page)
                                    .arg(info.date.toString(Qt::ISODate), QDir::toNativeSeparators(held->path));
                return result;
            }
            stitcher.restitch(issueId, held->id);
            writer.removeSource(held->id);
            replaced.append(QDir::toNativeSeparators(held->path));
        }
        if (carriedUserDate.isValid())
            writer.setUserDateIfUnset(issueId, carriedUserDate);
        const qint64 sourceId = writer.insertSource(issueId, page, source, section);
        writer.insertArticles(issueId, sourceId, parsed.articles, m_batching ? Indexing::Queued : Indexing::Now);
        stitcher.restitch(issueId); // the order pages arrive in does not matter
        relinkKept(db, issueId); // stars, lists, tags and notes of replaced articles find them again
        if (!replaced.isEmpty()) {
            if (previousIssue != 0 && previousIssue != issueId)
                writer.removeOrphans(previousIssue);
            writer.removeOrphans(issueId);
        }
        transaction.commit();
        const qint64 batchBytes =
            m_tailBytes < 0 ? kIndexBatchBytes : std::clamp(m_tailBytes, kMinIndexBatchBytes, kIndexBatchBytes);
        if (m_batching && (m_queuedBytes += source.size) >= batchBytes)
            flushIndex();
        result.status = ImportStatus::Imported;
        result.issueId = issueId;
        result.articleCount = int(parsed.articles.size());
        if (!replaced.isEmpty())
            result.reason = Msg::tr("replaced %1").arg(replaced.join(u", "_s));
    } catch (const std::exception &e) {
        const auto *database = dynamic_cast<const DatabaseError *>(&e);
        result.status = ImportStatus::Failed;
        result.reason = database ? database->message() : QString::fromLocal8Bit(e.what());
        result.articleCount = 0;
    }
    return result;
}

} // namespace Baoku::Core
