// After matching: headline lines that matched no body become titles, kickers or banners, bylines
// go to the articles they stand beside, and captions to the body that follows them.
#pragma once

#include "core/parser/matchstate.h"

namespace Baoku::Core::Parse {

class LoosePlacer final {
public:
    explicit LoosePlacer(MatchState &state)
        : m_state(state) {}

    void placeLeftoverHeadings();
    void placeOtherLooseLines();

private:
    static bool bannerLike(const QString &text, int lines);
    bool directlyAbove(int last, int b) const;
    bool needsByline(int b) const;
    void placeListedBylines(const QList<int> &run, QList<int> *pool);
    void addBylines(int b, const QList<Byline> &bylines);

    MatchState &m_state;
};

} // namespace Baoku::Core::Parse
