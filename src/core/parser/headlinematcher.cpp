// Pairs the loose headline lines of a raw page with article bodies by content: a headline's words
// recur in its lead paragraph. Lines that match no body become kickers or banners, bylines go to
// the articles they stand beside, and captions to the body that follows them.
#include "core/parser/rawpage.h"
#include "core/parser/textutil.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Baoku::Core::Parse {
namespace {

constexpr int kLeadChars = 200;
constexpr double kJoinBonus = 3;
constexpr double kJoinPenalty = 6;
constexpr int kOpeningChars = 120;
constexpr int kMaxHeadlineLines = 3;
constexpr int kBodyWindow = 40;
constexpr int kShortTailChars = 6; // a headline is looked for among this many bodies after it

struct Candidate {
    QList<int> lines; // indexes into page.loose
    QString text;
    Bigrams words; // bigrams of the text, computed once
};

struct Pairing {
    double score = 0;
    int candidate = 0;
    int body = 0;
};

double score(const Bigrams &words, const Bigrams &body, double minFraction)
{
    if (words.size() < 2)
        return -1;
    int matched = 0;
    for (const auto &w : words)
        matched += body.contains(w) ? 1 : 0;
    const double fraction = double(matched) / double(words.size());
    if (fraction < minFraction || matched < 2)
        return -1;
    return matched - 0.5 * (words.size() - matched);
}

double score(const QString &headline, const Bigrams &body, double minFraction)
{
    return score(bigrams(compactKey(headline)), body, minFraction);
}

class Matcher final {
public:
    explicit Matcher(RawPage page)
        : m_page(std::move(page)), m_titleOf(m_page.bodies.size(), -1), m_bodyOfLoose(m_page.loose.size(), -1)
    {
        for (const auto &body : std::as_const(m_page.bodies)) {
            m_lead.append(bigrams(compactKey(QStringView(body.text).left(kLeadChars))));
            m_full.append(bigrams(compactKey(body.text)));
            m_opening.append(bigrams(compactKey(QStringView(body.text).left(kOpeningChars))));
        }
        buildCandidates();
    }

    QList<Draft> run()
    {
        pair(m_lead, 0.5);
        pair(m_full, 0.4);
        extendTitles();
        placeLeftoverHeadings();
        placeOtherLooseLines();
        QList<Draft> drafts;
        for (auto &body : m_page.bodies)
            drafts.append(std::move(body.draft));
        return drafts;
    }

private:
    void buildCandidates()
    {
        const auto &loose = m_page.loose;
        for (const auto &line : loose)
            m_lineWords.append(bigrams(compactKey(line.text)));
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
                m_candidates.append(c);
            }
        }
    }

    // Each line of a headline split over several lines recurs near the start of its body; a line
    // that only echoes words from further down is another headline or a banner.
    // Each line of a split headline matches the body's opening on its own. Where the cut fell
    // inside a phrase, the characters on both sides of it stand together in the body too; two
    // different headlines put side by side rarely do. Returns the score's adjustment, or nullopt.
    std::optional<double> splitAdjustment(const Candidate &cand, const Bigrams &opening,
                                          const Bigrams &words) const
    {
        double adjustment = 0;
        for (int k = 0; k < cand.lines.size(); ++k) {
            const QString key = compactKey(m_page.loose[cand.lines[k]].text);
            if (key.size() >= 3 && score(m_lineWords[cand.lines[k]], opening, 0.5) < 0)
                return std::nullopt;
            if (k > 0) {
                const QString before = compactKey(m_page.loose[cand.lines[k - 1]].text);
                if (!before.isEmpty() && !key.isEmpty())
                    adjustment += words.contains(bigramOf(before.back(), key.front())) ? kJoinBonus : -kJoinPenalty;
            }
        }
        return adjustment;
    }

    // A headline line left over right under a matched one, that the same body's text also
    // repeats, is the rest of that headline.
    void extendTitles()
    {
        for (int b = 0; b < m_page.bodies.size(); ++b) {
            if (m_titleOf[b] < 0)
                continue;
            const int last = m_candidates[m_titleOf[b]].lines.last();
            const int next = last + 1;
            if (next >= m_page.loose.size() || m_bodyOfLoose[next] >= 0
                || m_page.loose[next].kind != LooseKind::Heading || m_page.loose[next].group != m_page.loose[last].group)
                continue;
            // A headline does not end on a conjunction or preposition: such a line goes on.
            static const QString dangling = u"与和及的在对为向将把从让使被、"_s;
            const QString &title = m_page.bodies[b].draft.title;
            const bool unfinished = !title.isEmpty() && dangling.contains(title.back());
            if (!unfinished && score(m_lineWords[next], m_full[b], 0.5) < 0 && !isShortTail(next))
                continue;
            m_bodyOfLoose[next] = b;
            m_page.bodies[b].draft.title += u' ' + m_page.loose[next].text;
        }
    }

    // A short line (按下“快进键”) under a matched title that echoes no body and does not stand
    // above another matched title is the title's second line.
    bool isShortTail(int line) const
    {
        if (compactKey(m_page.loose[line].text).size() > kShortTailChars)
            return false;
        const int after = line + 1;
        if (after < m_page.loose.size() && m_page.loose[after].group == m_page.loose[line].group
            && m_bodyOfLoose[after] >= 0)
            return false;
        return std::none_of(m_full.cbegin(), m_full.cend(),
                            [&](const Bigrams &body) { return score(m_lineWords[line], body, 0.35) >= 0; });
    }

    int firstBodyAfter(int pos) const
    {
        for (int b = 0; b < m_page.bodies.size(); ++b) {
            if (m_page.bodies[b].pos > pos)
                return b;
        }
        return int(m_page.bodies.size());
    }

    void pair(const QList<Bigrams> &bodyWords, double minFraction)
    {
        QList<Pairing> pairings;
        for (int c = 0; c < m_candidates.size(); ++c) {
            const auto &cand = m_candidates[c];
            const int lastPos = m_page.loose[cand.lines.last()].pos;
            const int next = firstBodyAfter(lastPos);
            // Headlines sit above their bodies or in a block at the top; look a little back too.
            for (int b = std::max(0, next - 8); b < std::min<int>(int(m_page.bodies.size()), next + kBodyWindow); ++b) {
                if (m_titleOf[b] >= 0)
                    continue;
                double s = score(cand.words, bodyWords[b], minFraction);
                if (s < 0)
                    continue;
                if (cand.lines.size() > 1) {
                    const bool lead = &bodyWords == &m_lead;
                    const auto adjustment = splitAdjustment(cand, lead ? m_opening[b] : bodyWords[b], bodyWords[b]);
                    if (!adjustment)
                        continue;
                    s += *adjustment;
                }
                if (b == next && m_page.bodies[b].pos - lastPos <= 2)
                    s += 3; // directly above its body
                pairings.append({s, c, b});
            }
        }
        std::stable_sort(pairings.begin(), pairings.end(),
                         [](const Pairing &a, const Pairing &b) { return a.score > b.score; });
        for (const auto &p : std::as_const(pairings)) {
            const auto &lines = m_candidates[p.candidate].lines;
            if (m_titleOf[p.body] >= 0
                || std::any_of(lines.begin(), lines.end(), [&](int l) { return m_bodyOfLoose[l] >= 0; }))
                continue;
            m_titleOf[p.body] = p.candidate;
            QStringList parts;
            for (int l : lines) {
                m_bodyOfLoose[l] = p.body;
                parts << m_page.loose[l].text;
            }
            m_page.bodies[p.body].draft.title = parts.join(u' ');
        }
    }

    // Headline lines that match no body are banners over an article or kickers above its title.
    void placeLeftoverHeadings()
    {
        const auto &loose = m_page.loose;
        for (int i = 0; i < loose.size(); ++i) {
            if (loose[i].kind != LooseKind::Heading || m_bodyOfLoose[i] >= 0)
                continue;
            int j = i;
            QStringList parts;
            while (j < loose.size() && loose[j].kind == LooseKind::Heading && loose[j].group == loose[i].group
                   && m_bodyOfLoose[j] < 0)
                parts << loose[j++].text;
            const QString text = parts.join(u' ');
            int target = -1;
            bool kicker = false;
            if (j < loose.size() && loose[j].group == loose[i].group && m_bodyOfLoose[j] >= 0
                && m_page.bodies[m_bodyOfLoose[j]].draft.kicker.isEmpty()) {
                target = m_bodyOfLoose[j]; // directly above a matched headline
                kicker = true;
            }
            double best = 0;
            for (int b = 0; b < m_page.bodies.size() && !kicker; ++b) {
                const double s = score(text, m_full[b], 0.35);
                if (s > best && m_page.bodies[b].draft.column.isEmpty()) {
                    best = s;
                    target = b;
                }
            }
            if (target < 0)
                target = std::min<int>(firstBodyAfter(loose[i].pos), int(m_page.bodies.size()) - 1);
            if (target >= 0) {
                Draft &draft = m_page.bodies[target].draft;
                (kicker ? draft.kicker : draft.column) = text;
                for (int k = i; k < j; ++k)
                    m_bodyOfLoose[k] = target;
            }
            i = j - 1;
        }
    }

    bool needsByline(int b) const
    {
        return m_page.bodies[b].draft.bylines.isEmpty() && !m_page.bodies[b].hasDateline;
    }

    void placeOtherLooseLines()
    {
        const auto &loose = m_page.loose;
        const int bodies = int(m_page.bodies.size());
        QList<int> pool;
        for (int i = 0; i < loose.size(); ++i) {
            const auto &line = loose[i];
            const int owner = i > 0 ? m_bodyOfLoose[i - 1] : -1;
            switch (line.kind) {
            case LooseKind::Heading:
                break;
            case LooseKind::Subtitle:
                if (owner >= 0 && m_page.bodies[owner].draft.subtitle.isEmpty())
                    m_page.bodies[owner].draft.subtitle = line.text;
                else
                    pool.append(i);
                break;
            case LooseKind::Author:
            case LooseKind::Byline:
                // Beside its headline: the first byline under a matched headline is that article's.
                if (owner >= 0 && loose[i - 1].kind == LooseKind::Heading && m_page.bodies[owner].draft.bylines.isEmpty()) {
                    m_page.bodies[owner].draft.bylines = line.bylines;
                    m_bodyOfLoose[i] = owner;
                } else {
                    pool.append(i);
                }
                break;
            case LooseKind::Caption: {
                const int b = std::min(firstBodyAfter(line.pos), bodies - 1);
                if (b >= 0)
                    m_page.bodies[b].draft.captions.append(line.text);
                break;
            }
            }
        }
        // Bylines far from their articles go to feature articles (no 本报讯) that have none: one after
        // the end of the page to the last such article, others to the next such article after them.
        for (int i : std::as_const(pool)) {
            const auto &line = loose[i];
            if (line.kind == LooseKind::Subtitle)
                continue;
            const int after = firstBodyAfter(line.pos);
            int target = -1;
            for (int b = after; b < bodies && target < 0; ++b)
                target = needsByline(b) ? b : -1;
            for (int b = std::min(after, bodies) - 1; b >= 0 && target < 0; --b)
                target = needsByline(b) ? b : -1;
            if (target >= 0)
                m_page.bodies[target].draft.bylines = line.bylines;
        }
    }

    RawPage m_page;
    QList<Bigrams> m_lead;
    QList<Bigrams> m_full;
    QList<Bigrams> m_opening;
    QList<Candidate> m_candidates;
    QList<Bigrams> m_lineWords; // bigrams of each loose line
    QList<int> m_titleOf;     // body -> candidate
    QList<int> m_bodyOfLoose; // loose line -> body
};

} // namespace

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
    return Matcher(std::move(page)).run();
}

} // namespace Baoku::Core::Parse
