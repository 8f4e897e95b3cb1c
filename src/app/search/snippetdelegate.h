// Draws a search result (or an article of a list) as its title, date · page · bylines, and the
// snippet with its match highlighted (or the kicker and first line).
#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace Baoku::App {

class SnippetDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Whether an article is starred: its title is drawn after a ★.
    void setStarred(std::function<bool(qint64)> starred) { m_starred = std::move(starred); }
    bool isStarred(const QModelIndex &index) const;

private:
    std::function<bool(qint64)> m_starred;
};

} // namespace Baoku::App
