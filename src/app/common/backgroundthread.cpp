#include "app/common/backgroundthread.h"

namespace Baoku::App {

BackgroundThread::BackgroundThread(const QString &name, QThread::Priority priority)
    : m_context(new QObject)
{
    m_thread.setObjectName(name);
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start(priority);
}

BackgroundThread::~BackgroundThread()
{
    stop();
}

void BackgroundThread::stop()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
}

} // namespace Baoku::App
