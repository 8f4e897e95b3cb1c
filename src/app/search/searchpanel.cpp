#include "app/search/searchpanel.h"

#include "app/search/facetpanel.h"
#include "app/search/searchresultsmodel.h"
#include "app/search/snippetdelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QTimer>
#include <QGridLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Baoku::App {

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_useFrom(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_useTo(new QCheckBox(this))
    , m_to(new QDateEdit(this))
    , m_field(new QComboBox(this))
    , m_sort(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_view(new QListView(this))
    , m_model(new SearchResultsModel(this))
    , m_facets(new FacetPanel(this))
{
    setObjectName(u"searchPanel"_s);
    m_view->setObjectName(u"searchResults"_s);
    m_count->setObjectName(u"resultCount"_s);
    m_field->setObjectName(u"searchFieldFilter"_s);
    m_sort->setObjectName(u"searchSort"_s);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setEnabled(false);
    }
    setDateRange(QDate::currentDate(), QDate::currentDate());
    m_count->setTextFormat(Qt::RichText);
    m_count->setWordWrap(true);
    m_count->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_count, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"help:"_s))
            emit helpRequested(link.mid(5));
    });
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SnippetDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto *filters = new QGridLayout;
    filters->addWidget(m_useFrom, 0, 0);
    filters->addWidget(m_from, 0, 1);
    filters->addWidget(m_useTo, 0, 2);
    filters->addWidget(m_to, 0, 3);
    filters->addWidget(m_field, 1, 0, 1, 2);
    filters->addWidget(m_sort, 1, 2, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(filters);
    layout->addWidget(m_count);
    // The facets sit beside the results, in a splitter the user can narrow.
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"searchSplitter"_s);
    split->addWidget(m_view);
    split->addWidget(m_facets);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    connect(m_facets, &FacetPanel::filtersChanged, this, &SearchPanel::filtersChanged);

    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *box : {m_useFrom, m_useTo})
        connect(box, &QCheckBox::toggled, this, &SearchPanel::filtersChanged);
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, &SearchPanel::filtersChanged);
        edit->installEventFilter(this);
    }
    // Ticking a bound puts the cursor in its field, ready for a typed year.
    connect(m_useFrom, &QCheckBox::clicked, this, [this](bool on) { if (on) m_from->setFocus(Qt::OtherFocusReason); });
    connect(m_useTo, &QCheckBox::clicked, this, [this](bool on) { if (on) m_to->setFocus(Qt::OtherFocusReason); });
    for (QComboBox *box : {m_field, m_sort})
        connect(box, &QComboBox::currentIndexChanged, this, &SearchPanel::filtersChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        if (!m_selecting && index.isValid())
            emit resultActivated(index.row());
    });
    retranslate();
}

SearchRequest SearchPanel::filters() const
{
    SearchRequest request;
    if (m_useFrom->isChecked())
        request.from = m_from->date();
    if (m_useTo->isChecked())
        request.to = m_to->date();
    request.field = SearchScope(std::max(0, m_field->currentIndex()));
    request.sort = m_sort->currentIndex() == 1 ? SearchSort::Date : SearchSort::Relevance;
    m_facets->applyTo(request);
    return request;
}

void SearchPanel::setStatus(const QString &text)
{
    m_total = -1;
    m_counting = false;
    m_count->setText(text.toHtmlEscaped());
}

void SearchPanel::showNoResults(const QString &richText)
{
    m_total = -1;
    m_counting = false;
    m_count->setText(richText);
}

void SearchPanel::setDateRange(const QDate &first, const QDate &last)
{
    if (!first.isValid() || !last.isValid())
        return;
    // The bounds start at the archive's first and last issue, so ticking one narrows nothing yet.
    // No minimum or maximum: a typed year outside the archive must still be accepted.
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDate(first);
    m_to->setDate(last);
}

void SearchPanel::setFilters(const SearchRequest &request)
{
    const QSignalBlocker b1(m_useFrom), b2(m_useTo), b3(m_from), b4(m_to), b5(m_field), b6(m_sort);
    m_useFrom->setChecked(request.from.isValid());
    m_from->setEnabled(request.from.isValid());
    if (request.from.isValid())
        m_from->setDate(request.from);
    m_useTo->setChecked(request.to.isValid());
    m_to->setEnabled(request.to.isValid());
    if (request.to.isValid())
        m_to->setDate(request.to);
    m_field->setCurrentIndex(int(request.field));
    m_sort->setCurrentIndex(request.sort == SearchSort::Date ? 1 : 0);
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && (watched == m_from || watched == m_to)) {
        // Select the year so typing "2023" replaces it, wherever the cursor was.
        auto *edit = static_cast<QDateEdit *>(watched);
        QTimer::singleShot(0, edit, [edit] { edit->setSelectedSection(QDateTimeEdit::YearSection); });
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::showTotal(qint64 total, double elapsedMs)
{
    m_total = total;
    m_counting = total < 0;
    m_elapsedMs = elapsedMs;
    if (total < 0)
        m_count->setText(tr("Counting results…") + u"  ("_s + tr("%1 ms").arg(QLocale().toString(elapsedMs, 'f', 1)) + u")"_s);
    else if (total == 0)
        m_count->setText(tr("No results").toHtmlEscaped());
    else
        m_count->setText(tr("%n result(s)", nullptr, int(std::min<qint64>(total, INT_MAX)))
                         + u"  ("_s + tr("%1 ms").arg(QLocale().toString(elapsedMs, 'f', 1)) + u")"_s);
}

void SearchPanel::selectRow(int row)
{
    m_selecting = true;
    const QModelIndex index = m_model->index(row);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_selecting = false;
}

int SearchPanel::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void SearchPanel::retranslate()
{
    m_useFrom->setText(tr("From"));
    m_useTo->setText(tr("To"));
    const int field = std::max(0, m_field->currentIndex());
    const int sort = std::max(0, m_sort->currentIndex());
    const QSignalBlocker fieldBlocker(m_field);
    const QSignalBlocker sortBlocker(m_sort);
    m_field->clear();
    m_field->addItems({tr("All fields"), tr("Titles"), tr("Authors"), tr("Columns")});
    m_field->setCurrentIndex(field);
    m_sort->clear();
    m_sort->addItems({tr("By relevance"), tr("Newest first")});
    m_sort->setCurrentIndex(sort);
    m_view->doItemsLayout();
    m_facets->retranslate();
    if (m_total >= 0 || m_counting)
        showTotal(m_total, m_elapsedMs);
}

} // namespace Baoku::App
