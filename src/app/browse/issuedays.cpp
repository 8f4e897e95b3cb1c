#include "app/browse/issuedays.h"

#include <QCalendarWidget>
#include <QTextCharFormat>

#include <cstdlib>

namespace Baoku::App {

QList<QDate> IssueDays::mark(QCalendarWidget *calendar, const QList<Core::IssueSummary> &issues,
                             const QList<QDate> &previous)
{
    for (const QDate &date : previous)
        calendar->setDateTextFormat(date, {});
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    format.setForeground(calendar->palette().color(QPalette::Link));
    format.setFontUnderline(true);
    QList<QDate> marked;
    for (const auto &issue : issues) {
        if (issue.date.isValid()) {
            calendar->setDateTextFormat(issue.date, format);
            marked << issue.date;
        }
    }
    return marked;
}

std::optional<Core::IssueSummary> IssueDays::nearest(const QList<Core::IssueSummary> &issues, const QDate &date)
{
    std::optional<Core::IssueSummary> best;
    qint64 bestDistance = 0;
    for (const auto &issue : issues) {
        if (!issue.date.isValid())
            continue;
        const qint64 distance = std::abs(date.daysTo(issue.date));
        if (!best || distance < bestDistance || (distance == bestDistance && issue.date > best->date)) {
            best = issue;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace Baoku::App
