// Export…, Copy Citation, Print… and Print Preview… for the articles the user has chosen.
// The main window adds the actions to its menus and context menus; this object does the work.
#pragma once

#include "app/common/backgroundthread.h"
#include "app/export/exportdialog.h"
#include "core/export/exportformat.h"
#include "core/export/exportitem.h"
#include "core/export/exportset.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <optional>
#include <memory>

class QAction;
class QMenu;
class QPrinter;
class QProgressDialog;
class QStatusBar;
class QToolButton;
class QWidget;

namespace Baoku::App {

// One line of the Export dialog: the open article, the selected articles, the issue, all results.
struct ExportScope final {
    QString label;    // "Selected articles (3)"
    QString fileName; // suggested file name without extension
    Core::ExportSet set;
    // When set, runs on the worker thread and gives the ids (e.g. every hit of a search).
    std::function<QList<qint64>()> resolve;
    bool enabled = true;
    bool preferred = false; // ticked when the dialog opens
    // When set, runs on the worker thread and writes the file itself (e.g. notes as Markdown);
    // returns an error or empty, and how many articles it wrote in `count`.
    std::function<QString(const QString &path, qsizetype *count)> write;
    std::optional<Core::ExportFormat> onlyFormat; // the one format this choice is written in
};

class ExportActions final : public QObject {
    Q_OBJECT
public:
    // Returns the articles the actions work on (the open article, the selection or the results).
    using ItemsProvider = std::function<QList<Core::ExportItem>()>;

    using ScopesProvider = std::function<QList<ExportScope>()>;
    // Makes a loader on the worker thread (which opens its own connection to the archive).
    using LoaderFactory = std::function<Core::ItemLoader()>;

    // Dialogs are parented to `window`.
    ExportActions(ItemsProvider provider, QWidget *window);
    ~ExportActions() override;

    // What the Export dialog offers; without it, the provider's articles are the one choice.
    void setScopes(ScopesProvider scopes, LoaderFactory loaders);
    // Where Export and Copy Citation confirm what they did; "Show in Folder" appears there.
    void setStatusBar(QStatusBar *statusBar);
    QToolButton *showInFolderButton() const { return m_showInFolder; }
    // The Export dialog while it is open (for tests), else null.
    ExportDialog *dialog() const { return m_dialog; }

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
    // The same for a scope: pdf, odt and txt of several articles make one document (cover,
    // contents, an article per page); a progress dialog offers Cancel.
    void exportScope(const ExportScope &scope, const QString &path, Core::ExportFormat format);
    void cancelExport();
    // Lays the items out on the printer with the citation footer.
    bool printTo(QPrinter &printer);

    bool isExporting() const { return m_exporting; }

signals:
    // error is empty on success.
    void exportFinished(const QString &path, const QString &error);

private:
    struct Outcome final {
        QString error;
        qsizetype count = 0;
    };
    QList<ExportScope> scopes() const;
    void chooseFileAndExport();
    void showPrintDialog();
    void showPrintPreview();
    using Reporter = std::function<void(qint64, qint64, const QString &)>;
    static Outcome writeScope(const ExportScope &scope, const QString &path, Core::ExportFormat format,
                              const LoaderFactory &loaders, const Reporter &report,
                              const std::shared_ptr<std::atomic_bool> &cancel);
    void onExportDone(const Outcome &outcome);
    void onProgress(quint64 token, qint64 done, qint64 total, const QString &what);
    void confirm(const QString &message, const QString &folder = {});
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
    QString m_exportPath;
    ScopesProvider m_scopes;
    LoaderFactory m_loaders;
    QPointer<QStatusBar> m_statusBar;
    QToolButton *m_showInFolder = nullptr;
    QString m_confirmation; // the status message "Show in Folder" belongs to
    QPointer<ExportDialog> m_dialog;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_token = 0; // progress from an earlier export is dropped
    bool m_exporting = false;
    BackgroundThread m_thread{QStringLiteral("export")}; // last: stopped before the members its jobs use
};

} // namespace Baoku::App
