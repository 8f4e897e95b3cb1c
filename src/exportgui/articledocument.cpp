#include "exportgui/articledocument.h"

#include "core/export/citation.h"
#include "core/export/htmlexport.h"

#include <QFont>
#include <QFontMetricsF>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Baoku::Core {
namespace {

// Qt's rich text understands a subset of CSS; this is the part of the HTML export's style it can show.
// Body paragraphs get a 1px indent as a mark; indentParagraphs() makes it two characters wide.
QString qtStyleSheet()
{
    return u"h1 { font-size: 18pt; font-weight: bold; margin-top: 6pt; margin-bottom: 6pt; }\n"
           "p { margin-top: 4pt; margin-bottom: 4pt; text-indent: 1px; line-height: 150%; }\n"
           ".column, .kicker, .subtitle, .byline, .source, .dateline, .caption, .cite { text-indent: 0px; }\n"
           ".column, .kicker, .subtitle { color: #444444; }\n"
           ".byline, .source, .dateline, .caption { color: #555555; font-size: 9.5pt; }\n"
           ".signature { text-align: right; }\n"
           ".cite { color: #666666; font-size: 9pt; margin-top: 12pt; }\n"_s;
}

} // namespace

QString exportFontFamily() { return u"Noto Serif CJK SC"_s; }

std::unique_ptr<QTextDocument> articleDocument(const QList<ExportItem> &items)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font(exportFontFamily());
    font.setPointSizeF(11);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(qtStyleSheet());
    QString html;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            html += u"<hr/>\n"_s;
        html += htmlArticle(items.at(i));
    }
    document->setHtml(html);
    if (!items.isEmpty())
        document->setMetaInformation(QTextDocument::DocumentTitle, items.first().article.title);
    return document;
}

void indentParagraphs(QTextDocument &document, const QPaintDevice &device)
{
    const qreal indent = QFontMetricsF(document.defaultFont(), &device).horizontalAdvance(u"中中"_s);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().textIndent() != 1)
            continue;
        QTextCursor cursor(block);
        QTextBlockFormat format = block.blockFormat();
        format.setTextIndent(indent);
        cursor.setBlockFormat(format);
    }
}

QString pageFooter(const QList<ExportItem> &items)
{
    if (items.size() == 1)
        return gbt7714(items.first());
    return u"%1 篇文章"_s.arg(items.size());
}

} // namespace Baoku::Core
