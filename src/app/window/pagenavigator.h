// Page navigation inside the shown issue: the page bar, Previous/Next Page and the reader's
// continued links, all opening the first article of a page (or the part printed there).
#pragma once

#include "core/store/archive.h"

#include <QObject>

namespace Baoku::App {

class ContinuationLinks;
class MainWindow;
class PageBar;

class PageNavigator final : public QObject {
    Q_OBJECT
public:
    PageNavigator(MainWindow *window, PageBar *bar);

    void showIssue(qint64 issueId, std::optional<int> announcedPages);
    void showArticle(const Core::Article &article, bool inIssue);
    void clear(); // a person's articles or search results: no issue, no pages
    // Opens page `page` of the shown issue; from a continued link of page `fromPage` the article
    // continued from there is preferred. False when the issue holds nothing on that page.
    bool openPage(int page, int fromPage = -1, bool recordHistory = false);
    bool step(int delta); // Previous/Next Page
    int currentPage() const { return m_page; }
    bool canStep(int delta) const;
    ContinuationLinks *links() const { return m_links; }

signals:
    void message(const QString &text);
    void pageChanged(int page);

private:
    void setPage(int page);

    MainWindow *m_window;
    PageBar *m_bar;
    ContinuationLinks *m_links;
    qint64 m_issueId = -1;
    int m_page = -1;
};

} // namespace Baoku::App
