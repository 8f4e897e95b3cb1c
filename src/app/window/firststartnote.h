// A dismissible note above the panes after the first start: what is shown are bundled samples,
// and how to import one's own files (with an Import Folder… button). It stays until closed.
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace Baoku::App {

class FirstStartNote final : public QFrame {
    Q_OBJECT
public:
    explicit FirstStartNote(QWidget *parent = nullptr);

    static void setPending(); // the samples were imported: show the note until it is dismissed
    static bool isPending();
    void showIfPending();
    void dismiss();
    QPushButton *importButton() const { return m_import; }
    QToolButton *closeButton() const { return m_close; }

signals:
    void importFolderRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_text;
    QPushButton *m_import;
    QToolButton *m_close;
};

} // namespace Baoku::App
