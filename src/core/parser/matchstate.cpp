#include "core/parser/matchstate.h"

#include "core/parser/fields.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Baoku::Core::Parse {

MatchState::MatchState(RawPage rawPage, const PageWords &pageWords)
    : page(std::move(rawPage)), words(pageWords), titleOf(page.bodies.size(), -1), bodyOfLoose(page.loose.size(), -1)
{
}

int MatchState::firstBodyAfter(int pos) const
{
    for (int b = 0; b < page.bodies.size(); ++b) {
        if (page.bodies[b].pos > pos)
            return b;
    }
    return int(page.bodies.size());
}

bool MatchState::underHeadline(int i) const
{
    const auto &loose = page.loose;
    return i > 0 && loose[i - 1].kind == LooseKind::Heading
        && firstBodyAfter(loose[i - 1].pos) == firstBodyAfter(loose[i].pos);
}

bool MatchState::fitsNoBody(int line) const
{
    for (int b = 0; b < page.bodies.size(); ++b) {
        if (wordScore(lineWords[line], words.full(b), 0.35) >= 0)
            return false;
    }
    return true;
}

int MatchState::bodyNaming(const QList<Byline> &bylines) const
{
    for (int b = 0; b < page.bodies.size(); ++b) {
        const QString &text = words.leadText(b);
        for (const auto &byline : bylines) {
            if (text.contains(u"记者"_s + byline.name))
                return b;
        }
    }
    return -1;
}

bool MatchState::signedOrNamed(int b) const
{
    const RawBody &body = page.bodies[b];
    QString tail = body.draft.units.isEmpty() ? QString() : body.draft.units.last().text;
    Continuation continuation;
    tail = takeContinuations(tail, &continuation);
    return !takeSignature(&tail).isEmpty() || !body.draft.bylines.isEmpty()
        || (body.hasDateline && !matchDateline(body.text).value_or(DatelineMatch{}).reporters.isEmpty());
}

// A paragraph's first line cut off from the rest by a blank line (“走进某公司的生产” over
// “车间，一排排…”) reads as a headline. Whether loose line i, the last line right over body b,
// is one: the body opens with a clause of two characters in a line as wide as the column (a
// paragraph that opens so, “目前，…”, has its first line indented) and longer than line i.
// Callers give it only to a body that has its headline elsewhere: a real headline over such a
// body is its only one.
bool MatchState::opensBody(int i, int b) const
{
    const auto &loose = page.loose;
    const RawBody &body = page.bodies[b];
    if (loose[i].kind != LooseKind::Heading || body.hasDateline || body.continuation || body.draft.units.isEmpty()
        || body.pos <= loose[i].pos || body.pos - loose[i].pos > 2 || (i + 1 < loose.size() && loose[i + 1].pos < body.pos))
        return false;
    const Unit &first = body.draft.units.first();
    const QString line = removeSpaces(loose[i].text);
    const QString opening = removeSpaces(first.text);
    static const QString clauseEnds = u"，。、；：？！"_s;
    return !first.shortLine && first.kind == UnitKind::Text && opening.size() > std::max<qsizetype>(2, line.size())
        && isHan(opening.at(0).unicode()) && isHan(opening.at(1).unicode()) && clauseEnds.contains(opening.at(2))
        && !line.isEmpty() && isHan(line.back().unicode()) && !hasSentencePunctuation(line);
}

} // namespace Baoku::Core::Parse
