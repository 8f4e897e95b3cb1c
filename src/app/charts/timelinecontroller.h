// Counts the timeline (hits per year or month for several queries) on a worker thread with its own
// archive connection, in the app's background-work idiom: every request carries a token, a newer
// request interrupts the running count inside SQLite, and answers to any but the newest are dropped.
#pragma once

#include "app/common/backgroundthread.h"
#include "core/search/facets.h"
#include "core/search/searcher.h"

#include <QMetaType>
#include <QObject>

#include <atomic>
#include <memory>

namespace Baoku::App {

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

signals:
    void ready(const Baoku::App::TimelineData &data);

private:
    struct State; // the worker thread's archive connection and counter, touched only there
    void onDone(const TimelineData &data);

    QString m_databasePath;
    std::shared_ptr<std::atomic<quint64>> m_latest; // read by the worker to stop stale work
    std::shared_ptr<State> m_state;
    quint64 m_token = 0;
    int m_busy = 0;
    int m_dropped = 0;
    BackgroundThread m_thread; // last: stopped before the members its jobs use
};

} // namespace Baoku::App

Q_DECLARE_METATYPE(Baoku::App::TimelineData)
