#include "core/parser/textutil.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Baoku::Core::Parse {

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FA1F)
        || (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007;
}

bool isCjk(char32_t c)
{
    return isHan(c) || (c >= 0x3000 && c <= 0x303F) // CJK symbols and punctuation
        || (c >= 0xFF00 && c <= 0xFFEF)              // full-width forms
        || (c >= 0x2010 && c <= 0x2027)              // dashes, quotes, ellipsis as used in Chinese text
        || c == 0x00B7 || (c >= 0x3040 && c <= 0x30FF);
}

namespace {

const QString kFinal = u"。！？!?…；;：:"_s;
const QString kClosers = u"”’」』）)》]】"_s;

} // namespace

bool endsSentence(QStringView text)
{
    text = text.trimmed();
    while (!text.isEmpty() && kClosers.contains(text.back())) {
        // A closing bracket ends a paragraph when it closes a signature or note, e.g. （耀文）.
        if (text.back() == u'）' || text.back() == u')')
            return true;
        text.chop(1);
    }
    return !text.isEmpty() && kFinal.contains(text.back());
}

bool hasSentencePunctuation(QStringView text)
{
    for (const QChar c : text) {
        if (c == u'，' || c == u'。' || c == u'；' || c == u'！' || c == u'？' || c == u',')
            return true;
    }
    return false;
}

int hanCount(QStringView text)
{
    int n = 0;
    for (const char32_t c : text.toUcs4())
        n += isHan(c) ? 1 : 0;
    return n;
}

QString squeezeSpaces(QStringView text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    // Surrogate pairs are Han characters of the extension planes here, so they count as CJK.
    const auto cjkAt = [](QChar c) { return c.isSurrogate() || isCjk(c.unicode()); };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (!c.isSpace()) {
            out += c;
            continue;
        }
        qsizetype j = i;
        while (j < n && text[j].isSpace())
            ++j;
        if (!out.isEmpty() && j < n && !cjkAt(out.back()) && !cjkAt(text[j]))
            out += u' ';
        i = j - 1;
    }
    return out;
}

namespace {

// Han characters and Chinese punctuation and quotes: what makes a neighbour "Chinese".
bool chineseAt(QStringView text, qsizetype i)
{
    if (i < 0 || i >= text.size())
        return false;
    const QChar c = text[i];
    return c.isSurrogate() || (isCjk(c.unicode()) && c.unicode() != 0x00B7);
}

bool digitAt(QStringView text, qsizetype i)
{
    return i >= 0 && i < text.size() && text[i].isDigit();
}

QChar fullWidth(QChar c)
{
    return QChar(char16_t(c.unicode() - 0x21 + 0xFF01));
}

} // namespace

namespace {

bool isMark(QChar c)
{
    switch (c.unicode()) {
    case u',': case u':': case u';': case u'?': case u'!': case u'(': case u')': return true;
    default: return false;
    }
}

} // namespace

QString fullWidthPunctuation(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), isMark))
        return text;
    QString out = text;
    const QStringView s(text);
    QList<qsizetype> open; // unmatched '(' positions
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (!isMark(c))
            continue;
        // The neighbours, looking past one space on either side.
        const qsizetype before = i > 0 && s[i - 1] == u' ' ? i - 2 : i - 1;
        const qsizetype after = i + 1 < s.size() && s[i + 1] == u' ' ? i + 2 : i + 1;
        if (c == u'(') {
            open.append(i);
            continue;
        }
        if (c == u')') {
            if (open.isEmpty())
                continue;
            const qsizetype start = open.takeLast();
            // A bracket pair is Chinese when it stands in Chinese text or holds some.
            bool chinese = chineseAt(s, start - 1) || chineseAt(s, i + 1);
            for (qsizetype k = start + 1; k < i && !chinese; ++k)
                chinese = chineseAt(s, k);
            if (chinese) {
                out[start] = u'（';
                out[i] = u'）';
            }
            continue;
        }
        if (digitAt(s, i - 1) && digitAt(s, i + 1))
            continue; // 1,000 and 10:30
        if (chineseAt(s, before) || (chineseAt(s, after) && c != u':'))
            out[i] = fullWidth(c);
        else if (c == u':' && chineseAt(s, after) && !digitAt(s, before))
            out[i] = fullWidth(c);
    }
    return out;
}

QString removeSpaces(QStringView text)
{
    // Written through a pointer: appending one QChar at a time was a measurable share of parsing.
    QString out(text.size(), Qt::Uninitialized);
    QChar *to = out.data();
    for (const QChar c : text) {
        if (!isCommonHan(c) && c.isSpace())
            continue;
        *to++ = c;
    }
    out.truncate(to - out.constData());
    return out;
}

namespace {

// Whether NFKC can turn a character into another letter or digit (full-width forms, compatibility
// ideographs, circled numbers …); plain ASCII, Han and CJK punctuation are left as they are.
bool needsCompatibilityFolding(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0xA0 || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3000 && u <= 0x303F) || (u >= 0x2010 && u <= 0x2027))
            continue;
        // Full-width punctuation (，：；（）？！) folds to punctuation, which the key drops anyway.
        if ((u >= 0xFF01 && u <= 0xFF0F) || (u >= 0xFF1A && u <= 0xFF20) || (u >= 0xFF3B && u <= 0xFF40)
            || (u >= 0xFF5B && u <= 0xFF60))
            continue;
        return true;
    }
    return false;
}

} // namespace

QString compactKey(QStringView text)
{
    const QString folded = (needsCompatibilityFolding(text)
                                ? text.toString().normalized(QString::NormalizationForm_KC)
                                : text.toString()).toLower();
    QString out(folded.size(), Qt::Uninitialized);
    QChar *to = out.data();
    for (const QChar c : folded) {
        if (isCommonHan(c) || c.isLetterOrNumber() || c.isSurrogate())
            *to++ = c;
    }
    out.truncate(to - out.constData());
    return out;
}

Bigrams::Bigrams(std::vector<quint32> values)
    : m_values(std::move(values))
{
    finish();
}

void Bigrams::insert(quint32 value)
{
    m_values.push_back(value);
}

namespace {

// Sorts byte by byte, lowest first (LSD radix): a page's few thousand pairs sort in four linear
// passes without the mispredicted branches of std::sort, which took a tenth of the parser's time.
// Same order as std::sort.
void radixSort(std::vector<quint32> &values)
{
    if (values.size() < 64) {
        std::sort(values.begin(), values.end());
        return;
    }
    thread_local std::vector<quint32> buffer;
    quint32 counts[4][256] = {};
    for (const quint32 v : values) {
        ++counts[0][v & 0xFF];
        ++counts[1][(v >> 8) & 0xFF];
        ++counts[2][(v >> 16) & 0xFF];
        ++counts[3][v >> 24];
    }
    buffer.resize(values.size());
    for (int pass = 0; pass < 4; ++pass) {
        const int shift = pass * 8;
        quint32 *count = counts[pass];
        if (count[(values.front() >> shift) & 0xFF] == values.size())
            continue; // every value has the same byte here
        quint32 total = 0;
        for (int d = 0; d < 256; ++d)
            total += std::exchange(count[d], total);
        for (const quint32 v : values)
            buffer[count[(v >> shift) & 0xFF]++] = v;
        values.swap(buffer);
    }
}

} // namespace

void Bigrams::finish()
{
    radixSort(m_values);
    m_values.erase(std::unique(m_values.begin(), m_values.end()), m_values.end());
}

Bigrams bigrams(const QString &key)
{
    std::vector<quint32> out;
    out.reserve(size_t(qMax<qsizetype>(0, key.size() - 1)));
    for (qsizetype i = 0; i + 1 < key.size(); ++i)
        out.push_back(bigramOf(key.at(i), key.at(i + 1)));
    return Bigrams(std::move(out));
}

QString undouble(const QString &text)
{
    const QString s = text.trimmed();
    if (s.size() < 4)
        return text;
    QString out;
    qsizetype i = 0;
    while (i < s.size()) {
        if (s.at(i).isSpace()) {
            ++i;
            continue;
        }
        bool found = false;
        for (qsizetype k = 1; i + 2 * k <= s.size(); ++k) {
            if (QStringView(s).mid(i, k) == QStringView(s).mid(i + k, k)) {
                out += s.mid(i, k);
                i += 2 * k;
                found = true;
                break;
            }
        }
        if (!found)
            return text; // not read twice throughout: leave it as it is
    }
    return out;
}

int parseSmallNumber(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (ok)
        return value;
    static const QString digits = u"零一二三四五六七八九"_s;
    int result = 0;
    int current = -1;
    for (const QChar c : text) {
        if (c == u'十') {
            result += (current < 0 ? 1 : current) * 10;
            current = -1;
        } else if (c == u'两') {
            current = 2;
        } else {
            const auto d = digits.indexOf(c);
            if (d < 0)
                return -1;
            current = int(d);
        }
    }
    if (current > 0)
        result += current;
    return result > 0 ? result : -1;
}

} // namespace Baoku::Core::Parse
