#include "app/browse/issuetreemodel.h"
#include "app/common/dateformat.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Baoku::App {

IssueTreeModel::IssueTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void IssueTreeModel::setIssues(const QList<Core::IssueSummary> &issues)
{
    beginResetModel();
    m_issues = issues;
    m_nodes.clear();
    m_years.clear();
    m_nodeOfIssue.clear();
    QStringList papers;
    for (const auto &issue : m_issues) {
        if (!papers.contains(issue.newspaper))
            papers << issue.newspaper;
    }
    // Named papers by name, an unnamed one last.
    std::sort(papers.begin(), papers.end(), [](const QString &a, const QString &b) {
        return a.isEmpty() != b.isEmpty() ? b.isEmpty() : QString::localeAwareCompare(a, b) < 0;
    });
    m_grouped = papers.size() > 1;
    if (!m_grouped)
        papers = {QString()};
    for (const QString &paper : papers) {
        int root = -1;
        if (m_grouped) {
            Node node;
            node.kind = NodeKind::Newspaper;
            node.newspaper = paper;
            node.row = int(m_years.size());
            root = int(m_nodes.size());
            m_nodes << node;
            m_years << root;
        }
        addIssues(root, paper);
    }
    endResetModel();
}

void IssueTreeModel::addIssues(int root, const QString &paper)
{
    // Walk newest first so that rows come out in the order they are shown.
    int year = -1;
    int month = -1;
    for (int i = int(m_issues.size()) - 1; i >= 0; --i) {
        const auto &issue = m_issues.at(i);
        if (root >= 0 && issue.newspaper != paper)
            continue;
        const int y = issue.date.isValid() ? issue.date.year() : 0;
        const int m = issue.date.isValid() ? issue.date.month() : 0;
        if (year < 0 || m_nodes.at(year).year != y) {
            Node node;
            node.year = y;
            node.parent = root;
            year = int(m_nodes.size());
            if (root >= 0) {
                node.row = int(m_nodes[root].children.size());
                m_nodes[root].children << year;
            } else {
                node.row = int(m_years.size());
                m_years << year;
            }
            m_nodes << node;
            month = -1;
        }
        if (month < 0 || m_nodes.at(month).month != m) {
            Node node;
            node.kind = NodeKind::Month;
            node.parent = year;
            node.year = y;
            node.month = m;
            node.row = int(m_nodes[year].children.size());
            month = int(m_nodes.size());
            m_nodes << node;
            m_nodes[year].children << month;
        }
        Node node;
        node.kind = NodeKind::Issue;
        node.parent = month;
        node.year = y;
        node.month = m;
        node.issue = i;
        node.articles = issue.articleCount;
        node.row = int(m_nodes[month].children.size());
        m_nodeOfIssue.insert(issue.id, int(m_nodes.size()));
        m_nodes[month].children << int(m_nodes.size());
        for (const int ancestor : {month, year, root}) {
            if (ancestor >= 0) {
                m_nodes[ancestor].articles += issue.articleCount;
                m_nodes[ancestor].issues += 1;
            }
        }
        m_nodes << node;
    }
}

QModelIndex IssueTreeModel::indexOfIssue(qint64 issueId) const
{
    const auto it = m_nodeOfIssue.constFind(issueId);
    if (it == m_nodeOfIssue.constEnd())
        return {};
    return createIndex(m_nodes.at(*it).row, 0, quintptr(*it));
}

QList<qint64> IssueTreeModel::issuesOn(const QDate &date) const
{
    QList<qint64> ids;
    for (const auto &issue : m_issues) {
        if (issue.date == date)
            ids << issue.id;
    }
    return ids;
}

std::optional<Core::IssueSummary> IssueTreeModel::summary(qint64 issueId) const
{
    const auto it = m_nodeOfIssue.constFind(issueId);
    if (it == m_nodeOfIssue.constEnd())
        return std::nullopt;
    return m_issues.at(m_nodes.at(*it).issue);
}

QModelIndex IssueTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const QList<int> &rows = parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_years;
    return createIndex(row, column, quintptr(rows.at(row)));
}

QModelIndex IssueTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes.at(int(child.internalId())).parent;
    if (parentNode < 0)
        return {};
    return createIndex(m_nodes.at(parentNode).row, 0, quintptr(parentNode));
}

int IssueTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_years.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int IssueTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant IssueTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes.at(int(index.internalId()));
    const Core::IssueSummary *issue = node.issue >= 0 ? &m_issues.at(node.issue) : nullptr;
    const bool inferred = issue && issue->dateSource == Core::DateSource::Inferred;
    switch (role) {
    case Qt::DisplayRole:
        switch (node.kind) {
        case NodeKind::Newspaper:
            return tr("%1 (%n issue(s))", nullptr, node.issues)
                .arg(node.newspaper.isEmpty() ? tr("No newspaper name") : node.newspaper);
        case NodeKind::Year:
            return node.year ? tr("%1 (%n issue(s))", nullptr, node.issues).arg(node.year)
                             : tr("No date");
        case NodeKind::Month:
            return tr("%1 (%n issue(s))", nullptr, int(node.children.size()))
                .arg(node.month ? QLocale().standaloneMonthName(node.month) : tr("No date"));
        case NodeKind::Issue: {
            QString text = issue->date.isValid() ? DateFormat::withWeekday(issue->date) : tr("No date");
            if (inferred)
                text += u" "_s + tr("(date inferred)");
            return QString(text + u"  "_s + tr("%n article(s)", nullptr, issue->articleCount));
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (!issue)
            return tr("%n article(s)", nullptr, node.articles);
        return QString(issue->newspaper + (inferred ? u"\n"_s + tr("The date was inferred, not printed on the page.") : QString()));
    case NodeKindRole: return int(node.kind);
    case CountRole:
        return node.kind == NodeKind::Issue       ? node.articles
                                                  : node.issues;
    case IssueIdRole: return issue ? QVariant(issue->id) : QVariant();
    case DateRole: return issue ? QVariant(issue->date) : QVariant();
    case DateInferredRole: return inferred;
    case TitleRole: return issue ? issue->newspaper : node.newspaper;
    default: return {};
    }
}

QHash<int, QByteArray> IssueTreeModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(NodeKindRole, "nodeKind");
    names.insert(CountRole, "count");
    names.insert(IssueIdRole, "issueId");
    names.insert(DateRole, "date");
    names.insert(DateInferredRole, "dateInferred");
    return names;
}

} // namespace Baoku::App
