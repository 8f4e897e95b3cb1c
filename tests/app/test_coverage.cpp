// The Coverage dock on the made-up archive: each paper's days, pages and gaps equal what the
// archive's issue list says, and a click on a day opens that issue (a gap opens nothing).
#include "app/charts/chartdocks.h"
#include "app/charts/coveragecontroller.h"
#include "app/charts/coveragepanel.h"
#include "app/charts/coverageview.h"
#include "app/settings/appsettings.h"
#include "app/settings/languagemanager.h"
#include "app/window/mainwindow.h"
#include "core/store/archive.h"
#include "researcharchive.h"
#include "testarchive.h"
#include "windowwait.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDockWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Baoku;

TEST_CASE("Coverage shows each paper's issues, missing pages and gaps; a click on a day opens its issue")
{
    QTemporaryDir dir;
    // Two years, one article a page: the publication days, gaps and missing pages are random.
    const QString path = Tests::createResearchArchive(dir.path(), QDate(2023, 1, 1), QDate(2024, 12, 31), 1, 7);
    App::AppSettings::instance().setLast(-1, -1);
    App::LanguageManager languages;
    languages.apply(u"en"_s);
    App::MainWindow window(path, &languages);
    window.resize(1400, 900);
    window.show();
    REQUIRE(Tests::openArchiveAndWait(window));
    App::CoveragePanel *coverage = window.charts()->coverage();
    CHECK(coverage->data().papers.isEmpty()); // read only once shown
    window.charts()->coverageDock()->show();
    REQUIRE(Tests::waitUntil([&] { return !coverage->controller()->isBusy() && !coverage->data().papers.isEmpty(); }));

    const QList<Core::IssueSummary> issues = window.archive().issues();
    for (const Core::IssueSummary &issue : issues) // what the made-up mastheads announce
        CHECK(issue.announcedPages == (issue.newspaper == u"中国电子报"_s ? 4 : 2));
    REQUIRE(coverage->data().papers.size() == 2);
    CHECK(coverage->newspaperBox()->count() == 2);
    for (const App::PaperCoverage &paper : coverage->data().papers) {
        INFO(paper.newspaper.toStdString());
        // Brute force over the archive's issue list.
        QHash<QDate, Core::IssueSummary> byDate;
        for (const Core::IssueSummary &issue : issues) {
            if (issue.newspaper == paper.newspaper)
                byDate.insert(issue.date, issue);
        }
        const QList<int> expectedDays = paper.newspaper == u"中国电子报"_s ? QList<int>{2, 5} : QList<int>{4};
        CHECK(paper.weekdays == expectedDays);
        CHECK(paper.issueCount() == byDate.size());
        int gaps = 0;
        int missingPages = 0;
        int partial = 0;
        for (QDate d = paper.first; d <= paper.last; d = d.addDays(1)) {
            const auto issue = byDate.constFind(d);
            App::PaperCoverage::State expected = App::PaperCoverage::State::NoIssueExpected;
            if (issue != byDate.cend()) {
                const bool lacking = issue->pageCount < issue->announcedPages.value_or(0);
                expected = lacking ? App::PaperCoverage::State::Partial : App::PaperCoverage::State::Full;
                missingPages += std::max(0, issue->announcedPages.value_or(0) - issue->pageCount);
                partial += lacking;
            } else if (expectedDays.contains(d.dayOfWeek())) {
                expected = App::PaperCoverage::State::Gap;
                ++gaps;
            }
            CHECK(paper.state(d) == expected);
        }
        CHECK(paper.gapCount() == gaps);
        CHECK(paper.missingPageCount() == missingPages);
        CHECK(gaps > 0);    // the made-up archive leaves days out …
        CHECK(partial > 0); // … and pages
        CHECK(paper.state(paper.first.addDays(-1)) == App::PaperCoverage::State::Outside);
    }

    // A click on a day with an issue opens it; pick one that is not open yet.
    App::CoverageView *view = coverage->view();
    const App::PaperCoverage &shown = view->paper();
    QDate day;
    for (QDate d = shown.last; d >= shown.first && !day.isValid(); d = d.addDays(-1)) {
        const App::CoverageDay *held = shown.day(d);
        if (held && held->issueId != window.currentIssue() && shown.state(d) == App::PaperCoverage::State::Partial)
            day = d;
    }
    REQUIRE(day.isValid());
    coverage->reveal(day);
    const QRect cell = view->cellRect(day);
    REQUIRE_FALSE(cell.isEmpty());
    CHECK(view->dateAt(cell.center()) == day);
    CHECK_FALSE(view->dateAt(cell.bottomRight() + QPoint(1, 1)).isValid()); // the gap between cells
    QTest::mouseClick(view, Qt::LeftButton, {}, cell.center());
    CHECK(window.currentIssue() == shown.day(day)->issueId);
    CHECK(window.archive().issue(window.currentIssue())->summary.date == day);
    CHECK(coverage->summary().contains(u"publication days without an issue"_s));

    // A gap opens nothing.
    QDate gap;
    for (QDate d = shown.first; d <= shown.last && !gap.isValid(); d = d.addDays(1)) {
        if (shown.state(d) == App::PaperCoverage::State::Gap)
            gap = d;
    }
    REQUIRE(gap.isValid());
    const qint64 open = window.currentIssue();
    coverage->reveal(gap);
    QTest::mouseClick(view, Qt::LeftButton, {}, view->cellRect(gap).center());
    CHECK(window.currentIssue() == open);

    // From the keyboard: a week back from the clicked day (Left), then Enter opens that week's issue.
    view->setFocus();
    QTest::mouseClick(view, Qt::LeftButton, {}, view->cellRect(day).center());
    QTest::keyClick(view, Qt::Key_Left);
    CHECK(view->currentDate() == day.addDays(-7));
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Up);
    CHECK(view->currentDate() == day.addDays(-7));
    QTest::keyClick(view, Qt::Key_Return);
    if (const App::CoverageDay *held = shown.day(day.addDays(-7)))
        CHECK(window.currentIssue() == held->issueId);
    else
        CHECK(window.currentIssue() == shown.day(day)->issueId); // a gap opens nothing

    // A corrected date moves the issue in the calendar: its old day becomes a gap, the gap is filled.
    const qint64 moved = shown.day(day)->issueId;
    REQUIRE(window.archive().setIssueDate(moved, gap));
    window.reloadArchive();
    REQUIRE(Tests::waitForIssues(window));
    REQUIRE(Tests::waitUntil([&] { return !coverage->controller()->isBusy() && view->paper().day(gap); }));
    CHECK(view->paper().day(gap)->issueId == moved);
    CHECK(view->paper().state(day) == App::PaperCoverage::State::Gap);

    // The other paper's calendar.
    coverage->newspaperBox()->setCurrentIndex(1);
    CHECK(view->paper().newspaper == coverage->data().papers.at(1).newspaper);
}

TEST_CASE("Coverage infers publication days and ignores an odd special issue")
{
    QList<Core::IssueSummary> issues;
    qint64 id = 1;
    for (QDate d(2024, 1, 1); d <= QDate(2024, 3, 31); d = d.addDays(1)) {
        if (d.dayOfWeek() == 1 && d != QDate(2024, 2, 12)) // Mondays, one left out
            issues.append({id++, d, Core::DateSource::Masthead, u"周刊"_s, {}, 8, 8, 3});
    }
    issues.append({id++, QDate(2024, 2, 4), Core::DateSource::Masthead, u"周刊"_s, {}, 2, 8, 1}); // a Sunday special
    issues.append({id++, QDate(2024, 2, 5), Core::DateSource::Masthead, QString(), {}, 1, {}, 1});
    const App::CoverageData data = App::CoverageData::from(issues);
    REQUIRE(data.papers.size() == 2);
    CHECK(data.papers.at(0).newspaper == u"周刊"_s);
    CHECK(data.papers.at(1).newspaper.isEmpty()); // the paper without a name comes last
    const App::PaperCoverage &weekly = data.papers.at(0);
    CHECK(weekly.weekdays == QList<int>{1});
    CHECK(weekly.gapCount() == 1);
    CHECK(weekly.state(QDate(2024, 2, 12)) == App::PaperCoverage::State::Gap);
    CHECK(weekly.state(QDate(2024, 2, 4)) == App::PaperCoverage::State::Partial);
    CHECK(weekly.state(QDate(2024, 2, 11)) == App::PaperCoverage::State::NoIssueExpected);
    CHECK(weekly.missingPageCount() == 6);
    CHECK(data.papers.at(1).state(QDate(2024, 2, 5)) == App::PaperCoverage::State::Full); // nothing announced
}
