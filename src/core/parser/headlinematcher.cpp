// Pairs the loose headline lines of a raw page with article bodies by content: a headline's words
// recur in its lead paragraph. Lines that match no body become kickers or banners, bylines go to
// the articles they stand beside, and captions to the body that follows them.
#include "core/parser/fields.h"
#include "core/parser/layout.h"
#include "core/parser/rawpage.h"
#include "core/parser/textutil.h"

#include <QRegularExpression>

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
constexpr int kBodyWindow = 40; // a headline is looked for among this many bodies after it
constexpr double kMinCutScore = 3; // a headline cuts a body only where it fits a paragraph this well
constexpr int kMaxCuts = 8;

struct Candidate {
    QList<int> lines; // indexes into page.loose
    QString text;
    Bigrams words; // bigrams of the text, computed once
};

struct BodyCut {
    int body = 0;
    qsizetype unit = 0;      // the first unit of the second article
    qsizetype headlines = 0; // units from there on that were its headline, read as subheadings
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
        splitMergedHeadlines();
        m_bodyOfLoose.resize(m_page.loose.size(), -1);
        buildCandidates();
    }

    void pairAll()
    {
        pair(m_lead, 0.5);
        pair(m_full, 0.4);
    }

    // A 本报讯 brief with no signature runs on into an undated feature whose headline stands in the
    // block at the top: nothing marks where one ends and the other begins but the headline. When a
    // reporter waits for a feature the page lacks, a run of headline lines that fits no body's lead
    // and stands not tight over a matched headline (a kicker does) is looked for at the opening of
    // a paragraph inside a dated body; where it fits and fits none of the text above, the body is
    // cut. Returns the best such cut.
    std::optional<BodyCut> swallowedFeatureCut() const
    {
        const auto &loose = m_page.loose;
        if (!featureMissing())
            return std::nullopt;
        QList<Bigrams> headlines;
        for (int i = 0; i < loose.size(); ++i) {
            QString text;
            for (int j = i; j < loose.size() && j - i < kMaxHeadlineLines && loose[j].kind == LooseKind::Heading
                 && loose[j].group == loose[i].group && m_bodyOfLoose[j] < 0; ++j) {
                text += loose[j].text;
                const bool kicker = j + 1 < loose.size() && loose[j + 1].kind == LooseKind::Heading
                    && loose[j + 1].group == loose[i].group && m_bodyOfLoose[j + 1] >= 0 && !loose[j + 1].blankBefore;
                Bigrams words = bigrams(compactKey(text));
                if (!kicker && words.size() >= 4)
                    headlines.append(std::move(words));
            }
        }
        // A matched title may be the feature's, taken for the whole body because the brief above
        // it is short; two headlines over one another may have been read as one title: each line
        // is tried on its own too, and so is the part after a space of a line that holds two.
        for (int b = 0; b < m_page.bodies.size(); ++b) {
            if (m_titleOf[b] < 0)
                continue;
            const auto &lines = m_candidates[m_titleOf[b]].lines;
            if (lines.size() > 1 && m_candidates[m_titleOf[b]].words.size() >= 4)
                headlines.append(m_candidates[m_titleOf[b]].words);
            for (int l : lines) {
                if (m_lineWords[l].size() >= 4)
                    headlines.append(m_lineWords[l]);
                const QString text = loose[l].text.simplified();
                if (const qsizetype space = text.lastIndexOf(u' '); space > 0) {
                    Bigrams words = bigrams(compactKey(QStringView(text).mid(space + 1)));
                    if (words.size() >= 4)
                        headlines.append(std::move(words));
                    // The part before the space ends a headline begun on the unmatched lines
                    // above it (“某地：某产” over “业链条越拉越长 某地召开…”): judged with them.
                    QString left = text.left(space);
                    for (int k = l - 1; k >= 0 && l - k < kMaxHeadlineLines && loose[k].kind == LooseKind::Heading
                         && loose[k].group == loose[l].group && m_bodyOfLoose[k] < 0; --k)
                        left.prepend(loose[k].text);
                    if (left.size() > space) {
                        Bigrams leftWords = bigrams(compactKey(left));
                        if (leftWords.size() >= 4)
                            headlines.append(std::move(leftWords));
                    }
                }
            }
        }
        std::optional<BodyCut> best;
        double bestScore = kMinCutScore;
        subheadingCut(&best, &bestScore);
        if (headlines.isEmpty())
            return best;
        const auto openings = paragraphOpenings();
        for (const auto &words : std::as_const(headlines)) {
            for (const auto &[cut, opening] : openings) {
                // On a tie the later opening wins: the earlier one reached the headline's words
                // only through a paragraph of the brief.
                const double s = score(words, opening, 0.5);
                if (s < bestScore)
                    continue;
                QString before;
                const auto &units = m_page.bodies[cut.body].draft.units;
                for (qsizetype k = 0; k < cut.unit; ++k)
                    before += units[k].kind == UnitKind::Text ? units[k].text : QString();
                if (score(words, bigrams(compactKey(before)), 0.4) >= 0)
                    continue;
                bestScore = s;
                best = cut;
            }
        }
        return best;
    }

    QList<Draft> run()
    {
        extendTitles();
        placeLeftoverHeadings();
        placeOtherLooseLines();
        QList<Draft> drafts;
        for (auto &body : m_page.bodies)
            drafts.append(std::move(body.draft));
        return drafts;
    }

private:
    // The body whose lead a headline fits best, and the score; -1 when none fits.
    std::pair<int, double> bestBody(const Bigrams &words, int near) const
    {
        std::pair<int, double> best{-1, -1};
        const int first = std::max(0, near - 8);
        const int last = std::min<int>(int(m_page.bodies.size()), near + kBodyWindow);
        for (int b = first; b < last; ++b) {
            const double s = score(words, m_lead[b], 0.5);
            if (s > best.second)
                best = {b, s};
        }
        return best;
    }

    // The OCR read across two columns and put the end of one headline and a whole other headline
    // on one line, with a space between (“…建设提速 某港口迈出新步”). The halves are split when each
    // fits the lead of a different body and neither fits the other's body at all; a headline in
    // two parts for one article (“守正创新 推动…”) keeps its space.
    void splitMergedHeadlines()
    {
        auto &loose = m_page.loose;
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
            const int near = firstBodyAfter(loose[i].pos);
            // The left part is the end of a headline begun on the line above: judge it with that line.
            QString leftWhole = left;
            if (i > 0 && loose[i - 1].kind == LooseKind::Heading && loose[i - 1].group == loose[i].group)
                leftWhole.prepend(loose[i - 1].text);
            const auto l = std::max(bestBody(bigrams(compactKey(left)), near), bestBody(bigrams(compactKey(leftWhole)), near),
                                    [](const auto &a, const auto &b) { return a.second < b.second; });
            const auto r = bestBody(bigrams(compactKey(right)), near);
            if (l.first < 0 || r.first < 0 || l.first == r.first)
                continue;
            if (score(left, m_full[r.first], 0.4) >= 0 || score(right, m_full[l.first], 0.4) >= 0)
                continue;
            LooseLine second = loose[i];
            loose[i].text = left;
            second.text = right;
            loose.insert(i + 1, second);
            ++i;
        }
    }

    // Whether more reporters wait for a feature (bylines and author lines that no body names and
    // that stand under no headline of a dated article without a signature) than there are undated bodies to take them.
    bool featureMissing() const
    {
        const auto &loose = m_page.loose;
        const auto undated = std::count_if(m_page.bodies.begin(), m_page.bodies.end(),
                                           [](const RawBody &body) { return !body.hasDateline && !body.continuation; });
        const auto people = std::count_if(loose.begin(), loose.end(), [](const LooseLine &line) {
            return line.kind == LooseKind::Byline || line.kind == LooseKind::Author;
        });
        if (people <= undated)
            return false; // the usual page: no closer look needed
        int waiting = 0;
        for (int i = 0; i < loose.size(); ++i) {
            if (loose[i].kind != LooseKind::Byline && loose[i].kind != LooseKind::Author)
                continue;
            const bool underDated = underHeadline(i) && m_bodyOfLoose[i - 1] >= 0
                && m_page.bodies[m_bodyOfLoose[i - 1]].hasDateline && !signedOrNamed(m_bodyOfLoose[i - 1]);
            if (!underDated && bodyNaming(loose[i].bylines) < 0)
                ++waiting;
        }
        return waiting > undated;
    }

    // The feature's headline stood between the brief (or another feature) and the feature, and was
    // read as a subheading or a line of text (with its banner): such lines after a finished
    // sentence that fit the opening of the text below them and none of the text above.
    void subheadingCut(std::optional<BodyCut> *best, double *bestScore) const
    {
        // A headline line read as a subheading, or as a line of text standing apart.
        // A line of text with a comma qualifies only when wider than an indented first line: a
        // paragraph's first line (“五年前，某公司”) has a comma too.
        const auto headlineUnit = [](const Unit &unit) {
            return unit.pos >= 0 && looksLikeHeadline(unit.text)
                && (unit.kind == UnitKind::Subheading
                    || (unit.kind == UnitKind::Text && unit.blankBefore && (!unit.text.contains(u'，') || !unit.shortLine)));
        };
        for (int b = 0; b < m_page.bodies.size(); ++b) {
            if (m_page.bodies[b].continuation)
                continue;
            const auto &units = m_page.bodies[b].draft.units;
            QString before;
            for (qsizetype k = 1; k < units.size(); ++k) {
                if (units[k - 1].kind == UnitKind::Text)
                    before += units[k - 1].text;
                if (units[k - 1].kind != UnitKind::Text || !endsSentence(units[k - 1].text) || !headlineUnit(units[k])
                    || removeSpaces(before).size() < kMinArticleChars)
                    continue;
                const Bigrams above = bigrams(compactKey(before));
                // The last line of the run is the title; lines above it may be its banner.
                for (qsizetype end = k + 1; end <= units.size() && end - k <= kMaxHeadlineLines && headlineUnit(units[end - 1]);
                     ++end) {
                    QString opening;
                    for (qsizetype m = end; m < units.size() && opening.size() < kOpeningChars; ++m)
                        opening += units[m].kind == UnitKind::Text ? units[m].text : QString();
                    const Bigrams words = bigrams(compactKey(units[end - 1].text));
                    const double s = score(words, bigrams(compactKey(opening)), 0.5);
                    if (removeSpaces(opening).size() < kMinArticleChars || s < *bestScore || score(words, above, 0.4) >= 0)
                        continue;
                    *bestScore = s;
                    *best = BodyCut{b, k, end - k};
                }
            }
        }
    }

    // Where a paragraph opens inside a body, after a finished sentence and at least a short
    // article's worth of text, with the character pairs of its first characters.
    QList<std::pair<BodyCut, Bigrams>> paragraphOpenings() const
    {
        QList<std::pair<BodyCut, Bigrams>> out;
        for (int b = 0; b < m_page.bodies.size(); ++b) {
            if (m_page.bodies[b].continuation)
                continue;
            const auto &units = m_page.bodies[b].draft.units;
            int before = 0;
            for (qsizetype k = 1; k < units.size(); ++k) {
                const Unit &previous = units[k - 1];
                if (previous.kind == UnitKind::Text)
                    before += int(previous.text.size());
                if (units[k].kind != UnitKind::Text || previous.kind != UnitKind::Text || before < kMinArticleChars
                    || !endsSentence(previous.text) || !(units[k].blankBefore || previous.shortLine))
                    continue;
                QString opening;
                for (qsizetype m = k; m < units.size() && opening.size() < kOpeningChars; ++m)
                    opening += units[m].kind == UnitKind::Text ? units[m].text : QString();
                if (removeSpaces(opening).size() >= kMinArticleChars)
                    out.append({BodyCut{b, k}, bigrams(compactKey(opening))});
            }
        }
        return out;
    }

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
            bool wordCut = false;
            if (k > 0) {
                const QString &raw = m_page.loose[cand.lines[k - 1]].text;
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
            if (!wordCut && key.size() >= 3 && score(m_lineWords[cand.lines[k]], opening, 0.5) < 0)
                return std::nullopt;
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
            static const QString dangling = u"与和及的在对为向将把从让使被、，"_s;
            const QString &title = m_page.bodies[b].draft.title;
            const bool unfinished = !title.isEmpty() && dangling.contains(title.back());
            // A line that fits no body at all, right under the title and not over another matched
            // headline as its kicker, is the title's second half too. A title's second line stands
            // tight under the first; a kicker stands tight over its headline.
            const bool kickerOfNext = next + 1 < m_page.loose.size() && m_bodyOfLoose[next + 1] >= 0
                && (m_page.loose[next].blankBefore || m_page.loose[next + 1].blankBefore == m_page.loose[next].blankBefore)
                && m_page.loose[next + 1].group == m_page.loose[next].group;
            const bool fitsNothing = !kickerOfNext && m_page.loose[next].pos - m_page.loose[last].pos <= 2
                && hanCount(m_page.loose[next].text) >= 2 && fitsNoBody(next);
            if (!unfinished && !fitsNothing && score(m_lineWords[next], m_full[b], 0.5) < 0)
                continue;
            if (opensBody(next, b))
                continue; // the body's first line, cut off by a blank line: placeLeftoverHeadings

            m_bodyOfLoose[next] = b;
            m_page.bodies[b].draft.title += u' ' + m_page.loose[next].text;
        }
    }

    // Whether loose line i stands under a headline line, with no body between them (the loose
    // lines hold no bodies, so the line before in the list may stand far above).
    bool underHeadline(int i) const
    {
        const auto &loose = m_page.loose;
        return i > 0 && loose[i - 1].kind == LooseKind::Heading
            && firstBodyAfter(loose[i - 1].pos) == firstBodyAfter(loose[i].pos);
    }

    bool fitsNoBody(int line) const
    {
        return std::all_of(m_full.begin(), m_full.end(),
                           [&](const Bigrams &body) { return score(m_lineWords[line], body, 0.35) < 0; });
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

    // Whether an unmatched line standing over a title is a banner (栏目, 专题: short, or named as a
    // series) rather than a kicker (引题), which reads as a sentence leading into the title.
    static bool bannerLike(const QString &text, int lines)
    {
        static const QRegularExpression series(
            u"(?:专题|专栏|专版|观察|系列|访谈|特稿|特别报道|聚焦|巡礼|纪实|之[一二三四五六七八九十]+)"_s);
        return lines > 1 || hanCount(text) <= 8 || series.match(text).hasMatch();
    }

    // Whether only bylines, author lines, subtitles and captions stand between loose line `last`
    // and body b, a few lines apart: then the headline stands directly over that body.
    bool directlyAbove(int last, int b) const
    {
        if (b < 0 || b >= m_page.bodies.size() || m_page.bodies[b].pos - m_page.loose[last].pos > 8)
            return false;
        for (int k = last + 1; k < m_page.loose.size() && m_page.loose[k].pos < m_page.bodies[b].pos; ++k) {
            if (m_page.loose[k].kind == LooseKind::Heading)
                return false;
        }
        return true;
    }

    // Headline lines that match no body: the title of an untitled body right under them (a
    // feature's title need not repeat its words), else banners over an article or kickers above
    // its title.
    void placeLeftoverHeadings()
    {
        const auto &loose = m_page.loose;
        for (int i = 0; i < loose.size(); ++i) {
            if (loose[i].kind != LooseKind::Heading || m_bodyOfLoose[i] >= 0)
                continue;
            if (const int b = firstBodyAfter(loose[i].pos); b < m_page.bodies.size() && m_titleOf[b] >= 0 && opensBody(i, b)) {
                m_page.bodies[b].draft.units.prepend({loose[i].text, UnitKind::Text, loose[i].blankBefore, true, loose[i].pos});
                m_bodyOfLoose[i] = b;
                continue;
            }
            int j = i;
            QStringList parts;
            while (j < loose.size() && loose[j].kind == LooseKind::Heading && loose[j].group == loose[i].group
                   && m_bodyOfLoose[j] < 0)
                parts << loose[j++].text;
            const int below = firstBodyAfter(loose[j - 1].pos);
            if (j == loose.size() || loose[j].kind != LooseKind::Heading || loose[j].group != loose[i].group) {
                if (directlyAbove(j - 1, below) && m_titleOf[below] < 0 && m_page.bodies[below].draft.title.isEmpty()) {
                    // The last line is the title, with the line before it when that one breaks off
                    // after a comma or a dangling word; lines above are its kicker or banner.
                    int t = j - 1;
                    static const QString dangling = u"与和及的在对为向将把从让使被、，"_s;
                    if (t > i && dangling.contains(parts[t - 1 - i].back()))
                        --t;
                    Draft &draft = m_page.bodies[below].draft;
                    draft.title = parts.mid(t - i).join(u' ');
                    m_titleOf[below] = -2;
                    if (t > i) {
                        const QString above = parts.mid(0, t - i).join(u' ');
                        (bannerLike(above, t - i) ? draft.column : draft.kicker) = above;
                    }
                    for (int k = i; k < j; ++k)
                        m_bodyOfLoose[k] = below;
                    i = j - 1;
                    continue;
                }
            }
            const QString text = parts.join(u' ');
            int target = -1;
            bool kicker = false;
            if (j < loose.size() && loose[j].group == loose[i].group && m_bodyOfLoose[j] >= 0
                && m_page.bodies[m_bodyOfLoose[j]].draft.kicker.isEmpty()
                && m_page.bodies[m_bodyOfLoose[j]].draft.column.isEmpty()) {
                target = m_bodyOfLoose[j]; // directly above a matched headline
                kicker = !bannerLike(text, j - i);
                if (!kicker && !m_page.bodies[target].draft.column.isEmpty())
                    target = -1;
            }
            double best = 0;
            for (int b = 0; b < m_page.bodies.size() && target < 0; ++b) {
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
                QString &slot = kicker ? draft.kicker : draft.column;
                slot = slot.isEmpty() ? text : slot + u' ' + text;
                for (int k = i; k < j; ++k)
                    m_bodyOfLoose[k] = target;
            }
            i = j - 1;
        }
    }

    // A paragraph's first line cut off from the rest by a blank line (“走进某公司的生产” over
    // “车间，一排排…”) reads as a headline. Whether loose line i, the last line right over body b,
    // is one: the body opens with a clause of two characters in a line as wide as the column (a
    // paragraph that opens so, “目前，…”, has its first line indented) and longer than line i.
    // Only a body that has its headline elsewhere takes it: a real headline over such a body
    // is its only one.
    bool opensBody(int i, int b) const
    {
        const auto &loose = m_page.loose;
        const RawBody &body = m_page.bodies[b];
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

    bool needsByline(int b) const
    {
        return m_page.bodies[b].draft.bylines.isEmpty() && !m_page.bodies[b].hasDateline;
    }

    // Whether the body names the reporter itself (本报讯 记者X报道, （记者 X）).
    int bodyNaming(const QList<Byline> &bylines) const
    {
        for (int b = 0; b < m_page.bodies.size(); ++b) {
            const QString text = removeSpaces(QStringView(m_page.bodies[b].text).left(kLeadChars));
            for (const auto &byline : bylines) {
                if (text.contains(u"记者"_s + byline.name))
                    return b;
            }
        }
        return -1;
    }

    bool signedOrNamed(int b) const
    {
        QString tail = m_page.bodies[b].draft.units.isEmpty() ? QString() : m_page.bodies[b].draft.units.last().text;
        Continuation continuation;
        tail = takeContinuations(tail, &continuation);
        return !takeSignature(&tail).isEmpty() || !m_page.bodies[b].draft.bylines.isEmpty()
            || (m_page.bodies[b].hasDateline && !matchDateline(m_page.bodies[b].text).value_or(DatelineMatch{}).reporters.isEmpty());
    }

    // Reporters listed together under a block of headlines: the articles of that block that name no
    // one yet, in the order of their headlines, when there are as many of them as reporters;
    // otherwise nobody (a wrong byline is worse than none).
    void placeListedBylines(const QList<int> &run, QList<int> *pool)
    {
        const auto &loose = m_page.loose;
        QList<int> rest;
        for (int i : run) {
            const int b = bodyNaming(loose[i].bylines);
            if (b >= 0) {
                addBylines(b, loose[i].bylines);
                m_bodyOfLoose[i] = b;
            } else {
                rest.append(i);
            }
        }
        if (rest.isEmpty())
            return;
        const int group = loose[run.first() - 1].group;
        QList<int> articles;
        for (int k = 0; k < run.first(); ++k) {
            const int b = m_bodyOfLoose[k];
            if (loose[k].kind == LooseKind::Heading && loose[k].group == group && b >= 0 && !articles.contains(b)
                && needsByline(b) && !signedOrNamed(b))
                articles.append(b);
        }
        if (articles.size() == rest.size()) {
            for (int n = 0; n < rest.size(); ++n) {
                addBylines(articles[n], loose[rest[n]].bylines);
                m_bodyOfLoose[rest[n]] = articles[n];
            }
        } else if (articles.isEmpty()) {
            pool->append(rest); // the articles are elsewhere on the page
        }
    }

    void addBylines(int b, const QList<Byline> &bylines)
    {
        auto &list = m_page.bodies[b].draft.bylines;
        for (const auto &byline : bylines) {
            if (!list.contains(byline))
                list.append(byline);
        }
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
            case LooseKind::Byline: {
                // Several bylines in a row under a block of headlines: placed by evidence.
                int end = i;
                while (end < loose.size() && loose[end].kind == LooseKind::Byline && loose[end].pos - loose[i].pos <= end - i + 1)
                    ++end;
                const bool underBlock = underHeadline(i);
                if (line.kind == LooseKind::Byline && underBlock && (end - i >= 2 || (owner >= 0 && signedOrNamed(owner)))) {
                    QList<int> run;
                    for (int k = i; k < end; ++k)
                        run.append(k);
                    placeListedBylines(run, &pool);
                    i = end - 1;
                    break;
                }
                // Beside its headline: the first byline under a matched headline is that article's.
                if (owner >= 0 && underHeadline(i) && m_page.bodies[owner].draft.bylines.isEmpty()) {
                    m_page.bodies[owner].draft.bylines = line.bylines;
                    m_bodyOfLoose[i] = owner;
                } else if (const int named = bodyNaming(line.bylines); named >= 0) {
                    addBylines(named, line.bylines);
                    m_bodyOfLoose[i] = named;
                } else {
                    pool.append(i);
                }
                break;
            }
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
    for (int round = 0;; ++round) {
        Matcher matcher(page);
        matcher.pairAll();
        const auto cut = round < kMaxCuts ? matcher.swallowedFeatureCut() : std::nullopt;
        if (!cut)
            return matcher.run();
        RawBody &whole = page.bodies[cut->body];
        RawBody feature;
        feature.draft.units = whole.draft.units.mid(cut->unit + cut->headlines);
        if (cut->headlines > 0) {
            // The headline read as subheadings goes back among the headlines, as a group of its own.
            int group = 0;
            for (const auto &line : std::as_const(page.loose))
                group = std::max(group, line.group);
            qsizetype at = 0;
            const int firstPos = whole.draft.units[cut->unit].pos;
            while (at < page.loose.size() && page.loose[at].pos < firstPos)
                ++at;
            for (qsizetype k = 0; k < cut->headlines; ++k) {
                const Unit &unit = whole.draft.units[cut->unit + k];
                page.loose.insert(at + k, LooseLine{LooseKind::Heading, unit.text, {}, unit.pos, group + 1, true});
            }
        }
        whole.draft.units.resize(cut->unit);
        whole.text.clear();
        for (const auto &unit : std::as_const(whole.draft.units))
            whole.text += unit.kind == UnitKind::Text ? unit.text : QString();
        for (const auto &unit : std::as_const(feature.draft.units))
            feature.text += unit.kind == UnitKind::Text ? unit.text : QString();
        feature.pos = feature.draft.units.first().pos;
        page.bodies.insert(cut->body + 1, feature);
    }
}

} // namespace Baoku::Core::Parse
