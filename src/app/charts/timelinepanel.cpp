#include "app/charts/timelinepanel.h"

#include "app/charts/timelinechart.h"
#include "app/charts/timelinecontroller.h"
#include "app/search/searchbackend.h"
#include "app/settings/appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Baoku::App {

namespace {
const QSize kExportSize(1200, 500);
}

TimelinePanel::TimelinePanel(QWidget *parent)
    : QWidget(parent)
    , m_compareLabel(new QLabel(this))
    , m_compare(new QLineEdit(this))
    , m_add(new QPushButton(this))
    , m_chips(new QWidget(this))
    , m_chipLayout(new QHBoxLayout(m_chips))
    , m_by(new QComboBox(this))
    , m_per(new QCheckBox(this))
    , m_export(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_chart(new TimelineChart(this))
{
    setObjectName(u"timelinePanel"_s);
    m_compare->setObjectName(u"timelineCompare"_s);
    m_by->setObjectName(u"timelinePeriod"_s);
    m_per->setObjectName(u"timelinePerArticles"_s);
    m_export->setObjectName(u"timelineExport"_s);
    m_status->setObjectName(u"timelineStatus"_s);
    m_compare->setClearButtonEnabled(true);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->addStretch(1);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setEnabled(false); // until there is a chart
    auto *menu = new QMenu(m_export);
    m_export->setMenu(menu);
    for (Format format : {Format::Png, Format::Svg, Format::Csv})
        menu->addAction(QString(), this, [this, format] { chooseExport(format); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_compareLabel);
    top->addWidget(m_compare, 1);
    top->addWidget(m_add);
    top->addSpacing(12);
    top->addWidget(m_by);
    top->addWidget(m_per);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    auto *second = new QHBoxLayout;
    second->addWidget(m_chips, 1);
    second->addWidget(m_status);
    layout->addLayout(second);
    layout->addWidget(m_chart, 1);

    connect(m_add, &QPushButton::clicked, this, [this] { addComparison(m_compare->text()); });
    connect(m_compare, &QLineEdit::returnPressed, this, [this] { addComparison(m_compare->text()); });
    connect(m_by, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_per, &QCheckBox::toggled, m_chart, &TimelineChart::setPerArticles);
    connect(m_chart, &TimelineChart::periodClicked, this, [this](int period, int query) {
        const QString value = m_chart->data().trend.periods.value(period);
        if (value.isEmpty())
            return;
        // A compared query's bar asks for that query's results; without a current query, the first's.
        const QStringList &labels = m_chart->data().queries;
        QString wanted = query >= 0 ? labels.value(query) : QString();
        if (wanted.isEmpty() && m_search.query.trimmed().isEmpty())
            wanted = labels.value(0);
        if (wanted == m_search.query.trimmed())
            wanted.clear();
        emit periodChosen(value.size() == 4 ? Core::Facet::Year : Core::Facet::Month, value, wanted);
    });
    retranslate();
}

void TimelinePanel::setDatabasePath(const QString &path)
{
    delete m_controller;
    m_controller = new TimelineController(path, this);
    connect(m_controller, &TimelineController::ready, this, &TimelinePanel::showData);
    m_dirty = true;
    refresh();
}

void TimelinePanel::setSearch(const SearchRequest &request)
{
    // The dates only shade the chart; the sort and paging do not change its counts.
    const bool same = request.query == m_search.query && request.field == m_search.field
        && request.pages == m_search.pages && request.newspaper == m_search.newspaper
        && request.column == m_search.column && request.author == m_search.author;
    m_search = request;
    m_chart->setHighlight(request.from, request.to);
    if (!same)
        refresh();
}

void TimelinePanel::addComparison(const QString &text)
{
    const QString query = text.trimmed();
    m_compare->clear();
    if (query.isEmpty() || m_compared.contains(query))
        return;
    m_compared.append(query);
    rebuildChips();
    refresh();
}

void TimelinePanel::removeComparison(const QString &query)
{
    if (m_compared.removeAll(query) == 0)
        return;
    rebuildChips();
    refresh();
}

void TimelinePanel::setPeriod(Core::TrendPeriod period)
{
    m_by->setCurrentIndex(period == Core::TrendPeriod::Year ? 0 : 1); // refreshes when it changes
}

void TimelinePanel::setPerArticles(bool on)
{
    m_per->setChecked(on);
}

QStringList TimelinePanel::queries() const
{
    QStringList out;
    if (!m_search.query.trimmed().isEmpty())
        out.append(m_search.query.trimmed());
    for (const QString &query : m_compared) {
        if (!out.contains(query))
            out.append(query);
    }
    return out;
}

void TimelinePanel::refresh()
{
    m_dirty = true;
    if (!m_controller || !isVisible())
        return; // counted when shown
    m_dirty = false;
    m_pendingLabels = queries();
    if (m_pendingLabels.isEmpty()) {
        m_controller->count({}, Core::TrendPeriod::Year, {}); // makes any running count stale
        m_chart->setData({});
        m_chart->setMessage(tr("Search, or add a query to compare, to see its hits per year or month."));
        m_export->setEnabled(false);
        m_status->clear();
        return;
    }
    // Every query with the search's field and filters, but over the whole archive: a bar that was
    // clicked narrows the results, not the chart, which shades the chosen period instead.
    SearchRequest filters = m_search;
    filters.from = {};
    filters.to = {};
    QStringList core;
    for (const QString &label : std::as_const(m_pendingLabels)) {
        filters.query = label;
        core.append(SearchBackend::coreQuery(filters));
    }
    const auto period = m_by->currentIndex() == 1 ? Core::TrendPeriod::Month : Core::TrendPeriod::Year;
    m_status->setText(tr("Counting…"));
    m_controller->count(core, period, SearchBackend::coreRequest(filters));
}

void TimelinePanel::showData(const TimelineData &result)
{
    if (m_pendingLabels.isEmpty())
        return; // the answer to the request that only stopped the running count
    TimelineData shown = result;
    shown.queries = m_pendingLabels;
    if (!shown.trend.error.isEmpty()) {
        m_status->setText(tr("Could not count: %1").arg(shown.trend.error));
        shown = {};
    } else {
        m_status->clear();
    }
    m_chart->setMessage(tr("The archive holds no dated issue."));
    m_chart->setData(shown);
    m_export->setEnabled(!shown.trend.periods.isEmpty());
    emit counted();
}

bool TimelinePanel::exportTo(const QString &path, Format format, QString *error) const
{
    bool ok = false;
    switch (format) {
    case Format::Png: ok = m_chart->savePng(path, kExportSize); break;
    case Format::Svg: ok = m_chart->saveSvg(path, kExportSize, tr("Timeline: %1").arg(queries().join(u", "_s))); break;
    case Format::Csv: {
        QSaveFile file(path);
        ok = file.open(QIODevice::WriteOnly) && file.write(m_chart->data().csv(m_per->isChecked()).toUtf8()) >= 0
            && file.commit();
        if (!ok && error)
            *error = file.errorString();
        break;
    }
    }
    if (!ok && error && error->isEmpty())
        *error = tr("the file could not be written");
    return ok;
}

void TimelinePanel::chooseExport(Format format)
{
    static const char *const filters[] = {QT_TR_NOOP("PNG image (*.png)"), QT_TR_NOOP("SVG image (*.svg)"),
                                          QT_TR_NOOP("CSV table (*.csv)")};
    static const char *const suffixes[] = {"png", "svg", "csv"};
    const int i = int(format);
    const QString suggested = QDir(AppSettings::instance().exportFolder())
                                  .filePath(u"timeline."_s + QLatin1String(suffixes[i]));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Timeline"), suggested, tr(filters[i]));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, format, &error)) {
        QMessageBox::warning(this, tr("Export Timeline"), tr("%1: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    AppSettings::instance().setExportFolder(QFileInfo(path).absolutePath());
    m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void TimelinePanel::rebuildChips()
{
    while (m_chipLayout->count() > 1) {
        // A chip removes itself from its own clicked signal: delete it once that has returned.
        QLayoutItem *item = m_chipLayout->takeAt(0);
        if (QWidget *chip = item->widget()) {
            chip->hide();
            chip->deleteLater();
        }
        delete item;
    }
    int at = 0;
    for (const QString &query : std::as_const(m_compared)) {
        auto *chip = new QToolButton(m_chips);
        chip->setObjectName(u"timelineChip"_s);
        chip->setText(query + u"  ×"_s);
        chip->setToolTip(tr("Remove from the chart"));
        connect(chip, &QToolButton::clicked, this, [this, query] { removeComparison(query); });
        m_chipLayout->insertWidget(at++, chip);
    }
}

void TimelinePanel::retranslate()
{
    m_compareLabel->setText(tr("Compare with:"));
    m_compare->setPlaceholderText(tr("another query"));
    m_add->setText(tr("Add"));
    const QSignalBlocker blocker(m_by);
    const int by = std::max(0, m_by->currentIndex());
    m_by->clear();
    m_by->addItems({tr("Per year"), tr("Per month")});
    m_by->setCurrentIndex(by);
    m_per->setText(tr("Per 1,000 articles"));
    m_per->setToolTip(tr("Hits per 1,000 articles the archive holds in the period, so periods with more issues "
                         "do not look busier"));
    m_export->setText(tr("Export"));
    const QList<QAction *> actions = m_export->menu()->actions();
    actions.at(0)->setText(tr("Chart as PNG…"));
    actions.at(1)->setText(tr("Chart as SVG…"));
    actions.at(2)->setText(tr("Data as CSV…"));
    rebuildChips();
    if (m_chart->data().trend.periods.isEmpty() && queries().isEmpty())
        m_chart->setMessage(tr("Search, or add a query to compare, to see its hits per year or month."));
}

void TimelinePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void TimelinePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Baoku::App
