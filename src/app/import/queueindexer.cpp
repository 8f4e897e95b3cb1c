#include "app/import/queueindexer.h"

#include "core/common/progress.h"
#include "core/store/archive.h"

using namespace Qt::StringLiterals;

namespace Baoku::App {

namespace {

// Core progress as queued signals; the flag is set when the window goes.
class Listener final : public Core::ProgressListener {
public:
    Listener(QueueIndexer *indexer, std::shared_ptr<std::atomic_bool> cancel)
        : m_indexer(indexer), m_cancel(std::move(cancel)) {}
    void progress(qint64 done, qint64 total, const QString &) override
    {
        QueueIndexer *indexer = m_indexer;
        QMetaObject::invokeMethod(indexer, [indexer, done, total] { emit indexer->progressed(done, total); },
                                  Qt::QueuedConnection);
    }
    bool isCancelled() const override { return m_cancel->load(); }

private:
    QueueIndexer *m_indexer;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace

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
            Listener listener(this, cancel);
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
