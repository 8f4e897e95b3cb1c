#include "app/window/pagenavigator.h"

#include "app/browse/pagebar.h"
#include "app/browse/pagelistmodel.h"
#include "app/reader/continuationlinks.h"
#include "app/reader/readerpanel.h"
#include "app/reader/readerview.h"
#include "app/window/mainwindow.h"

using namespace Qt::StringLiterals;

namespace Baoku::App {

PageNavigator::PageNavigator(MainWindow *window, PageBar *bar)
    : QObject(window)
    , m_window(window)
    , m_bar(bar)
    , m_links(new ContinuationLinks(window->readerPanel()->reader(), this))
{
    connect(m_bar, &PageBar::pageActivated, this, [this](int page) { openPage(page); });
    connect(m_links, &ContinuationLinks::pageRequested, this,
            [this](int page, int from) { openPage(page, from, true, m_linkIssue); });
    connect(m_links, &ContinuationLinks::message, this, &PageNavigator::message);
}

void PageNavigator::showIssue(qint64 issueId, std::optional<int> announcedPages)
{
    m_issueId = issueId;
    m_bar->setPages(m_window->archive().pages(issueId), announcedPages);
    m_linkIssue = issueId;
    m_links->setHeldPages(m_bar->model()->heldPages());
    setPage(-1);
}

void PageNavigator::showArticle(qint64 issueId, const Core::Article &article)
{
    if (issueId != m_linkIssue) {
        m_linkIssue = issueId;
        QList<int> held;
        for (const auto &page : m_window->archive().pages(issueId))
            held << page.page;
        m_links->setHeldPages(held);
    }
    if (issueId == m_issueId)
        setPage(article.page);
}

void PageNavigator::clear()
{
    m_issueId = -1;
    m_bar->clear();
    setPage(-1);
}

bool PageNavigator::openPage(int page, int fromPage, bool recordHistory, qint64 issueId)
{
    if (issueId < 0)
        issueId = m_issueId;
    if (issueId < 0 || (issueId == m_issueId && !m_bar->model()->holds(page)))
        return false;
    const QList<Core::StoredArticle> articles = m_window->archive().articlesOfIssue(issueId);
    const Core::StoredArticle *target = nullptr;
    bool inPart = false;
    // An unstitched continuation of the page we come from, then the first article of the page,
    // then an article whose later part is printed there (a page that holds only continuations).
    for (const auto &stored : articles) {
        if (fromPage > 0 && stored.article.page == page && stored.article.continuedFrom == fromPage) {
            target = &stored;
            break;
        }
    }
    // Advertisements and notices are hidden in the list by default: an article first.
    for (const bool anyKind : {false, true}) {
        for (qsizetype i = 0; !target && i < articles.size(); ++i) {
            const Core::Article &a = articles.at(i).article;
            if (a.page == page && (anyKind || a.kind == Core::ArticleKind::Article))
                target = &articles.at(i);
        }
    }
    for (qsizetype i = 0; !target && i < articles.size(); ++i) {
        if (articles.at(i).article.pages.contains(page)) {
            target = &articles.at(i);
            inPart = true;
        }
    }
    if (!target) {
        emit message(tr("Page %1 holds no article of its own.").arg(page));
        return false;
    }
    if (m_window->currentArticle() != target->id)
        m_window->openArticle(target->id, recordHistory);
    if (inPart)
        m_window->readerPanel()->reader()->scrollToAnchor(u"page-%1"_s.arg(page));
    if (issueId == m_issueId)
        setPage(page);
    return true;
}

bool PageNavigator::canStep(int delta) const
{
    return m_issueId >= 0 && m_bar->model()->neighbourPage(m_page, delta) > 0;
}

bool PageNavigator::step(int delta)
{
    const int page = m_bar->model()->neighbourPage(m_page, delta);
    return page > 0 && openPage(page);
}

void PageNavigator::setPage(int page)
{
    m_page = page;
    m_bar->setCurrentPage(page);
    emit pageChanged(page);
}

} // namespace Baoku::App
