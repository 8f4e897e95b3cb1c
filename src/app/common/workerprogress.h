// Core progress from a worker thread: each report goes to a function, and the flag the GUI sets
// tells the core to stop. Import, the index queue and export all need exactly this.
#pragma once

#include "core/common/progress.h"

#include <QMetaObject>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>

namespace Baoku::App {

class WorkerProgress final : public Core::ProgressListener {
public:
    using Report = std::function<void(qint64 done, qint64 total, const QString &what)>;

    WorkerProgress(Report report, std::shared_ptr<std::atomic_bool> cancel)
        : m_report(std::move(report)), m_cancel(std::move(cancel)) {}

    // A report that runs `report` as a queued call in `receiver`'s thread (the GUI's).
    static Report queuedTo(QObject *receiver, Report report)
    {
        return [receiver, report = std::move(report)](qint64 done, qint64 total, const QString &what) {
            QMetaObject::invokeMethod(receiver, [report, done, total, what] { report(done, total, what); },
                                      Qt::QueuedConnection);
        };
    }

    void progress(qint64 done, qint64 total, const QString &what) override { m_report(done, total, what); }
    bool isCancelled() const override { return m_cancel->load(); }

private:
    Report m_report;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace Baoku::App
