// What matching knows about one raw page while its stages run: the page, which headline
// candidate titles which body, and which body each loose line went to; with the questions the
// stages (headlinematcher, featurecutfinder, looseplacer) ask of it.
#pragma once

#include "core/parser/pagewords.h"
#include "core/parser/rawpage.h"

namespace Baoku::Core::Parse {

inline constexpr int kMaxHeadlineLines = 3;

// One to kMaxHeadlineLines headline lines in a row of one group, as one possible title.
struct Candidate final {
    QList<int> lines; // indexes into page.loose
    QString text;
    Bigrams words; // bigrams of the text, computed once
};

struct MatchState final {
    MatchState(RawPage rawPage, const PageWords &pageWords);

    RawPage page;
    const PageWords &words;
    QList<Candidate> candidates;
    QList<Bigrams> lineWords; // bigrams of each loose line
    QList<int> titleOf;       // body -> candidate; -2 when a leftover line titles it
    QList<int> bodyOfLoose;   // loose line -> body

    // The first body that starts below line position pos, or the number of bodies.
    int firstBodyAfter(int pos) const;
    // Whether loose line i stands under a headline line, with no body between them (the loose
    // lines hold no bodies, so the line before in the list may stand far above).
    bool underHeadline(int i) const;
    bool fitsNoBody(int line) const;
    // The body that names the reporter itself (本报讯 记者X报道, （记者 X）), or -1.
    int bodyNaming(const QList<Byline> &bylines) const;
    // Whether body b ends on a signature or names its reporter already.
    bool signedOrNamed(int b) const;
    // Whether loose line i is body b's first line, cut off by a blank line (see the .cpp).
    bool opensBody(int i, int b) const;
};

} // namespace Baoku::Core::Parse
