#include "core/parser/looseplacer.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Baoku::Core::Parse {

// Whether an unmatched line standing over a title is a banner (栏目, 专题: short, or named as a
// series) rather than a kicker (引题), which reads as a sentence leading into the title.
bool LoosePlacer::bannerLike(const QString &text, int lines)
{
    static const QRegularExpression series(
        u"(?:专题|专栏|专版|观察|系列|访谈|特稿|特别报道|聚焦|巡礼|纪实|之[一二三四五六七八九十]+)"_s);
    return lines > 1 || hanCount(text) <= 8 || series.match(text).hasMatch();
}

// Whether only bylines, author lines, subtitles and captions stand between loose line `last`
// and body b, a few lines apart: then the headline stands directly over that body.
bool LoosePlacer::directlyAbove(int last, int b) const
{
    const auto &page = m_state.page;
    if (b < 0 || b >= page.bodies.size() || page.bodies[b].pos - page.loose[last].pos > 8)
        return false;
    for (int k = last + 1; k < page.loose.size() && page.loose[k].pos < page.bodies[b].pos; ++k) {
        if (page.loose[k].kind == LooseKind::Heading)
            return false;
    }
    return true;
}

// Headline lines that match no body: a body's first line cut off above it (when the body has its
// headline), the title of an untitled body right under them (a feature's title need not repeat
// its words), else banners over an article or kickers above its title.
void LoosePlacer::placeLeftoverHeadings()
{
    auto &page = m_state.page;
    const auto &loose = page.loose;
    auto &bodyOfLoose = m_state.bodyOfLoose;
    for (int i = 0; i < loose.size(); ++i) {
        if (loose[i].kind != LooseKind::Heading || bodyOfLoose[i] >= 0)
            continue;
        if (const int b = m_state.firstBodyAfter(loose[i].pos);
            b < page.bodies.size() && m_state.titleOf[b] >= 0 && m_state.opensBody(i, b)) {
            page.bodies[b].draft.units.prepend({loose[i].text, UnitKind::Text, loose[i].blankBefore, true, loose[i].pos});
            bodyOfLoose[i] = b;
            continue;
        }
        int j = i;
        QStringList parts;
        while (j < loose.size() && loose[j].kind == LooseKind::Heading && loose[j].group == loose[i].group
               && bodyOfLoose[j] < 0)
            parts << loose[j++].text;
        const int below = m_state.firstBodyAfter(loose[j - 1].pos);
        if (j == loose.size() || loose[j].kind != LooseKind::Heading || loose[j].group != loose[i].group) {
            if (directlyAbove(j - 1, below) && m_state.titleOf[below] < 0 && page.bodies[below].draft.title.isEmpty()) {
                // The last line is the title, with the line before it when that one breaks off
                // after a comma or a dangling word; lines above are its kicker or banner.
                int t = j - 1;
                static const QString dangling = u"与和及的在对为向将把从让使被、，"_s;
                if (t > i && dangling.contains(parts[t - 1 - i].back()))
                    --t;
                Draft &draft = page.bodies[below].draft;
                draft.title = parts.mid(t - i).join(u' ');
                m_state.titleOf[below] = -2;
                if (t > i) {
                    const QString above = parts.mid(0, t - i).join(u' ');
                    (bannerLike(above, t - i) ? draft.column : draft.kicker) = above;
                }
                for (int k = i; k < j; ++k)
                    bodyOfLoose[k] = below;
                i = j - 1;
                continue;
            }
        }
        const QString text = parts.join(u' ');
        int target = -1;
        bool kicker = false;
        if (j < loose.size() && loose[j].group == loose[i].group && bodyOfLoose[j] >= 0
            && page.bodies[bodyOfLoose[j]].draft.kicker.isEmpty() && page.bodies[bodyOfLoose[j]].draft.column.isEmpty()) {
            target = bodyOfLoose[j]; // directly above a matched headline
            kicker = !bannerLike(text, j - i);
            if (!kicker && !page.bodies[target].draft.column.isEmpty())
                target = -1;
        }
        double best = 0;
        for (int b = 0; b < page.bodies.size() && target < 0; ++b) {
            const double s = wordScore(text, m_state.words.full(b), 0.35);
            if (s > best && page.bodies[b].draft.column.isEmpty()) {
                best = s;
                target = b;
            }
        }
        if (target < 0)
            target = std::min<int>(m_state.firstBodyAfter(loose[i].pos), int(page.bodies.size()) - 1);
        if (target >= 0) {
            Draft &draft = page.bodies[target].draft;
            QString &slot = kicker ? draft.kicker : draft.column;
            slot = slot.isEmpty() ? text : slot + u' ' + text;
            for (int k = i; k < j; ++k)
                bodyOfLoose[k] = target;
        }
        i = j - 1;
    }
}

bool LoosePlacer::needsByline(int b) const
{
    return m_state.page.bodies[b].draft.bylines.isEmpty() && !m_state.page.bodies[b].hasDateline;
}

// Reporters listed together under a block of headlines: the articles of that block that name no
// one yet, in the order of their headlines, when there are as many of them as reporters;
// otherwise nobody (a wrong byline is worse than none).
void LoosePlacer::placeListedBylines(const QList<int> &run, QList<int> *pool)
{
    const auto &loose = m_state.page.loose;
    auto &bodyOfLoose = m_state.bodyOfLoose;
    QList<int> rest;
    for (int i : run) {
        const int b = m_state.bodyNaming(loose[i].bylines);
        if (b >= 0) {
            addBylines(b, loose[i].bylines);
            bodyOfLoose[i] = b;
        } else {
            rest.append(i);
        }
    }
    if (rest.isEmpty())
        return;
    const int group = loose[run.first() - 1].group;
    QList<int> articles;
    for (int k = 0; k < run.first(); ++k) {
        const int b = bodyOfLoose[k];
        if (loose[k].kind == LooseKind::Heading && loose[k].group == group && b >= 0 && !articles.contains(b)
            && needsByline(b) && !m_state.signedOrNamed(b))
            articles.append(b);
    }
    if (articles.size() == rest.size()) {
        for (int n = 0; n < rest.size(); ++n) {
            addBylines(articles[n], loose[rest[n]].bylines);
            bodyOfLoose[rest[n]] = articles[n];
        }
    } else if (articles.isEmpty()) {
        pool->append(rest); // the articles are elsewhere on the page
    }
}

void LoosePlacer::addBylines(int b, const QList<Byline> &bylines)
{
    auto &list = m_state.page.bodies[b].draft.bylines;
    for (const auto &byline : bylines) {
        if (!list.contains(byline))
            list.append(byline);
    }
}

void LoosePlacer::placeOtherLooseLines()
{
    auto &page = m_state.page;
    const auto &loose = page.loose;
    auto &bodyOfLoose = m_state.bodyOfLoose;
    const int bodies = int(page.bodies.size());
    QList<int> pool;
    for (int i = 0; i < loose.size(); ++i) {
        const auto &line = loose[i];
        const int owner = i > 0 ? bodyOfLoose[i - 1] : -1;
        switch (line.kind) {
        case LooseKind::Heading:
            break;
        case LooseKind::Subtitle:
            if (owner >= 0 && page.bodies[owner].draft.subtitle.isEmpty())
                page.bodies[owner].draft.subtitle = line.text;
            else
                pool.append(i);
            break;
        case LooseKind::Author:
        case LooseKind::Byline: {
            // Several bylines in a row under a block of headlines: placed by evidence.
            int end = i;
            while (end < loose.size() && loose[end].kind == LooseKind::Byline && loose[end].pos - loose[i].pos <= end - i + 1)
                ++end;
            const bool underBlock = m_state.underHeadline(i);
            if (line.kind == LooseKind::Byline && underBlock && (end - i >= 2 || (owner >= 0 && m_state.signedOrNamed(owner)))) {
                QList<int> run;
                for (int k = i; k < end; ++k)
                    run.append(k);
                placeListedBylines(run, &pool);
                i = end - 1;
                break;
            }
            // Beside its headline: the first byline under a matched headline is that article's.
            if (owner >= 0 && m_state.underHeadline(i) && page.bodies[owner].draft.bylines.isEmpty()) {
                page.bodies[owner].draft.bylines = line.bylines;
                bodyOfLoose[i] = owner;
            } else if (const int named = m_state.bodyNaming(line.bylines); named >= 0) {
                addBylines(named, line.bylines);
                bodyOfLoose[i] = named;
            } else {
                pool.append(i);
            }
            break;
        }
        case LooseKind::Caption: {
            const int b = std::min(m_state.firstBodyAfter(line.pos), bodies - 1);
            if (b >= 0)
                page.bodies[b].draft.captions.append(line.text);
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
        const int after = m_state.firstBodyAfter(line.pos);
        int target = -1;
        for (int b = after; b < bodies && target < 0; ++b)
            target = needsByline(b) ? b : -1;
        for (int b = std::min(after, bodies) - 1; b >= 0 && target < 0; --b)
            target = needsByline(b) ? b : -1;
        if (target >= 0)
            page.bodies[target].draft.bylines = line.bylines;
    }
}

} // namespace Baoku::Core::Parse
