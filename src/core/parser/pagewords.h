// Character pairs of a raw page's bodies, the words headlines are matched by. They are kept
// across the rounds of matching: a round that cuts a body in two computes those two again only.
#pragma once

#include "core/parser/rawpage.h"
#include "core/parser/textutil.h"

#include <optional>

namespace Baoku::Core::Parse {

inline constexpr int kLeadChars = 200;    // a headline's words recur in this much of its body
inline constexpr int kOpeningChars = 120; // each line of a split headline recurs in this much

// How well a headline's words fit a body's: matched pairs less half the unmatched ones, or -1
// when fewer than minFraction of them (or fewer than two) are in the body.
double wordScore(const Bigrams &words, const Bigrams &body, double minFraction);
double wordScore(const QString &headline, const Bigrams &body, double minFraction);

// Where a paragraph opens inside a body, after a finished sentence and at least a short article's
// worth of text, with the character pairs of its first characters.
struct ParagraphOpening final {
    qsizetype unit = 0;
    Bigrams words;
};

class PageWords final {
public:
    explicit PageWords(const QList<RawBody> &bodies);

    // Body b was cut in two: its text now ends earlier and body b + 1 is new.
    void bodyCut(const QList<RawBody> &bodies, int b);

    const Bigrams &lead(int b) const { return m_bodies.at(b).lead; }
    const Bigrams &full(int b) const { return m_bodies.at(b).full; }
    const Bigrams &opening(int b) const { return m_bodies.at(b).opening; }
    // The lead without spaces, where a dateline names its reporter (记者X报道).
    const QString &leadText(int b) const { return m_bodies.at(b).leadText; }
    // Paragraph openings of body b, found the first time they are asked for.
    const QList<ParagraphOpening> &paragraphOpenings(const RawBody &body, int b) const;

private:
    struct Body final {
        Bigrams lead;
        Bigrams full;
        Bigrams opening;
        QString leadText;
        mutable std::optional<QList<ParagraphOpening>> openings;
    };
    static Body wordsOf(const RawBody &body);

    QList<Body> m_bodies;
};

} // namespace Baoku::Core::Parse
