#include "app/export/exportactions.h"

#include "app/common/workerprogress.h"
#include "app/export/exportdialog.h"
#include "app/settings/appsettings.h"
#include "core/export/exporter.h"
#include "exportgui/articledocument.h"
#include "exportgui/documentwriter.h"
#include "exportgui/pagedrenderer.h"
#include "exportgui/pdftounicode.h"
#include "exportgui/setdocument.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QToolButton>
#include <QUrl>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Baoku::App {
namespace {

const QList<Core::ExportFormat> kCitationStyles = {Core::ExportFormat::Gbt7714, Core::ExportFormat::Ris,
                                                    Core::ExportFormat::Bibtex, Core::ExportFormat::CslJson};

QString styleName(Core::ExportFormat style)
{
    switch (style) {
    case Core::ExportFormat::Ris: return u"RIS"_s;
    case Core::ExportFormat::Bibtex: return u"BibTeX"_s;
    case Core::ExportFormat::CslJson: return u"CSL-JSON"_s;
    default: return u"GB/T 7714"_s;
    }
}

// Runs on a worker thread: writes one file holding every item.
QString writeFile(const QList<Core::ExportItem> &items, const QString &path, Core::ExportFormat format)
{
    QString error;
    if (format == Core::ExportFormat::Pdf)
        return Core::writePdf(items, path, &error) ? QString() : error;
    if (format == Core::ExportFormat::Odt)
        return Core::writeOdt(items, path, &error) ? QString() : error;
    QSaveFile file(path);
    const QByteArray bytes = Core::exportText(format, items);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return path + u": "_s + file.errorString();
    return {};
}

} // namespace

ExportActions::ExportActions(ItemsProvider provider, QWidget *window)
    : QObject(window)
    , m_provider(std::move(provider))
    , m_window(window)
    , m_export(new QAction(this))
    , m_copyCitation(new QAction(this))
    , m_citationMenu(new QMenu(window))
    , m_print(new QAction(this))
    , m_printPreview(new QAction(this))
{
    AppSettings &settings = AppSettings::instance();
    followStyle(settings.citationStyle());
    m_export->setShortcut(QKeySequence(u"Ctrl+E"_s));
    m_copyCitation->setShortcut(QKeySequence(u"Ctrl+Shift+C"_s));
    m_print->setShortcut(QKeySequence::Print);
    for (const auto style : kCitationStyles) {
        QAction *action = m_citationMenu->addAction(styleName(style));
        action->setCheckable(true);
        action->setChecked(style == m_style);
        connect(action, &QAction::triggered, this, [this, style] { copyCitation(style); });
        m_styleActions.append({action, style});
    }
    connect(m_export, &QAction::triggered, this, &ExportActions::chooseFileAndExport);
    connect(m_copyCitation, &QAction::triggered, this, [this] { copyCitation(m_style); });
    connect(m_print, &QAction::triggered, this, &ExportActions::showPrintDialog);
    connect(m_printPreview, &QAction::triggered, this, &ExportActions::showPrintPreview);
    connect(&settings, &AppSettings::changed, this, [this, &settings](AppSettings::Key key) {
        if (key == AppSettings::Key::CitationStyle)
            followStyle(settings.citationStyle());
    });
    retranslate();
}

ExportActions::~ExportActions() { m_thread.stop(); }

void ExportActions::retranslate()
{
    m_export->setText(tr("&Export…"));
    m_export->setStatusTip(tr("Save the articles as text, Markdown, HTML, PDF, ODT, JSON, CSV or citations"));
    m_copyCitation->setText(tr("Copy &Citation"));
    m_copyCitation->setStatusTip(tr("Copy the citation in the style chosen last (%1)").arg(styleName(m_style)));
    m_citationMenu->setTitle(tr("Copy Citation As"));
    m_print->setText(tr("&Print…"));
    m_printPreview->setText(tr("Print Pre&view…"));
    if (m_showInFolder)
        m_showInFolder->setText(tr("Show in Folder"));
}

void ExportActions::followStyle(const QString &name)
{
    const auto style = Core::formatFromName(name);
    if (style && kCitationStyles.contains(*style))
        m_style = *style;
    for (const auto &[action, actionStyle] : m_styleActions)
        action->setChecked(actionStyle == m_style);
    retranslate();
}

void ExportActions::setEnabled(bool enabled)
{
    for (QAction *action : {m_export, m_copyCitation, m_print, m_printPreview})
        action->setEnabled(enabled && (action != m_export || !isExporting()));
    m_citationMenu->setEnabled(enabled);
}

void ExportActions::copyCitation(Core::ExportFormat style)
{
    const QList<Core::ExportItem> items = m_provider();
    if (items.isEmpty())
        return;
    AppSettings::instance().setCitationStyle(Core::formatName(style)); // followStyle() updates the menu
    QGuiApplication::clipboard()->setText(Core::citationText(style, items));
    confirm(tr("Copied %n citation(s) as %1", nullptr, int(items.size())).arg(styleName(style)));
}

void ExportActions::setScopes(ScopesProvider scopes, LoaderFactory loaders)
{
    m_scopes = std::move(scopes);
    m_loaders = std::move(loaders);
}

void ExportActions::setStatusBar(QStatusBar *statusBar)
{
    m_statusBar = statusBar;
    if (!m_showInFolder) {
        m_showInFolder = new QToolButton;
        m_showInFolder->setAutoRaise(true);
        connect(m_showInFolder, &QToolButton::clicked, this, [this] {
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_showInFolder->property("folder").toString()));
        });
    }
    statusBar->addPermanentWidget(m_showInFolder);
    m_showInFolder->hide();
    // The button belongs to the confirmation: another message hides it.
    connect(statusBar, &QStatusBar::messageChanged, m_showInFolder, [this](const QString &message) {
        if (message != m_confirmation)
            m_showInFolder->hide();
    });
    retranslate();
}

void ExportActions::confirm(const QString &message, const QString &folder)
{
    if (!m_statusBar)
        return;
    m_confirmation = message;
    m_statusBar->showMessage(message, 15000);
    if (m_showInFolder) {
        m_showInFolder->setProperty("folder", folder);
        m_showInFolder->setVisible(!folder.isEmpty());
    }
}

QList<ExportScope> ExportActions::scopes() const
{
    if (m_scopes)
        return m_scopes();
    const QList<Core::ExportItem> items = m_provider();
    ExportScope scope;
    scope.label = tr("%n article(s)", nullptr, int(items.size()));
    scope.fileName = items.size() == 1 ? Core::fileBaseName(items.first()) : tr("articles");
    scope.set = Core::setFor(Core::selectionCover(items.size()), items);
    scope.enabled = !items.isEmpty();
    return {scope};
}

void ExportActions::exportTo(const QString &path, Core::ExportFormat format)
{
    const QList<Core::ExportItem> items = m_provider();
    if (items.isEmpty() || isExporting())
        return;
    ExportScope scope;
    scope.set = Core::setFor(Core::selectionCover(items.size()), items);
    const LoaderFactory saved = m_loaders;
    m_loaders = [items] { return Core::loaderFor(items); };
    exportScope(scope, path, format);
    m_loaders = saved;
}

void ExportActions::exportScope(const ExportScope &scope, const QString &path, Core::ExportFormat format)
{
    if (isExporting())
        return;
    m_exportPath = path;
    m_exporting = true;
    m_export->setEnabled(false);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 token = ++m_token;
    if (m_window) {
        m_progress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 0, m_window);
        m_progress->setWindowTitle(tr("Export"));
        m_progress->setAttribute(Qt::WA_DeleteOnClose);
        m_progress->setMinimumDuration(400);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, &ExportActions::cancelExport);
    }
    QPointer<ExportActions> self(this);
    const auto report = [self, token](qint64 done, qint64 total, const QString &what) {
        QMetaObject::invokeMethod(self, [self, token, done, total, what] {
            if (self)
                self->onProgress(token, done, total, what);
        }, Qt::QueuedConnection);
    };
    const LoaderFactory loaders
        = m_loaders ? m_loaders : LoaderFactory([items = m_provider()] { return Core::loaderFor(items); });
    const auto cancel = m_cancel;
    m_thread.post([this, scope, path, format, loaders, report, cancel] {
        const Outcome outcome = writeScope(scope, path, format, loaders, report, cancel);
        QMetaObject::invokeMethod(this, [this, outcome] { onExportDone(outcome); }, Qt::QueuedConnection);
    });
}

// Runs on the export thread.
ExportActions::Outcome ExportActions::writeScope(const ExportScope &scope, const QString &path, Core::ExportFormat format,
                                                 const LoaderFactory &loaders, const Reporter &report,
                                                 const std::shared_ptr<std::atomic_bool> &cancel)
{
    {
        if (scope.write) {
            qsizetype count = 0;
            QString error = scope.write(path, &count);
            return {std::move(error), count};
        }
        WorkerProgress listener(report, cancel);
        const Core::ItemLoader load = loaders();
        const Core::ExportSet set{scope.set.cover, scope.resolve ? scope.resolve() : scope.set.ids};
        if (set.ids.isEmpty())
            return {tr("Nothing to export: no article matches."), 0};
        QString error;
        const bool several = set.ids.size() > 1;
        if (several && format == Core::ExportFormat::Pdf)
            return {Core::writeSetPdf(set, load, path, &listener, &error) ? QString() : error, set.ids.size()};
        if (several && format == Core::ExportFormat::Odt)
            return {Core::writeSetOdt(set, load, path, &listener, &error) ? QString() : error, set.ids.size()};
        if (several && format == Core::ExportFormat::Text) {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || !Core::writeCombinedText(set, load, file, &listener, &error)
                || !file.commit())
                return {path + u": "_s + (error.isEmpty() ? file.errorString() : error), set.ids.size()};
            return {{}, set.ids.size()};
        }
        QList<Core::ExportItem> items;
        for (qsizetype i = 0; i < set.ids.size(); ++i) {
            if (cancel->load())
                return {tr("cancelled"), 0};
            listener.progress(i, set.ids.size(), {});
            if (auto item = load(set.ids.at(i)))
                items << *item;
        }
        return {writeFile(items, path, format), items.size()};
    }
}

void ExportActions::cancelExport()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ExportActions::onProgress(quint64 token, qint64 done, qint64 total, const QString &what)
{
    if (token != m_token || !m_progress || m_cancel->load())
        return;
    m_progress->setMaximum(int(qMin<qint64>(total, INT_MAX)));
    m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
    if (!what.isEmpty())
        m_progress->setLabelText(tr("Exporting “%1”…").arg(what));
}

void ExportActions::onExportDone(const Outcome &outcome)
{
    m_exporting = false;
    m_export->setEnabled(true);
    const bool cancelled = m_cancel && m_cancel->load();
    if (m_progress) {
        // Closing a progress dialog emits canceled(); the export is over already.
        disconnect(m_progress, &QProgressDialog::canceled, this, &ExportActions::cancelExport);
        m_progress->close();
    }
    if (cancelled) {
        confirm(tr("Export cancelled; nothing was written."));
    } else if (outcome.error.isEmpty()) {
        confirm(tr("Exported %n article(s) to %1", nullptr, int(outcome.count)).arg(QDir::toNativeSeparators(m_exportPath)),
                QFileInfo(m_exportPath).absolutePath());
    } else {
        confirm(tr("Export failed"));
        if (m_window && m_window->isVisible())
            QMessageBox::warning(m_window, tr("Export"), tr("The export failed.\n%1").arg(outcome.error));
    }
    emit exportFinished(m_exportPath, cancelled ? tr("cancelled") : outcome.error);
}

void ExportActions::chooseFileAndExport()
{
    const QList<ExportScope> choices = scopes();
    QList<ExportDialog::Choice> rows;
    int preferred = 0;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        rows.append({choices.at(i).label, choices.at(i).fileName, choices.at(i).enabled, choices.at(i).onlyFormat});
        if (choices.at(i).preferred && choices.at(i).enabled)
            preferred = int(i);
    }
    const QString folder = AppSettings::instance().exportFolder();
    m_dialog = new ExportDialog(rows, preferred, folder, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, choices] {
        const int index = m_dialog->choice();
        const QString path = m_dialog->path();
        if (index < 0 || path.isEmpty())
            return;
        AppSettings::instance().setExportFolder(QFileInfo(path).absolutePath());
        exportScope(choices.at(index), path, m_dialog->format());
    });
    m_dialog->open();
}

bool ExportActions::printTo(QPrinter &printer)
{
    const QList<Core::ExportItem> items = m_provider();
    if (items.isEmpty())
        return false;
    const auto document = Core::articleDocument(items);
    // A selection prints as the exported document does: cover, contents, an article per page.
    if (items.size() > 1) {
        if (!Core::renderSet(Core::setFor(Core::selectionCover(items.size()), items), Core::loaderFor(items), printer,
                             nullptr, nullptr, nullptr))
            return false;
    } else if (!Core::renderPaged(*document, printer, Core::pageFooter(items))) {
        return false;
    }
    // "Print to file" writes a PDF through the same engine as export; give it the same text layer.
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty()) {
        QFile file(printer.outputFileName());
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QByteArray pdf = file.readAll();
        file.close();
        const QByteArray repaired = Core::repairToUnicode(pdf, Core::toUnicodeReplacements(document->defaultFont()));
        QSaveFile out(printer.outputFileName());
        return repaired == pdf
            || (out.open(QIODevice::WriteOnly) && out.write(repaired) == repaired.size() && out.commit());
    }
    return true;
}

void ExportActions::showPrintDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Articles"));
    if (dialog.exec() == QDialog::Accepted && !printTo(printer))
        QMessageBox::warning(m_window, tr("Print"), tr("The printer could not be used."));
}

void ExportActions::showPrintPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) { printTo(*target); });
    dialog.exec();
}

} // namespace Baoku::App
