// How long core operations report progress and learn that the user cancelled.
#pragma once

#include <QString>

#include <atomic>

namespace Baoku::Core {

// The app wraps this in a QObject that emits signals; the CLI draws a bar on stderr.
class ProgressListener {
public:
    virtual ~ProgressListener() = default;
    virtual void progress(qint64 done, qint64 total, const QString &what) = 0;
    virtual bool isCancelled() const { return false; }
};

// A listener that ignores progress and cancels when its flag is set, e.g. from another thread.
class CancelFlag final : public ProgressListener {
public:
    void progress(qint64, qint64, const QString &) override {}
    bool isCancelled() const override { return m_cancelled.load(std::memory_order_relaxed); }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }

private:
    std::atomic_bool m_cancelled{false};
};

} // namespace Baoku::Core
