#include "app/window/helpdialog.h"

#include "app/common/dateformat.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Baoku::App {

HelpDialog::HelpDialog(QList<QAction *> actions, QWidget *parent)
    : QDialog(parent)
    , m_actions(std::move(actions))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"helpDialog"_s);
    m_browser->setObjectName(u"helpBrowser"_s);
    m_browser->setOpenExternalLinks(false);
    m_browser->setOpenLinks(true); // anchors inside the page only; there is nothing else to open
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    resize(760, 640);
    reload();
}

QString HelpDialog::pageHtml(const QList<QAction *> &actions)
{
    QFile file(DateFormat::chinese() ? u":/help/help_zh_CN.html"_s : u":/help/help_en.html"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString html = QString::fromUtf8(file.readAll());
    QString table = u"<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">"_s;
    table += u"<tr><th>%1</th><th>%2</th></tr>"_s.arg(tr("Keys"), tr("Command"));
    for (const QAction *action : actions) {
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText).toHtmlEscaped();
        if (keys.isEmpty())
            continue;
        QString text = action->text();
        text.remove(u'&');
        table += u"<tr><td>%1</td><td>%2</td></tr>"_s.arg(keys.join(u", "_s), text.toHtmlEscaped());
    }
    table += u"</table>"_s;
    html.replace(u"<!--SHORTCUTS-->"_s, table);
    return html;
}

void HelpDialog::reload()
{
    setWindowTitle(tr("Baoku Help"));
    m_browser->setHtml(pageHtml(m_actions));
    if (!m_anchor.isEmpty())
        m_browser->scrollToAnchor(m_anchor);
}

void HelpDialog::showSection(const QString &anchor)
{
    m_anchor = anchor;
    reload();
    show();
    raise();
    activateWindow();
}

void HelpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        reload();
    QDialog::changeEvent(event);
}

} // namespace Baoku::App
