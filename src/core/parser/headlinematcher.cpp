#include "core/parser/headlinematcher.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Baoku::Core::Parse {
namespace {

constexpr double kJoinBonus = 3;
constexpr double kJoinPenalty = 6;
constexpr int kBodyWindow = 40; // a headline is looked for among this many bodies after it

struct Pairing {
    double score = 0;
    int candidate = 0;
    int body = 0;
};

} // namespace

HeadlineMatcher::HeadlineMatcher(MatchState &state)
    : m_state(state)
{
    splitMergedHeadlines();
    m_state.bodyOfLoose.resize(m_state.page.loose.size(), -1);
    buildCandidates();
}

void HeadlineMatcher::pairAll()
{
    pair(true, 0.5);
    pair(false, 0.4);
}

// The body whose lead a headline fits best, and the score; -1 when none fits.
std::pair<int, double> HeadlineMatcher::bestBody(const Bigrams &words, int near) const
{
    std::pair<int, double> best{-1, -1};
    const int first = std::max(0, near - 8);
    const int last = std::min<int>(int(m_state.page.bodies.size()), near + kBodyWindow);
    for (int b = first; b < last; ++b) {
        const double s = wordScore(words, m_state.words.lead(b), 0.5);
        if (s > best.second)
            best = {b, s};
    }
    return best;
}

// The OCR read across two columns and put the end of one headline and a whole other headline
// on one line, with a space between (“…建设提速 某港口迈出新步”). The halves are split when each
// fits the lead of a different body and neither fits the other's body at all; a headline in
// two parts for one article (“守正创新 推动…”) keeps its space.
void HeadlineMatcher::splitMergedHeadlines()
{
    auto &loose = m_state.page.loose;
    for (int i = 0; i < loose.size(); ++i) {
        if (loose[i].kind != LooseKind::Heading)
            continue;
        const QString text = loose[i].text.simplified();
        const qsizetype space = text.lastIndexOf(u' ');
        if (space <= 0)
            continue;
        const QString left = text.left(space);
        const QString right = text.mid(space + 1);
        if (hanCount(left) < 2 || hanCount(right) < 2)
            continue;
        const int near = m_state.firstBodyAfter(loose[i].pos);
        // The left part is the end of a headline begun on the line above: judge it with that line.
        QString leftWhole = left;
        if (i > 0 && loose[i - 1].kind == LooseKind::Heading && loose[i - 1].group == loose[i].group)
            leftWhole.prepend(loose[i - 1].text);
        const auto l = std::max(bestBody(bigrams(compactKey(left)), near), bestBody(bigrams(compactKey(leftWhole)), near),
                                [](const auto &a, const auto &b) { return a.second < b.second; });
        const auto r = bestBody(bigrams(compactKey(right)), near);
        if (l.first < 0 || r.first < 0 || l.first == r.first)
            continue;
        if (wordScore(left, m_state.words.full(r.first), 0.4) >= 0 || wordScore(right, m_state.words.full(l.first), 0.4) >= 0)
            continue;
        LooseLine second = loose[i];
        loose[i].text = left;
        second.text = right;
        loose.insert(i + 1, second);
        ++i;
    }
}

void HeadlineMatcher::buildCandidates()
{
    const auto &loose = m_state.page.loose;
    for (const auto &line : loose)
        m_state.lineWords.append(bigrams(compactKey(line.text)));
    for (int i = 0; i < loose.size(); ++i) {
        if (loose[i].kind != LooseKind::Heading)
            continue;
        Candidate c;
        for (int j = i; j < loose.size() && c.lines.size() < kMaxHeadlineLines; ++j) {
            if (loose[j].kind != LooseKind::Heading || loose[j].group != loose[i].group)
                break;
            c.lines.append(j);
            c.text += loose[j].text;
            c.words = bigrams(compactKey(c.text));
            m_state.candidates.append(c);
        }
    }
}

// Each line of a headline split over several lines recurs near the start of its body; a line
// that only echoes words from further down is another headline or a banner. Where the cut fell
// inside a phrase, the characters on both sides of it stand together in the body too; two
// different headlines put side by side rarely do. Returns the score's adjustment, or nullopt.
std::optional<double> HeadlineMatcher::splitAdjustment(const Candidate &cand, const Bigrams &opening,
                                                       const Bigrams &words) const
{
    double adjustment = 0;
    for (int k = 0; k < cand.lines.size(); ++k) {
        const QString key = compactKey(m_state.page.loose[cand.lines[k]].text);
        bool wordCut = false;
        if (k > 0) {
            const QString &raw = m_state.page.loose[cand.lines[k - 1]].text;
            const QString before = compactKey(raw);
            wordCut = !before.isEmpty() && !key.isEmpty() && words.contains(bigramOf(before.back(), key.front()));
            // A line broken off after a comma goes on below: the break falls between clauses.
            if (raw.endsWith(u'，') || raw.endsWith(u'、'))
                adjustment += kJoinBonus;
            else if (!before.isEmpty() && !key.isEmpty())
                adjustment += wordCut ? kJoinBonus : -kJoinPenalty;
        }
        // A line that begins inside a word the body uses (“…企” over “业的…”) is not judged on
        // its own: its first pair was cut off.
        if (!wordCut && key.size() >= 3 && wordScore(m_state.lineWords[cand.lines[k]], opening, 0.5) < 0)
            return std::nullopt;
    }
    return adjustment;
}

void HeadlineMatcher::extendTitles()
{
    auto &page = m_state.page;
    for (int b = 0; b < page.bodies.size(); ++b) {
        if (m_state.titleOf[b] < 0)
            continue;
        const int last = m_state.candidates[m_state.titleOf[b]].lines.last();
        const int next = last + 1;
        if (next >= page.loose.size() || m_state.bodyOfLoose[next] >= 0
            || page.loose[next].kind != LooseKind::Heading || page.loose[next].group != page.loose[last].group)
            continue;
        // A headline does not end on a conjunction or preposition: such a line goes on.
        static const QString dangling = u"与和及的在对为向将把从让使被、，"_s;
        const QString &title = page.bodies[b].draft.title;
        const bool unfinished = !title.isEmpty() && dangling.contains(title.back());
        // A line that fits no body at all, right under the title and not over another matched
        // headline as its kicker, is the title's second half too. A title's second line stands
        // tight under the first; a kicker stands tight over its headline.
        const bool kickerOfNext = next + 1 < page.loose.size() && m_state.bodyOfLoose[next + 1] >= 0
            && (page.loose[next].blankBefore || page.loose[next + 1].blankBefore == page.loose[next].blankBefore)
            && page.loose[next + 1].group == page.loose[next].group;
        const bool fitsNothing = !kickerOfNext && page.loose[next].pos - page.loose[last].pos <= 2
            && hanCount(page.loose[next].text) >= 2 && m_state.fitsNoBody(next);
        if (!unfinished && !fitsNothing && wordScore(m_state.lineWords[next], m_state.words.full(b), 0.5) < 0)
            continue;
        if (m_state.opensBody(next, b))
            continue; // the body's first line, cut off by a blank line: LoosePlacer gives it back
        m_state.bodyOfLoose[next] = b;
        page.bodies[b].draft.title += u' ' + page.loose[next].text;
    }
}

void HeadlineMatcher::pair(bool lead, double minFraction)
{
    auto &page = m_state.page;
    QList<Pairing> pairings;
    for (int c = 0; c < m_state.candidates.size(); ++c) {
        const auto &cand = m_state.candidates[c];
        const int lastPos = page.loose[cand.lines.last()].pos;
        const int next = m_state.firstBodyAfter(lastPos);
        // Headlines sit above their bodies or in a block at the top; look a little back too.
        for (int b = std::max(0, next - 8); b < std::min<int>(int(page.bodies.size()), next + kBodyWindow); ++b) {
            if (m_state.titleOf[b] >= 0)
                continue;
            const Bigrams &bodyWords = lead ? m_state.words.lead(b) : m_state.words.full(b);
            double s = wordScore(cand.words, bodyWords, minFraction);
            if (s < 0)
                continue;
            if (cand.lines.size() > 1) {
                const auto adjustment = splitAdjustment(cand, lead ? m_state.words.opening(b) : bodyWords, bodyWords);
                if (!adjustment)
                    continue;
                s += *adjustment;
            }
            if (b == next && page.bodies[b].pos - lastPos <= 2)
                s += 3; // directly above its body
            pairings.append({s, c, b});
        }
    }
    std::stable_sort(pairings.begin(), pairings.end(), [](const Pairing &a, const Pairing &b) { return a.score > b.score; });
    for (const auto &p : std::as_const(pairings)) {
        const auto &lines = m_state.candidates[p.candidate].lines;
        if (m_state.titleOf[p.body] >= 0
            || std::any_of(lines.begin(), lines.end(), [&](int l) { return m_state.bodyOfLoose[l] >= 0; }))
            continue;
        m_state.titleOf[p.body] = p.candidate;
        QStringList parts;
        for (int l : lines) {
            m_state.bodyOfLoose[l] = p.body;
            parts << page.loose[l].text;
        }
        page.bodies[p.body].draft.title = parts.join(u' ');
    }
}

} // namespace Baoku::Core::Parse
