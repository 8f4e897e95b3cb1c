// Assembles a raw page: headlinematcher pairs headlines with bodies, featurecutfinder cuts a
// body that holds two articles (and the page is matched again), looseplacer hands out the rest.
#include "core/parser/rawpage.h"

#include "core/parser/featurecutfinder.h"
#include "core/parser/headlinematcher.h"
#include "core/parser/layout.h"
#include "core/parser/looseplacer.h"
#include "core/parser/textutil.h"

#include <algorithm>

namespace Baoku::Core::Parse {
namespace {

constexpr int kMaxCuts = 8;

// Cuts body cut.body in two; the units read as the second article's headline go back among the
// loose lines, as a group of their own.
void applyCut(RawPage *page, const BodyCut &cut)
{
    RawBody &whole = page->bodies[cut.body];
    RawBody feature;
    feature.draft.units = whole.draft.units.mid(cut.unit + cut.headlines);
    if (cut.headlines > 0) {
        int group = 0;
        for (const auto &line : std::as_const(page->loose))
            group = std::max(group, line.group);
        qsizetype at = 0;
        const int firstPos = whole.draft.units[cut.unit].pos;
        while (at < page->loose.size() && page->loose[at].pos < firstPos)
            ++at;
        for (qsizetype k = 0; k < cut.headlines; ++k) {
            const Unit &unit = whole.draft.units[cut.unit + k];
            page->loose.insert(at + k, LooseLine{LooseKind::Heading, unit.text, {}, unit.pos, group + 1, true});
        }
    }
    whole.draft.units.resize(cut.unit);
    whole.text.clear();
    for (const auto &unit : std::as_const(whole.draft.units))
        whole.text += unit.kind == UnitKind::Text ? unit.text : QString();
    for (const auto &unit : std::as_const(feature.draft.units))
        feature.text += unit.kind == UnitKind::Text ? unit.text : QString();
    feature.pos = feature.draft.units.first().pos;
    page->bodies.insert(cut.body + 1, feature);
}

} // namespace

bool looksLikeHeadline(const QString &text)
{
    QString rest = text;
    rest.remove(u'，');
    return hanCount(text) >= 2 && !hasSentencePunctuation(rest) && text.count(u'，') <= 1 && !text.endsWith(u'，')
        && !endsSentence(text);
}

QList<Draft> assembleRawPage(RawPage page)
{
    // A stray short body with no dateline is the tail of the body before it.
    for (int b = 1; b < page.bodies.size(); ++b) {
        if (page.bodies[b].hasDateline || page.bodies[b].continuation || removeSpaces(page.bodies[b].text).size() >= 60)
            continue;
        page.bodies[b - 1].draft.units.append(page.bodies[b].draft.units);
        page.bodies[b - 1].text += page.bodies[b].text;
        page.bodies.removeAt(b--);
    }
    // The bodies' words are kept across rounds: a cut changes two bodies only.
    PageWords words(page.bodies);
    for (int round = 0;; ++round) {
        MatchState state(page, words);
        HeadlineMatcher matcher(state);
        matcher.pairAll();
        const auto cut = round < kMaxCuts ? FeatureCutFinder(state).find() : std::nullopt;
        if (!cut) {
            matcher.extendTitles();
            LoosePlacer placer(state);
            placer.placeLeftoverHeadings();
            placer.placeOtherLooseLines();
            QList<Draft> drafts;
            for (auto &body : state.page.bodies)
                drafts.append(std::move(body.draft));
            return drafts;
        }
        applyCut(&page, *cut);
        words.bodyCut(page.bodies, cut->body);
    }
}

} // namespace Baoku::Core::Parse
