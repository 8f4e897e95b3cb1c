// The offline Help: the user guide, the query syntax with examples and the shortcut sheet, in the
// UI language, from Qt resources (:/help), shown in a QTextBrowser. The shortcut sheet is made
// from the window's actions, so it always lists the shortcuts that really work.
#pragma once

#include <QDialog>

class QAction;
class QTextBrowser;

namespace Baoku::App {

class HelpDialog final : public QDialog {
    Q_OBJECT
public:
    explicit HelpDialog(QList<QAction *> actions, QWidget *parent = nullptr);

    // Shows the page at an anchor: "guide", "search", "syntax", "import" or "shortcuts".
    void showSection(const QString &anchor);
    QTextBrowser *browser() const { return m_browser; }
    static QString pageHtml(const QList<QAction *> &actions);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();

    QList<QAction *> m_actions;
    QTextBrowser *m_browser;
    QString m_anchor;
};

} // namespace Baoku::App
