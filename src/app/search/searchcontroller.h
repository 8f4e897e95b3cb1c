// Runs searches on a worker thread with its own archive connection; every request carries a
// token and answers to any but the newest search are dropped.
#pragma once

#include "app/search/searchtypes.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace Baoku::App {

class SearchWorker;

class SearchController final : public QObject {
    Q_OBJECT
public:
    explicit SearchController(const QString &databasePath, QObject *parent = nullptr);
    ~SearchController() override;

    // Starts a new search and returns its token; an empty query cancels the current one.
    quint64 search(const SearchRequest &request);
    // Asks for more rows of the current search.
    void fetch(quint64 token, int offset);
    quint64 currentToken() const { return m_token; }
    const SearchRequest &currentRequest() const { return m_request; }
    int droppedCount() const { return m_dropped; }
    bool isBusy() const { return m_busy > 0; }

signals:
    void started(quint64 token);
    void firstPage(const Baoku::App::SearchPage &page); // a new result set
    void nextPage(const Baoku::App::SearchPage &page);  // more rows of the current set

private:
    void onPage(const SearchPage &page);

    QThread *m_thread;
    SearchWorker *m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest; // read by the worker to skip stale work
    SearchRequest m_request;
    quint64 m_token = 0;
    int m_dropped = 0;
    int m_busy = 0;
};

// Lives on the search thread; answers requests with the core search API.
class SearchWorker final : public QObject {
    Q_OBJECT
public:
    SearchWorker(QString databasePath, std::shared_ptr<std::atomic<quint64>> latest);
    ~SearchWorker() override;

public slots:
    void run(const Baoku::App::SearchRequest &request, quint64 token);

signals:
    void pageReady(const Baoku::App::SearchPage &page);

private:
    struct State;
    std::unique_ptr<State> m_state;
    QString m_databasePath;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

} // namespace Baoku::App

Q_DECLARE_METATYPE(Baoku::App::SearchRequest)
