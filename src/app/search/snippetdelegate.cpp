#include "app/search/snippetdelegate.h"
#include "app/common/dateformat.h"

#include "app/browse/modelroles.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHash>
#include <QDate>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Baoku::App {

namespace {
constexpr int kMargin = 6;

// The height of one laid-out line of snippet text: CJK fallback fonts are taller than the metrics.
int snippetLineHeight(const QFont &font)
{
    // Painting asks for every row; lay the line out once per font.
    static QHash<QString, int> cache;
    const QString key = font.key();
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QTextDocument doc;
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setPlainText(u"中A"_s);
    const int height = int(std::ceil(doc.size().height()));
    cache.insert(key, height);
    return height;
}
} // namespace

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect rect = option.rect.adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);
    const QFontMetrics metrics(option.font);
    painter->save();
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(option.palette.color(textRole));
    QString title = index.data(TitleRole).toString();
    if (title.isEmpty())
        title = tr("(untitled)");
    if (isStarred(index))
        title = u"★ "_s + title;
    painter->drawText(QRect(rect.left(), rect.top(), rect.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(title, Qt::ElideRight, rect.width()));
    painter->setFont(option.font);
    const QDate date = index.data(DateRole).toDate();
    QString meta = tr("Page %1").arg(index.data(PageRole).toInt());
    if (date.isValid())
        meta = DateFormat::text(date) + u" · "_s + meta;
    const QString bylines = index.data(BylinesRole).toString();
    if (!bylines.isEmpty())
        meta += u" · "_s + bylines;
    painter->setPen(selected ? option.palette.color(textRole) : option.palette.color(QPalette::PlaceholderText));
    painter->drawText(QRect(rect.left(), rect.top() + metrics.height(), rect.width(), metrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(meta, Qt::ElideRight, rect.width()));

    const QTextDocument &doc = snippetDocument(index.data(SnippetRole).toString(), option.font, rect.width());
    painter->translate(rect.left(), rect.top() + 2 * metrics.height() + 2);
    const QRect clip(0, 0, rect.width(), 2 * snippetLineHeight(option.font));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, option.palette.color(textRole));
    context.clip = clip;
    painter->setClipRect(clip);
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

const QTextDocument &SnippetDelegate::snippetDocument(const QString &html, const QFont &font, int width) const
{
    const QString key = QString::number(width) + u'\x1f' + font.key() + u'\x1f' + html;
    if (const QTextDocument *cached = m_snippets.object(key))
        return *cached;
    auto *doc = new QTextDocument;
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setTextWidth(width);
    doc->setHtml(html);
    doc->documentLayout(); // laid out here, once, rather than at the first draw
    ++m_layouts;
    m_snippets.insert(key, doc);
    return *doc;
}

bool SnippetDelegate::isStarred(const QModelIndex &index) const
{
    return m_starred && m_starred(index.data(ArticleIdRole).toLongLong());
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Uniform rows (title, meta, two snippet lines) keep scrolling through 100,000 hits cheap.
    const int line = QFontMetrics(option.font).height();
    return {200, 2 * line + 2 * snippetLineHeight(option.font) + 2 + kMargin * 2};
}

} // namespace Baoku::App
