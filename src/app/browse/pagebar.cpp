#include "app/browse/pagebar.h"

#include "app/browse/pagelistmodel.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Baoku::App {

PageBar::PageBar(QWidget *parent)
    : QWidget(parent)
    , m_view(new QListView(this))
    , m_missing(new QLabel(this))
    , m_model(new PageListModel(this))
{
    setObjectName(u"pageBar"_s);
    m_view->setObjectName(u"pageList"_s);
    m_missing->setObjectName(u"missingPages"_s);
    m_view->setModel(m_model);
    // Pages flow left to right and wrap, so an eight-page issue takes two or three short lines.
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setSpacing(2);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setMaximumHeight(m_view->fontMetrics().height() * 4 + 16);
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view);
    layout->addWidget(m_missing);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        if (m_selecting || !index.isValid() || !index.data(PageListModel::HeldRole).toBool())
            return;
        m_current = index.data(PageListModel::PageNumberRole).toInt();
        emit pageActivated(m_current);
    });
    clear();
}

void PageBar::setPages(const QList<Core::PageSummary> &pages, std::optional<int> announced)
{
    m_selecting = true;
    m_model->setPages(pages, announced);
    m_selecting = false;
    m_current = -1;
    updateMissing();
    // One page and nothing missing: the list would say no more than the article list does.
    setVisible(m_model->rowCount() > 1);
}

void PageBar::clear()
{
    m_selecting = true;
    m_model->clear();
    m_selecting = false;
    m_current = -1;
    updateMissing();
    setVisible(false);
}

void PageBar::setCurrentPage(int page)
{
    m_current = page;
    const int row = m_model->rowOfPage(page);
    m_selecting = true;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row);
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    } else {
        m_view->clearSelection();
    }
    m_selecting = false;
}

void PageBar::updateMissing()
{
    const QString text = m_model->missingText();
    m_missing->setText(text);
    m_missing->setVisible(!text.isEmpty());
}

void PageBar::retranslate()
{
    updateMissing();
    m_view->doItemsLayout();
}

} // namespace Baoku::App
