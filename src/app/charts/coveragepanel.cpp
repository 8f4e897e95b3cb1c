#include "app/charts/coveragepanel.h"

#include "app/charts/coveragecontroller.h"
#include "app/charts/coverageview.h"
#include "app/common/dateformat.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Baoku::App {

CoveragePanel::CoveragePanel(QWidget *parent)
    : QWidget(parent)
    , m_paper(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_view(new CoverageView(this))
{
    setObjectName(u"coveragePanel"_s);
    m_paper->setObjectName(u"coverageNewspaper"_s);
    m_summary->setObjectName(u"coverageSummary"_s);
    m_paper->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_summary->setWordWrap(true);
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(false);
    m_scroll->setBackgroundRole(QPalette::Base);
    auto *top = new QHBoxLayout;
    top->addWidget(m_paper);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_scroll, 1);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &CoveragePanel::showPaper);
    connect(m_view, &CoverageView::issueActivated, this, &CoveragePanel::issueActivated);
    retranslate();
}

void CoveragePanel::setDatabasePath(const QString &path)
{
    delete m_controller;
    m_controller = new CoverageController(path, this);
    connect(m_controller, &CoverageController::ready, this, &CoveragePanel::showData);
    reload();
}

void CoveragePanel::reload()
{
    m_dirty = true;
    if (!m_controller || !isVisible())
        return;
    m_dirty = false;
    m_controller->load();
}

void CoveragePanel::showData(const CoverageData &data)
{
    const QString shown = m_paper->currentIndex() >= 0 ? m_data.papers.value(m_paper->currentIndex()).newspaper : QString();
    m_data = data;
    {
        const QSignalBlocker blocker(m_paper);
        m_paper->clear();
        int keep = 0;
        for (int i = 0; i < m_data.papers.size(); ++i) {
            const QString &name = m_data.papers.at(i).newspaper;
            m_paper->addItem(name.isEmpty() ? tr("(no newspaper name)") : name);
            if (name == shown)
                keep = i;
        }
        m_paper->setCurrentIndex(m_data.papers.isEmpty() ? -1 : keep);
    }
    m_paper->setVisible(m_data.papers.size() > 1);
    showPaper(m_paper->currentIndex());
    emit loaded();
}

void CoveragePanel::showPaper(int index)
{
    m_view->setPaper(index >= 0 ? m_data.papers.value(index) : PaperCoverage{});
    m_summary->setText(summary());
}

void CoveragePanel::reveal(const QDate &date)
{
    const QRect cell = m_view->cellRect(date);
    if (!cell.isEmpty())
        m_scroll->ensureVisible(cell.center().x(), cell.center().y(), cell.width() * 2, cell.height() * 2);
}

QString CoveragePanel::summary() const
{
    if (!m_data.error.isEmpty())
        return tr("Could not read the archive: %1").arg(m_data.error);
    const PaperCoverage &paper = m_view->paper();
    if (!paper.first.isValid())
        return tr("The archive holds no dated issue.");
    const QLocale locale;
    QStringList days;
    for (int d : paper.weekdays)
        days.append(locale.dayName(d, QLocale::ShortFormat));
    return tr("%1 – %2: %n issue(s); appears on %3; %4 publication days without an issue; %5 announced pages "
              "not held. Click a day to open its issue.", nullptr, paper.issueCount())
        .arg(DateFormat::text(paper.first), DateFormat::text(paper.last), QLocale().createSeparatedList(days),
             locale.toString(paper.gapCount()), locale.toString(paper.missingPageCount()));
}

void CoveragePanel::retranslate()
{
    m_paper->setToolTip(tr("Newspaper"));
    for (int i = 0; i < m_data.papers.size(); ++i) {
        if (m_data.papers.at(i).newspaper.isEmpty())
            m_paper->setItemText(i, tr("(no newspaper name)"));
    }
    m_summary->setText(summary());
    m_view->update();
}

void CoveragePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

void CoveragePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Baoku::App
