#include "app/browse/articlelistmodel.h"
#include "app/common/dateformat.h"

#include "app/browse/modelroles.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Baoku::App {

namespace {
constexpr int kFirstLineLength = 60;
}

ArticleListModel::ArticleListModel(QObject *parent)
    : PagedListModel(parent)
{
}

ArticleRow ArticleListModel::rowFrom(const Core::StoredArticle &stored)
{
    const Core::Article &article = stored.article;
    ArticleRow row;
    row.id = stored.id;
    row.issueId = stored.issueId;
    row.date = stored.issue.date;
    row.page = article.page;
    row.title = article.title;
    row.kicker = article.kicker;
    QStringList names;
    for (const auto &byline : article.bylines)
        names << byline.name;
    if (names.isEmpty() && !article.signature.isEmpty())
        names << article.signature;
    row.bylines = names.join(u"、"_s);
    row.advertisement = article.kind == Core::ArticleKind::Advertisement;
    const qsizetype end = article.body.indexOf(u'\n');
    row.firstLine = article.body.left(std::min<qsizetype>(end < 0 ? article.body.size() : end, kFirstLineLength));
    return row;
}

void ArticleListModel::setArticles(const QList<Core::StoredArticle> &articles, bool showDate)
{
    resetRows([&] {
        m_all.clear();
        m_all.reserve(articles.size());
        for (const auto &stored : articles)
            m_all << rowFrom(stored);
        m_showDate = showDate;
        return rebuildRows();
    });
}

void ArticleListModel::setShowAdvertisements(bool show)
{
    if (show == m_showAds)
        return;
    resetRows([&] {
        m_showAds = show;
        return rebuildRows();
    });
}

int ArticleListModel::rebuildRows()
{
    m_rows.clear();
    m_rows.reserve(m_all.size());
    QList<ArticleRow> ads;
    for (const auto &row : std::as_const(m_all))
        (row.advertisement ? ads : m_rows) << row;
    m_adCount = int(ads.size());
    if (m_showAds)
        m_rows << ads;
    return std::min<int>(kPageSize, int(m_rows.size()));
}

void ArticleListModel::clear()
{
    setArticles({}, false);
}

int ArticleListModel::rowOf(qint64 articleId)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == articleId) {
            showRows(row + 1); // reveal the row so that a view can select it
            return row;
        }
    }
    return -1;
}

qint64 ArticleListModel::articleIdAt(int row) const
{
    return row >= 0 && row < shownCount() ? m_rows.at(row).id : -1;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = row.advertisement ? (row.title.isEmpty() ? tr("Advertisement") : tr("Advertisement: %1").arg(row.title))
                                         : row.title.isEmpty() ? tr("(untitled)") : row.title;
        QString meta = tr("Page %1").arg(row.page);
        if (m_showDate)
            meta = DateFormat::text(row.date) + u" · "_s + meta;
        if (!row.bylines.isEmpty())
            meta += u" · "_s + row.bylines;
        return QString(text + u"\n"_s + meta);
    }
    case Qt::ToolTipRole:
        return row.kicker.isEmpty() ? row.firstLine : QString(row.kicker + u"\n"_s + row.firstLine);
    case ArticleIdRole: return row.id;
    case IssueIdRole: return row.issueId;
    case DateRole: return m_showDate ? row.date : QDate(); // the issue's own list needs no date
    case SnippetRole:
        return QString((row.kicker.isEmpty() ? QString() : row.kicker + u"  "_s) + row.firstLine).toHtmlEscaped();
    case PageRole: return row.page;
    case TitleRole:
        if (row.advertisement)
            return row.title.isEmpty() ? tr("Advertisement") : tr("Advertisement: %1").arg(row.title);
        return row.title;
    case KickerRole: return row.kicker;
    case BylinesRole: return row.bylines;
    case FirstLineRole: return row.firstLine;
    default: return {};
    }
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    auto names = PagedListModel::roleNames();
    names.insert(ArticleIdRole, "articleId");
    names.insert(IssueIdRole, "issueId");
    names.insert(DateRole, "date");
    names.insert(PageRole, "page");
    names.insert(TitleRole, "title");
    names.insert(KickerRole, "kicker");
    names.insert(BylinesRole, "bylines");
    names.insert(FirstLineRole, "firstLine");
    names.insert(SnippetRole, "snippet");
    return names;
}

} // namespace Baoku::App
