// Pairs the loose headline lines of a raw page with article bodies by content: a headline's words
// recur in its lead paragraph.
#pragma once

#include "core/parser/matchstate.h"

#include <optional>

namespace Baoku::Core::Parse {

class HeadlineMatcher final {
public:
    // Splits lines that hold two headlines and gathers the candidate titles into state.
    explicit HeadlineMatcher(MatchState &state);

    // Gives each body the candidate that fits its lead best, then its whole text.
    void pairAll();
    // A headline line left over right under a matched one, that the same body's text also
    // repeats, is the rest of that headline.
    void extendTitles();

private:
    std::pair<int, double> bestBody(const Bigrams &words, int near) const;
    void splitMergedHeadlines();
    void buildCandidates();
    std::optional<double> splitAdjustment(const Candidate &cand, const Bigrams &opening, const Bigrams &words) const;
    void pair(bool lead, double minFraction);

    MatchState &m_state;
};

} // namespace Baoku::Core::Parse
