#include "app/reader/continuationlinks.h"

#include "app/reader/readerview.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Baoku::App {

ContinuationLinks::ContinuationLinks(ReaderView *reader, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
{
    connect(reader, &ReaderView::anchorClicked, this, &ContinuationLinks::follow);
}

bool ContinuationLinks::follow(const QUrl &url)
{
    // A part of the same article: the anchor where it begins (ArticleHtml names them page-N).
    if (url.scheme().isEmpty() && url.path().isEmpty() && url.fragment().startsWith(u"page-"_s)) {
        m_reader->scrollToAnchor(url.fragment());
        return true;
    }
    if (url.scheme() != u"baoku"_s || !url.path().startsWith(u"page/"_s))
        return false;
    bool ok = false;
    const int page = url.path().mid(5).toInt(&ok);
    if (!ok || page <= 0)
        return false;
    const int from = QUrlQuery(url).queryItemValue(u"from"_s).toInt();
    if (!m_held.contains(page)) {
        emit message(tr("Page %1 of this issue is not in the archive.").arg(page));
        return true;
    }
    emit pageRequested(page, from);
    return true;
}

} // namespace Baoku::App
