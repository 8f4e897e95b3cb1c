#include "app/common/countingthread.h"

#include "core/store/archive.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Baoku::App {

std::shared_ptr<CountingThread> CountingThread::of(const QString &databasePath)
{
    static QHash<QString, std::weak_ptr<CountingThread>> threads;
    if (std::shared_ptr<CountingThread> running = threads.value(databasePath).lock())
        return running;
    threads.removeIf([](const auto &entry) { return entry.value().expired(); });
    auto thread = std::make_shared<CountingThread>(databasePath);
    threads.insert(databasePath, thread);
    return thread;
}

CountingThread::CountingThread(const QString &databasePath)
    : m_databasePath(databasePath)
    , m_archive(std::make_unique<Core::Archive>())
    , m_thread(u"counting"_s)
{
}

CountingThread::~CountingThread()
{
    m_thread.stop();
}

void CountingThread::post(Job job)
{
    m_thread.post([this, job = std::move(job)] {
        QString error;
        if (!m_archive->isOpen() && !m_archive->open(m_databasePath, &error, Core::OpenMode::Existing)) {
            job(nullptr, error.isEmpty() ? u"?"_s : error);
            return;
        }
        job(m_archive.get(), {});
    });
}

} // namespace Baoku::App
