// The base of the app's lazy lists: rows reach the model page by page as a view scrolls
// (canFetchMore/fetchMore), so 100,000 rows cost only what is shown.
#pragma once

#include <QAbstractListModel>

namespace Baoku::App {

class PagedListModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_shown; }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !m_notifying && !parent.isValid() && hasMore();
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (canFetchMore(parent))
            loadMore();
    }

protected:
    int shownCount() const { return m_shown; }
    // Whether rows beyond the shown ones exist or can be asked for.
    virtual bool hasMore() const = 0;
    // Shows the next page now (showRows) or asks for it and shows it when it arrives.
    virtual void loadMore() = 0;

    // Replaces every row: `change` swaps the data inside the reset, then `shown` rows are in the model.
    template <typename Change>
    void resetRows(Change &&change)
    {
        beginResetModel();
        m_shown = change();
        notifying([this] { endResetModel(); });
    }
    // Shows the rows up to `count`, appended at the end; the data must already hold them.
    void showRows(int count)
    {
        if (count <= m_shown)
            return;
        notifying([this, count] {
            beginInsertRows({}, m_shown, count - 1);
            m_shown = count;
            endInsertRows();
        });
    }

private:
    // Qt 6.4's model tester (and some views) call fetchMore() from their change handlers, which
    // would begin an insertion inside the notification: no fetching while one is delivered.
    template <typename Notify>
    void notifying(Notify &&notify)
    {
        m_notifying = true;
        notify();
        m_notifying = false;
    }

    int m_shown = 0;
    bool m_notifying = false;
};

} // namespace Baoku::App
