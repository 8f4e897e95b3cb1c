// Records the longest gap between ticks of a GUI-thread timer: how long the event loop stalled.
#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace Baoku::App {

class StallMonitor final : public QObject {
    Q_OBJECT
public:
    static constexpr int kTickMs = 5;

    explicit StallMonitor(QObject *parent = nullptr);
    void start();
    void stop();
    void reset(); // forgets the gaps seen so far
    double longestGapMs() const { return m_longestNs / 1e6; }
    qint64 gapsOver(int ms) const { return ms == 100 ? m_over100 : 0; }

private:
    void tick();

    QTimer *m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longestNs = 0;
    qint64 m_over100 = 0;
};

} // namespace Baoku::App
