#include "app/reader/readerpanel.h"

#include "app/reader/findbar.h"
#include "app/reader/readerview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Baoku::App {

ReaderPanel::ReaderPanel(QWidget *parent)
    : QWidget(parent)
    , m_reader(new ReaderView(this))
    , m_findBar(new FindBar(m_reader, this))
    , m_hitBar(new QWidget(this))
    , m_hitLabel(new QLabel(m_hitBar))
    , m_previousHit(new QToolButton(m_hitBar))
    , m_nextHit(new QToolButton(m_hitBar))
    , m_nextResult(new QToolButton(m_hitBar))
{
    setObjectName(u"readerPanel"_s);
    m_hitLabel->setObjectName(u"hitLabel"_s);
    m_previousHit->setArrowType(Qt::UpArrow);
    m_nextHit->setArrowType(Qt::DownArrow);
    m_nextResult->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *hitLayout = new QHBoxLayout(m_hitBar);
    hitLayout->setContentsMargins(6, 2, 6, 2);
    hitLayout->addWidget(m_hitLabel, 1);
    hitLayout->addWidget(m_previousHit);
    hitLayout->addWidget(m_nextHit);
    hitLayout->addWidget(m_nextResult);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_hitBar);
    layout->addWidget(m_reader, 1);
    layout->addWidget(m_findBar);
    m_hitBar->hide();

    connect(m_previousHit, &QToolButton::clicked, this, &ReaderPanel::previousHitRequested);
    connect(m_nextHit, &QToolButton::clicked, this, &ReaderPanel::nextHitRequested);
    connect(m_nextResult, &QToolButton::clicked, this, &ReaderPanel::nextResultRequested);
    connect(m_reader, &ReaderView::hitsChanged, this, &ReaderPanel::updateHits);
    retranslate();
}

void ReaderPanel::setHitBarVisible(bool visible)
{
    m_hitBar->setVisible(visible);
    updateHits();
}

bool ReaderPanel::isHitBarVisible() const
{
    return !m_hitBar->isHidden();
}

void ReaderPanel::setNextResultEnabled(bool enabled)
{
    m_nextResult->setEnabled(enabled);
    m_nextResult->setToolTip(enabled ? tr("Open the next search result (Ctrl+Down)") : tr("This is the last result."));
}

void ReaderPanel::updateHits()
{
    const int count = m_reader->searchHitCount();
    if (count == 0)
        m_hitLabel->setText(tr("No hit in this article's text"));
    else
        m_hitLabel->setText(tr("Hit %1 of %2").arg(m_reader->currentSearchHit() + 1).arg(count));
}

void ReaderPanel::addPane(QWidget *pane)
{
    layout()->addWidget(pane);
}

void ReaderPanel::retranslate()
{
    m_previousHit->setToolTip(tr("Previous hit (Ctrl+Shift+J)"));
    m_nextHit->setToolTip(tr("Next hit (Ctrl+J)"));
    m_nextResult->setText(tr("Next Result"));
    setNextResultEnabled(m_nextResult->isEnabled());
    m_findBar->retranslate();
    updateHits();
}

} // namespace Baoku::App
