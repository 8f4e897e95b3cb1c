#include "app/search/searchcontroller.h"

#include "app/search/searchbackend.h"

#include "core/common/progress.h"

#include <QElapsedTimer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Baoku::App {

SearchController::SearchController(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<SearchRequest>();
    qRegisterMetaType<SearchPage>();
    m_worker = new SearchWorker(databasePath, m_latest);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::pageReady, this, &SearchController::onPage, Qt::QueuedConnection);
    m_thread->setObjectName(u"search"_s);
    m_thread->start();
}

SearchController::~SearchController()
{
    m_latest->store(~quint64(0)); // makes queued requests stale so the thread ends quickly
    m_thread->quit();
    m_thread->wait();
}

quint64 SearchController::search(const SearchRequest &request)
{
    m_request = request;
    m_token = m_token + 1;
    m_latest->store(m_token);
    emit started(m_token);
    if (request.query.trimmed().isEmpty()) {
        SearchPage empty;
        empty.token = m_token;
        emit firstPage(empty);
        return m_token;
    }
    ++m_busy;
    QMetaObject::invokeMethod(m_worker, "run", Qt::QueuedConnection, Q_ARG(Baoku::App::SearchRequest, request),
                              Q_ARG(quint64, m_token));
    return m_token;
}

void SearchController::fetch(quint64 token, int offset)
{
    if (token != m_token)
        return;
    SearchRequest request = m_request;
    request.offset = offset;
    ++m_busy;
    QMetaObject::invokeMethod(m_worker, "run", Qt::QueuedConnection, Q_ARG(Baoku::App::SearchRequest, request),
                              Q_ARG(quint64, token));
}

void SearchController::onPage(const SearchPage &page)
{
    m_busy = std::max(0, m_busy - 1);
    if (page.token != m_token) {
        ++m_dropped;
        return;
    }
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

struct SearchWorker::State final {
    SearchBackend backend;
};

SearchWorker::SearchWorker(QString databasePath, std::shared_ptr<std::atomic<quint64>> latest)
    : m_state(std::make_unique<State>())
    , m_databasePath(std::move(databasePath))
    , m_latest(std::move(latest))
{
}

SearchWorker::~SearchWorker() = default;

void SearchWorker::run(const SearchRequest &request, quint64 token)
{
    SearchPage page;
    page.token = token;
    page.offset = request.offset;
    // A newer search was started while this one waited in the queue: answer nothing.
    if (token != m_latest->load()) {
        emit pageReady(page);
        return;
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!m_state->backend.isOpen() && !m_state->backend.open(m_databasePath, &error)) {
        page.error = error;
    } else {
        // Typing on makes this search stale: stop it inside SQLite rather than finish it.
        StaleListener stale(m_latest, token);
        page = m_state->backend.run(request, &stale);
        page.token = token;
        page.offset = request.offset;
    }
    page.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    emit pageReady(page);
}

} // namespace Baoku::App
