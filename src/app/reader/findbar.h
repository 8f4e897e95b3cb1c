// The find-in-article bar under the reader (Ctrl+F): a field, match count, next and previous.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Baoku::App {

class ReaderView;

class FindBar final : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(ReaderView *reader, QWidget *parent = nullptr);

    void activate(); // show, focus and select the field
    void retranslate();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateCount();
    void close();

    ReaderView *m_reader;
    QLineEdit *m_field;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
};

} // namespace Baoku::App
