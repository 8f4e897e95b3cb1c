// Export…, Copy Citation, Print… and Print Preview… for the articles the user has chosen.
// The main window adds the actions to its menus and context menus; this object does the work.
#pragma once

#include "app/common/backgroundthread.h"

#include "core/export/exportformat.h"
#include "core/export/exportitem.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QPrinter;
class QWidget;

namespace Baoku::App {

class ExportActions final : public QObject {
    Q_OBJECT
public:
    // Returns the articles the actions work on (the open article, the selection or the results).
    using ItemsProvider = std::function<QList<Core::ExportItem>()>;

    // Dialogs are parented to `window`.
    ExportActions(ItemsProvider provider, QWidget *window);
    ~ExportActions() override;

    QAction *exportAction() const { return m_export; }
    // Copies in the style chosen last (GB/T 7714 at first); the menu offers every style.
    QAction *copyCitationAction() const { return m_copyCitation; }
    QMenu *copyCitationMenu() const { return m_citationMenu; }
    QAction *printAction() const { return m_print; }
    QAction *printPreviewAction() const { return m_printPreview; }

    // The app enables the actions when there is something to export.
    void setEnabled(bool enabled);
    // Called on a language change.
    void retranslate();

    Core::ExportFormat citationStyle() const { return m_style; }
    // Puts the citations of the provider's items on the clipboard; remembers the style.
    void copyCitation(Core::ExportFormat style);
    // Writes the items to a file on a worker thread; emits exportFinished. Every format holds
    // several articles here: one file is what a save dialog promises.
    void exportTo(const QString &path, Core::ExportFormat format);
    // Lays the items out on the printer with the citation footer.
    bool printTo(QPrinter &printer);

    bool isExporting() const { return m_exporting; }

signals:
    // error is empty on success.
    void exportFinished(const QString &path, const QString &error);

private:
    void chooseFileAndExport();
    void showPrintDialog();
    void showPrintPreview();
    void onExportDone(const QString &path, const QString &error);
    // Takes the citation style stored in the settings (a format name), if it is one.
    void followStyle(const QString &name);

    ItemsProvider m_provider;
    QWidget *m_window;
    QAction *m_export;
    QAction *m_copyCitation;
    QMenu *m_citationMenu;
    QList<std::pair<QAction *, Core::ExportFormat>> m_styleActions;
    QAction *m_print;
    QAction *m_printPreview;
    Core::ExportFormat m_style = Core::ExportFormat::Gbt7714;
    bool m_exporting = false;
    BackgroundThread m_thread{QStringLiteral("export")}; // last: stopped before the members its jobs use
};

} // namespace Baoku::App
