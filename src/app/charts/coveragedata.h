// What the archive holds per newspaper and day, for the coverage calendar: the issue of a day with
// its pages held and announced (今日N版), and the paper's publication weekdays, inferred from the
// issues it holds, so that an expected day without an issue shows as a gap.
#pragma once

#include "core/store/archive.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Baoku::App {

struct CoverageDay final {
    qint64 issueId = 0;
    int pagesHeld = 0;
    std::optional<int> pagesAnnounced;
};

struct PaperCoverage final {
    enum class State { Outside, NoIssueExpected, Gap, Partial, Full };

    QString newspaper; // empty: issues without a newspaper's name
    QDate first;
    QDate last;
    QHash<QDate, CoverageDay> days;
    QList<int> weekdays; // publication days, 1 (Monday) … 7

    State state(const QDate &date) const;
    const CoverageDay *day(const QDate &date) const; // null without an issue
    int issueCount() const { return int(days.size()); }
    int gapCount() const;          // expected days without an issue, first to last
    int missingPageCount() const;  // announced pages not held, over the issues held
};

struct CoverageData final {
    quint64 token = 0;
    QList<PaperCoverage> papers; // by name, the one without a name last
    QString error;

    // One paper per newspaper; issues without a date are left out.
    static CoverageData from(const QList<Core::IssueSummary> &issues);
};

} // namespace Baoku::App

Q_DECLARE_METATYPE(Baoku::App::CoverageData)
