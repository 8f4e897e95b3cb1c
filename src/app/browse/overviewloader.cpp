#include "app/browse/overviewloader.h"
#include "app/common/freedmemory.h"

#include <QFileInfo>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace Baoku::App {

struct OverviewLoader::Worker final {
    Core::Archive archive; // opened on the worker thread at its first job
    QMutex hookMutex;
    std::function<void(List)> hook;
    std::atomic<quint64> latest[2] = {0, 0}; // lets a queued request that is already stale skip its read
};

OverviewLoader::OverviewLoader(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_worker(std::make_shared<Worker>())
    , m_thread(u"overview"_s)
{
    qRegisterMetaType<QList<Core::IssueSummary>>();
    qRegisterMetaType<QList<Core::PersonSummary>>();
}

OverviewLoader::~OverviewLoader()
{
    m_worker->latest[0].store(~quint64(0)); // queued requests become stale: the thread ends soon
    m_worker->latest[1].store(~quint64(0));
    m_thread.stop();
}

void OverviewLoader::setWorkerHook(std::function<void(List)> hook)
{
    QMutexLocker lock(&m_worker->hookMutex);
    m_worker->hook = std::move(hook);
}

bool OverviewLoader::isLoading(List list) const
{
    const int i = int(list);
    return m_delivered[i] != m_tokens[i];
}

void OverviewLoader::load(List list)
{
    const int i = int(list);
    const quint64 token = ++m_tokens[i];
    m_worker->latest[i].store(token);
    const auto hook = [worker = m_worker](List which) {
        QMutexLocker lock(&worker->hookMutex);
        if (worker->hook)
            worker->hook(which);
    };
    m_thread.post([this, list, token, hook, worker = m_worker, path = m_databasePath] {
        if (worker->latest[int(list)].load() != token)
            return; // a newer request follows in the queue; its answer is the one shown
        QString error;
        if (!worker->archive.isOpen()) {
            const auto mode = QFileInfo::exists(path) ? Core::OpenMode::Existing : Core::OpenMode::Create;
            worker->archive.open(path, &error, mode);
        }
        if (list == List::Issues) {
            QList<Core::IssueSummary> issues;
            if (worker->archive.isOpen())
                issues = worker->archive.issues();
            if (error.isEmpty() && issues.isEmpty())
                error = worker->archive.lastError();
            hook(list);
            QMetaObject::invokeMethod(this, [this, token, issues, error] {
                deliver(List::Issues, token, [&] { emit issuesLoaded(issues, error); });
            }, Qt::QueuedConnection);
        } else {
            QList<Core::PersonSummary> people;
            if (worker->archive.isOpen())
                people = worker->archive.people();
            if (error.isEmpty() && people.isEmpty())
                error = worker->archive.lastError();
            hook(list);
            releaseFreedMemory(); // grouping every byline
            QMetaObject::invokeMethod(this, [this, token, people, error] {
                deliver(List::People, token, [&] { emit peopleLoaded(people, error); });
            }, Qt::QueuedConnection);
        }
    });
}

void OverviewLoader::deliver(List list, quint64 token, const std::function<void()> &emitter)
{
    const int i = int(list);
    if (token != m_tokens[i]) {
        ++m_dropped; // a reload was asked for meanwhile: this list may predate it
        return;
    }
    m_delivered[i] = token;
    emitter();
}

} // namespace Baoku::App
