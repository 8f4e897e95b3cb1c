// The left pane: a calendar marking days with issues, the year → month → issue tree, and people.
#pragma once

#include "core/store/archive.h"

#include <QWidget>

class QCalendarWidget;
class QLabel;
class QLineEdit;
class QListView;
class QTabWidget;
class QTreeView;

namespace Baoku::App {

class IssueTreeModel;
class PeopleModel;

class BrowserPanel final : public QWidget {
    Q_OBJECT
public:
    explicit BrowserPanel(QWidget *parent = nullptr);

    // The issue list is read on a worker (OverviewLoader): "loading…" until setIssues().
    void setIssuesLoading();
    bool issuesLoaded() const { return m_issuesLoaded; }
    void setIssues(const QList<Core::IssueSummary> &issues);
    // The people list is read when its tab is first shown (seconds at a million articles):
    // peopleWanted() then, and again when it is shown after peopleOutOfDate().
    void peopleOutOfDate();
    bool peopleLoaded() const { return m_peopleCurrent; }
    void setPeople(const QList<Core::PersonSummary> &people);
    void selectIssue(qint64 issueId); // shows it in the tree and calendar without emitting
    // Opens the issue on that date, else the nearest one; returns the date opened, none if no issue.
    std::optional<QDate> jumpToDate(const QDate &date);
    QLabel *noIssueNote() const { return m_noIssue; }
    QLabel *issuesLoadingNote() const { return m_issuesLoading; }
    QLabel *peopleLoadingNote() const { return m_peopleLoading; }
    IssueTreeModel *issueModel() const { return m_issueModel; }
    PeopleModel *peopleModel() const { return m_peopleModel; }
    QCalendarWidget *calendar() const { return m_calendar; }
    QTreeView *issueTree() const { return m_tree; }
    QListView *peopleList() const { return m_people; }
    QTabWidget *tabs() const { return m_tabs; } // others add their tabs (Collections)
    void retranslate();

signals:
    void issueActivated(qint64 issueId);
    void personActivated(qint64 personId, const QString &name);
    void peopleWanted();

private:
    void markCalendar();
    void requestPeopleIfShown();
    void onDateClicked(const QDate &date);

    QTabWidget *m_tabs;
    QCalendarWidget *m_calendar;
    QTreeView *m_tree;
    QLineEdit *m_peopleFilter;
    QListView *m_people;
    QLabel *m_noIssue; // "No issue on …; nearest: …" under the calendar
    QLabel *m_issuesLoading;
    QLabel *m_peopleLoading;
    QWidget *m_peoplePage;
    IssueTreeModel *m_issueModel;
    PeopleModel *m_peopleModel;
    QList<QDate> m_marked;
    bool m_selecting = false;
    bool m_issuesLoaded = false;
    bool m_peopleCurrent = false;   // the list shown is the archive's as it is now
    bool m_peopleRequested = false; // peopleWanted() was emitted and no list came since
};

} // namespace Baoku::App
