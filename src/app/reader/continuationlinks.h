// Follows the reader's "continued on/from page N" links: within a stitched article to the part on
// the other page, else to page N of the issue when the archive holds it, else says it does not.
#pragma once

#include <QObject>
#include <QUrl>

namespace Baoku::App {

class ReaderView;

class ContinuationLinks final : public QObject {
    Q_OBJECT
public:
    explicit ContinuationLinks(ReaderView *reader, QObject *parent = nullptr);

    // The pages of the shown issue the archive holds.
    void setHeldPages(const QList<int> &pages) { m_held = pages; }
    // Handles a link of the reader; false for a link that is not a continuation.
    bool follow(const QUrl &url);

signals:
    // Page `page` of the shown issue, coming from page `fromPage`: open its continuation there.
    void pageRequested(int page, int fromPage);
    void message(const QString &text);

private:
    ReaderView *m_reader;
    QList<int> m_held;
};

} // namespace Baoku::App
