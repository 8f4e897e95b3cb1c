// The app's export actions, driven without their dialogs: clipboard, file export on a worker, printing.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "app/export/exportactions.h"
#include "fixtures.h"

#include "core/export/citation.h"
#include "core/export/exporter.h"
#include "core/export/exportset.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QRadioButton>
#include <QStatusBar>
#include <QThread>
#include <QToolButton>
#include <QClipboard>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QMenu>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;
using namespace Baoku::Core;
using Baoku::App::ExportActions;

namespace {

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput()).remove(QRegularExpression(u"\\s+"_s));
}

// Runs the event loop until the export reports back.
QString exportAndWait(ExportActions &actions, const QString &path, ExportFormat format)
{
    QString error = u"no signal"_s;
    QEventLoop loop;
    QObject::connect(&actions, &ExportActions::exportFinished, &loop, [&](const QString &, const QString &message) {
        error = message;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    actions.exportTo(path, format);
    loop.exec();
    return error;
}

} // namespace

TEST_CASE("the actions exist with text, shortcuts and every citation style", "[app][export]")
{
    QWidget window;
    ExportActions actions([] { return ExportFixtures::items(); }, &window);
    for (QAction *action : {actions.exportAction(), actions.copyCitationAction(), actions.printAction(),
                            actions.printPreviewAction()})
        CHECK_FALSE(action->text().isEmpty());
    CHECK_FALSE(actions.exportAction()->shortcut().isEmpty());
    CHECK(actions.printAction()->shortcut() == QKeySequence(QKeySequence::Print));
    QStringList styles;
    for (QAction *action : actions.copyCitationMenu()->actions())
        styles << action->text();
    CHECK(styles == QStringList{u"GB/T 7714"_s, u"RIS"_s, u"BibTeX"_s, u"CSL-JSON"_s});
    actions.setEnabled(false);
    CHECK_FALSE(actions.printAction()->isEnabled());
    actions.setEnabled(true);
    CHECK(actions.printAction()->isEnabled());
}

TEST_CASE("Copy Citation puts the chosen style on the clipboard and remembers it", "[app][export]")
{
    QWidget window;
    const auto items = QList<ExportItem>{ExportFixtures::items().first()};
    ExportActions actions([items] { return items; }, &window);
    actions.copyCitationMenu()->actions().at(1)->trigger(); // RIS
    CHECK(QGuiApplication::clipboard()->text() == ris(items.first()));
    QGuiApplication::clipboard()->clear();
    actions.copyCitationAction()->trigger();
    CHECK(QGuiApplication::clipboard()->text() == ris(items.first()));
    CHECK(actions.citationStyle() == ExportFormat::Ris);
    actions.copyCitation(ExportFormat::Gbt7714);
    CHECK(QGuiApplication::clipboard()->text() == gbt7714(items.first()) + u'\n');
    actions.copyCitation(ExportFormat::Bibtex);
    CHECK(QGuiApplication::clipboard()->text().startsWith(u"@article{baoku42,"_s));
    actions.copyCitation(ExportFormat::Gbt7714);

    ExportActions none([] { return QList<ExportItem>(); }, &window);
    QGuiApplication::clipboard()->setText(u"unchanged"_s);
    none.copyCitationAction()->trigger();
    CHECK(QGuiApplication::clipboard()->text() == u"unchanged"_s);
}

TEST_CASE("Export writes one file on a worker thread", "[app][export]")
{
    QWidget window;
    ExportActions actions([] { return ExportFixtures::items(); }, &window);
    QTemporaryDir dir;
    const QString markdown = dir.filePath(u"three.md"_s);
    CHECK(exportAndWait(actions, markdown, ExportFormat::Markdown).isEmpty());
    QFile file(markdown);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == exportText(ExportFormat::Markdown, ExportFixtures::items()));

    const QString pdf = dir.filePath(u"three.pdf"_s);
    CHECK(exportAndWait(actions, pdf, ExportFormat::Pdf).isEmpty());
    const QString text = pdfText(pdf);
    for (const auto &item : ExportFixtures::items())
        CHECK(text.contains(QString(item.article.title).remove(QRegularExpression(u"\\s+"_s))));

    CHECK(exportAndWait(actions, u"/nonexistent-dir/x.md"_s, ExportFormat::Markdown).startsWith(u"/nonexistent-dir/x.md: "_s));
}

TEST_CASE("Print lays the articles out with the citation footer", "[app][export]")
{
    QWidget window;
    const auto items = QList<ExportItem>{ExportFixtures::items().first()};
    ExportActions actions([items] { return items; }, &window);
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(u"printed.pdf"_s));
    REQUIRE(actions.printTo(printer));
    const QString text = pdfText(dir.filePath(u"printed.pdf"_s));
    CHECK(text.contains(u"金壮龙会见欧盟委员会内部市场委员布雷顿"_s));
    CHECK(text.contains(u"中国电子报,2023-11-10(1)."_s));
}

namespace {

// The four choices the app offers, over the fixtures: the open article, two selected articles,
// the issue (all three) and every result of a search (resolved on the worker, in another order).
QList<Baoku::App::ExportScope> fixtureScopes(bool withResults)
{
    const auto items = ExportFixtures::items();
    Baoku::App::ExportScope article{u"The article"_s, u"article"_s, setFor(u"x"_s, {items.at(0)}), {}, true, false, {}, {}};
    Baoku::App::ExportScope selected{u"Selected articles (2)"_s, u"selected"_s, setFor(selectionCover(2), {items.at(0), items.at(2)}),
                                     {}, true, true, {}, {}};
    Baoku::App::ExportScope issue{u"The issue"_s, u"issue"_s, setFor(issueCover(u"中国电子报"_s, QDate(2023, 11, 10)), items), {},
                                  true, false, {}, {}};
    Baoku::App::ExportScope results{u"All results"_s, u"results"_s, {queryCover(u"工业"_s), {}},
                                    [items] { return QList<qint64>{items.at(2).id, items.at(1).id, items.at(0).id}; },
                                    withResults, false, {}, {}};
    return {article, selected, issue, results};
}

QString waitForExport(ExportActions &actions)
{
    QString error = u"no signal"_s;
    QEventLoop loop;
    QObject::connect(&actions, &ExportActions::exportFinished, &loop, [&](const QString &, const QString &message) {
        error = message;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    return error;
}

// Opens the Export dialog, picks a choice, a format and a file, and presses Export.
QString exportThroughDialog(ExportActions &actions, int choice, ExportFormat format, const QString &path)
{
    actions.exportAction()->trigger();
    REQUIRE(actions.dialog() != nullptr);
    actions.dialog()->setChoice(choice);
    actions.dialog()->setFormat(format);
    actions.dialog()->setPath(path);
    CHECK(actions.dialog()->path() == path);
    actions.dialog()->accept();
    return waitForExport(actions);
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

TEST_CASE("the Export dialog offers the article, the selection, the issue and all results", "[app][export][dialog]")
{
    QMainWindow window;
    ExportActions actions([] { return ExportFixtures::items(); }, &window);
    const auto items = ExportFixtures::items();
    actions.setScopes([] { return fixtureScopes(false); }, [items] { return loaderFor(items); });
    actions.setStatusBar(window.statusBar());
    actions.exportAction()->trigger();
    auto *dialog = actions.dialog();
    REQUIRE(dialog != nullptr);
    const auto buttons = dialog->findChildren<QRadioButton *>();
    REQUIRE(buttons.size() == 4);
    CHECK(buttons.at(1)->isChecked()); // the selection is preferred
    CHECK_FALSE(buttons.at(3)->isEnabled()); // no search yet
    dialog->setChoice(3);
    CHECK(dialog->choice() == 1);
    // The suggested name follows the choice and the format.
    dialog->setChoice(2);
    dialog->setFormat(ExportFormat::Odt);
    CHECK(dialog->path().endsWith(u"/issue.odt"_s));
    dialog->reject();
}

TEST_CASE("Export writes the chosen set as one document and confirms in the status bar", "[app][export][dialog]")
{
    QMainWindow window;
    const auto items = ExportFixtures::items();
    ExportActions actions([items] { return items; }, &window);
    actions.setScopes([] { return fixtureScopes(true); }, [items] { return loaderFor(items); });
    actions.setStatusBar(window.statusBar());
    window.show();
    QTemporaryDir dir;

    // The issue as one text document: cover, contents, every article.
    const QString text = dir.filePath(u"issue.txt"_s);
    CHECK(exportThroughDialog(actions, 2, ExportFormat::Text, text).isEmpty());
    const QString written = readText(text);
    CHECK(written.startsWith(u"中国电子报 2023年11月10日 星期五\n共 3 篇\n"_s));
    for (const auto &item : items)
        CHECK(written.contains(item.article.title));
    // Without the app's English catalogue %n texts keep their "(s)".
    CHECK(window.statusBar()->currentMessage() == u"Exported 3 article(s) to %1"_s.arg(QDir::toNativeSeparators(text)));
    REQUIRE(actions.showInFolderButton() != nullptr);
    CHECK(actions.showInFolderButton()->isVisible());
    CHECK(actions.showInFolderButton()->text() == u"Show in Folder"_s);
    CHECK(actions.showInFolderButton()->property("folder").toString() == QFileInfo(text).absolutePath());

    // All results, resolved on the worker, as one PDF in the results' order.
    const QString pdf = dir.filePath(u"results.pdf"_s);
    CHECK(exportThroughDialog(actions, 3, ExportFormat::Pdf, pdf).isEmpty());
    const QString pdfWords = pdfText(pdf);
    CHECK(pdfWords.startsWith(u"检索“工业”的结果"_s));
    const auto squeezed = [](QString t) { return t.remove(QRegularExpression(u"\\s+"_s)); };
    const qsizetype third = pdfWords.lastIndexOf(squeezed(items.at(2).article.title));
    const qsizetype first = pdfWords.lastIndexOf(squeezed(items.at(0).article.title));
    CHECK(third > 0);
    CHECK(first > third);
    CHECK(window.statusBar()->currentMessage().startsWith(u"Exported 3 article(s) to "_s));

    // The two selected articles as one ODT.
    const QString odt = dir.filePath(u"selected.odt"_s);
    CHECK(exportThroughDialog(actions, 1, ExportFormat::Odt, odt).isEmpty());
    CHECK(QFileInfo(odt).size() > 0);
    CHECK(window.statusBar()->currentMessage().startsWith(u"Exported 2 article(s) to "_s));

    // Another message hides "Show in Folder"; Copy Citation confirms too.
    actions.copyCitation(ExportFormat::Ris);
    CHECK(window.statusBar()->currentMessage() == u"Copied 3 citation(s) as RIS"_s);
    CHECK_FALSE(actions.showInFolderButton()->isVisible());
}

TEST_CASE("a cancelled export writes nothing and says so", "[app][export][dialog]")
{
    QMainWindow window;
    const auto items = ExportFixtures::items();
    ExportActions actions([items] { return items; }, &window);
    // A slow loader, so that Cancel arrives while the worker runs.
    actions.setScopes([] { return fixtureScopes(true); }, [items] {
        const ItemLoader load = loaderFor(items);
        return ItemLoader([load](qint64 id) {
            QThread::msleep(100);
            return load(id);
        });
    });
    actions.setStatusBar(window.statusBar());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"cancelled.pdf"_s);
    actions.exportScope(fixtureScopes(true).at(2), pdf, ExportFormat::Pdf);
    CHECK(actions.isExporting());
    actions.cancelExport();
    CHECK(waitForExport(actions) == u"cancelled"_s);
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK(window.statusBar()->currentMessage() == u"Export cancelled; nothing was written."_s);
}

TEST_CASE("Print of several articles prints the combined document", "[app][export]")
{
    QWidget window;
    const auto items = ExportFixtures::items();
    ExportActions actions([items] { return items; }, &window);
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(u"printed.pdf"_s));
    REQUIRE(actions.printTo(printer));
    const QString text = pdfText(dir.filePath(u"printed.pdf"_s));
    CHECK(text.startsWith(u"选定的3篇文章"_s));
    CHECK(text.contains(u"目录"_s));
    CHECK(text.contains(u"金壮龙会见欧盟委员会内部市场委员布雷顿"_s));
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"baoku-export-tests"_s);
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
