// Indexes the articles an interrupted import stored but did not index (Archive::indexPending) on
// a worker thread, with progress as signals: opening the archive on the GUI thread does none of it.
#pragma once

#include "app/common/backgroundthread.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace Baoku::App {

class QueueIndexer final : public QObject {
    Q_OBJECT
public:
    explicit QueueIndexer(QString databasePath, QObject *parent = nullptr);
    ~QueueIndexer() override;

    // Starts unless it is running already. The worker opens its own connection; a search started
    // meanwhile indexes portions itself (each portion is a transaction), so neither waits long.
    void start();
    bool isRunning() const { return m_running; }

signals:
    void progressed(qint64 done, qint64 total);
    // `indexed` articles, or an error (another program held the write lock for the busy timeout).
    void finished(qint64 indexed, const QString &error);

private:
    QString m_databasePath;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
    BackgroundThread m_thread; // last: stopped before the members its jobs use
};

} // namespace Baoku::App
