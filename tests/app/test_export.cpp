// The Export dialog in the running window: the issue, the selected articles and all results of a
// search, each as one document, confirmed in the status bar with "Show in Folder".
#include "app/browse/articlelistmodel.h"
#include "app/browse/articlepanel.h"
#include "app/export/exportactions.h"
#include "app/search/searchpanel.h"
#include "app/search/searchresultsmodel.h"
#include "app/settings/appsettings.h"
#include "app/settings/languagemanager.h"
#include "app/window/mainwindow.h"
#include "testarchive.h"
#include "windowfixture.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QEventLoop>
#include <QFile>
#include <QListView>
#include <QProcess>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Baoku;

namespace {

struct ExportFixture : Tests::WindowFixture {

    App::ExportActions *actions() const { return window->exportActions(); }

    // Opens the dialog; returns its choice buttons.
    QList<QRadioButton *> openDialog() const
    {
        actions()->exportAction()->trigger();
        REQUIRE(actions()->dialog() != nullptr);
        return actions()->dialog()->findChildren<QRadioButton *>();
    }

    QString exportChoice(int choice, Core::ExportFormat format, const QString &file) const
    {
        App::ExportDialog *dialog = actions()->dialog();
        REQUIRE(dialog != nullptr);
        dialog->setChoice(choice);
        REQUIRE(dialog->choice() == choice);
        dialog->setFormat(format);
        dialog->setPath(file);
        QString error = u"no signal"_s;
        QEventLoop loop;
        QObject::connect(actions(), &App::ExportActions::exportFinished, &loop, [&](const QString &, const QString &message) {
            error = message;
            loop.quit();
        });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        dialog->accept();
        loop.exec();
        return error;
    }

    QString status() const { return window->statusBar()->currentMessage(); }
};

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

TEST_CASE("Export of the open issue writes one PDF and confirms with Show in Folder", "[export]")
{
    ExportFixture f;
    const auto issue = f.window->archive().issues().first();
    f.window->openIssue(issue.id);
    const auto articles = f.window->archive().articlesOfIssue(issue.id);
    REQUIRE(articles.size() >= 2);
    const auto buttons = f.openDialog();
    REQUIRE(buttons.size() == 6);
    CHECK(buttons.at(0)->isEnabled());      // the open article
    CHECK(buttons.at(2)->isEnabled());      // the issue
    CHECK_FALSE(buttons.at(3)->isEnabled()); // no search yet
    CHECK_FALSE(buttons.at(4)->isEnabled()); // no collection open
    CHECK_FALSE(buttons.at(5)->isEnabled()); // no notes
    CHECK(buttons.at(2)->text().contains(issue.date.toString(Qt::ISODate)));

    const QString pdf = f.dir.filePath(u"issue.pdf"_s);
    CHECK(f.exportChoice(2, Core::ExportFormat::Pdf, pdf).isEmpty());
    QProcess process;
    process.start(QStandardPaths::findExecutable(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    REQUIRE(process.waitForFinished(60000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).remove(QRegularExpression(u"\\s+"_s));
    for (const auto &stored : articles)
        CHECK(text.contains(QString(stored.article.title).remove(QRegularExpression(u"\\s+"_s))));
    CHECK(f.status() == u"Exported %1 articles to %2"_s.arg(articles.size()).arg(pdf));
    REQUIRE(f.actions()->showInFolderButton() != nullptr);
    CHECK(f.actions()->showInFolderButton()->isVisible());
    CHECK(f.actions()->showInFolderButton()->property("folder").toString() == f.dir.path());
}

TEST_CASE("Export of the selected articles is preferred when several are selected", "[export]")
{
    ExportFixture f;
    const auto issue = f.window->archive().issues().first();
    f.window->openIssue(issue.id);
    QListView *view = f.window->articles()->view();
    REQUIRE(view->model()->rowCount() >= 2);
    view->selectionModel()->select(view->model()->index(0, 0), QItemSelectionModel::Select);
    view->selectionModel()->select(view->model()->index(1, 0), QItemSelectionModel::Select);
    const auto buttons = f.openDialog();
    CHECK(buttons.at(1)->isChecked());
    CHECK(buttons.at(1)->text() == u"The selected articles (2)"_s);
    const QString txt = f.dir.filePath(u"selected.txt"_s);
    CHECK(f.exportChoice(1, Core::ExportFormat::Text, txt).isEmpty());
    const QString text = readText(txt);
    CHECK(text.startsWith(u"选定的 2 篇文章\n共 2 篇\n"_s));
    CHECK(text.count(QString(20, u'═')) == 2);
    CHECK(f.status().startsWith(u"Exported 2 articles to "_s));

    // Copy Citation takes the same two and says so.
    f.actions()->copyCitationAction()->trigger();
    CHECK(f.status() == u"Copied 2 citations as GB/T 7714"_s);
    CHECK_FALSE(f.actions()->showInFolderButton()->isVisible());
}

TEST_CASE("Export of all results of a search follows the search", "[export]")
{
    ExportFixture f;
    f.window->search(u"芯片"_s);
    REQUIRE(Tests::waitUntil([&] { return f.window->searchPanel()->model()->rowCount() == 2; }));
    const auto buttons = f.openDialog();
    REQUIRE(buttons.at(3)->isEnabled());
    CHECK(buttons.at(3)->text().contains(u"芯片"_s));
    const QString txt = f.dir.filePath(u"results.txt"_s);
    CHECK(f.exportChoice(3, Core::ExportFormat::Text, txt).isEmpty());
    const QString text = readText(txt);
    CHECK(text.startsWith(u"检索“芯片”的结果\n共 2 篇\n"_s));
    for (int row = 0; row < 2; ++row) {
        const auto stored = f.window->archive().article(f.window->searchPanel()->model()->articleIdAt(row));
        REQUIRE(stored);
        CHECK(text.contains(stored->article.title));
    }
    CHECK(f.status().startsWith(u"Exported 2 articles to "_s));
}
