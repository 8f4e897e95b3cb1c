// The app's one idiom for long work: a thread that runs posted jobs (functors) in order, off the
// GUI thread. A job reports back with the functor form of QMetaObject::invokeMethod on a receiver
// in the GUI thread (Qt::QueuedConnection): checked by the compiler, and dropped if the receiver is
// gone. Cancelling is the job's own business: an atomic flag or the newest request's token.
#pragma once

#include <QObject>
#include <QThread>

#include <utility>

namespace Baoku::App {

class BackgroundThread final {
public:
    explicit BackgroundThread(const QString &name, QThread::Priority priority = QThread::InheritPriority);
    // Stops: the running job finishes, queued ones are dropped.
    ~BackgroundThread();
    BackgroundThread(const BackgroundThread &) = delete;
    BackgroundThread &operator=(const BackgroundThread &) = delete;

    // Runs `job` on the thread after the jobs posted before it.
    template <typename Job>
    void post(Job &&job)
    {
        QMetaObject::invokeMethod(m_context, std::forward<Job>(job), Qt::QueuedConnection);
    }
    // Waits for the running job and drops the queued ones; the owner calls it before its own
    // members, which jobs may use, go away.
    void stop();

private:
    QThread m_thread;
    QObject *m_context; // lives on m_thread, which deletes it when it finishes
};

} // namespace Baoku::App
