#include "core/search/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/rbbi.h>
#include <unicode/utf16.h>

namespace Baoku::Core {

namespace {

// The UTF-8 bytes of `c` written at `out` (room for 4); returns how many, 0 for a surrogate or a
// value beyond U+10FFFF (as appendUtf8 appends nothing for them). Inline, into a buffer on the
// stack: building each bigram in a std::string was a tenth of tokenizing.
inline int encodeUtf8(char32_t c, char *out)
{
    if (c < 0x80) {
        out[0] = char(c);
        return 1;
    }
    if (c < 0x800) {
        out[0] = char(0xC0 | (c >> 6));
        out[1] = char(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        if (c >= 0xD800 && c <= 0xDFFF)
            return 0;
        out[0] = char(0xE0 | (c >> 12));
        out[1] = char(0x80 | ((c >> 6) & 0x3F));
        out[2] = char(0x80 | (c & 0x3F));
        return 3;
    }
    if (c > 0x10FFFF)
        return 0;
    out[0] = char(0xF0 | (c >> 18));
    out[1] = char(0x80 | ((c >> 12) & 0x3F));
    out[2] = char(0x80 | ((c >> 6) & 0x3F));
    out[3] = char(0x80 | (c & 0x3F));
    return 4;
}

} // namespace

TextTokenizer::TextTokenizer()
{
    UErrorCode status = U_ZERO_ERROR;
    m_words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status))
        m_words.reset();
}

TextTokenizer::~TextTokenizer() = default;

int TextTokenizer::tokenize(const char *text, int length, void *context, Sink sink)
{
    foldUtf8(text, length, m_chars);
    return tokenizeFolded(context, sink);
}

int TextTokenizer::tokenizeBoth(const char *text, int length, void *wordsContext, Sink wordsSink, void *charsContext,
                                Sink charsSink)
{
    foldUtf8(text, length, m_chars);
    if (const int rc = tokenizeFolded(wordsContext, wordsSink))
        return rc;
    return hanCharsFolded(charsContext, charsSink);
}

int TextTokenizer::tokenizeFolded(void *context, Sink sink)
{
    const size_t count = m_chars.size();
    size_t i = 0;
    while (i < count) {
        size_t j = i;
        if (m_chars[i].han) {
            while (j < count && m_chars[j].han)
                ++j;
            // Bigram k covers characters k and k+1; the run's last character follows as a unigram.
            for (size_t k = i; k < j; ++k) {
                char token[8];
                int length = encodeUtf8(m_chars[k].c, token);
                int end = m_chars[k].end;
                int flags = j - i == 1 ? HanLoneChar : HanRunFinal;
                if (k + 1 < j) {
                    length += encodeUtf8(m_chars[k + 1].c, token + length);
                    end = m_chars[k + 1].end;
                    flags = 0;
                }
                if (const int rc = sink(context, token, length, m_chars[k].begin, end, flags))
                    return rc;
            }
        } else {
            bool hasWord = false;
            while (j < count && !m_chars[j].han) {
                hasWord = hasWord || m_chars[j].word;
                ++j;
            }
            if (hasWord) {
                if (const int rc = tokenizeWords(i, j, context, sink))
                    return rc;
            }
        }
        i = j;
    }
    return 0;
}

int TextTokenizer::tokenizeHanChars(const char *text, int length, void *context, Sink sink)
{
    foldUtf8(text, length, m_chars);
    return hanCharsFolded(context, sink);
}

int TextTokenizer::hanCharsFolded(void *context, Sink sink)
{
    // The index keeps no positions, so each character once per text is all it needs.
    constexpr size_t kCodePoints = 0x40000;
    if (m_seenBits.empty())
        m_seenBits.assign(kCodePoints / 64, 0);
    for (const size_t word : m_seenWords)
        m_seenBits[word] = 0;
    m_seenWords.clear();
    for (const FoldedChar &c : m_chars) {
        if (!c.han)
            continue;
        if (size_t(c.c) < kCodePoints) {
            const size_t word = size_t(c.c) / 64;
            const quint64 bit = quint64(1) << (size_t(c.c) % 64);
            if (m_seenBits[word] & bit)
                continue;
            if (m_seenBits[word] == 0)
                m_seenWords.push_back(word);
            m_seenBits[word] |= bit;
        }
        char token[4];
        if (const int rc = sink(context, token, encodeUtf8(c.c, token), c.begin, c.end, HanLoneChar))
            return rc;
    }
    return 0;
}

// ICU word boundaries over a stretch of folded non-Han characters; segments without letters or
// digits (spaces, punctuation, emoji) are not tokens.
int TextTokenizer::tokenizeWords(size_t from, size_t to, void *context, Sink sink)
{
    m_utf16.clear();
    m_utf16ToChar.clear();
    for (size_t k = from; k < to; ++k) {
        const char32_t c = m_chars[k].c;
        if (c >= 0x10000) {
            m_utf16.push_back(char16_t(U16_LEAD(c)));
            m_utf16.push_back(char16_t(U16_TRAIL(c)));
            m_utf16ToChar.push_back(k);
        } else {
            m_utf16.push_back(char16_t(c));
        }
        m_utf16ToChar.push_back(k);
    }
    m_utf16ToChar.push_back(to);
    const auto emitWord = [&](size_t first, size_t last) -> int {
        m_token.clear();
        bool hasWord = false;
        for (size_t k = first; k < last; ++k) {
            appendUtf8(m_token, m_chars[k].c);
            hasWord = hasWord || m_chars[k].word;
        }
        if (!hasWord || m_token.empty())
            return 0;
        return sink(context, m_token.data(), int(m_token.size()), m_chars[first].begin, m_chars[last - 1].end, 0);
    };
    if (!m_words) { // no ICU break data: runs of letters and digits
        size_t k = from;
        while (k < to) {
            size_t e = k;
            while (e < to && m_chars[e].word)
                ++e;
            if (e > k) {
                if (const int rc = emitWord(k, e))
                    return rc;
                k = e;
            } else {
                ++k;
            }
        }
        return 0;
    }
    const icu::UnicodeString text(false, reinterpret_cast<const UChar *>(m_utf16.data()), int32_t(m_utf16.size()));
    m_words->setText(text);
    int32_t start = m_words->first();
    for (int32_t end = m_words->next(); end != icu::BreakIterator::DONE; start = end, end = m_words->next()) {
        if (m_words->getRuleStatus() == UBRK_WORD_NONE)
            continue;
        const size_t first = m_utf16ToChar[size_t(start)];
        const size_t last = m_utf16ToChar[size_t(end)];
        if (last > first) {
            if (const int rc = emitWord(first, last))
                return rc;
        }
    }
    return 0;
}

std::vector<Token> TextTokenizer::queryTokens(const QString &term, bool *lastIsPrefix)
{
    struct Collected {
        std::vector<Token> tokens;
        int lastFlags = 0;
    } collected;
    const QByteArray utf8 = term.toUtf8();
    tokenize(utf8.constData(), int(utf8.size()), &collected,
             [](void *context, const char *token, int length, int begin, int end, int flags) {
                 auto *c = static_cast<Collected *>(context);
                 c->tokens.push_back(Token{std::string(token, size_t(length)), begin, end, flags != 0});
                 c->lastFlags = flags;
                 return 0;
             });
    auto &tokens = collected.tokens;
    bool prefix = false;
    if (!tokens.empty() && collected.lastFlags == HanRunFinal)
        tokens.pop_back(); // the bigram before it already ends with this character
    else if (!tokens.empty() && collected.lastFlags == HanLoneChar)
        prefix = true;
    if (lastIsPrefix)
        *lastIsPrefix = prefix;
    return tokens;
}

} // namespace Baoku::Core
