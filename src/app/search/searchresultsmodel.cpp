#include "app/search/searchresultsmodel.h"
#include "app/common/dateformat.h"

#include "app/browse/modelroles.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Baoku::App {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : PagedListModel(parent)
{
}

void SearchResultsModel::reset(const SearchPage &first)
{
    resetRows([&] {
        m_rows = first.hits;
        m_total = first.total < 0 ? -1 : std::max<qint64>(first.total, first.hits.size());
        m_token = first.token;
        m_query = first.query;
        m_pending = false;
        return int(m_rows.size());
    });
}

void SearchResultsModel::clear()
{
    reset({});
}

bool SearchResultsModel::append(const SearchPage &page)
{
    if (page.token != m_token || page.offset != m_rows.size())
        return false;
    m_pending = false;
    if (page.hits.isEmpty()) {
        // The archive changed under the search; stop asking for rows that are no longer there.
        m_total = m_rows.size();
        return true;
    }
    m_rows << page.hits;
    showRows(int(m_rows.size()));
    return true;
}

bool SearchResultsModel::setTotal(quint64 token, qint64 total)
{
    if (token != m_token || m_token == 0 || total < 0)
        return false;
    if (m_total < 0 || m_total > m_rows.size()) // an empty page may have ended the rows already
        m_total = std::max<qint64>(total, m_rows.size());
    return true;
}

qint64 SearchResultsModel::articleIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).articleId : -1;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHitRow &row = m_rows.at(index.row());
    // An advertisement has no title: it is named as one, never "(untitled)".
    const QString title = !row.title.isEmpty() ? row.title : row.advertisement ? tr("Advertisement") : QString();
    switch (role) {
    case Qt::DisplayRole:
        return QString((title.isEmpty() ? tr("(untitled)") : title) + u"\n"_s
                       + DateFormat::text(row.date) + u" · "_s + tr("Page %1").arg(row.page));
    case ArticleIdRole: return row.articleId;
    case DateRole: return row.date;
    case PageRole: return row.page;
    case TitleRole: return title;
    case BylinesRole: return row.bylines;
    case SnippetRole: return row.snippetHtml;
    default: return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    auto names = PagedListModel::roleNames();
    names.insert(ArticleIdRole, "articleId");
    names.insert(DateRole, "date");
    names.insert(PageRole, "page");
    names.insert(TitleRole, "title");
    names.insert(BylinesRole, "bylines");
    names.insert(SnippetRole, "snippet");
    return names;
}

void SearchResultsModel::loadMore()
{
    m_pending = true;
    emit moreWanted(m_token, int(m_rows.size()));
}

} // namespace Baoku::App
