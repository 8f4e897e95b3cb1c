// Reads what the archive holds (issues, pages held and announced) on a worker thread with its own
// archive connection, since at a million articles the read takes longer than a frame; a token per
// request drops answers to any but the newest.
#pragma once

#include "app/charts/coveragedata.h"
#include "app/common/backgroundthread.h"

#include <QObject>

#include <memory>

namespace Baoku::App {

class CoverageController final : public QObject {
    Q_OBJECT
public:
    explicit CoverageController(const QString &databasePath, QObject *parent = nullptr);
    ~CoverageController() override;

    quint64 load(); // returns the request's token
    bool isBusy() const { return m_busy > 0; }

signals:
    void ready(const Baoku::App::CoverageData &data);

private:
    struct State; // the worker thread's archive connection, touched only there
    QString m_databasePath;
    std::shared_ptr<State> m_state;
    quint64 m_token = 0;
    int m_busy = 0;
    BackgroundThread m_thread; // last: stopped before the members its jobs use
};

} // namespace Baoku::App
