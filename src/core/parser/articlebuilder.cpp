#include "core/parser/articlebuilder.h"
#include "core/parser/fields.h"
#include "core/parser/textutil.h"

using namespace Qt::StringLiterals;

namespace Baoku::Core::Parse {
namespace {

constexpr int kMinRepeatChars = 8;        // shorter paragraphs may repeat legitimately
constexpr int kMinCrossArticleChars = 30; // across articles only long paragraphs count as repeats
constexpr int kMinOverlapChars = 16;
constexpr int kMaxSubheadChars = 30; // a bold line longer than this that holds sentences is a paragraph
// Marks a subhead paragraph while the builder works on plain strings; input never keeps it.
constexpr QChar kSubheadMark = QChar(0xE000);

bool isSubheadParagraph(const QString &paragraph) { return paragraph.startsWith(kSubheadMark); }

bool isAsciiLetter(QChar c) { return c.unicode() < 128 && c.isLetter(); }

void appendWrapped(QString *paragraph, const QString &line)
{
    // Only a break between two Latin words stood for a space; Chinese and numbers join directly.
    if (!paragraph->isEmpty() && !line.isEmpty() && isAsciiLetter(paragraph->back()) && isAsciiLetter(line.front()))
        *paragraph += u' ';
    *paragraph += line;
}

void addUnique(QList<Byline> *bylines, const QList<Byline> &more)
{
    for (const auto &byline : more) {
        const bool known = std::any_of(bylines->cbegin(), bylines->cend(),
                                       [&](const Byline &b) { return b.name == byline.name; });
        if (!known)
            bylines->append(byline);
    }
}

// The length of the longest suffix of a that is a prefix of b, at least kMinOverlapChars.
qsizetype overlap(const QString &a, const QString &b)
{
    const qsizetype max = std::min(a.size(), b.size());
    for (qsizetype k = max; k >= kMinOverlapChars; --k) {
        if (QStringView(a).right(k) == QStringView(b).left(k))
            return k;
    }
    return 0;
}

} // namespace

QStringList ArticleBuilder::joinParagraphs(const QList<Unit> &units, Article *article) const
{
    QStringList paragraphs;
    QString current;
    bool currentIsHeading = false;
    bool previousShort = true;
    QString pendingOrganisation;
    bool lastWasSubhead = false;
    const auto flush = [&] {
        if (!current.trimmed().isEmpty())
            paragraphs.append(current.trimmed());
        current.clear();
        currentIsHeading = false;
    };
    for (const Unit &unit : units) {
        QString text = unit.text.trimmed();
        text.remove(kSubheadMark);
        if (text.isEmpty())
            continue;
        if (unit.kind == UnitKind::Caption) {
            if (const QString credit = parsePhotoCredit(text); !credit.isEmpty()) {
                if (!article->photoCredits.contains(credit))
                    article->photoCredits.append(credit);
                continue;
            }
            QString caption = undouble(text);
            const QString credit = takeTrailingCredit(&caption);
            if (!credit.isEmpty() && !article->photoCredits.contains(credit))
                article->photoCredits.append(credit);
            if (!caption.isEmpty() && !article->captions.contains(squeezeSpaces(caption)))
                article->captions.append(squeezeSpaces(caption));
            continue; // a caption may sit between two halves of a sentence: keep the paragraph open
        }
        if (const QString credit = parsePhotoCredit(text); !credit.isEmpty()) {
            if (!article->photoCredits.contains(credit))
                article->photoCredits.append(credit);
            continue;
        }
        if (unit.kind == UnitKind::Subheading && !(text.size() > kMaxSubheadChars && hasSentencePunctuation(text))) {
            flush();
            if (!paragraphs.isEmpty() && isSubheadParagraph(paragraphs.last()) && lastWasSubhead) {
                appendWrapped(&paragraphs.last(), text); // a subhead split over two lines
            } else {
                paragraphs.append(kSubheadMark + text);
            }
            lastWasSubhead = true;
            previousShort = true;
            continue;
        }
        lastWasSubhead = false;
        const bool standalone = current.isEmpty() || currentIsHeading || endsSentence(current);
        if (const auto bylines = parseBylineLine(text); !bylines.isEmpty() && standalone) {
            addUnique(&article->bylines, bylines);
            continue;
        }
        if (paragraphs.isEmpty() && current.isEmpty()) {
            // Before the first paragraph: an author line, perhaps below its organisation's line.
            if (looksLikeOrganisation(text)) {
                pendingOrganisation = text;
                continue;
            }
            if (auto author = parseAuthorLine(text)) {
                if (!pendingOrganisation.isEmpty())
                    author->affiliation = pendingOrganisation + u' ' + author->affiliation;
                pendingOrganisation.clear();
                addUnique(&article->bylines, {*author});
                continue;
            }
            if (!pendingOrganisation.isEmpty()) {
                current = pendingOrganisation; // it was the first line of the text after all
                pendingOrganisation.clear();
            }
        }
        if (current.isEmpty() || currentIsHeading) {
            flush();
            current = text;
        } else if (endsSentence(current) && (previousShort || unit.blankBefore)) {
            flush();
            current = text;
        } else {
            appendWrapped(&current, text);
        }
        previousShort = unit.shortLine;
    }
    flush();
    return paragraphs;
}

QStringList ArticleBuilder::removeRepeats(const QStringList &paragraphs)
{
    QStringList kept;
    QStringList keptKeys;
    for (QString paragraph : paragraphs) {
        QString key = compactKey(paragraph);
        if (key.size() >= kMinRepeatChars) {
            bool repeated = keptKeys.contains(key)
                || (key.size() >= kMinCrossArticleChars && m_seenParagraphs.contains(key));
            // A repeated tail: the paragraph is part of one of the few before it, perhaps the end of
            // the article before, read again after its signature.
            for (qsizetype i = keptKeys.size() - 1; !repeated && i >= 0 && i >= keptKeys.size() - 3; --i)
                repeated = keptKeys.at(i).contains(key);
            for (qsizetype i = 0; !repeated && key.size() >= kMinCrossArticleChars && i < m_previousTail.size(); ++i)
                repeated = m_previousTail.at(i).contains(key);
            if (repeated)
                continue;
            if (!kept.isEmpty()) {
                // The OCR read the end of the previous paragraph again at the start of this one.
                const qsizetype k = overlap(kept.last(), paragraph);
                if (k > 0) {
                    paragraph = paragraph.mid(k).trimmed();
                    key = compactKey(paragraph);
                    if (paragraph.isEmpty())
                        continue;
                }
            }
        }
        kept.append(paragraph);
        keptKeys.append(key);
    }
    for (const auto &key : keptKeys) {
        if (key.size() >= kMinCrossArticleChars)
            m_seenParagraphs.insert(key);
    }
    if (!keptKeys.isEmpty())
        m_previousTail = keptKeys.mid(std::max<qsizetype>(0, keptKeys.size() - 3));
    return kept;
}

Article ArticleBuilder::build(Draft draft)
{
    Article article;
    article.kind = draft.kind;
    const auto clean = [](const QString &text) { return squeezeSpaces(fullWidthPunctuation(text)); };
    article.title = clean(draft.title);
    article.kicker = clean(draft.kicker);
    article.subtitle = clean(draft.subtitle);
    article.column = clean(draft.column);
    article.bylines = draft.bylines;
    for (const auto &caption : draft.captions)
        draft.units.prepend({caption, UnitKind::Caption, true, true});

    QStringList paragraphs = joinParagraphs(draft.units, &article);

    // Squeeze first, so that repeats that differ only in OCR spacing are found.
    for (auto &paragraph : paragraphs)
        paragraph = clean(paragraph);
    for (auto &caption : article.captions)
        caption = clean(caption);

    if (!paragraphs.isEmpty()) {
        // "本报讯 记者X报道：" may stand on a line of its own that ended a paragraph early.
        if (paragraphs.size() > 1 && !isSubheadParagraph(paragraphs.at(1))) {
            const auto alone = matchDateline(paragraphs.first());
            if (alone && alone->consumed >= paragraphs.first().size()) {
                paragraphs.first() += paragraphs.at(1);
                paragraphs.removeAt(1);
            }
        }
        if (const auto dateline = matchDateline(paragraphs.first())) {
            article.dateline = dateline->dateline;
            addUnique(&article.bylines, dateline->reporters);
            paragraphs.first() = paragraphs.first().mid(dateline->consumed).trimmed();
            if (paragraphs.first().isEmpty())
                paragraphs.removeFirst();
        }
    }

    QStringList cleaned;
    for (const auto &paragraph : std::as_const(paragraphs)) {
        Continuation continuation;
        QString text = takeContinuations(paragraph, &continuation);
        if (continuation.to)
            article.continuedTo = continuation.to;
        if (continuation.from && !article.continuedFrom)
            article.continuedFrom = continuation.from;
        if (!text.isEmpty())
            cleaned.append(text);
    }
    cleaned = removeRepeats(cleaned);

    // The signature closes the article; a bare one may stand as its own last paragraph.
    while (!cleaned.isEmpty()) {
        QString last = cleaned.last();
        const QString signature = takeSignature(&last);
        if (signature.isEmpty())
            break;
        article.signature = signature;
        if (last.isEmpty())
            cleaned.removeLast();
        else
            cleaned.last() = last;
        break;
    }
    QStringList body;
    for (const auto &paragraph : std::as_const(cleaned)) {
        const bool subhead = isSubheadParagraph(paragraph);
        const QString text = subhead ? paragraph.mid(1).trimmed() : paragraph;
        if (text.isEmpty())
            continue;
        if (subhead)
            article.subheads.append(int(body.size()));
        body.append(text);
    }
    cleaned = body;
    // A subhead with nothing after it heads no text: it stays as the last paragraph, but plain.
    if (!article.subheads.isEmpty() && article.subheads.last() == cleaned.size() - 1)
        article.subheads.removeLast();
    article.body = cleaned.join(u'\n');
    return article;
}

} // namespace Baoku::Core::Parse
