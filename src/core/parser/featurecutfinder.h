// A 本报讯 brief with no signature runs on into an undated feature whose headline stands in the
// block at the top: nothing marks where one ends and the other begins but the headline. This
// stage finds where such a body is to be cut in two.
#pragma once

#include "core/parser/matchstate.h"

#include <optional>

namespace Baoku::Core::Parse {

struct BodyCut final {
    int body = 0;
    qsizetype unit = 0;      // the first unit of the second article
    qsizetype headlines = 0; // units from there on that were its headline, read as subheadings
};

class FeatureCutFinder final {
public:
    // Reads the state after HeadlineMatcher::pairAll.
    explicit FeatureCutFinder(const MatchState &state)
        : m_state(state) {}

    // When a reporter waits for a feature the page lacks, a run of headline lines that fits no
    // body's lead and stands not tight over a matched headline (a kicker does) is looked for at
    // the opening of a paragraph inside a dated body; where it fits and fits none of the text
    // above, the body is cut. Returns the best such cut.
    std::optional<BodyCut> find() const;

private:
    bool featureMissing() const;
    QList<Bigrams> unmatchedHeadlines() const;
    void subheadingCut(std::optional<BodyCut> *best, double *bestScore) const;

    const MatchState &m_state;
};

} // namespace Baoku::Core::Parse
