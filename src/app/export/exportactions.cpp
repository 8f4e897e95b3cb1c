#include "app/export/exportactions.h"

#include "app/settings/appsettings.h"

#include "exportgui/articledocument.h"
#include "exportgui/documentwriter.h"
#include "core/export/exporter.h"
#include "exportgui/pagedrenderer.h"
#include "exportgui/pdftounicode.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
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
}

void ExportActions::exportTo(const QString &path, Core::ExportFormat format)
{
    const QList<Core::ExportItem> items = m_provider();
    if (items.isEmpty() || isExporting())
        return;
    m_exporting = true;
    m_export->setEnabled(false);
    m_thread.post([this, items, path, format] {
        const QString error = writeFile(items, path, format);
        QMetaObject::invokeMethod(this, [this, path, error] { onExportDone(path, error); }, Qt::QueuedConnection);
    });
}

void ExportActions::onExportDone(const QString &path, const QString &error)
{
    m_exporting = false;
    m_export->setEnabled(true);
    if (!error.isEmpty() && m_window && m_window->isVisible())
        QMessageBox::warning(m_window, tr("Export"), tr("The export failed.\n%1").arg(error));
    emit exportFinished(path, error);
}

void ExportActions::chooseFileAndExport()
{
    const QList<Core::ExportItem> items = m_provider();
    if (items.isEmpty())
        return;
    // Each filter names one format; the chosen filter decides what is written.
    const QList<std::pair<Core::ExportFormat, QString>> filters = {
        {Core::ExportFormat::Pdf, tr("PDF document (*.pdf)")},
        {Core::ExportFormat::Odt, tr("OpenDocument text (*.odt)")},
        {Core::ExportFormat::Html, tr("Web page (*.html)")},
        {Core::ExportFormat::Markdown, tr("Markdown (*.md)")},
        {Core::ExportFormat::Text, tr("Plain text (*.txt)")},
        {Core::ExportFormat::Json, tr("JSON lines (*.jsonl)")},
        {Core::ExportFormat::Csv, tr("CSV table of metadata (*.csv)")},
        {Core::ExportFormat::Ris, tr("RIS citations (*.ris)")},
        {Core::ExportFormat::Bibtex, tr("BibTeX citations (*.bib)")},
        {Core::ExportFormat::CslJson, tr("CSL-JSON citations (*.json)")},
        {Core::ExportFormat::Gbt7714, tr("GB/T 7714 reference list (*.txt)")},
    };
    QStringList names;
    for (const auto &filter : filters)
        names << filter.second;
    AppSettings &settings = AppSettings::instance();
    const QString folder = settings.exportFolder();
    const QString suggested = items.size() == 1 ? Core::fileBaseName(items.first()) : tr("articles");
    QString selected = names.first();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export %n article(s)", nullptr, int(items.size())),
                                                folder + u'/' + suggested + u".pdf"_s, names.join(u";;"_s), &selected);
    if (path.isEmpty())
        return;
    Core::ExportFormat format = Core::ExportFormat::Pdf;
    for (const auto &filter : filters) {
        if (filter.second == selected)
            format = filter.first;
    }
    const QString extension = u'.' + Core::fileExtension(format);
    if (!path.endsWith(extension, Qt::CaseInsensitive))
        path += extension;
    settings.setExportFolder(QFileInfo(path).absolutePath());
    exportTo(path, format);
}

bool ExportActions::printTo(QPrinter &printer)
{
    const QList<Core::ExportItem> items = m_provider();
    if (items.isEmpty())
        return false;
    const auto document = Core::articleDocument(items);
    if (!Core::renderPaged(*document, printer, Core::pageFooter(items)))
        return false;
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
