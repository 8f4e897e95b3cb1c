#include "app/search/searchresultsmodel.h"
#include "app/common/dateformat.h"

#include "app/browse/modelroles.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Baoku::App {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultsModel::reset(const SearchPage &first)
{
    beginResetModel();
    m_rows = first.hits;
    m_total = std::max<qint64>(first.total, first.hits.size());
    m_token = first.token;
    m_query = first.query;
    m_pending = false;
    finishReset();
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
    m_notifying = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.hits.size() - 1));
    m_rows << page.hits;
    endInsertRows();
    m_notifying = false;
    return true;
}

qint64 SearchResultsModel::articleIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).articleId : -1;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHitRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString((row.title.isEmpty() ? tr("(untitled)") : row.title) + u"\n"_s
                       + DateFormat::text(row.date) + u" · "_s + tr("Page %1").arg(row.page));
    case ArticleIdRole: return row.articleId;
    case DateRole: return row.date;
    case PageRole: return row.page;
    case TitleRole: return row.title;
    case BylinesRole: return row.bylines;
    case SnippetRole: return row.snippetHtml;
    default: return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(ArticleIdRole, "articleId");
    names.insert(DateRole, "date");
    names.insert(PageRole, "page");
    names.insert(TitleRole, "title");
    names.insert(BylinesRole, "bylines");
    names.insert(SnippetRole, "snippet");
    return names;
}

bool SearchResultsModel::canFetchMore(const QModelIndex &parent) const
{
    return !m_notifying && !parent.isValid() && !m_pending && m_token != 0 && m_rows.size() < m_total;
}

void SearchResultsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_pending = true;
    emit moreWanted(m_token, int(m_rows.size()));
}

void SearchResultsModel::finishReset()
{
    // Qt 6.4's model tester (and some views) call fetchMore() from their change handlers,
    // which would begin an insertion inside the notification.
    m_notifying = true;
    endResetModel();
    m_notifying = false;
}

} // namespace Baoku::App
