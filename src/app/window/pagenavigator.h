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

    // The issue of the article list, whose pages the bar shows.
    void showIssue(qint64 issueId, std::optional<int> announcedPages);
    // The article in the reader, which may come from another issue (a search result, a person's
    // articles): its continued links follow its own issue's pages.
    void showArticle(qint64 issueId, const Core::Article &article);
    void clear(); // a person's articles or search results: no issue, no pages
    // Opens page `page` of the listed issue (or of `issueId`); from a continued link of page
    // `fromPage` the article continued from there is preferred. False when the page holds nothing.
    bool openPage(int page, int fromPage = -1, bool recordHistory = false, qint64 issueId = -1);
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
    qint64 m_issueId = -1;     // the listed issue
    qint64 m_linkIssue = -1;   // the issue of the article in the reader
    int m_page = -1;
};

} // namespace Baoku::App
