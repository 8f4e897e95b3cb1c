#include "app/search/facetpanel.h"

#include "app/search/facetcontroller.h"
#include "app/search/facetmodel.h"
#include "app/search/searchbackend.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Baoku::App {

namespace {

// Narrows [from, to] to [first, last].
void narrow(SearchRequest &request, const QDate &first, const QDate &last)
{
    if (!request.from.isValid() || request.from < first)
        request.from = first;
    if (!request.to.isValid() || request.to > last)
        request.to = last;
}

} // namespace

FacetPanel::FacetPanel(QWidget *parent)
    : QWidget(parent)
    , m_chips(new QWidget(this))
    , m_chipLayout(new QHBoxLayout(m_chips))
    , m_title(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_model(new FacetModel(this))
{
    setObjectName(u"facetPanel"_s);
    m_view->setObjectName(u"facetView"_s);
    m_chips->setObjectName(u"facetChips"_s);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->addStretch(1);
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_chips);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (!index.parent().isValid())
            return; // a facet's own row only folds
        addFilter(Core::Facet(index.data(FacetModel::FacetRole).toInt()), index.data(FacetModel::ValueRole).toString());
    });
    retranslate();
}

void FacetPanel::setDatabasePath(const QString &path)
{
    delete m_controller;
    m_controller = new FacetController(path, this);
    connect(m_controller, &FacetController::ready, this, &FacetPanel::showResult);
}

void FacetPanel::applyTo(SearchRequest &request) const
{
    for (auto it = m_active.cbegin(); it != m_active.cend(); ++it) {
        const QString &value = it.value();
        switch (it.key()) {
        case Core::Facet::Year: {
            const int year = value.toInt();
            narrow(request, QDate(year, 1, 1), QDate(year, 12, 31));
            break;
        }
        case Core::Facet::Month: {
            const QDate first = QDate::fromString(value + u"-01"_s, Qt::ISODate);
            narrow(request, first, first.addMonths(1).addDays(-1));
            break;
        }
        case Core::Facet::Page: request.pages = {value.toInt()}; break;
        case Core::Facet::Newspaper: request.newspaper = value; break;
        case Core::Facet::Column: request.column = value; break;
        case Core::Facet::Author: request.author = value; break;
        }
    }
}

void FacetPanel::count(const SearchRequest &request)
{
    if (m_controller)
        m_controller->count(SearchBackend::coreRequest(request));
}

void FacetPanel::addFilter(Core::Facet facet, const QString &value)
{
    m_active.insert(facet, value);
    rebuildChips();
    emit filtersChanged();
}

void FacetPanel::removeFilter(Core::Facet facet)
{
    if (!m_active.remove(facet))
        return;
    if (facet == Core::Facet::Year)
        m_active.remove(Core::Facet::Month); // a month belongs to its year
    rebuildChips();
    emit filtersChanged();
}

void FacetPanel::setActiveFilters(const QMap<Core::Facet, QString> &filters)
{
    m_active = filters;
    rebuildChips();
}

void FacetPanel::setPeriod(Core::Facet facet, const QString &value)
{
    if (facet != Core::Facet::Year && facet != Core::Facet::Month)
        return;
    m_active.insert(Core::Facet::Year, value.left(4));
    if (facet == Core::Facet::Month)
        m_active.insert(Core::Facet::Month, value);
    else
        m_active.remove(Core::Facet::Month);
    rebuildChips();
    emit filtersChanged();
}

void FacetPanel::showResult(const Core::FacetResult &result)
{
    // Month is offered within a chosen year; a facet already filtered has one value left.
    QList<Core::Facet> shown;
    for (Core::Facet facet : {Core::Facet::Year, Core::Facet::Month, Core::Facet::Newspaper, Core::Facet::Page,
                              Core::Facet::Column, Core::Facet::Author}) {
        if (m_active.contains(facet) || (facet == Core::Facet::Month && !m_active.contains(Core::Facet::Year)))
            continue;
        shown.append(facet);
    }
    m_model->setResult(result, shown);
    m_view->expandAll();
    emit totalCounted(result.total, result.error.isEmpty() && !result.cancelled);
    emit counted();
}

void FacetPanel::rebuildChips()
{
    while (m_chipLayout->count() > 1) {
        // A chip removes itself from its own clicked signal: delete it once that has returned.
        QLayoutItem *item = m_chipLayout->takeAt(0);
        if (QWidget *chip = item->widget()) {
            chip->setObjectName({});
            chip->hide();
            chip->deleteLater();
        }
        delete item;
    }
    int at = 0;
    for (auto it = m_active.cbegin(); it != m_active.cend(); ++it) {
        auto *chip = new QToolButton(m_chips);
        const Core::Facet facet = it.key();
        chip->setObjectName(u"facetChip_"_s + Core::FacetCounter::name(facet));
        chip->setText(FacetModel::facetTitle(facet) + u": "_s + it.value() + u"  ×"_s);
        chip->setToolTip(tr("Remove this filter"));
        chip->setAutoRaise(false);
        connect(chip, &QToolButton::clicked, this, [this, facet] { removeFilter(facet); });
        m_chipLayout->insertWidget(at++, chip);
    }
    m_chips->setVisible(!m_active.isEmpty());
}

void FacetPanel::retranslate()
{
    m_title->setText(tr("Refine"));
    m_model->retranslate();
    rebuildChips();
}

} // namespace Baoku::App
