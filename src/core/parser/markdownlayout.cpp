// Markdown-like OCR: #-headings start articles, **…** lines are subheadings or bylines, blank lines
// separate paragraphs (and sometimes cut one in two).
#include "core/parser/fields.h"
#include "core/parser/issuemeta.h"
#include "core/parser/layout.h"
#include "core/parser/textutil.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Baoku::Core::Parse {
namespace {

struct Heading {
    int level = 0;
    QString text;
};

std::optional<Heading> heading(const QString &line)
{
    static const QRegularExpression pattern(u"^(#{1,6})\\s+(.*)$"_s);
    const auto m = pattern.match(line.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    QString text = m.captured(2);
    text.remove(u"**"_s);
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    return Heading{int(m.captured(1).size()), text};
}

bool isBoldOnly(const QString &line)
{
    static const QRegularExpression pattern(u"^\\*\\*([^*]+)\\*\\*$"_s);
    return pattern.match(line.trimmed()).hasMatch();
}

QString unbold(const QString &line)
{
    QString s = line.trimmed();
    s.remove(u"**"_s);
    return s.trimmed();
}

bool isSubtitle(const QString &line)
{
    const QString s = unbold(line);
    return (s.startsWith(u"——"_s) || s.startsWith(u"--"_s) || s.startsWith(u"—"_s)) && s.size() <= 80;
}

// Whether the lines after a heading open an article of their own: a dateline, a byline, an
// author line or a subtitle comes first.
bool opensArticle(const QStringList &lines, int from, int end)
{
    for (int i = from; i < end; ++i) {
        const QString s = lines.at(i).trimmed();
        if (s.isEmpty())
            continue;
        if (heading(s))
            return false;
        const QString plain = unbold(s);
        return startsWithDateline(s) || !parseBylineLine(plain).isEmpty() || parseAuthorLine(plain)
            || isSubtitle(s) || looksLikeOrganisation(plain);
    }
    return false;
}

int nextNonBlank(const QStringList &lines, int from, int end)
{
    while (from < end && lines.at(from).trimmed().isEmpty())
        ++from;
    return from;
}

bool hasBodyText(const Draft &draft)
{
    return std::any_of(draft.units.cbegin(), draft.units.cend(), [](const Unit &unit) {
        return unit.kind == UnitKind::Text && parseBylineLine(unit.text).isEmpty();
    });
}

bool endsWithSignature(const QString &text)
{
    QString copy = text;
    return !takeSignature(&copy).isEmpty();
}

bool isUnsignedFeature(const Draft &draft)
{
    bool byline = !draft.bylines.isEmpty();
    for (int u = 0; u < draft.units.size(); ++u) {
        if (endsWithSignature(draft.units[u].text))
            return false;
        byline = byline || (u < 3 && !parseBylineLine(draft.units[u].text).isEmpty());
    }
    return byline;
}

// Text after an article's signature that opens with a subheading is not that article's: the page
// jumped. It continues the nearest earlier feature (a byline, no signature), before the paragraph
// that a caption cut off when the section ends mid-sentence.
void moveSectionsAfterSignatures(QList<Draft> &drafts)
{
    for (int i = 1; i < drafts.size(); ++i) {
        QList<Unit> &units = drafts[i].units;
        int cut = -1;
        for (int u = 0; u + 1 < units.size() && cut < 0; ++u) {
            if (units[u].kind == UnitKind::Text && units[u + 1].kind == UnitKind::Subheading
                && endsWithSignature(units[u].text))
                cut = u + 1;
        }
        int target = i - 1;
        while (cut >= 0 && target >= 0 && !isUnsignedFeature(drafts[target]))
            --target;
        if (cut < 0 || target < 0)
            continue;
        const QList<Unit> section = units.mid(cut);
        units.remove(cut, units.size() - cut);
        QList<Unit> &into = drafts[target].units;
        qsizetype at = into.size();
        if (!endsSentence(section.last().text)) {
            for (qsizetype k = 1; k < into.size() && at == into.size(); ++k) {
                if (into[k - 1].kind == UnitKind::Caption && into[k].kind == UnitKind::Text)
                    at = k;
            }
        }
        for (qsizetype k = 0; k < section.size(); ++k)
            into.insert(at + k, section[k]);
    }
}

} // namespace

PageLayout readMarkdownLayout(const QStringList &lines)
{
    PageLayout page;
    const int count = int(lines.size());
    int first = 0;
    // The masthead runs to the first heading that is not itself a masthead line (# 中国电子报).
    while (first < count && !startsWithDateline(lines.at(first).trimmed()) && !startsWithContinuedFrom(lines.at(first))
           && (!heading(lines.at(first)) || isMastheadLine(heading(lines.at(first))->text)))
        ++first;
    page.mastheadEnd = first;
    const int end = trailingAdvertisementStart(lines, first);

    QList<Draft> drafts;
    int titleLevel = 0;
    QStringList pendingColumns;
    QStringList pendingKickers;
    bool blankBefore = true;
    bool beforeBody = false; // between a title and its first paragraph
    for (int i = first; i < end; ++i) {
        const QString line = lines.at(i);
        if (line.trimmed().isEmpty()) {
            blankBefore = true;
            continue;
        }
        if (const auto h = heading(line)) {
            const int next = nextNonBlank(lines, i + 1, end);
            if (next < end && heading(lines.at(next))) {
                // A heading with nothing under it stands above the next one: a banner or column
                // when it is of a higher level, else the kicker or first half of a split title.
                (heading(lines.at(next))->level > h->level ? pendingColumns : pendingKickers) << h->text;
            } else if (drafts.isEmpty() || h->level <= titleLevel || opensArticle(lines, i + 1, end)
                       || !pendingColumns.isEmpty() || !pendingKickers.isEmpty()) {
                Draft draft;
                draft.title = h->text;
                draft.column = pendingColumns.join(u' ');
                draft.kicker = pendingKickers.join(u' ');
                pendingColumns.clear();
                pendingKickers.clear();
                drafts.append(draft);
                titleLevel = h->level;
                beforeBody = true;
            } else {
                drafts.last().units.append({h->text, UnitKind::Subheading, true, true});
            }
            blankBefore = false;
            continue;
        }
        // Text before any heading, or a second 本报讯 under one heading (a column of briefs),
        // starts an untitled article.
        if (drafts.isEmpty()
            || ((startsWithDateline(line.trimmed()) || startsWithContinuedFrom(line)) && hasBodyText(drafts.last()))) {
            drafts.append(Draft{});
            beforeBody = true;
        }
        Draft &draft = drafts.last();
        if (beforeBody && isSubtitle(line) && draft.subtitle.isEmpty()) {
            draft.subtitle = unbold(line);
        } else if (looksLikeCaption(line)) {
            draft.units.append({unbold(line), UnitKind::Caption, blankBefore, true});
        } else if (isBoldOnly(line) && parseBylineLine(unbold(line)).isEmpty() && !startsWithDateline(line)
                   && hasBodyText(draft) && opensArticle(lines, i + 1, end)) {
            // A bold line over a dateline or byline is a title the OCR did not mark as a heading.
            Draft next;
            next.title = unbold(line);
            drafts.append(next);
            beforeBody = true;
        } else if (isBoldOnly(line) && parseBylineLine(unbold(line)).isEmpty() && !startsWithDateline(line)) {
            draft.units.append({unbold(line), UnitKind::Subheading, blankBefore, true});
        } else {
            draft.units.append({unbold(line), UnitKind::Text, blankBefore, true});
            beforeBody = beforeBody && !parseBylineLine(unbold(line)).isEmpty();
        }
        blankBefore = false;
    }

    // A heading over a few words is a subheading the OCR promoted; it belongs to the article before.
    for (int i = 1; i < drafts.size(); ++i) {
        Draft &draft = drafts[i];
        if (textLength(draft) >= kMinArticleChars || !draft.bylines.isEmpty()
            || (!draft.units.isEmpty() && startsWithDateline(draft.units.first().text))
            || (!draft.units.isEmpty() && startsWithContinuedFrom(draft.units.first().text)))
            continue;
        Draft &previous = drafts[i - 1];
        previous.units.append({draft.title, UnitKind::Subheading, true, true});
        previous.units.append(draft.units);
        previous.captions.append(draft.captions);
        drafts.removeAt(i--);
    }
    moveSectionsAfterSignatures(drafts);
    page.drafts = drafts;

    if (end < count) {
        Draft ad;
        ad.kind = ArticleKind::Advertisement;
        for (int i = end; i < count; ++i) {
            if (!lines.at(i).trimmed().isEmpty())
                ad.units.append({unbold(lines.at(i)), UnitKind::Text, true, true});
        }
        page.drafts.append(ad);
    }
    return page;
}

} // namespace Baoku::Core::Parse
