// Year → month → issue tree of the archive with counts, newest first; with several newspapers,
// one branch per newspaper above the years.
#pragma once

#include "app/browse/modelroles.h"
#include "core/store/archive.h"

#include <QAbstractItemModel>

namespace Baoku::App {

class IssueTreeModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    explicit IssueTreeModel(QObject *parent = nullptr);

    void setIssues(const QList<Core::IssueSummary> &issues);
    QModelIndex indexOfIssue(qint64 issueId) const;
    QList<qint64> issuesOn(const QDate &date) const;
    const QList<Core::IssueSummary> &issues() const { return m_issues; }
    std::optional<Core::IssueSummary> summary(qint64 issueId) const;
    bool groupedByNewspaper() const { return m_grouped; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void addIssues(int root, const QString &paper); // the years of one paper (root -1: of all)

    struct Node final {
        NodeKind kind = NodeKind::Year;
        int parent = -1; // index in m_nodes, -1 for years
        int row = 0;     // position under the parent
        int year = 0;
        int month = 0;
        int issue = -1;  // index in m_issues for issue nodes
        int articles = 0;
        int issues = 0;
        QString newspaper; // newspaper nodes
        QList<int> children;
    };

    QList<Core::IssueSummary> m_issues; // oldest first, as the archive returns them
    QList<Node> m_nodes;
    QList<int> m_years; // the top-level nodes: years, or newspapers when there are several
    QHash<qint64, int> m_nodeOfIssue;
    bool m_grouped = false;
};

} // namespace Baoku::App
