#include "core/parser/featurecutfinder.h"

#include "core/parser/layout.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Baoku::Core::Parse {
namespace {

constexpr double kMinCutScore = 3; // a headline cuts a body only where it fits a paragraph this well

} // namespace

std::optional<BodyCut> FeatureCutFinder::find() const
{
    if (!featureMissing())
        return std::nullopt;
    const QList<Bigrams> headlines = unmatchedHeadlines();
    std::optional<BodyCut> best;
    double bestScore = kMinCutScore;
    subheadingCut(&best, &bestScore);
    if (headlines.isEmpty())
        return best;
    const auto &bodies = m_state.page.bodies;
    for (const auto &words : std::as_const(headlines)) {
        for (int b = 0; b < bodies.size(); ++b) {
            for (const auto &opening : m_state.words.paragraphOpenings(bodies[b], b)) {
                // On a tie the later opening wins: the earlier one reached the headline's words
                // only through a paragraph of the brief.
                const double s = wordScore(words, opening.words, 0.5);
                if (s < bestScore)
                    continue;
                QString before;
                const auto &units = bodies[b].draft.units;
                for (qsizetype k = 0; k < opening.unit; ++k)
                    before += units[k].kind == UnitKind::Text ? units[k].text : QString();
                if (wordScore(words, bigrams(compactKey(before)), 0.4) >= 0)
                    continue;
                bestScore = s;
                best = BodyCut{b, opening.unit};
            }
        }
    }
    return best;
}

// The headlines a swallowed feature may have: runs of unmatched headline lines; and, since a
// matched title may be the feature's, taken for the whole body because the brief above it is
// short, or two headlines over one another may have been read as one title: each line of a
// matched title on its own too, and the parts of a line that holds two headlines.
QList<Bigrams> FeatureCutFinder::unmatchedHeadlines() const
{
    const auto &loose = m_state.page.loose;
    const auto &bodyOfLoose = m_state.bodyOfLoose;
    QList<Bigrams> headlines;
    for (int i = 0; i < loose.size(); ++i) {
        QString text;
        for (int j = i; j < loose.size() && j - i < kMaxHeadlineLines && loose[j].kind == LooseKind::Heading
             && loose[j].group == loose[i].group && bodyOfLoose[j] < 0; ++j) {
            text += loose[j].text;
            const bool kicker = j + 1 < loose.size() && loose[j + 1].kind == LooseKind::Heading
                && loose[j + 1].group == loose[i].group && bodyOfLoose[j + 1] >= 0 && !loose[j + 1].blankBefore;
            Bigrams words = bigrams(compactKey(text));
            if (!kicker && words.size() >= 4)
                headlines.append(std::move(words));
        }
    }
    for (int b = 0; b < m_state.page.bodies.size(); ++b) {
        if (m_state.titleOf[b] < 0)
            continue;
        const Candidate &title = m_state.candidates[m_state.titleOf[b]];
        if (title.lines.size() > 1 && title.words.size() >= 4)
            headlines.append(title.words);
        for (int l : title.lines) {
            if (m_state.lineWords[l].size() >= 4)
                headlines.append(m_state.lineWords[l]);
            const QString text = loose[l].text.simplified();
            const qsizetype space = text.lastIndexOf(u' ');
            if (space <= 0)
                continue;
            Bigrams words = bigrams(compactKey(QStringView(text).mid(space + 1)));
            if (words.size() >= 4)
                headlines.append(std::move(words));
            // The part before the space ends a headline begun on the unmatched lines above it
            // (“某地：某产” over “业链条越拉越长 某地召开…”): judged with them.
            QString left = text.left(space);
            for (int k = l - 1; k >= 0 && l - k < kMaxHeadlineLines && loose[k].kind == LooseKind::Heading
                 && loose[k].group == loose[l].group && bodyOfLoose[k] < 0; --k)
                left.prepend(loose[k].text);
            if (left.size() > space) {
                Bigrams leftWords = bigrams(compactKey(left));
                if (leftWords.size() >= 4)
                    headlines.append(std::move(leftWords));
            }
        }
    }
    return headlines;
}

// Whether more reporters wait for a feature (bylines and author lines that no body names and
// that stand under no headline of a dated article without a signature) than there are undated
// bodies to take them.
bool FeatureCutFinder::featureMissing() const
{
    const auto &page = m_state.page;
    const auto &loose = page.loose;
    const auto undated = std::count_if(page.bodies.begin(), page.bodies.end(),
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
        const int above = i > 0 ? m_state.bodyOfLoose[i - 1] : -1;
        const bool underDated = m_state.underHeadline(i) && above >= 0 && page.bodies[above].hasDateline
            && !m_state.signedOrNamed(above);
        if (!underDated && m_state.bodyNaming(loose[i].bylines) < 0)
            ++waiting;
    }
    return waiting > undated;
}

// The feature's headline stood between the brief (or another feature) and the feature, and was
// read as a subheading or a line of text (with its banner): such lines after a finished
// sentence that fit the opening of the text below them and none of the text above.
void FeatureCutFinder::subheadingCut(std::optional<BodyCut> *best, double *bestScore) const
{
    // A headline line read as a subheading, or as a line of text standing apart.
    // A line of text with a comma qualifies only when wider than an indented first line: a
    // paragraph's first line (“五年前，某公司”) has a comma too.
    const auto headlineUnit = [](const Unit &unit) {
        return unit.pos >= 0 && looksLikeHeadline(unit.text)
            && (unit.kind == UnitKind::Subheading
                || (unit.kind == UnitKind::Text && unit.blankBefore && (!unit.text.contains(u'，') || !unit.shortLine)));
    };
    const auto &bodies = m_state.page.bodies;
    for (int b = 0; b < bodies.size(); ++b) {
        if (bodies[b].continuation)
            continue;
        const auto &units = bodies[b].draft.units;
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
                const double s = wordScore(words, bigrams(compactKey(opening)), 0.5);
                if (removeSpaces(opening).size() < kMinArticleChars || s < *bestScore || wordScore(words, above, 0.4) >= 0)
                    continue;
                *bestScore = s;
                *best = BodyCut{b, k, end - k};
            }
        }
    }
}

} // namespace Baoku::Core::Parse
