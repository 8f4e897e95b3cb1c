#include "app/import/queueindexer.h"
#include "app/common/workerprogress.h"

#include "core/store/archive.h"

using namespace Qt::StringLiterals;

namespace Baoku::App {

QueueIndexer::QueueIndexer(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_thread(u"index queue"_s, QThread::LowPriority)
{
}

QueueIndexer::~QueueIndexer()
{
    if (m_cancel)
        m_cancel->store(true); // stops between portions; what was committed stays indexed
    m_thread.stop();
}

void QueueIndexer::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const QString path = m_databasePath;
    auto cancel = m_cancel;
    m_thread.post([this, path, cancel] {
        Core::Archive archive;
        QString error;
        qint64 total = 0;
        if (archive.open(path, &error, Core::OpenMode::Existing)) {
            total = archive.pendingIndex();
            const auto report = [this](qint64 done, qint64 all, const QString &) { emit progressed(done, all); };
            WorkerProgress listener(WorkerProgress::queuedTo(this, report), cancel);
            archive.indexPending(&listener, &error);
        }
        QMetaObject::invokeMethod(
            this,
            [this, total, error] {
                m_running = false;
                emit finished(total, error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace Baoku::App
