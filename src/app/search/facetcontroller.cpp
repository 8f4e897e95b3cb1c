#include "app/search/facetcontroller.h"
#include "app/common/freedmemory.h"

#include "core/common/progress.h"
#include "core/store/archive.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace Baoku::App {

namespace {

const QList<Core::Facet> kFacets = {Core::Facet::Year, Core::Facet::Month, Core::Facet::Newspaper,
                                    Core::Facet::Page, Core::Facet::Column, Core::Facet::Author};

class StaleFlag final : public Core::ProgressListener {
public:
    StaleFlag(std::shared_ptr<std::atomic<quint64>> latest, quint64 token)
        : m_latest(std::move(latest)), m_token(token) {}
    void progress(qint64, qint64, const QString &) override {}
    bool isCancelled() const override { return m_latest->load() != m_token; }

private:
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_token;
};

} // namespace

FacetController::FacetController(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<Core::SearchRequest>();
    qRegisterMetaType<Core::FacetResult>();
    m_worker = new FacetWorker(databasePath, m_latest);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &FacetWorker::done, this, [this](const Core::FacetResult &result, quint64 token) {
        if (token != m_token) {
            ++m_dropped;
            return;
        }
        emit ready(result);
    }, Qt::QueuedConnection);
    m_thread->setObjectName(u"facets"_s);
    m_thread->start();
}

FacetController::~FacetController()
{
    m_latest->store(~quint64(0));
    m_thread->quit();
    m_thread->wait();
}

quint64 FacetController::count(const Core::SearchRequest &request)
{
    m_latest->store(++m_token);
    if (request.query.trimmed().isEmpty()) {
        emit ready({});
        return m_token;
    }
    QMetaObject::invokeMethod(m_worker, "run", Qt::QueuedConnection, Q_ARG(Baoku::Core::SearchRequest, request),
                              Q_ARG(quint64, m_token));
    return m_token;
}

struct FacetWorker::State final {
    Core::Archive archive; // its facet counter keeps the table between requests
};

FacetWorker::FacetWorker(QString databasePath, std::shared_ptr<std::atomic<quint64>> latest)
    : m_state(std::make_unique<State>())
    , m_databasePath(std::move(databasePath))
    , m_latest(std::move(latest))
{
}

FacetWorker::~FacetWorker() = default;

void FacetWorker::run(const Core::SearchRequest &request, quint64 token)
{
    Core::FacetResult result;
    if (token != m_latest->load()) {
        emit done(result, token); // stale while it waited
        return;
    }
    QString error;
    if (!m_state->archive.isOpen() && !m_state->archive.open(m_databasePath, &error)) {
        result.error = error;
        emit done(result, token);
        return;
    }
    StaleFlag stale(m_latest, token);
    result = m_state->archive.facets(request, kFacets, &stale);
    releaseFreedMemory();
    emit done(result, token);
}

} // namespace Baoku::App
