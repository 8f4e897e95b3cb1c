// Draws a search result (or an article of a list) as its title, date · page · bylines, and the
// snippet with its match highlighted (or the kicker and first line).
#pragma once

#include <QCache>
#include <QStyledItemDelegate>
#include <QTextDocument>

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

    // Snippets laid out so far and kept for the next paint (for tests).
    int cachedSnippets() const { return int(m_snippets.size()); }
    int snippetLayouts() const { return m_layouts; }

private:
    const QTextDocument &snippetDocument(const QString &html, const QFont &font, int width) const;

    std::function<bool(qint64)> m_starred;
    // Laying out a snippet's HTML was a sixth to a quarter of the GUI thread while scrolling, once
    // per visible row and paint; the documents of the last rows painted are kept, keyed by the
    // HTML, font and width, so a new model, another row content or a resized view lays out anew.
    mutable QCache<QString, QTextDocument> m_snippets{kCachedSnippets};
    mutable int m_layouts = 0;
    static constexpr int kCachedSnippets = 256;
};

} // namespace Baoku::App
