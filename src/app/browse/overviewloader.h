// Reads the archive's issue list and people list on a worker thread with its own connection, so
// the window can be read and searched at once on a large archive: at 1,000,000 articles the two
// lists took seconds on the GUI thread at every start (docs/benchmarks.md, issue 15).
#pragma once

#include "app/common/backgroundthread.h"

#include "core/store/archive.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace Baoku::App {

class OverviewLoader final : public QObject {
    Q_OBJECT
public:
    enum class List { Issues, People };

    explicit OverviewLoader(const QString &databasePath, QObject *parent = nullptr);
    ~OverviewLoader() override;

    // Reads the list again; the answer of an earlier request for it that is still running is
    // dropped, so a reload after an import never shows the list from before it.
    void load(List list);
    bool isLoading(List list) const;
    int droppedCount() const { return m_dropped; }
    // Tests: runs on the worker after each list is read, before it is handed over (e.g. to hold it
    // back while the archive changes).
    void setWorkerHook(std::function<void(List)> hook);

signals:
    void issuesLoaded(const QList<Baoku::Core::IssueSummary> &issues, const QString &error);
    void peopleLoaded(const QList<Baoku::Core::PersonSummary> &people, const QString &error);

private:
    struct Worker; // the worker thread's connection and hook
    void deliver(List list, quint64 token, const std::function<void()> &emitter);

    QString m_databasePath;
    std::shared_ptr<Worker> m_worker;
    quint64 m_tokens[2] = {0, 0};    // the newest request per list
    quint64 m_delivered[2] = {0, 0}; // the newest answer shown per list
    int m_dropped = 0;
    BackgroundThread m_thread; // last: stopped before the members its jobs use
};

} // namespace Baoku::App
