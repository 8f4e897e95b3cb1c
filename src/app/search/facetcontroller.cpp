#include "app/search/facetcontroller.h"
#include "app/common/countingthread.h"
#include "app/common/freedmemory.h"

#include "core/common/progress.h"
#include "core/store/archive.h"

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
    , m_thread(CountingThread::of(databasePath))
    , m_gate(std::make_shared<AnswerGate>(this))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<Core::SearchRequest>();
    qRegisterMetaType<Core::FacetResult>();
}

FacetController::~FacetController()
{
    m_latest->store(~quint64(0)); // the running count becomes stale and stops
    m_gate->close();
}

quint64 FacetController::count(const Core::SearchRequest &request)
{
    const quint64 token = ++m_token;
    m_latest->store(token);
    if (request.query.trimmed().isEmpty()) {
        emit ready({});
        return token;
    }
    m_thread->post([this, request, token, latest = m_latest, gate = m_gate](Core::Archive *archive, const QString &error) {
        Core::FacetResult result;
        if (!archive) {
            result.error = error;
        } else if (token == latest->load()) { // else stale while it waited
            StaleFlag stale(latest, token);
            result = archive->facets(request, kFacets, &stale);
            releaseFreedMemory();
        }
        gate->deliver([this, result, token] { onDone(result, token); });
    });
    return token;
}

void FacetController::onDone(const Core::FacetResult &result, quint64 token)
{
    if (token != m_token) {
        ++m_dropped;
        return;
    }
    emit ready(result);
}

} // namespace Baoku::App
