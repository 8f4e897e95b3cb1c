#include "app/reader/findbar.h"

#include "app/reader/readerview.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Baoku::App {

FindBar::FindBar(ReaderView *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_field(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"findBar"_s);
    m_field->setObjectName(u"findField"_s);
    m_field->setClearButtonEnabled(true);
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);
    m_close->setText(u"✕"_s);
    m_close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) { m_reader->find(text); });
    connect(m_field, &QLineEdit::returnPressed, m_reader, &ReaderView::findNext);
    connect(m_next, &QToolButton::clicked, m_reader, &ReaderView::findNext);
    connect(m_previous, &QToolButton::clicked, m_reader, &ReaderView::findPrevious);
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    connect(m_reader, &ReaderView::hitsChanged, this, &FindBar::updateCount);
    retranslate();
    hide();
}

void FindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    if (!m_field->text().isEmpty())
        m_reader->find(m_field->text());
}

void FindBar::close()
{
    m_reader->find({});
    hide();
    m_reader->setFocus();
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers().testFlag(Qt::ShiftModifier)) {
        m_reader->findPrevious();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::updateCount()
{
    if (m_field->text().isEmpty())
        m_count->clear();
    else if (m_reader->findCount() == 0)
        m_count->setText(tr("No matches"));
    else
        m_count->setText(tr("%1 of %2").arg(m_reader->currentFind() + 1).arg(m_reader->findCount()));
}

void FindBar::retranslate()
{
    m_field->setPlaceholderText(tr("Find in article"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    updateCount();
}

} // namespace Baoku::App
