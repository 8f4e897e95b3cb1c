#include "app/window/actions.h"

#include <QAction>
#include <QKeySequence>

using namespace Qt::StringLiterals;

namespace Baoku::App {

namespace {
QAction *make(QObject *parent, const char *name, const QList<QKeySequence> &keys = {})
{
    auto *action = new QAction(parent);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcuts(keys);
    return action;
}
} // namespace

Actions::Actions(QObject *parent)
    : QObject(parent)
    , importFiles(make(this, "importFiles", {QKeySequence::Open}))
    , importFolder(make(this, "importFolder", {QKeySequence(u"Ctrl+Shift+O"_s)}))
    , quit(make(this, "quit", {QKeySequence::Quit}))
    , copy(make(this, "copy", {QKeySequence::Copy}))
    , find(make(this, "find", {QKeySequence::Find}))
    , findNext(make(this, "findNext", {QKeySequence::FindNext}))
    , findPrevious(make(this, "findPrevious", {QKeySequence::FindPrevious}))
    , focusSearch(make(this, "focusSearch", {QKeySequence(u"Ctrl+K"_s)}))
    , focusSearchAlt(make(this, "focusSearchAlt", {QKeySequence(u"Ctrl+L"_s)}))
    , settings(make(this, "settings", {QKeySequence(u"Ctrl+,"_s)}))
    , zoomIn(make(this, "zoomIn", {QKeySequence(u"Ctrl+="_s), QKeySequence(u"Ctrl++"_s)}))
    , zoomOut(make(this, "zoomOut", {QKeySequence(u"Ctrl+-"_s)}))
    , zoomReset(make(this, "zoomReset", {QKeySequence(u"Ctrl+0"_s)}))
    , back(make(this, "back", {QKeySequence(u"Alt+Left"_s), QKeySequence(Qt::Key_Back)}))
    , forward(make(this, "forward", {QKeySequence(u"Alt+Right"_s), QKeySequence(Qt::Key_Forward)}))
    , readingMode(make(this, "readingMode", {QKeySequence(u"F11"_s)}))
    , previousIssue(make(this, "previousIssue", {QKeySequence(u"Ctrl+PgUp"_s)}))
    , nextIssue(make(this, "nextIssue", {QKeySequence(u"Ctrl+PgDown"_s)}))
    , previousPage(make(this, "previousPage", {QKeySequence(u"Alt+PgUp"_s)}))
    , nextPage(make(this, "nextPage", {QKeySequence(u"Alt+PgDown"_s)}))
    , previousArticle(make(this, "previousArticle", {QKeySequence(u"Alt+Up"_s)}))
    , nextArticle(make(this, "nextArticle", {QKeySequence(u"Alt+Down"_s)}))
    , jumpToDate(make(this, "jumpToDate", {QKeySequence(u"Ctrl+G"_s)}))
    , correctDate(make(this, "correctDate"))
    , nextHit(make(this, "nextHit", {QKeySequence(u"Ctrl+J"_s)}))
    , previousHit(make(this, "previousHit", {QKeySequence(u"Ctrl+Shift+J"_s)}))
    , nextResult(make(this, "nextResult", {QKeySequence(u"Ctrl+Down"_s)}))
    , previousResult(make(this, "previousResult", {QKeySequence(u"Ctrl+Up"_s)}))
    , help(make(this, "help", {QKeySequence(QKeySequence::HelpContents)}))
    , querySyntax(make(this, "querySyntax"))
    , shortcutSheet(make(this, "shortcutSheet"))
    , about(make(this, "about"))
    , aboutQt(make(this, "aboutQt"))
{
    about->setMenuRole(QAction::AboutRole);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    settings->setMenuRole(QAction::PreferencesRole);
    quit->setMenuRole(QAction::QuitRole);
    readingMode->setCheckable(true);
    retranslate();
}

void Actions::retranslate()
{
    importFiles->setText(tr("&Import Files…"));
    importFolder->setText(tr("Import &Folder…"));
    quit->setText(tr("&Quit"));
    copy->setText(tr("&Copy"));
    find->setText(tr("&Find in Article…"));
    findNext->setText(tr("Find &Next"));
    findPrevious->setText(tr("Find Pre&vious"));
    focusSearch->setText(tr("&Search the Archive"));
    focusSearchAlt->setText(tr("Search the Archive"));
    settings->setText(tr("Se&ttings…"));
    zoomIn->setText(tr("Zoom &In"));
    zoomOut->setText(tr("Zoom &Out"));
    zoomReset->setText(tr("&Actual Size"));
    back->setText(tr("&Back"));
    setTips(back, tr("Back to the place before (Alt+Left)"), tr("Nothing to go back to yet."));
    forward->setText(tr("&Forward"));
    setTips(forward, tr("Forward again (Alt+Right)"), tr("Nothing to go forward to: this is the newest place."));
    readingMode->setText(tr("&Reading Mode"));
    readingMode->setToolTip(tr("Hide the side panes to read (F11)"));
    previousIssue->setText(tr("Pre&vious Issue"));
    nextIssue->setText(tr("Ne&xt Issue"));
    previousPage->setText(tr("Previous Pa&ge"));
    nextPage->setText(tr("Next P&age"));
    setTips(previousIssue, tr("Open the previous issue (Ctrl+PgUp)"), tr("This is the first issue in the archive."));
    setTips(nextIssue, tr("Open the next issue (Ctrl+PgDown)"), tr("This is the newest issue in the archive."));
    previousArticle->setText(tr("&Previous Article"));
    nextArticle->setText(tr("&Next Article"));
    setTips(previousArticle, tr("Open the previous article (Alt+Up)"), tr("This is the first article in the list."));
    setTips(nextArticle, tr("Open the next article (Alt+Down)"), tr("This is the last article in the list."));
    jumpToDate->setText(tr("&Go to Date…"));
    correctDate->setText(tr("&Correct Issue Date…"));
    nextHit->setText(tr("Next &Hit"));
    previousHit->setText(tr("Previous H&it"));
    nextResult->setText(tr("Next &Result"));
    previousResult->setText(tr("Previous R&esult"));
    setTips(nextResult, tr("Open the next search result (Ctrl+Down)"), tr("This is the last result."));
    setTips(previousResult, tr("Open the previous search result (Ctrl+Up)"), tr("This is the first result."));
    help->setText(tr("Baoku &Help"));
    querySyntax->setText(tr("&Query Syntax"));
    shortcutSheet->setText(tr("&Keyboard Shortcuts"));
    about->setText(tr("&About Baoku"));
    aboutQt->setText(tr("About &Qt"));
}

void Actions::setTips(QAction *action, const QString &available, const QString &unavailable)
{
    m_tips.insert(action, {available, unavailable});
    action->setToolTip(action->isEnabled() ? available : unavailable);
}

void Actions::setAvailable(QAction *action, bool available)
{
    action->setEnabled(available);
    const auto tips = m_tips.value(action);
    if (!tips.first.isEmpty())
        action->setToolTip(available ? tips.first : tips.second);
}

} // namespace Baoku::App
