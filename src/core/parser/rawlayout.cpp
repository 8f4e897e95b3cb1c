// Raw column OCR: lines wrap every 12-14 characters, blank lines fall inside sentences, and the
// page's headlines stand apart from their bodies. This stage cuts the lines into bodies and loose
// lines; rawpage.cpp pairs them up (headlinematcher, featurecutfinder, looseplacer).
#include "core/parser/fields.h"
#include "core/parser/issuemeta.h"
#include "core/parser/layout.h"
#include "core/parser/rawpage.h"
#include "core/parser/textutil.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Baoku::Core::Parse {
namespace {

constexpr int kMastheadLines = 16; // the masthead stands among the first lines of the page
constexpr int kNoteChars = 8;       // the longest piece of （下转第12版） a line end can cut off
constexpr int kMaxUnpunctuatedLines = 3; // body lines in a row before the first sentence punctuation
constexpr qsizetype kMaxHeadlineTail = 4; // headline lines (banner, kicker, title) a body can read as text
constexpr int kWiderThanColumn = 4;       // a body line may run this much over the column (punctuation, digits)

struct Line {
    QString text;
    int pos = 0;
    bool blankBefore = false;
    bool blankAfter = false;
    int length = 0; // without spaces
};

int columnWidth(const QList<Line> &lines)
{
    QList<int> lengths;
    for (const auto &line : lines) {
        if (hasSentencePunctuation(line.text))
            lengths.append(line.length);
    }
    if (lengths.isEmpty())
        return 14;
    std::sort(lengths.begin(), lengths.end());
    return std::max(6, lengths.at(lengths.size() * 3 / 4));
}

bool isBareSignature(const QString &text)
{
    QString copy = text;
    return !takeSignature(&copy).isEmpty() && copy.isEmpty();
}

// A headline does not end on a structural particle or a preposition; a line cut inside a
// sentence may.
const QString kDangling = u"的地得和与及在对为向将把从让使被是了并而"_s;

bool spaceBetweenHan(const QString &text)
{
    for (qsizetype k = 1; k + 1 < text.size(); ++k) {
        if (text.at(k).isSpace() && isHan(text.at(k - 1).unicode()) && isHan(text.at(k + 1).unicode()))
            return true;
    }
    return false;
}

bool isSubtitleLine(const QString &text) { return text.startsWith(u'—'); }

bool headingLike(const Line &line, int width)
{
    return !hasSentencePunctuation(line.text) && line.length <= std::max(30, width * 2) && hanCount(line.text) >= 2
        && !line.text.endsWith(u'、') && !line.text.endsWith(u'：');
}

class Segmenter final {
public:
    Segmenter(QList<Line> lines, int width)
        : m_lines(std::move(lines)), m_width(width) {}

    RawPage run()
    {
        for (m_i = 0; m_i < m_lines.size(); ++m_i) {
            if (m_open)
                inside(m_lines.at(m_i));
            else
                outside(m_lines.at(m_i));
        }
        close();
        return std::move(m_page);
    }

private:
    void openBody(const Line &line, bool dateline)
    {
        close();
        m_previousText.clear();
        m_page.bodies.append(RawBody{});
        m_page.bodies.last().pos = line.pos;
        m_page.bodies.last().hasDateline = dateline;
        m_page.bodies.last().continuation = startsWithContinuedFrom(line.text);
        m_open = true;
        addText(line);
    }

    void close()
    {
        // Lines held as possible subheadings at the end of a body are the next article's headlines.
        for (const auto &held : std::as_const(m_held))
            addLoose(LooseKind::Heading, held);
        m_held.clear();
        m_open = false;
    }

    void addText(const Line &line)
    {
        RawBody &body = m_page.bodies.last();
        // Held short lines followed by a short line that closes a sentence were the opening of a
        // short paragraph cut by blank lines, not a subheading.
        // So were held lines whose last one the next continues mid-sentence (“走进某公司的生” /
        // “产车间，…”): a subheading does not break off inside a word.
        const bool paragraph = !m_held.isEmpty()
            && ((line.length < m_width - 1 && endsSentence(line.text)) || cutInSentence(m_held.last(), line));
        for (const auto &held : std::as_const(m_held))
            body.draft.units.append({held.text, paragraph ? UnitKind::Text : UnitKind::Subheading, true, !paragraph, held.pos});
        m_held.clear();
        body.draft.units.append({line.text, UnitKind::Text, line.blankBefore, line.length < m_width - 1, line.pos});
        body.text += line.text;
        // A signature or a "continued on" note ends the article; the line end may cut it in two.
        QString tail = m_previousText.right(kNoteChars) + line.text;
        m_previousText = line.text;
        Continuation continuation;
        takeContinuations(tail, &continuation);
        if (!takeSignature(&tail).isEmpty() || continuation.to)
            close();
    }

    // A dateline, a byline or a subtitle follows lines without punctuation that came after the
    // body's last sentence: they were the headline of the article it opens, not body text.
    qsizetype tailStart() const
    {
        const QList<Unit> &units = m_page.bodies.last().draft.units;
        qsizetype k = units.size();
        while (k > 1 && units.size() - k < kMaxHeadlineTail && units.at(k - 1).kind != UnitKind::Caption
               && units.at(k - 1).pos >= 0 && looksLikeHeadline(units.at(k - 1).text)
               && units.at(k - 1).text.size() <= std::max(30, m_width * 2))
            --k;
        return k < units.size() && units.at(k - 1).kind == UnitKind::Text && endsSentence(units.at(k - 1).text) ? k : -1;
    }

    void releaseTail()
    {
        const qsizetype k = tailStart();
        if (k < 0)
            return;
        RawBody &body = m_page.bodies.last();
        const QList<Unit> tail = body.draft.units.mid(k);
        body.draft.units.resize(k);
        for (const auto &unit : tail) {
            if (unit.kind == UnitKind::Text)
                body.text.chop(unit.text.size());
        }
        for (const auto &unit : tail)
            addLoose(LooseKind::Heading, Line{unit.text, unit.pos, unit.blankBefore, false, int(removeSpaces(unit.text).size())});
        close(); // lines still held stand below them
    }

    void addLoose(LooseKind kind, const Line &line, const QList<Byline> &bylines = {})
    {
        const bool joinsGroup = kind == LooseKind::Heading && !m_page.loose.isEmpty()
            && m_page.loose.last().kind == LooseKind::Heading && m_page.loose.last().pos == m_lastLoosePos
            && m_lastBodyCount == m_page.bodies.size();
        if (kind == LooseKind::Heading && !joinsGroup)
            ++m_group;
        m_page.loose.append({kind, line.text, bylines, line.pos, kind == LooseKind::Heading ? m_group : 0, line.blankBefore});
        m_lastLoosePos = line.pos;
        m_lastBodyCount = m_page.bodies.size();
    }

    bool startsBody(const Line &line) const
    {
        const bool isolated = line.blankBefore && line.blankAfter;
        if (hasSentencePunctuation(line.text)) {
            // An isolated headline may hold a comma; body lines run on, as wide as the column,
            // into the next line across the blank.
            if (!isolated || line.text.contains(u'。') || line.text.endsWith(u'，') || line.length > m_width * 2)
                return true;
            // A paragraph's first line is two characters short, for the indent, and goes on in a
            // line with sentence punctuation.
            if (m_i + 1 >= m_lines.size() || line.length < m_width * 4 / 5 - 2 || line.length > m_width + 2)
                return false;
            const Line &next = m_lines.at(m_i + 1);
            const bool indented = line.length >= m_width - 4 && line.length <= m_width;
            return (indented && goesOn(m_i + 1) && !startsWithDateline(next.text)) || cutInSentence(line, next);
        }
        // Under a byline or a subtitle the headline has been given: a line as wide as an indented
        // first line that goes on in a punctuated line is the body's opening.
        if (!m_page.loose.isEmpty() && m_page.loose.last().kind != LooseKind::Heading
            && m_page.loose.last().kind != LooseKind::Caption && m_lastLoosePos >= 0 && m_i > 0
            && m_lines.at(m_i - 1).pos == m_lastLoosePos && line.length >= m_width - 4 && line.length <= m_width
            && m_i + 1 < m_lines.size() && hasSentencePunctuation(m_lines.at(m_i + 1).text)
            && !startsWithDateline(m_lines.at(m_i + 1).text))
            return true;
        // A body line is as wide as the column and runs on into the lines below, up to one with
        // sentence punctuation; a longer line standing over the text is a headline.
        qsizetype j = m_i;
        for (; j < m_lines.size() && j < m_i + kMaxUnpunctuatedLines && !hasSentencePunctuation(m_lines.at(j).text); ++j) {
            if (!runsOn(j))
                return false;
        }
        if (j >= m_lines.size() || !hasSentencePunctuation(m_lines.at(j).text))
            return false;
        // Body lines are no wider than the column; a wider one is a headline line that holds
        // the end of one headline and another with a comma (“…方案 在某地，某产业…”).
        return !startsWithDateline(m_lines.at(j).text) && !brokenAfterComma(j)
            && (j == m_i || m_lines.at(j).length <= m_width + kWiderThanColumn);
    }

    // Whether line i, without sentence punctuation, is a body line cut mid-sentence that goes on in
    // line i + 1: as wide as the column, and the next line follows directly or, across a blank
    // line, the two characters at the cut form a pair the page uses elsewhere (a word cut in two).
    bool runsOn(qsizetype i) const
    {
        const Line &line = m_lines.at(i);
        // A paragraph's first line is indented by two characters.
        const int shortest = m_width * 4 / 5 - (line.blankBefore ? 2 : 0);
        if (i + 1 >= m_lines.size() || line.length < shortest || line.length > m_width + 2)
            return false;
        const Line &next = m_lines.at(i + 1);
        if (startsWithDateline(next.text))
            return false;
        return !line.blankAfter || cutInSentence(line, next);
    }

    // Whether line i is body text that goes on: it holds sentence punctuation, or it is as wide
    // as the column and ends on a particle or runs directly into a punctuated line.
    bool goesOn(qsizetype i) const
    {
        const Line &line = m_lines.at(i);
        if (hasSentencePunctuation(line.text))
            return true;
        if (line.length < m_width * 4 / 5 || line.length > m_width + 2)
            return false;
        return kDangling.contains(line.text.back())
            || (!line.blankAfter && i + 1 < m_lines.size() && hasSentencePunctuation(m_lines.at(i + 1).text));
    }

    // Whether a blank line between two lines fell inside a sentence: the line ends on a particle
    // or preposition, the next starts with a particle, or the pair at the cut is a word the page
    // uses elsewhere.
    bool cutInSentence(const Line &line, const Line &next) const
    {
        // Lines are trimmed, so their ends are the characters at the cut.
        const QStringView a(line.text);
        const QStringView b(next.text);
        if (a.isEmpty() || b.isEmpty() || !isHan(a.back().unicode()) || !isHan(b.front().unicode()))
            return false;
        // A headline does not end on a structural particle or a preposition, and no sentence
        // starts with a particle or with a clause of one character (“间，一排排…”); a cut line may.
        static const QString particles = u"的地得了着过"_s;
        static const QString clauseEnds = u"，。、；：？！"_s;
        const bool oneCharClause = b.size() > 1 && clauseEnds.contains(b.at(1));
        return kDangling.contains(a.back()) || particles.contains(b.front()) || oneCharClause
            || pageBigrams().contains(bigramOf(a.back(), b.front()));
    }

    // The first line of a main title broken after a comma (“推进某某改造，” over “加快某某升级”): short,
    // no other punctuation, followed by a headline-like line that stands alone and is not as wide
    // as the column (a body's second line would be); it stands in the headline block or alone.
    bool wrappedHeadline(const Line &line) const
    {
        if (!brokenAfterComma(m_i))
            return false;
        const bool inBlock = !m_page.loose.isEmpty() && m_page.loose.last().kind == LooseKind::Heading
            && m_lastBodyCount == m_page.bodies.size() && m_page.loose.last().pos >= line.pos - 3;
        return inBlock || line.blankBefore;
    }

    // The shape of a title's first line broken after a comma: line i ends in ，or 、 (or holds
    // one ，inside), holds no other sentence punctuation, and the next line is headline-like,
    // stands alone and is not as wide as the column, as a body's next line would be.
    bool brokenAfterComma(qsizetype i) const
    {
        if (i + 1 >= m_lines.size())
            return false;
        const Line &line = m_lines.at(i);
        // The comma may also fall inside the line when the title breaks after its next words
        // (“在某地，某产” over “业正在改变什么”); the line then ends on no sentence punctuation.
        const bool atEnd = line.text.endsWith(u'，') || line.text.endsWith(u'、');
        const QStringView before = atEnd ? QStringView(line.text).chopped(1) : QStringView(line.text);
        if (!atEnd && (line.text.count(u'，') != 1 || endsSentence(line.text)))
            return false;
        if (line.length > 24 || before.contains(u'。') || before.contains(u'；') || before.contains(u'！')
            || before.contains(u'？') || (atEnd && hasSentencePunctuation(before)))
            return false;
        const Line &next = m_lines.at(i + 1);
        const auto columnWide = [this](const Line &l) { return l.length >= m_width * 4 / 5 && l.length <= m_width + 2; };
        // A line that holds the end of one headline and another after a space counts as alone.
        const bool merged = spaceBetweenHan(next.text);
        const bool alone = next.blankAfter || i + 2 >= m_lines.size() || merged;
        const bool headline = headingLike(next, m_width) || (merged && looksLikeHeadline(next.text));
        return headline && alone && (!columnWide(next) || merged) && !endsSentence(next.text);
    }

    // Lines that are neither body text nor a headline: bylines, author lines, captions, subtitles.
    bool takeFixedForm(const Line &line)
    {
        if (const auto bylines = parseBylineLine(line.text); !bylines.isEmpty()) {
            addLoose(LooseKind::Byline, line, bylines);
            return true;
        }
        if (auto author = parseAuthorLine(line.text)) {
            // The organisation's line usually stands just above the author's title and name.
            if (!m_page.loose.isEmpty() && m_page.loose.last().kind == LooseKind::Heading
                && m_page.loose.last().pos >= line.pos - 2 && looksLikeOrganisation(m_page.loose.last().text)) {
                author->affiliation = m_page.loose.last().text + u' ' + author->affiliation;
                m_page.loose.removeLast();
            }
            addLoose(LooseKind::Author, line, {*author});
            return true;
        }
        if (looksLikeCaption(line.text) || !parsePhotoCredit(line.text).isEmpty()) {
            addLoose(LooseKind::Caption, line);
            return true;
        }
        if (isSubtitleLine(line.text)) {
            addLoose(LooseKind::Subtitle, line);
            return true;
        }
        return false;
    }

    void outside(const Line &line)
    {
        if (startsWithDateline(line.text) || startsWithContinuedFrom(line.text)) {
            openBody(line, startsWithDateline(line.text));
        } else if (isContinuationOnly(line.text) && !m_page.bodies.isEmpty()) {
            m_page.bodies.last().draft.units.append({line.text, UnitKind::Text, true, true});
        } else if (!m_page.loose.isEmpty() && m_page.loose.last().kind == LooseKind::Subtitle
                   && m_page.loose.last().pos == m_lastLoosePos && line.pos == m_lastLoosePos + 1
                   && headingLike(line, m_width)) {
            m_page.loose.last().text += line.text; // a subtitle wrapped onto the next line
            m_lastLoosePos = line.pos;
        } else if (takeFixedForm(line)) {
        } else if (wrappedHeadline(line)) {
            addLoose(LooseKind::Heading, line);
        } else if (startsBody(line)) {
            openBody(line, false);
        } else {
            addLoose(LooseKind::Heading, line);
        }
    }

    void inside(const Line &line)
    {
        RawBody &body = m_page.bodies.last();
        if (startsWithDateline(line.text)) {
            releaseTail();
            openBody(line, true);
        } else if (startsWithContinuedFrom(line.text)) {
            openBody(line, false); // （上接第N版） starts the part of another article
        } else if (isContinuationOnly(line.text) || isBareSignature(line.text)) {
            addText(line);
        } else if (!parseBylineLine(line.text).isEmpty() || parseAuthorLine(line.text)) {
            if (body.draft.units.size() <= 1 && body.text.size() < 40) {
                body.draft.bylines.append(parseBylineLine(line.text));
            } else {
                releaseTail(); // a headline read as text stood over the byline
                close();
                outside(line);
            }
        } else if (looksLikeCaption(line.text) || !parsePhotoCredit(line.text).isEmpty()) {
            body.draft.units.append({line.text, UnitKind::Caption, true, true});
        } else if (isSubtitleLine(line.text) && line.blankBefore && !hasSentencePunctuation(line.text)
                   && (!m_held.isEmpty() || endsSentence(body.draft.units.last().text) || tailStart() >= 0)) {
            // A subtitle (——访…) after a finished sentence belongs to the next article: the
            // lines held or read as text above it were that article's headline.
            releaseTail();
            close();
            outside(line);
        } else if (headingLike(line, m_width) && line.blankAfter && (line.blankBefore || !m_held.isEmpty())
                   && line.length < m_width * 9 / 10 && endsSentence(body.draft.units.last().text)) {
            m_held.append(line); // a subheading, or the next article's headline: the next line decides
        } else {
            addText(line);
        }
    }

    QList<Line> m_lines;
    int m_width;
    // Character pairs inside the page's lines, gathered the first time a cut needs them.
    const Bigrams &pageBigrams() const
    {
        if (!m_bigramsReady) {
            for (qsizetype i = 0; i < m_lines.size(); ++i) {
                const QString &text = m_lines.at(i).text;
                for (qsizetype k = 0; k + 1 < text.size(); ++k) {
                    if (isHan(text.at(k).unicode()) && isHan(text.at(k + 1).unicode()))
                        m_pageBigrams.insert(bigramOf(text.at(k), text.at(k + 1)));
                }
                // A body line as wide as the column runs on into the next line directly below it:
                // the pair at that cut is text of the page too.
                const Line &line = m_lines.at(i);
                if (i + 1 < m_lines.size() && !line.blankAfter && hasSentencePunctuation(line.text)
                    && line.length >= m_width * 4 / 5 && !text.isEmpty() && !m_lines.at(i + 1).text.isEmpty()
                    && isHan(text.back().unicode()) && isHan(m_lines.at(i + 1).text.front().unicode()))
                    m_pageBigrams.insert(bigramOf(text.back(), m_lines.at(i + 1).text.front()));
            }
            m_pageBigrams.finish();
            m_bigramsReady = true;
        }
        return m_pageBigrams;
    }
    mutable Bigrams m_pageBigrams;
    mutable bool m_bigramsReady = false;
    qsizetype m_i = 0;
    RawPage m_page;
    QList<Line> m_held;
    QString m_previousText; // the body's last line, for notes cut by a line end
    bool m_open = false;
    int m_group = 0;
    int m_lastLoosePos = -1;
    qsizetype m_lastBodyCount = 0;
};

} // namespace

PageLayout readRawLayout(const QStringList &lines)
{
    PageLayout page;
    const int adStart = trailingAdvertisementStart(lines, 0);
    QList<Line> kept;
    bool blank = true;
    bool bodySeen = false;
    for (int i = 0; i < adStart; ++i) {
        const QString text = lines.at(i).trimmed();
        if (text.isEmpty()) {
            blank = true;
            if (!kept.isEmpty())
                kept.last().blankAfter = true;
            continue;
        }
        bodySeen = bodySeen || hasSentencePunctuation(text);
        if (!bodySeen && kept.size() < kMastheadLines && isMastheadLine(text)) {
            page.mastheadEnd = i + 1;
            continue;
        }
        kept.append({text, i, blank, false, int(removeSpaces(text).size())});
        blank = false;
    }
    const int width = columnWidth(kept);
    page.drafts = assembleRawPage(Segmenter(kept, width).run());
    if (adStart < lines.size()) {
        Draft ad;
        ad.kind = ArticleKind::Advertisement;
        for (int i = adStart; i < lines.size(); ++i) {
            if (!lines.at(i).trimmed().isEmpty())
                ad.units.append({lines.at(i).trimmed(), UnitKind::Text, true, true});
        }
        page.drafts.append(ad);
    }
    return page;
}

} // namespace Baoku::Core::Parse
