// Runs searches on a worker thread with its own archive connection; every request carries a
// token and answers to any but the newest search are dropped.
#pragma once

#include "app/common/backgroundthread.h"
#include "app/search/searchtypes.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace Baoku::App {

class SearchBackend;

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
    void firstPage(const Baoku::App::SearchPage &page); // a new result set
    void nextPage(const Baoku::App::SearchPage &page);  // more rows of the current set

private:
    // Runs on the search thread, with the thread's own archive connection.
    static SearchPage run(SearchBackend &backend, const QString &databasePath, const SearchRequest &request,
                          quint64 token, const std::shared_ptr<std::atomic<quint64>> &latest);
    void post(const SearchRequest &request, quint64 token);
    void onPage(const SearchPage &page);

    QString m_databasePath;
    std::shared_ptr<std::atomic<quint64>> m_latest; // read by the search thread to skip stale work
    std::shared_ptr<SearchBackend> m_backend;       // used on the search thread only
    SearchRequest m_request;
    quint64 m_token = 0;
    // Where the current search's last page ended, and the row the next page starts at (-1: none).
    Core::SearchCursor m_cursor;
    qint64 m_cursorRow = -1;
    int m_dropped = 0;
    int m_busy = 0;
    BackgroundThread m_thread; // last: stopped before the members its jobs use
};

} // namespace Baoku::App
