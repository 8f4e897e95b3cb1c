#include "app/charts/timelinecontroller.h"
#include "app/common/countingthread.h"
#include "app/common/freedmemory.h"

#include "core/common/progress.h"
#include "core/store/archive.h"

using namespace Qt::StringLiterals;

namespace Baoku::App {

namespace {

class StaleToken final : public Core::ProgressListener {
public:
    StaleToken(std::shared_ptr<std::atomic<quint64>> latest, quint64 token)
        : m_latest(std::move(latest)), m_token(token) {}
    void progress(qint64, qint64, const QString &) override {}
    bool isCancelled() const override { return m_latest->load() != m_token; }

private:
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_token;
};

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"';
}

} // namespace

double TimelineData::value(qsizetype query, qsizetype at, bool perArticles) const
{
    const qint64 hits = trend.hits.value(query).value(at);
    if (!perArticles)
        return double(hits);
    const qint64 held = trend.articles.value(at);
    return held == 0 ? 0.0 : 1000.0 * double(hits) / double(held);
}

QString TimelineData::csv(bool perArticles) const
{
    QStringList header{period == Core::TrendPeriod::Year ? u"year"_s : u"month"_s, u"articles"_s};
    for (const QString &query : queries)
        header.append(csvField(query));
    QString out = header.join(u',') + u'\n';
    for (qsizetype p = 0; p < trend.periods.size(); ++p) {
        QStringList row{trend.periods.at(p), QString::number(trend.articles.value(p))};
        for (qsizetype q = 0; q < trend.hits.size(); ++q)
            row.append(perArticles ? QString::number(value(q, p, true), 'f', 3) : QString::number(trend.hits.at(q).value(p)));
        out += row.join(u',') + u'\n';
    }
    return out;
}

TimelineController::TimelineController(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_thread(CountingThread::of(databasePath))
    , m_gate(std::make_shared<AnswerGate>(this))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<TimelineData>();
}

TimelineController::~TimelineController()
{
    m_latest->store(~quint64(0)); // queued and running counts become stale and stop
    m_gate->close();
}

quint64 TimelineController::count(const QStringList &queries, Core::TrendPeriod period, const Core::SearchRequest &filters)
{
    const quint64 token = ++m_token;
    m_latest->store(token);
    ++m_busy;
    m_thread->post([this, token, queries, period, filters, latest = m_latest, gate = m_gate](Core::Archive *archive,
                                                                                              const QString &error) {
        TimelineData data;
        data.token = token;
        data.queries = queries;
        data.period = period;
        if (!archive) {
            data.trend.error = error;
        } else if (latest->load() == token) { // else a newer request came while this one waited
            StaleToken stale(latest, token);
            data.trend = archive->trend(queries, period, filters, &stale);
            releaseFreedMemory();
        }
        gate->deliver([this, data] { onDone(data); });
    });
    return token;
}

void TimelineController::onDone(const TimelineData &data)
{
    m_busy = std::max(0, m_busy - 1);
    if (data.token != m_token) {
        ++m_dropped;
        return;
    }
    emit ready(data);
}

} // namespace Baoku::App
