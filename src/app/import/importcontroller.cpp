#include "app/import/importcontroller.h"
#include "app/common/freedmemory.h"
#include "app/common/workerprogress.h"

#include "core/pg/pgconnection.h"
#include "core/store/archive.h"
#include "core/store/pgimporter.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSet>
#include <QTextEdit>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Baoku::App {

ImportController::ImportController(QString databasePath, QWidget *window)
    : QObject(window)
    , m_databasePath(std::move(databasePath))
    , m_window(window)
    , m_thread(u"import"_s, QThread::LowPriority)
{
    connect(this, &ImportController::progressed, this, &ImportController::onProgress);
}

ImportController::~ImportController()
{
    if (m_cancel)
        m_cancel->store(true);
    m_thread.stop();
}

bool ImportController::start(const QStringList &paths, bool showSummary)
{
    if (m_running || paths.isEmpty())
        return false;
    m_running = true;
    m_showSummary = showSummary;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_dialog = new QProgressDialog(tr("Preparing the import…"), tr("Cancel"), 0, 0, m_window);
    m_dialog->setObjectName(u"importProgress"_s);
    m_dialog->setWindowTitle(tr("Importing"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, &ImportController::cancel);

    // The worker opens its own connection: SQLite handles must not cross threads.
    const QString database = m_databasePath;
    auto cancelFlag = m_cancel;
    m_thread.post([this, database, paths, cancelFlag] {
        QList<Core::ImportResult> results;
        const auto report = [this](qint64 done, qint64 total, const QString &what) {
            emit progressed(int(done), int(total), what);
        };
        WorkerProgress listener(WorkerProgress::queuedTo(this, report), cancelFlag);
        Core::Archive archive;
        QString error;
        if (!archive.open(database, &error)) {
            results << Core::ImportResult{database, Core::ImportStatus::Failed, error, 0, 0};
        } else if (archive.isRemote()) {
            // Into a shared archive as baoku-cli import does: all of the import's issues in one
            // transaction at the end (docs/shared-archives.md).
            Core::PgConnection connection;
            if (!connection.open(database, &error)) {
                results << Core::ImportResult{Core::PgConnection::displayUrl(database), Core::ImportStatus::Failed, error, 0, 0};
            } else {
                const Core::PgImportOutcome outcome = Core::PgImporter(connection).importPaths(paths, {}, &listener);
                results = outcome.files;
                if (results.isEmpty() && !outcome.published.error.isEmpty())
                    results << Core::ImportResult{Core::PgConnection::displayUrl(database), Core::ImportStatus::Failed,
                                                  outcome.published.error, 0, 0};
            }
        } else {
            results = Core::Importer(archive).importPaths(paths, {}, &listener);
        }
        releaseFreedMemory(); // the check and the import read the whole archive
        QMetaObject::invokeMethod(this, [this, results] { onFinished(results); }, Qt::QueuedConnection);
    });
    return true;
}

void ImportController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_dialog)
        m_dialog->setLabelText(tr("Cancelling after the current file…"));
}

void ImportController::onProgress(int done, int total, const QString &file)
{
    if (!m_dialog || m_cancel->load())
        return;
    m_dialog->setMaximum(total);
    m_dialog->setValue(done);
    m_dialog->setLabelText(tr("File %1 of %2\n%3").arg(std::min(done + 1, total)).arg(total)
                               .arg(QFileInfo(file).fileName()));
}

void ImportController::onFinished(const QList<Core::ImportResult> &results)
{
    m_running = false;
    const bool cancelled = m_cancel->load();
    if (m_dialog)
        m_dialog->deleteLater();
    emit finished(results);
    if (!m_showSummary)
        return;
    auto *box = new QMessageBox(m_window);
    box->setObjectName(u"importSummary"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Import finished"));
    QString text = summaryText(results);
    if (cancelled)
        text = tr("The import was cancelled.") + u"\n"_s + text;
    box->setText(text);
    const QString details = failureDetails(results);
    box->setIcon(details.isEmpty() ? QMessageBox::Information : QMessageBox::Warning);
    if (!details.isEmpty()) {
        box->setInformativeText(tr("Every failure and its reason are listed under Show Details."));
        box->setDetailedText(details);
        // QMessageBox's details pane is a few lines high; give the list room to be read.
        if (auto *pane = box->findChild<QTextEdit *>()) {
            pane->setMinimumSize(640, 260);
            pane->setLineWrapMode(QTextEdit::NoWrap);
        }
    }
    m_summary = box;
    box->open();
}

QString ImportController::summaryText(const QList<Core::ImportResult> &results)
{
    int imported = 0, skipped = 0, failed = 0, articles = 0;
    for (const auto &result : results) {
        if (result.status == Core::ImportStatus::Imported) {
            ++imported;
            articles += result.articleCount;
        } else if (result.status == Core::ImportStatus::Skipped) {
            ++skipped;
        } else {
            ++failed;
        }
    }
    return tr("Imported: %1 file(s) with %2 article(s)\nAlready in the archive: %3\nFailed: %4")
        .arg(imported).arg(articles).arg(skipped).arg(failed);
}

QString ImportController::failureDetails(const QList<Core::ImportResult> &results)
{
    // One entry per failed file: its path on one line, the reason indented below it without the
    // path again (decoding errors start with the path), so nothing is listed twice.
    QStringList entries;
    QSet<QString> seen;
    for (const auto &result : results) {
        if (result.status != Core::ImportStatus::Failed)
            continue;
        const QString path = QDir::toNativeSeparators(result.path);
        QString reason = result.reason;
        for (const QString &prefix : QStringList{path + u": "_s, QFileInfo(result.path).fileName() + u": "_s}) {
            if (reason.startsWith(prefix))
                reason = reason.mid(prefix.size());
        }
        const QString entry = path + u"\n    "_s + reason.replace(path, QFileInfo(result.path).fileName());
        if (!seen.contains(entry)) {
            seen.insert(entry);
            entries << entry;
        }
    }
    return entries.join(u"\n\n"_s);
}

} // namespace Baoku::App
