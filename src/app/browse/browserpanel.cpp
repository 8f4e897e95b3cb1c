#include "app/browse/browserpanel.h"

#include "app/browse/issuedays.h"
#include "app/browse/issuetreemodel.h"
#include "app/common/dateformat.h"
#include "app/browse/peoplemodel.h"

#include <QCalendarWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTabWidget>
#include <QTextCharFormat>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Baoku::App {

BrowserPanel::BrowserPanel(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_calendar(new QCalendarWidget(this))
    , m_tree(new QTreeView(this))
    , m_peopleFilter(new QLineEdit(this))
    , m_people(new QListView(this))
    , m_noIssue(new QLabel(this))
    , m_issuesLoading(new QLabel(this))
    , m_peopleLoading(new QLabel(this))
    , m_peoplePage(new QWidget(this))
    , m_issueModel(new IssueTreeModel(this))
    , m_peopleModel(new PeopleModel(this))
{
    setObjectName(u"browserPanel"_s);
    m_calendar->setObjectName(u"calendar"_s);
    m_tree->setObjectName(u"issueTree"_s);
    m_people->setObjectName(u"peopleList"_s);
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_tree->setModel(m_issueModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_people->setModel(m_peopleModel);
    m_people->setUniformItemSizes(true);
    m_peopleFilter->setClearButtonEnabled(true);
    m_noIssue->setObjectName(u"noIssueNote"_s);
    m_noIssue->setWordWrap(true);
    m_noIssue->setTextFormat(Qt::RichText);
    m_noIssue->hide();
    for (QLabel *loading : {m_issuesLoading, m_peopleLoading}) {
        loading->setAlignment(Qt::AlignCenter);
        loading->setEnabled(false); // greyed, as a placeholder
        loading->hide();
    }
    m_issuesLoading->setObjectName(u"issuesLoading"_s);
    m_peopleLoading->setObjectName(u"peopleLoading"_s);
    connect(m_noIssue, &QLabel::linkActivated, this, [this](const QString &link) {
        const qint64 id = link.mid(6).toLongLong(); // "issue:ID"
        m_noIssue->hide();
        selectIssue(id);
        emit issueActivated(id);
    });

    auto *dates = new QWidget(this);
    auto *datesLayout = new QVBoxLayout(dates);
    datesLayout->setContentsMargins(0, 0, 0, 0);
    datesLayout->addWidget(m_calendar);
    datesLayout->addWidget(m_noIssue);
    datesLayout->addWidget(m_issuesLoading);
    datesLayout->addWidget(m_tree, 1);
    auto *peopleLayout = new QVBoxLayout(m_peoplePage);
    peopleLayout->setContentsMargins(0, 0, 0, 0);
    peopleLayout->addWidget(m_peopleFilter);
    peopleLayout->addWidget(m_peopleLoading);
    peopleLayout->addWidget(m_people, 1);
    m_tabs->addTab(dates, QString());
    m_tabs->addTab(m_peoplePage, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, &BrowserPanel::requestPeopleIfShown);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_calendar, &QCalendarWidget::clicked, this, &BrowserPanel::onDateClicked);
    connect(m_calendar, &QCalendarWidget::activated, this, &BrowserPanel::onDateClicked);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        const QVariant id = index.data(IssueIdRole);
        if (!m_selecting && id.isValid()) {
            m_selecting = true;
            m_calendar->setSelectedDate(index.data(DateRole).toDate());
            m_selecting = false;
            emit issueActivated(id.toLongLong());
        }
    });
    connect(m_peopleFilter, &QLineEdit::textChanged, m_peopleModel, &PeopleModel::setFilter);
    connect(m_people->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit personActivated(index.data(PersonIdRole).toLongLong(), index.data(TitleRole).toString());
    });
    retranslate();
}

void BrowserPanel::retranslate()
{
    m_tabs->setTabText(0, tr("Dates"));
    m_tabs->setTabText(1, tr("People"));
    m_peopleFilter->setPlaceholderText(tr("Filter people"));
    m_issuesLoading->setText(tr("Loading the issues…"));
    m_peopleLoading->setText(tr("Loading the people…"));
    m_calendar->setLocale(QLocale());
    // Tree and list labels come from tr() and the locale at paint time; lay them out again.
    m_tree->doItemsLayout();
    m_people->doItemsLayout();
}

void BrowserPanel::setIssuesLoading()
{
    m_issuesLoaded = false;
    m_issuesLoading->show();
}

void BrowserPanel::setIssues(const QList<Core::IssueSummary> &issues)
{
    m_issuesLoaded = true;
    m_issuesLoading->hide();
    m_issueModel->setIssues(issues);
    markCalendar();
    if (m_issueModel->rowCount() > 0) {
        // Open the newest year and month (of the first newspaper, when there are several) so the
        // most recent issues are one click away.
        QModelIndex year = m_issueModel->index(0, 0);
        if (m_issueModel->groupedByNewspaper()) {
            m_tree->expand(year);
            year = m_issueModel->index(0, 0, year);
        }
        m_tree->expand(year);
        m_tree->expand(m_issueModel->index(0, 0, year));
    }
}

void BrowserPanel::peopleOutOfDate()
{
    m_peopleCurrent = false;
    m_peopleRequested = false; // a list still being read predates the change: ask again
    requestPeopleIfShown();
}

void BrowserPanel::requestPeopleIfShown()
{
    if (m_tabs->currentWidget() != m_peoplePage || m_peopleCurrent || m_peopleRequested)
        return;
    m_peopleRequested = true;
    m_peopleLoading->show();
    emit peopleWanted();
}

void BrowserPanel::setPeople(const QList<Core::PersonSummary> &people)
{
    m_peopleCurrent = true;
    m_peopleRequested = false;
    m_peopleLoading->hide();
    m_peopleModel->setPeople(people);
}

void BrowserPanel::markCalendar()
{
    m_marked = IssueDays::mark(m_calendar, m_issueModel->issues(), m_marked);
}

void BrowserPanel::onDateClicked(const QDate &date)
{
    if (m_selecting)
        return;
    const QList<qint64> ids = m_issueModel->issuesOn(date);
    if (!ids.isEmpty()) {
        m_noIssue->hide();
        selectIssue(ids.first());
        emit issueActivated(ids.first());
        return;
    }
    // Say so instead of moving the selection silently, and offer the closest issue.
    const auto nearest = IssueDays::nearest(m_issueModel->issues(), date);
    QString text = tr("No issue on %1.").arg(DateFormat::text(date));
    if (nearest)
        text += u" "_s + tr("Nearest: <a href=\"issue:%1\">%2</a>").arg(nearest->id).arg(DateFormat::text(nearest->date));
    m_noIssue->setText(text);
    m_noIssue->show();
}

std::optional<QDate> BrowserPanel::jumpToDate(const QDate &date)
{
    const QList<qint64> ids = m_issueModel->issuesOn(date);
    qint64 id = ids.value(0, -1);
    QDate opened = date;
    if (id < 0) {
        const auto nearest = IssueDays::nearest(m_issueModel->issues(), date);
        if (!nearest)
            return std::nullopt;
        id = nearest->id;
        opened = nearest->date;
    }
    m_noIssue->hide();
    selectIssue(id);
    emit issueActivated(id);
    return opened;
}

void BrowserPanel::selectIssue(qint64 issueId)
{
    const QModelIndex index = m_issueModel->indexOfIssue(issueId);
    if (!index.isValid())
        return;
    m_selecting = true;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    const QDate date = index.data(DateRole).toDate();
    m_calendar->setSelectedDate(date);
    m_calendar->setCurrentPage(date.year(), date.month());
    m_selecting = false;
}

} // namespace Baoku::App
