// Counts the timeline (hits per year or month for several queries) on the archive's counting thread
// (CountingThread, shared with the facets, whose walk over the current query's hits it reuses), in
// the app's background-work idiom: every request carries a token, a newer request interrupts the
// running count inside SQLite, and answers to any but the newest are dropped.
#pragma once

#include "core/search/facets.h"
#include "core/search/searcher.h"

#include <QMetaType>
#include <QObject>

#include <atomic>
#include <memory>

namespace Baoku::App {

class AnswerGate;
class CountingThread;

// What the chart shows: the trend of `queries` (as typed) with the value a bar has.
struct TimelineData final {
    quint64 token = 0;
    QStringList queries;
    Core::TrendPeriod period = Core::TrendPeriod::Year;
    Core::TrendResult trend;

    // A count, or hits per 1,000 articles of the period (0 for a period without articles).
    double value(qsizetype query, qsizetype at, bool perArticles) const;
    // A period column, the articles held, then one column per query (as `baoku-cli trend --csv`).
    QString csv(bool perArticles) const;
};

class TimelineController final : public QObject {
    Q_OBJECT
public:
    explicit TimelineController(const QString &databasePath, QObject *parent = nullptr);
    ~TimelineController() override;

    // Starts counting `queries` (core syntax) with the filters of `filters`; returns its token.
    quint64 count(const QStringList &queries, Core::TrendPeriod period, const Core::SearchRequest &filters);
    bool isBusy() const { return m_busy > 0; }
    int droppedCount() const { return m_dropped; }
    const CountingThread *countingThread() const { return m_thread.get(); }

signals:
    void ready(const Baoku::App::TimelineData &data);

private:
    void onDone(const TimelineData &data);

    std::shared_ptr<CountingThread> m_thread;
    std::shared_ptr<AnswerGate> m_gate;
    std::shared_ptr<std::atomic<quint64>> m_latest; // read by the worker to stop stale work
    quint64 m_token = 0;
    int m_busy = 0;
    int m_dropped = 0;
};

} // namespace Baoku::App

Q_DECLARE_METATYPE(Baoku::App::TimelineData)
