// The days that have an issue: marks them in any calendar (the Dates pane, Go to Date) and finds
// the issue nearest to a day that has none.
#pragma once

#include "core/store/archive.h"

#include <optional>

class QCalendarWidget;

namespace Baoku::App {

class IssueDays final {
public:
    // Bold, underlined, in the link colour; clears the marks of `previous` first.
    static QList<QDate> mark(QCalendarWidget *calendar, const QList<Core::IssueSummary> &issues,
                             const QList<QDate> &previous = {});
    // The dated issue closest to `date` (the later one on a tie); none when no issue has a date.
    static std::optional<Core::IssueSummary> nearest(const QList<Core::IssueSummary> &issues, const QDate &date);
};

} // namespace Baoku::App
