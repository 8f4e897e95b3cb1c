#include "core/parser/pagewords.h"

#include "core/parser/layout.h"

namespace Baoku::Core::Parse {

double wordScore(const Bigrams &words, const Bigrams &body, double minFraction)
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

double wordScore(const QString &headline, const Bigrams &body, double minFraction)
{
    return wordScore(bigrams(compactKey(headline)), body, minFraction);
}

PageWords::PageWords(const QList<RawBody> &bodies)
{
    m_bodies.reserve(bodies.size());
    for (const auto &body : bodies)
        m_bodies.append(wordsOf(body));
}

void PageWords::bodyCut(const QList<RawBody> &bodies, int b)
{
    m_bodies[b] = wordsOf(bodies.at(b));
    m_bodies.insert(b + 1, wordsOf(bodies.at(b + 1)));
}

PageWords::Body PageWords::wordsOf(const RawBody &body)
{
    Body words;
    words.lead = bigrams(compactKey(QStringView(body.text).left(kLeadChars)));
    words.full = bigrams(compactKey(body.text));
    words.opening = bigrams(compactKey(QStringView(body.text).left(kOpeningChars)));
    words.leadText = removeSpaces(QStringView(body.text).left(kLeadChars));
    return words;
}

const QList<ParagraphOpening> &PageWords::paragraphOpenings(const RawBody &body, int b) const
{
    auto &cached = m_bodies.at(b).openings;
    if (cached)
        return *cached;
    cached.emplace();
    if (body.continuation)
        return *cached;
    const auto &units = body.draft.units;
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
            cached->append({k, bigrams(compactKey(opening))});
    }
    return *cached;
}

} // namespace Baoku::Core::Parse
