// Counts a search's facets off the GUI thread, on the archive's counting thread (CountingThread,
// shared with the timeline), in the project's background-work idiom: every request carries a
// token, a newer request cancels the running one inside SQLite, and answers to any but the newest
// are dropped.
#pragma once

#include "core/search/facets.h"
#include "core/search/searcher.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace Baoku::App {

class AnswerGate;
class CountingThread;

class FacetController final : public QObject {
    Q_OBJECT
public:
    explicit FacetController(const QString &databasePath, QObject *parent = nullptr);
    ~FacetController() override;

    // Starts counting; an empty query answers at once with no facets.
    quint64 count(const Core::SearchRequest &request);
    int droppedCount() const { return m_dropped; }
    const CountingThread *countingThread() const { return m_thread.get(); }

signals:
    void ready(const Baoku::Core::FacetResult &result);

private:
    void onDone(const Core::FacetResult &result, quint64 token);

    std::shared_ptr<CountingThread> m_thread;
    std::shared_ptr<AnswerGate> m_gate;
    std::shared_ptr<std::atomic<quint64>> m_latest; // read by the thread to stop stale work
    quint64 m_token = 0;
    int m_dropped = 0;
};

} // namespace Baoku::App

Q_DECLARE_METATYPE(Baoku::Core::SearchRequest)
Q_DECLARE_METATYPE(Baoku::Core::FacetResult)
