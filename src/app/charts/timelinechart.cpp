#include "app/charts/timelinechart.h"

#include <QHelpEvent>
#include <QImage>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolTip>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Baoku::App {

namespace {

// Distinct on light and dark backgrounds, and for the common colour-vision deficiencies (Okabe–Ito).
const QColor kColors[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                          QColor(0xCC, 0x79, 0xA7), QColor(0xD5, 0x5E, 0x00), QColor(0x56, 0xB4, 0xE9),
                          QColor(0x8C, 0x6D, 0x1F), QColor(0x59, 0x59, 0x59)};

// 1, 2 or 5 times a power of ten, at least `raw`.
double niceStep(double raw)
{
    if (raw <= 0)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double f : {1.0, 2.0, 5.0, 10.0}) {
        if (f * power >= raw)
            return f * power;
    }
    return 10 * power;
}

QDate periodStart(const QString &period)
{
    return period.size() == 4 ? QDate(period.toInt(), 1, 1) : QDate::fromString(period + u"-01"_s, Qt::ISODate);
}

QDate periodEnd(const QString &period)
{
    const QDate start = periodStart(period);
    return period.size() == 4 ? start.addYears(1).addDays(-1) : start.addMonths(1).addDays(-1);
}

} // namespace

TimelineChart::TimelineChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"timelineChart"_s);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
}

void TimelineChart::setData(const TimelineData &data)
{
    m_data = data;
    m_current = std::min(m_current, int(m_data.trend.periods.size()) - 1);
    update();
}

void TimelineChart::setPerArticles(bool on)
{
    m_perArticles = on;
    update();
}

void TimelineChart::setHighlight(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    update();
}

void TimelineChart::setMessage(const QString &text)
{
    m_message = text;
    update();
}

QColor TimelineChart::seriesColor(int query) const
{
    return kColors[query % int(std::size(kColors))];
}

double TimelineChart::maxValue() const
{
    double most = 0;
    for (qsizetype q = 0; q < m_data.trend.hits.size(); ++q) {
        for (qsizetype p = 0; p < m_data.trend.periods.size(); ++p)
            most = std::max(most, m_data.value(q, p, m_perArticles));
    }
    return most;
}

QString TimelineChart::valueText(double value) const
{
    if (!m_perArticles || value == std::floor(value))
        return QLocale().toString(qint64(std::llround(value)));
    return QLocale().toString(value, 'f', value < 10 ? 1 : 0);
}

bool TimelineChart::highlighted(int period) const
{
    if (!m_from.isValid() && !m_to.isValid())
        return false;
    const QString &name = m_data.trend.periods.at(period);
    return (!m_from.isValid() || periodStart(name) >= m_from) && (!m_to.isValid() || periodEnd(name) <= m_to);
}

TimelineChart::Geometry TimelineChart::geometry(const QRect &rect, const QFontMetrics &metrics) const
{
    Geometry g;
    const int line = metrics.height();
    const qsizetype periods = m_data.trend.periods.size();
    const qsizetype series = std::max<qsizetype>(1, m_data.trend.hits.size());
    g.step = niceStep(std::max(maxValue(), 1e-9) / 4);
    g.top = std::max(g.step, std::ceil(maxValue() / g.step) * g.step);
    const int labelWidth = std::max(metrics.horizontalAdvance(valueText(g.top)), metrics.horizontalAdvance(u"0"_s));
    g.legendTop = rect.top() + 4;
    g.plot = QRect(QPoint(rect.left() + labelWidth + 12, rect.top() + line + 14),
                   QPoint(rect.right() - 8, rect.bottom() - line - 8));
    if (periods == 0 || g.plot.width() <= 0 || g.plot.height() <= 0)
        return g;
    g.slot = double(g.plot.width()) / double(periods);
    g.barWidth = g.slot * (periods > 1 ? 0.8 : 0.5) / double(series);
    // x labels no closer than their own width; months step by whole quarters or years.
    const int textWidth = metrics.horizontalAdvance(m_data.trend.periods.last()) + 10;
    const int need = int(std::ceil(textWidth / g.slot));
    g.labelEvery = 1;
    if (need > 1) {
        const bool months = m_data.trend.periods.first().size() > 4;
        const QList<int> steps = months ? QList<int>{2, 3, 6, 12, 24, 60, 120} : QList<int>{2, 5, 10, 20, 50, 100};
        g.labelEvery = steps.last();
        for (int s : steps) {
            if (s >= need) {
                g.labelEvery = s;
                break;
            }
        }
    }
    return g;
}

QRectF TimelineChart::bar(const Geometry &g, int query, int period) const
{
    const double value = m_data.value(query, period, m_perArticles);
    if (value <= 0 || g.slot <= 0)
        return {};
    const qsizetype series = std::max<qsizetype>(1, m_data.trend.hits.size());
    const double groupLeft = g.plot.left() + period * g.slot + (g.slot - g.barWidth * double(series)) / 2;
    const double height = std::max(1.0, double(g.plot.height()) * value / g.top);
    return QRectF(groupLeft + query * g.barWidth, g.plot.bottom() + 1 - height, std::max(1.0, g.barWidth), height);
}

void TimelineChart::render(QPainter &painter, const QRect &rect, bool forExport) const
{
    const QColor background = forExport ? QColor(Qt::white) : palette().color(QPalette::Base);
    const QColor text = forExport ? QColor(Qt::black) : palette().color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(40);
    painter.save();
    painter.fillRect(rect, background);
    painter.setFont(font());
    const QFontMetrics metrics = painter.fontMetrics();
    const Geometry g = geometry(rect, metrics);
    const qsizetype periods = m_data.trend.periods.size();
    if (periods == 0 || g.slot <= 0) {
        painter.setPen(text);
        painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, m_message);
        painter.restore();
        return;
    }
    // The legend: a swatch and the query, in the order of the bars.
    int x = g.plot.left();
    for (qsizetype q = 0; q < m_data.queries.size(); ++q) {
        const int box = metrics.ascent() - 2;
        painter.fillRect(QRect(x, g.legendTop + (metrics.height() - box) / 2, box, box), seriesColor(int(q)));
        x += box + 4;
        painter.setPen(text);
        painter.drawText(QPoint(x, g.legendTop + metrics.ascent()), m_data.queries.at(q));
        x += metrics.horizontalAdvance(m_data.queries.at(q)) + 16;
    }
    // What a bar counts, at the right end of the legend line.
    const QString unit = m_perArticles ? tr("Matching articles per 1,000 articles of the period") : tr("Matching articles");
    painter.setPen(text);
    painter.drawText(QPoint(g.plot.right() - metrics.horizontalAdvance(unit), g.legendTop + metrics.ascent()), unit);
    // Shaded columns for the periods the date filter keeps.
    QColor shade = forExport ? QColor(255, 220, 120) : palette().color(QPalette::Highlight);
    shade.setAlpha(60);
    for (int p = 0; p < periods; ++p) {
        if (highlighted(p))
            painter.fillRect(QRectF(g.plot.left() + p * g.slot, g.plot.top(), g.slot, g.plot.height()), shade);
    }
    // Grid lines and their values.
    for (double v = 0; v <= g.top + g.step / 2; v += g.step) {
        const int y = g.plot.bottom() - int(std::lround(double(g.plot.height()) * v / g.top));
        painter.setPen(v == 0 ? text : grid);
        painter.drawLine(g.plot.left(), y, g.plot.right(), y);
        painter.setPen(text);
        const QString label = valueText(v);
        painter.drawText(QPoint(g.plot.left() - 6 - metrics.horizontalAdvance(label), y + metrics.ascent() / 2 - 1), label);
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (int p = 0; p < periods; ++p) {
        for (int q = 0; q < m_data.trend.hits.size(); ++q) {
            const QRectF r = bar(g, q, p);
            if (!r.isEmpty())
                painter.fillRect(r, seriesColor(q));
        }
        if (p == m_current && !forExport && hasFocus()) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
            painter.drawRect(QRectF(g.plot.left() + p * g.slot, g.plot.top(), g.slot, g.plot.height()).adjusted(0, 0, -1, -1));
        }
        if (p % g.labelEvery == 0) {
            const QString label = m_data.trend.periods.at(p);
            const double centre = g.plot.left() + (p + 0.5) * g.slot;
            painter.setPen(text);
            painter.drawText(QPointF(centre - metrics.horizontalAdvance(label) / 2.0, g.plot.bottom() + 4 + metrics.ascent()),
                             label);
        }
    }
    painter.restore();
}

void TimelineChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    render(painter, rect(), false);
}

int TimelineChart::periodAt(const QPoint &pos) const
{
    const Geometry g = geometry(rect(), fontMetrics());
    if (g.slot <= 0 || !g.plot.adjusted(0, 0, 1, 1).contains(pos))
        return -1;
    const int period = int((pos.x() - g.plot.left()) / g.slot);
    return period >= 0 && period < m_data.trend.periods.size() ? period : -1;
}

int TimelineChart::queryAt(const QPoint &pos) const
{
    const int period = periodAt(pos);
    const qsizetype series = m_data.trend.hits.size();
    if (period < 0 || series == 0)
        return -1;
    const Geometry g = geometry(rect(), fontMetrics());
    const double groupLeft = g.plot.left() + period * g.slot + (g.slot - g.barWidth * double(series)) / 2;
    const int query = int(std::floor((pos.x() - groupLeft) / g.barWidth));
    return query >= 0 && query < series ? query : -1;
}

QRect TimelineChart::barRect(int query, int period) const
{
    return bar(geometry(rect(), fontMetrics()), query, period).toAlignedRect();
}

void TimelineChart::mousePressEvent(QMouseEvent *event)
{
    const int period = event->button() == Qt::LeftButton ? periodAt(event->position().toPoint()) : -1;
    if (period >= 0) {
        m_current = period; // the keyboard goes on from here
        update();
        emit periodClicked(period, queryAt(event->position().toPoint()));
    }
    else
        QWidget::mousePressEvent(event);
}

void TimelineChart::keyPressEvent(QKeyEvent *event)
{
    const int periods = int(m_data.trend.periods.size());
    int next = m_current;
    switch (event->key()) {
    case Qt::Key_Left: next = std::max(0, m_current - 1); break;
    case Qt::Key_Right: next = std::min(periods - 1, m_current + 1); break;
    case Qt::Key_Home: next = 0; break;
    case Qt::Key_End: next = periods - 1; break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0)
            emit periodClicked(m_current, -1);
        return;
    default: QWidget::keyPressEvent(event); return;
    }
    if (periods > 0 && next != m_current) {
        m_current = next;
        update();
    }
}

QString TimelineChart::toolTipAt(const QPoint &pos) const
{
    const int period = periodAt(pos);
    if (period < 0)
        return {};
    QString text = u"<b>"_s + m_data.trend.periods.at(period) + u"</b>"_s;
    for (qsizetype q = 0; q < m_data.queries.size(); ++q)
        text += u"<br>"_s + m_data.queries.at(q).toHtmlEscaped() + u": "_s + valueText(m_data.value(q, period, m_perArticles));
    text += u"<br>"_s + tr("%1 articles in the archive").arg(QLocale().toString(m_data.trend.articles.value(period)));
    return text;
}

bool TimelineChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

bool TimelineChart::savePng(const QString &path, const QSize &size) const
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    render(painter, QRect(QPoint(0, 0), size), true);
    painter.end();
    return image.save(path, "PNG");
}

bool TimelineChart::saveSvg(const QString &path, const QSize &size, const QString &title) const
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title);
    svg.setResolution(96); // the fonts' point sizes as on a screen, not at SVG's default 72 dpi
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    render(painter, QRect(QPoint(0, 0), size), true);
    return painter.end();
}

QSize TimelineChart::sizeHint() const
{
    return {640, 240};
}

QSize TimelineChart::minimumSizeHint() const
{
    return {240, 120};
}

} // namespace Baoku::App
