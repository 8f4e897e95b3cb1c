// Raw column OCR after segmentation: article bodies, and the loose lines between them (headlines,
// bylines, captions) that must be matched to bodies by content.
#pragma once

#include "core/parser/draft.h"

namespace Baoku::Core::Parse {

enum class LooseKind { Heading, Byline, Author, Caption, Subtitle };

struct LooseLine final {
    LooseKind kind = LooseKind::Heading;
    QString text;
    QList<Byline> bylines; // for Byline and Author
    int pos = 0;           // line index in the file
    int group = 0;         // headings in one group stand together with nothing else between them
    bool blankBefore = false; // a blank line stands between it and the line above
};

struct RawBody final {
    Draft draft;
    int pos = 0; // line index where the body starts
    bool hasDateline = false;
    bool continuation = false; // opens with （上接第N版）
    QString text; // the body's text, for matching
};

struct RawPage final {
    QList<RawBody> bodies;
    QList<LooseLine> loose;
};

// Text a headline line may hold: no sentence punctuation but one comma inside the line
// (“在某地，某产业正在改变什么”), not at its end.
bool looksLikeHeadline(const QString &text);

// Matches headlines to bodies by content, then hands out the remaining loose lines; returns the drafts.
QList<Draft> assembleRawPage(RawPage page);

} // namespace Baoku::Core::Parse
