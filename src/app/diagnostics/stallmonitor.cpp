#include "app/diagnostics/stallmonitor.h"

#include <QTimer>

namespace Baoku::App {

StallMonitor::StallMonitor(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, &StallMonitor::tick);
}

void StallMonitor::start()
{
    m_clock.start();
    m_last = 0;
    m_timer->start();
}

void StallMonitor::stop()
{
    m_timer->stop();
}

void StallMonitor::reset()
{
    m_last = m_clock.nsecsElapsed();
    m_longestNs = 0;
    m_over100 = 0;
}

void StallMonitor::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    // The gap beyond the timer's own interval is time the event loop could not run.
    const qint64 gap = now - m_last - qint64(kTickMs) * 1000000;
    m_last = now;
    m_longestNs = std::max(m_longestNs, gap);
    if (gap > 100 * 1000000LL)
        ++m_over100;
}

} // namespace Baoku::App
