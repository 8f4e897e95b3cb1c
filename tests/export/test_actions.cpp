// The app's export actions, driven without their dialogs: clipboard, file export on a worker, printing.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "app/export/exportactions.h"
#include "fixtures.h"

#include "core/export/citation.h"
#include "core/export/exporter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEventLoop>
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

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"baoku-export-tests"_s);
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
