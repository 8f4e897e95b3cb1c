// The toolbar's search field: searches after a short pause in typing; its drop-down holds history.
#pragma once

#include <QComboBox>

class QTimer;

namespace Baoku::App {

class SearchField final : public QComboBox {
    Q_OBJECT
public:
    static constexpr int kPauseMs = 250;

    explicit SearchField(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text); // does not search
    void setHistory(const QStringList &history);
    void remember(const QString &query); // adds to the history (drop-down and settings)
    void focusField();
    void retranslate();

signals:
    void queryChanged(const QString &query); // after the pause, Enter, or a history pick
    void submitted();                        // Enter: right after its queryChanged

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTimer *m_pause;
    bool m_settingText = false;
};

} // namespace Baoku::App
