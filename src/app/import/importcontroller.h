// Runs imports on a worker thread with a progress dialog (file i of N, cancel) and a summary.
#pragma once

#include "app/common/backgroundthread.h"

#include "core/store/importer.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace Baoku::App {

class ImportController final : public QObject {
    Q_OBJECT
public:
    ImportController(QString databasePath, QWidget *window);
    ~ImportController() override;

    // Starts importing unless an import is running; returns false then.
    bool start(const QStringList &paths, bool showSummary = true);
    bool isRunning() const { return m_running; }
    void cancel();
    QMessageBox *summaryBox() const { return m_summary; }
    static QString summaryText(const QList<Core::ImportResult> &results);
    static QString failureDetails(const QList<Core::ImportResult> &results);

signals:
    void progressed(int done, int total, const QString &file);
    void finished(const QList<Baoku::Core::ImportResult> &results);

private:
    void onProgress(int done, int total, const QString &file);
    void onFinished(const QList<Core::ImportResult> &results);

    QString m_databasePath;
    QWidget *m_window;
    QPointer<QProgressDialog> m_dialog;
    QPointer<QMessageBox> m_summary;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_showSummary = true;
    bool m_running = false;
    BackgroundThread m_thread; // last: stopped before the members its jobs use
};

} // namespace Baoku::App
