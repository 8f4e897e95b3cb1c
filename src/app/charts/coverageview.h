// The coverage calendar of one newspaper: a year per row block, a column per week and a cell per
// day, coloured by what the archive holds (an issue with all its announced pages, an issue missing
// pages, an expected publication day without an issue, a day the paper does not appear). A click
// on a day with an issue asks for that issue; the amber of an issue lacking pages is paler the
// more it lacks. Drawn with QPainter; cellRect/dateAt are the geometry.
#pragma once

#include "app/charts/coveragedata.h"

#include <QWidget>

namespace Baoku::App {

class CoverageView final : public QWidget {
    Q_OBJECT
public:
    explicit CoverageView(QWidget *parent = nullptr);

    void setPaper(const PaperCoverage &paper);
    const PaperCoverage &paper() const { return m_paper; }
    QRect cellRect(const QDate &date) const; // empty outside the years shown
    QDate dateAt(const QPoint &pos) const;   // invalid between cells
    QDate currentDate() const { return m_current; }
    static QColor stateColor(PaperCoverage::State state, const QPalette &palette);
    QColor dayColor(const QDate &date) const; // a partial issue paler the more pages it lacks

    QSize sizeHint() const override;

signals:
    void issueActivated(qint64 issueId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    int blockHeight() const;
    int legendHeight() const;
    QString toolTip(const QDate &date) const;

    PaperCoverage m_paper;
    QDate m_current; // the day the keyboard is on (arrows: a day or a week; Enter opens)
};

} // namespace Baoku::App
