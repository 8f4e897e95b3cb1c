// Draws a search result as title, date · page · bylines, and the snippet with its match highlighted.
#pragma once

#include <QStyledItemDelegate>

namespace Baoku::App {

class SnippetDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The snippet markup for a text whose matches are enclosed in `open`/`close` markers.
    static QString markedToHtml(const QString &marked, QChar open, QChar close);
};

} // namespace Baoku::App
