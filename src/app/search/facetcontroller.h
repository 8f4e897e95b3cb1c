// Counts a search's facets on a worker thread with its own archive connection, in the project's
// background-work idiom: every request carries a token, a newer request cancels the running one
// inside SQLite, and answers to any but the newest are dropped.
#pragma once

#include "core/search/facets.h"
#include "core/search/searcher.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace Baoku::App {

class FacetWorker;

class FacetController final : public QObject {
    Q_OBJECT
public:
    explicit FacetController(const QString &databasePath, QObject *parent = nullptr);
    ~FacetController() override;

    // Starts counting; an empty query answers at once with no facets.
    quint64 count(const Core::SearchRequest &request);
    int droppedCount() const { return m_dropped; }

signals:
    void ready(const Baoku::Core::FacetResult &result);

private:
    QThread *m_thread;
    FacetWorker *m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_token = 0;
    int m_dropped = 0;
};

class FacetWorker final : public QObject {
    Q_OBJECT
public:
    FacetWorker(QString databasePath, std::shared_ptr<std::atomic<quint64>> latest);
    ~FacetWorker() override;

public slots:
    void run(const Baoku::Core::SearchRequest &request, quint64 token);

signals:
    void done(const Baoku::Core::FacetResult &result, quint64 token);

private:
    struct State;
    std::unique_ptr<State> m_state;
    QString m_databasePath;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

} // namespace Baoku::App

Q_DECLARE_METATYPE(Baoku::Core::SearchRequest)
Q_DECLARE_METATYPE(Baoku::Core::FacetResult)
