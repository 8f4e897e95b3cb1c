// The right pane: the reader, a bar to step through search hits, and the find bar.
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace Baoku::App {

class FindBar;
class ReaderView;

class ReaderPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ReaderPanel(QWidget *parent = nullptr);

    ReaderView *reader() const { return m_reader; }
    FindBar *findBar() const { return m_findBar; }
    void setHitBarVisible(bool visible);
    bool isHitBarVisible() const;
    // Next Result is disabled after the last result, with a tooltip saying so.
    void setNextResultEnabled(bool enabled);
    void retranslate();
    // Another pane under the reader (the notes on the article).
    void addPane(QWidget *pane);

signals:
    void nextHitRequested();
    void previousHitRequested();
    void nextResultRequested();

private:
    void updateHits();

    ReaderView *m_reader;
    FindBar *m_findBar;
    QWidget *m_hitBar;
    QLabel *m_hitLabel;
    QToolButton *m_previousHit;
    QToolButton *m_nextHit;
    QToolButton *m_nextResult;
};

} // namespace Baoku::App
