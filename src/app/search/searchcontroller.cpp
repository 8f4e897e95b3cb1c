#include "app/search/searchcontroller.h"

#include "app/search/searchbackend.h"
#include "app/common/freedmemory.h"

#include "core/common/progress.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace Baoku::App {

SearchController::SearchController(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
    , m_backend(std::make_shared<SearchBackend>())
    , m_thread(u"search"_s)
{
    qRegisterMetaType<SearchPage>();
}

SearchController::~SearchController()
{
    m_latest->store(~quint64(0)); // makes queued requests stale so the thread ends quickly
    m_thread.stop();
}

quint64 SearchController::search(const SearchRequest &request)
{
    m_request = request;
    m_request.after = {};
    m_cursorRow = -1;
    m_token = m_token + 1;
    m_latest->store(m_token);
    if (request.query.trimmed().isEmpty()) {
        SearchPage empty;
        empty.token = m_token;
        emit firstPage(empty);
        return m_token;
    }
    post(request, m_token);
    return m_token;
}

void SearchController::fetch(quint64 token, int offset)
{
    if (token != m_token)
        return;
    SearchRequest request = m_request;
    request.offset = offset;
    // Continue after the last row rather than skip `offset` rows: scrolling to row 50,000 of a
    // common query then costs what its first page did.
    if (offset == m_cursorRow)
        request.after = m_cursor;
    post(request, token);
}

void SearchController::post(const SearchRequest &request, quint64 token)
{
    ++m_busy;
    m_thread.post([this, request, token, backend = m_backend, path = m_databasePath, latest = m_latest] {
        const SearchPage page = run(*backend, path, request, token, latest);
        QMetaObject::invokeMethod(this, [this, page] { onPage(page); }, Qt::QueuedConnection);
    });
}

void SearchController::onPage(const SearchPage &page)
{
    m_busy = std::max(0, m_busy - 1);
    if (page.token != m_token) {
        ++m_dropped;
        return;
    }
    m_cursor = page.next;
    m_cursorRow = page.next.valid ? page.offset + page.hits.size() : -1;
    if (page.offset == 0)
        emit firstPage(page);
    else
        emit nextPage(page);
}

namespace {
class StaleListener final : public Core::ProgressListener {
public:
    StaleListener(std::shared_ptr<std::atomic<quint64>> latest, quint64 token)
        : m_latest(std::move(latest)), m_token(token) {}
    void progress(qint64, qint64, const QString &) override {}
    bool isCancelled() const override { return m_latest->load() != m_token; }

private:
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_token;
};
} // namespace

SearchPage SearchController::run(SearchBackend &backend, const QString &databasePath, const SearchRequest &request,
                                 quint64 token, const std::shared_ptr<std::atomic<quint64>> &latest)
{
    SearchPage page;
    page.token = token;
    page.offset = request.offset;
    // A newer search was started while this one waited in the queue: answer nothing.
    if (token != latest->load())
        return page;
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!backend.isOpen() && !backend.open(databasePath, &error)) {
        page.error = error;
    } else {
        // Typing on makes this search stale: stop it inside SQLite rather than finish it.
        StaleListener stale(latest, token);
        page = backend.run(request, &stale);
        page.token = token;
        page.offset = request.offset;
    }
    page.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    if (request.offset == 0)
        releaseFreedMemory(); // the count of a first page read the whole doclist of each term
    return page;
}

} // namespace Baoku::App
