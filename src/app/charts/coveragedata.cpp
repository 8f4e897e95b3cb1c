#include "app/charts/coveragedata.h"

#include <QMap>

#include <algorithm>
#include <array>

namespace Baoku::App {

namespace {

// A weekday is a publication day when the paper appeared on it at least a third as often as on its
// busiest weekday: a twice-weekly paper gets its two days, and one special issue on a Sunday does
// not make every Sunday a gap.
QList<int> publicationDays(const QHash<QDate, CoverageDay> &days)
{
    std::array<int, 8> counts{};
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        ++counts[size_t(it.key().dayOfWeek())];
    const int most = *std::max_element(counts.begin(), counts.end());
    QList<int> out;
    for (int d = 1; d <= 7; ++d) {
        if (counts[size_t(d)] > 0 && 3 * counts[size_t(d)] >= most)
            out.append(d);
    }
    return out;
}

} // namespace

const CoverageDay *PaperCoverage::day(const QDate &date) const
{
    const auto it = days.constFind(date);
    return it == days.cend() ? nullptr : &it.value();
}

PaperCoverage::State PaperCoverage::state(const QDate &date) const
{
    if (const CoverageDay *held = day(date)) {
        if (held->pagesAnnounced && held->pagesHeld < *held->pagesAnnounced)
            return State::Partial;
        return State::Full;
    }
    if (date < first || date > last)
        return State::Outside;
    return weekdays.contains(date.dayOfWeek()) ? State::Gap : State::NoIssueExpected;
}

int PaperCoverage::gapCount() const
{
    int gaps = 0;
    for (QDate d = first; d.isValid() && d <= last; d = d.addDays(1)) {
        if (state(d) == State::Gap)
            ++gaps;
    }
    return gaps;
}

int PaperCoverage::missingPageCount() const
{
    int missing = 0;
    for (const CoverageDay &held : days) {
        if (held.pagesAnnounced)
            missing += std::max(0, *held.pagesAnnounced - held.pagesHeld);
    }
    return missing;
}

CoverageData CoverageData::from(const QList<Core::IssueSummary> &issues)
{
    QMap<QString, PaperCoverage> papers;
    for (const Core::IssueSummary &issue : issues) {
        if (!issue.date.isValid())
            continue;
        PaperCoverage &paper = papers[issue.newspaper];
        paper.newspaper = issue.newspaper;
        if (!paper.first.isValid() || issue.date < paper.first)
            paper.first = issue.date;
        if (!paper.last.isValid() || issue.date > paper.last)
            paper.last = issue.date;
        paper.days.insert(issue.date, CoverageDay{issue.id, issue.pageCount, issue.announcedPages});
    }
    CoverageData data;
    for (auto it = papers.begin(); it != papers.end(); ++it) {
        it->weekdays = publicationDays(it->days);
        if (!it.key().isEmpty())
            data.papers.append(*it);
    }
    if (papers.contains(QString()))
        data.papers.append(papers.value(QString()));
    return data;
}

} // namespace Baoku::App
