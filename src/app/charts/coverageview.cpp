#include "app/charts/coverageview.h"

#include "app/common/dateformat.h"

#include <QHash>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Baoku::App {

namespace {
constexpr int kCell = 12;
constexpr int kGap = 2;
constexpr int kPitch = kCell + kGap;
constexpr int kLeft = 84; // year and weekday labels
constexpr int kWeeks = 54;

// The column of `date` in its year's block: weeks start on Monday.
int weekColumn(const QDate &date)
{
    const QDate jan1(date.year(), 1, 1);
    return (jan1.dayOfWeek() - 1 + date.dayOfYear() - 1) / 7;
}
} // namespace

CoverageView::CoverageView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"coverageView"_s);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
}

void CoverageView::setPaper(const PaperCoverage &paper)
{
    m_paper = paper;
    m_current = paper.last;
    updateGeometry();
    resize(sizeHint());
    update();
}

QColor CoverageView::stateColor(PaperCoverage::State state, const QPalette &palette)
{
    QColor faint = palette.color(QPalette::Text);
    switch (state) {
    case PaperCoverage::State::Full: return QColor(0x1a, 0x7f, 0x37);
    case PaperCoverage::State::Partial: return QColor(0xe0, 0x9a, 0x00);
    case PaperCoverage::State::Gap: return QColor(0xd7, 0x30, 0x27);
    case PaperCoverage::State::NoIssueExpected: faint.setAlpha(45); return faint;
    case PaperCoverage::State::Outside: faint.setAlpha(15); return faint;
    }
    return faint;
}

QColor CoverageView::dayColor(const QDate &date) const
{
    const PaperCoverage::State state = m_paper.state(date);
    if (state != PaperCoverage::State::Partial)
        return stateColor(state, palette());
    // The fewer of its announced pages an issue has, the paler its amber.
    const CoverageDay *held = m_paper.day(date);
    const double share = double(held->pagesHeld) / double(std::max(1, held->pagesAnnounced.value_or(1)));
    const QColor strong = stateColor(state, palette());
    const QColor pale(0xf7, 0xdc, 0x9c);
    const auto mix = [share](int a, int b) { return int(a + (b - a) * share); };
    return QColor(mix(pale.red(), strong.red()), mix(pale.green(), strong.green()), mix(pale.blue(), strong.blue()));
}

int CoverageView::legendHeight() const
{
    return fontMetrics().height() + 12;
}

int CoverageView::blockHeight() const
{
    return fontMetrics().height() + 4 + 7 * kPitch + 10;
}

QSize CoverageView::sizeHint() const
{
    const int years = m_paper.first.isValid() ? m_paper.last.year() - m_paper.first.year() + 1 : 0;
    return {kLeft + kWeeks * kPitch + 8, legendHeight() + std::max(1, years) * blockHeight()};
}

QRect CoverageView::cellRect(const QDate &date) const
{
    if (!date.isValid() || !m_paper.first.isValid() || date.year() < m_paper.first.year()
        || date.year() > m_paper.last.year())
        return {};
    const int top = legendHeight() + (date.year() - m_paper.first.year()) * blockHeight() + fontMetrics().height() + 4;
    return {kLeft + weekColumn(date) * kPitch, top + (date.dayOfWeek() - 1) * kPitch, kCell, kCell};
}

QDate CoverageView::dateAt(const QPoint &pos) const
{
    if (!m_paper.first.isValid() || pos.y() < legendHeight() || pos.x() < kLeft)
        return {};
    const int block = (pos.y() - legendHeight()) / blockHeight();
    const int year = m_paper.first.year() + block;
    if (year > m_paper.last.year())
        return {};
    const int column = (pos.x() - kLeft) / kPitch;
    const int row = (pos.y() - legendHeight() - block * blockHeight() - fontMetrics().height() - 4) / kPitch;
    if (row < 0 || row > 6)
        return {};
    const QDate jan1(year, 1, 1);
    const QDate date = jan1.addDays(column * 7 + row - (jan1.dayOfWeek() - 1));
    return date.year() == year && cellRect(date).contains(pos) ? date : QDate();
}

void CoverageView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QFontMetrics metrics = fontMetrics();
    const QColor text = palette().color(QPalette::Text);
    // The legend.
    int x = 8;
    const int legendY = 6;
    const std::pair<PaperCoverage::State, QString> legend[] = {
        {PaperCoverage::State::Full, tr("Issue, all pages")},
        {PaperCoverage::State::Partial, tr("Issue, pages missing")},
        {PaperCoverage::State::Gap, tr("No issue on a publication day")},
        {PaperCoverage::State::NoIssueExpected, tr("Not a publication day")}};
    for (const auto &[state, label] : legend) {
        painter.fillRect(QRect(x, legendY + (metrics.height() - kCell) / 2, kCell, kCell), stateColor(state, palette()));
        x += kCell + 4;
        painter.setPen(text);
        painter.drawText(QPoint(x, legendY + metrics.ascent()), label);
        x += metrics.horizontalAdvance(label) + 16;
    }
    if (!m_paper.first.isValid())
        return;
    const QLocale locale;
    for (int year = m_paper.first.year(); year <= m_paper.last.year(); ++year) {
        const int top = legendHeight() + (year - m_paper.first.year()) * blockHeight();
        painter.setPen(text);
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(QPoint(4, top + metrics.height() + 4 + metrics.ascent()), QString::number(year));
        painter.setFont(font());
        for (int d : {1, 3, 5}) {
            const QString name = locale.dayName(d, QLocale::ShortFormat);
            painter.drawText(QPoint(kLeft - 6 - metrics.horizontalAdvance(name),
                                    top + metrics.height() + 4 + (d - 1) * kPitch + metrics.ascent() - 1),
                             name);
        }
        for (int month = 1; month <= 12; ++month) {
            const QDate first(year, month, 1);
            painter.drawText(QPoint(kLeft + weekColumn(first) * kPitch, top + metrics.ascent()),
                             locale.monthName(month, QLocale::ShortFormat));
        }
        for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
            painter.fillRect(cellRect(d), dayColor(d));
    }
    if (hasFocus() && m_current.isValid()) {
        painter.setPen(QPen(palette().color(QPalette::Text), 2));
        painter.drawRect(cellRect(m_current).adjusted(-1, -1, 1, 1));
    }
}

QString CoverageView::toolTip(const QDate &date) const
{
    QString text = DateFormat::withWeekday(date) + u"\n"_s;
    const CoverageDay *held = m_paper.day(date);
    if (held && held->pagesAnnounced)
        return text + tr("Issue held: %1 of %n page(s)", nullptr, *held->pagesAnnounced).arg(held->pagesHeld);
    if (held)
        return text + tr("Issue held: %n page(s)", nullptr, held->pagesHeld);
    QStringList days;
    for (int d : m_paper.weekdays)
        days.append(QLocale().dayName(d, QLocale::ShortFormat));
    switch (m_paper.state(date)) {
    case PaperCoverage::State::Gap:
        return text + tr("No issue in the archive; the paper appears on %1.").arg(QLocale().createSeparatedList(days));
    case PaperCoverage::State::NoIssueExpected: return text + tr("Not a publication day.");
    default: return text + tr("Outside the archive's issues of this paper.");
    }
}

void CoverageView::mousePressEvent(QMouseEvent *event)
{
    const QDate date = dateAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && date.isValid()) {
        m_current = date;
        update();
        if (const CoverageDay *held = m_paper.day(date)) {
            emit issueActivated(held->issueId);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void CoverageView::keyPressEvent(QKeyEvent *event)
{
    if (!m_paper.first.isValid()) {
        QWidget::keyPressEvent(event);
        return;
    }
    // Rows are weekdays and columns weeks, so up and down step a day, left and right a week.
    static const QHash<int, int> steps = {{Qt::Key_Up, -1}, {Qt::Key_Down, 1}, {Qt::Key_Left, -7}, {Qt::Key_Right, 7}};
    if (steps.contains(event->key())) {
        const QDate next = m_current.addDays(steps.value(event->key()));
        if (next.year() >= m_paper.first.year() && next.year() <= m_paper.last.year()) {
            m_current = next;
            update();
        }
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        if (const CoverageDay *held = m_paper.day(m_current))
            emit issueActivated(held->issueId);
        return;
    }
    QWidget::keyPressEvent(event);
}

bool CoverageView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate date = dateAt(help->pos());
        if (date.isValid())
            QToolTip::showText(help->globalPos(), toolTip(date), this, cellRect(date));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace Baoku::App
