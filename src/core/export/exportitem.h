// One article as exporters see it, and the small pieces of text every format shares.
#pragma once

#include "core/common/model.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Baoku::Core {

// An article with the issue it appeared in; id is the archive's article id (0 when not stored).
struct ExportItem final {
    qint64 id = 0;
    IssueInfo issue;
    Article article;
};

// The item with control characters removed from every text field (textdecoder.h): imported
// text may hold ESC or BEL, which a terminal or a viewer of the export would act on.
ExportItem withoutControls(const ExportItem &item);

// The people a citation names as authors: bylines other than photographers and editors,
// or the closing signature when the article has no byline.
QStringList citationAuthors(const Article &article);

// "记者 张三", "张三（甘肃省工业和信息化厅 厅长）": a byline as printed under a title.
QString bylineText(const Byline &byline);

// The title with its subtitle, for citations: "题名：副题" (the subtitle's leading dashes dropped).
QString citationTitle(const Article &article);

// "2023年11月10日 星期五" or empty for an invalid date.
QString chineseDate(const QDate &date);

// "中国电子报 2023年11月10日 星期五 第1版": where the article appeared, for headers and footers;
// "（日期系推断）" follows the date when the parser inferred it.
QString sourceLine(const ExportItem &item);

// The body's paragraphs, trimmed. When the first repeats the dateline's date ("本报讯 6月20日" and a body
// starting "6月20日，…"), the dateline leads that paragraph instead of standing on a line of its own:
// `lead` gets the dateline's length in the first paragraph (0 when the dateline stays on its own).
QList<Paragraph> bodyParagraphs(const Article &article, qsizetype *lead = nullptr);

// A file name without extension for one article: "2023-11-10_p1_42_金壮龙会见欧盟委员会…",
// free of characters that file systems refuse.
QString fileBaseName(const ExportItem &item);

} // namespace Baoku::Core
