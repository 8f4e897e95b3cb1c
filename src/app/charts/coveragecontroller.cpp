#include "app/charts/coveragecontroller.h"

#include "core/store/archive.h"

using namespace Qt::StringLiterals;

namespace Baoku::App {

struct CoverageController::State final {
    Core::Archive archive;
};

CoverageController::CoverageController(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_state(std::make_shared<State>())
    , m_thread(u"coverage"_s, QThread::LowPriority)
{
    qRegisterMetaType<CoverageData>();
}

CoverageController::~CoverageController()
{
    m_thread.stop();
}

quint64 CoverageController::load()
{
    const quint64 token = ++m_token;
    ++m_busy;
    m_thread.post([this, token, state = m_state, path = m_databasePath] {
        CoverageData data;
        QString error;
        if (!state->archive.isOpen() && !state->archive.open(path, &error, Core::OpenMode::Existing)) {
            data.error = error;
        } else {
            const QList<Core::IssueSummary> issues = state->archive.issues();
            data = CoverageData::from(issues);
            if (issues.isEmpty())
                data.error = state->archive.lastError();
        }
        data.token = token;
        QMetaObject::invokeMethod(this, [this, data] {
            m_busy = std::max(0, m_busy - 1);
            if (data.token == m_token)
                emit ready(data);
        }, Qt::QueuedConnection);
    });
    return token;
}

} // namespace Baoku::App
