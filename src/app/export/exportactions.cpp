#include "app/export/exportactions.h"

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
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Baoku::App {
namespace {

const QList<Core::ExportFormat> kCitationStyles = {Core::ExportFormat::Gbt7714, Core::ExportFormat::Ris,
                                                    Core::ExportFormat::Bibtex, Core::ExportFormat::CslJson};

const QString kStyleKey = u"export/citationStyle"_s;
const QString kFolderKey = u"export/folder"_s;

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
    const auto saved = Core::formatFromName(QSettings().value(kStyleKey).toString());
    if (saved && kCitationStyles.contains(*saved))
        m_style = *saved;
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
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &ExportActions::onExportDone);
    retranslate();
}

ExportActions::~ExportActions() { m_watcher.waitForFinished(); }

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
    m_style = style;
    QSettings().setValue(kStyleKey, Core::formatName(style));
    for (const auto &[action, actionStyle] : m_styleActions)
        action->setChecked(actionStyle == style);
    retranslate();
    QGuiApplication::clipboard()->setText(Core::citationText(style, items));
}

void ExportActions::exportTo(const QString &path, Core::ExportFormat format)
{
    const QList<Core::ExportItem> items = m_provider();
    if (items.isEmpty() || isExporting())
        return;
    m_exportPath = path;
    m_export->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run(writeFile, items, path, format));
}

void ExportActions::onExportDone()
{
    m_export->setEnabled(true);
    const QString error = m_watcher.result();
    if (!error.isEmpty() && m_window && m_window->isVisible())
        QMessageBox::warning(m_window, tr("Export"), tr("The export failed.\n%1").arg(error));
    emit exportFinished(m_exportPath, error);
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
    QSettings settings;
    const QString folder = settings.value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
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
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
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
