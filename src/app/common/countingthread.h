// The one worker thread that counts an archive's facets and timeline, with one connection: one
// facet table in memory (25–30 MB at 1,000,000 articles) instead of one per counter, loaded once,
// and the timeline of the query whose facets were just counted reuses their walk over its hits
// (FacetCounter keeps it) instead of walking them again on the other core at the same time.
#pragma once

#include "app/common/backgroundthread.h"

#include <QMutex>
#include <QString>

#include <functional>
#include <memory>

namespace Baoku::Core {
class Archive;
}

namespace Baoku::App {

// Hands a worker's answer to an object on the GUI thread until that object closes it: a thread
// shared by several owners cannot be stopped by one of them before it goes away.
class AnswerGate final {
public:
    explicit AnswerGate(QObject *receiver)
        : m_receiver(receiver) {}
    // Queues `answer` to run on the receiver's thread, unless the gate was closed.
    template <typename Answer>
    void deliver(Answer &&answer)
    {
        QMutexLocker lock(&m_mutex);
        if (m_receiver)
            QMetaObject::invokeMethod(m_receiver, std::forward<Answer>(answer), Qt::QueuedConnection);
    }
    // Called by the receiver before it is destroyed; answers after this are dropped.
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_receiver = nullptr;
    }

private:
    QMutex m_mutex;
    QObject *m_receiver;
};

class CountingThread final {
public:
    // The thread counting for this archive, shared by its facet and timeline counters while
    // either lives (GUI thread only).
    static std::shared_ptr<CountingThread> of(const QString &databasePath);

    explicit CountingThread(const QString &databasePath);
    ~CountingThread();
    CountingThread(const CountingThread &) = delete;
    CountingThread &operator=(const CountingThread &) = delete;

    // Runs `job` on the thread after the jobs posted before it, with the thread's own connection
    // (opened on first use; null with `error` set when it cannot be opened).
    using Job = std::function<void(Core::Archive *archive, const QString &error)>;
    void post(Job job);

private:
    QString m_databasePath;
    std::unique_ptr<Core::Archive> m_archive; // used on the thread only
    BackgroundThread m_thread;                // last: stopped before the archive goes
};

} // namespace Baoku::App
