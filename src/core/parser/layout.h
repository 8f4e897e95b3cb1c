// The layout stages: each turns the lines of one form of OCR text into article drafts.
#pragma once

#include "core/parser/draft.h"

#include <QStringList>

namespace Baoku::Core::Parse {

struct PageLayout final {
    QList<Draft> drafts; // in reading order
    int mastheadEnd = 0; // lines before this index may hold the masthead
};

// Whether the text is markdown-like (#-headings, **本报讯**) rather than raw column OCR.
bool isMarkdownForm(const QStringList &lines);

// The first line of an advertisement block that ends the page (扫码关注, 订阅, 官方店 …), or
// lines.size() when the page ends with an article.
int trailingAdvertisementStart(const QStringList &lines, int begin);

PageLayout readMarkdownLayout(const QStringList &lines);
PageLayout readRawLayout(const QStringList &lines);

// Text units shorter than this, with no dateline or byline, are pieces of another article.
inline constexpr int kMinArticleChars = 60;
int textLength(const Draft &draft);

} // namespace Baoku::Core::Parse
