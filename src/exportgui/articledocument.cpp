#include "articledocument.h"

#include "export/citation.h"
#include "export/htmlexport.h"

#include <QFont>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Baoku::Core {
namespace {

// Qt's rich text understands a subset of CSS; this is the part of the HTML export's style it can show.
QString qtStyleSheet()
{
    return u"h1 { font-size: 18pt; font-weight: bold; margin-top: 6pt; margin-bottom: 6pt; }\n"
           "p { margin-top: 4pt; margin-bottom: 4pt; text-indent: 22pt; }\n"
           ".column, .kicker, .subtitle, .byline, .source, .dateline, .caption, .cite { text-indent: 0; }\n"
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

QString pageFooter(const QList<ExportItem> &items)
{
    if (items.size() == 1)
        return gbt7714(items.first());
    return u"%1 篇文章"_s.arg(items.size());
}

} // namespace Baoku::Core
