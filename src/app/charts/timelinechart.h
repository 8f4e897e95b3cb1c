// The timeline chart: one group of bars per year or month, one bar per query, raw counts or hits
// per 1,000 articles. Drawn with QPainter, so the same code paints the widget, the PNG and the SVG,
// and the hit-testing of a click (periodAt) is plain geometry a test can check. docs/app.md.
#pragma once

#include "app/charts/timelinecontroller.h"

#include <QDate>
#include <QWidget>

namespace Baoku::App {

class TimelineChart final : public QWidget {
    Q_OBJECT
public:
    explicit TimelineChart(QWidget *parent = nullptr);

    void setData(const TimelineData &data);
    const TimelineData &data() const { return m_data; }
    void setPerArticles(bool on);
    bool perArticles() const { return m_perArticles; }
    // Periods inside [from, to] are shaded: the date filter a click on a bar set.
    void setHighlight(const QDate &from, const QDate &to);
    void setMessage(const QString &text); // shown instead of the bars while there are none

    // The period whose column holds `pos` (widget coordinates), or -1.
    int periodAt(const QPoint &pos) const;
    int currentPeriod() const { return m_current; }
    // The series whose bar column (at any height) holds `pos`, or -1.
    int queryAt(const QPoint &pos) const;
    // Where the bar of `query` in `period` is drawn in the widget (empty for a zero value).
    QRect barRect(int query, int period) const;
    QColor seriesColor(int query) const;

    // Draws the chart into `rect`; `forExport` draws dark on white whatever the theme.
    void render(QPainter &painter, const QRect &rect, bool forExport) const;
    bool savePng(const QString &path, const QSize &size) const;
    bool saveSvg(const QString &path, const QSize &size, const QString &title) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // `query`: the series whose bar column was clicked, -1 between the bars or from the keyboard.
    void periodClicked(int period, int query);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Geometry {
        QRect plot;
        double slot = 0;     // width of one period's column
        double barWidth = 0;
        double top = 1;      // the value at the plot's top edge
        double step = 1;     // between grid lines
        int labelEvery = 1;  // periods between x labels
        int legendTop = 0;
    };
    Geometry geometry(const QRect &rect, const QFontMetrics &metrics) const;
    QRectF bar(const Geometry &g, int query, int period) const;
    double maxValue() const;
    QString valueText(double value) const;
    QString toolTipAt(const QPoint &pos) const;
    bool highlighted(int period) const;

    TimelineData m_data;
    bool m_perArticles = false;
    QDate m_from;
    QDate m_to;
    QString m_message;
    int m_current = -1; // the period the keyboard is on (Left/Right, Enter filters)
};

} // namespace Baoku::App
