#include "core/search/textfold.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <atomic>
#include <memory>
#include <unordered_map>

namespace Baoku::Core {

namespace {

// A table entry is either one folded code point with its class bits, or (kMulti) a slice of the
// pool holding several; kMulti with length 0 means the character folds away (e.g. a soft hyphen).
constexpr uint32_t kCodeMask = 0x1FFFFF;
constexpr uint32_t kHanBit = 1u << 21;
constexpr uint32_t kWordBit = 1u << 22;
constexpr uint32_t kMulti = 1u << 31;
constexpr uint32_t kPoolMask = 0xFFFFFF;
constexpr int kLengthShift = 24;

bool computeHan(char32_t c)
{
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(UChar32(c), &status) == USCRIPT_HAN && U_SUCCESS(status);
}

uint32_t classify(char32_t c)
{
    uint32_t bits = uint32_t(c);
    if (computeHan(c))
        bits |= kHanBit;
    else if (u_hasBinaryProperty(UChar32(c), UCHAR_ALPHABETIC) || u_isdigit(UChar32(c)))
        bits |= kWordBit;
    return bits;
}

class FoldTables final {
public:
    FoldTables()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_nfkcCf = icu::Normalizer2::getNFKCCasefoldInstance(status);
        m_nfd = icu::Normalizer2::getNFDInstance(status);
        m_nfc = icu::Normalizer2::getNFCInstance(status);
        buildTraditionalToSimplified();
        m_table.resize(0x10000);
        for (char32_t c = 0; c < 0x10000; ++c) {
            if (c >= 0xD800 && c <= 0xDFFF) {
                m_table[c] = classify(0xFFFD);
                continue;
            }
            const std::u32string folded = slowFold(c);
            if (folded.size() == 1) {
                m_table[c] = classify(folded[0]);
            } else {
                m_table[c] = kMulti | uint32_t(m_pool.size()) | (uint32_t(folded.size()) << kLengthShift);
                for (char32_t f : folded)
                    m_pool.push_back(classify(f));
            }
        }
    }

    void append(char32_t c, int begin, int end, std::vector<FoldedChar> &out) const
    {
        if (c < 0x10000) {
            const uint32_t entry = m_table[c];
            if (!(entry & kMulti)) {
                out.push_back(make(entry, begin, end));
                return;
            }
            const uint32_t offset = entry & kPoolMask;
            const uint32_t length = (entry & ~kMulti) >> kLengthShift;
            for (uint32_t i = 0; i < length; ++i)
                out.push_back(make(m_pool[offset + i], begin, end));
            return;
        }
        // Supplementary planes (rare Han extensions, emoji) are folded on the fly, without the
        // Traditional-Simplified table, which covers the Basic Multilingual Plane.
        for (char32_t f : slowFold(c))
            out.push_back(make(classify(f), begin, end));
    }

private:
    static FoldedChar make(uint32_t entry, int begin, int end)
    {
        return FoldedChar{char32_t(entry & kCodeMask), begin, end, bool(entry & kHanBit), bool(entry & kWordBit)};
    }

    std::u32string slowFold(char32_t c) const
    {
        UErrorCode status = U_ZERO_ERROR;
        const icu::UnicodeString text{UChar32(c)};
        icu::UnicodeString folded = m_nfkcCf->normalize(text, status);
        // Diacritics: decompose and drop the inherited combining marks, e.g. é -> e, ü -> u.
        icu::UnicodeString decomposed = m_nfd->normalize(folded, status);
        icu::UnicodeString stripped;
        for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
            const UChar32 d = decomposed.char32At(i);
            UErrorCode scriptStatus = U_ZERO_ERROR;
            if (u_charType(d) == U_NON_SPACING_MARK && uscript_getScript(d, &scriptStatus) == USCRIPT_INHERITED)
                continue;
            stripped.append(d);
        }
        icu::UnicodeString composed = m_nfc->normalize(stripped, status);
        if (U_FAILURE(status))
            return std::u32string(1, c);
        std::u32string result;
        for (int32_t i = 0; i < composed.length(); i = composed.moveIndex32(i, 1)) {
            char32_t f = char32_t(composed.char32At(i));
            if (const auto it = m_simplified.find(f); it != m_simplified.end())
                f = it->second;
            result.push_back(f);
        }
        return result;
    }

    // One pass of ICU's Traditional-Simplified transliterator over every BMP Han character, each
    // on its own line so that no rule sees a neighbour; only one-to-one results are kept.
    void buildTraditionalToSimplified()
    {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> toSimplified(
            icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !toSimplified)
            return;
        std::vector<char32_t> han;
        icu::UnicodeString text;
        for (char32_t c = 0x2E80; c < 0x10000; ++c) {
            if (computeHan(c) && u_isdefined(UChar32(c))) {
                han.push_back(c);
                text.append(UChar32(c));
                text.append(UChar(u'\n'));
            }
        }
        toSimplified->transliterate(text);
        size_t index = 0;
        int32_t start = 0;
        for (int32_t i = 0; i < text.length() && index < han.size(); ++i) {
            if (text.charAt(i) != u'\n')
                continue;
            const icu::UnicodeString piece = text.tempSubStringBetween(start, i);
            if (piece.countChar32() == 1 && char32_t(piece.char32At(0)) != han[index])
                m_simplified.emplace(han[index], char32_t(piece.char32At(0)));
            ++index;
            start = i + 1;
        }
    }

    const icu::Normalizer2 *m_nfkcCf = nullptr;
    const icu::Normalizer2 *m_nfd = nullptr;
    const icu::Normalizer2 *m_nfc = nullptr;
    std::unordered_map<char32_t, char32_t> m_simplified;
    std::vector<uint32_t> m_table;
    std::vector<uint32_t> m_pool;
};

std::atomic_bool g_tablesBuilt{false};

const FoldTables &tables()
{
    static const FoldTables instance; // thread-safe one-time construction
    if (!g_tablesBuilt.load(std::memory_order_relaxed))
        g_tablesBuilt.store(true, std::memory_order_release);
    return instance;
}

} // namespace

void foldUtf8(const char *text, int length, std::vector<FoldedChar> &out)
{
    out.clear();
    const FoldTables &folds = tables();
    const auto *bytes = reinterpret_cast<const uint8_t *>(text);
    int i = 0;
    while (i < length) {
        const int begin = i;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        folds.append(c < 0 ? char32_t(0xFFFD) : char32_t(c), begin, i, out);
    }
}

void prepareFolding()
{
    tables();
}

bool foldingPrepared()
{
    return g_tablesBuilt.load(std::memory_order_acquire);
}

QString foldText(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::vector<FoldedChar> chars;
    foldUtf8(utf8.constData(), int(utf8.size()), chars);
    QString result;
    result.reserve(qsizetype(chars.size()));
    for (const FoldedChar &f : chars) {
        const char32_t c = f.c;
        result.append(QString::fromUcs4(&c, 1));
    }
    return result;
}

bool isHanChar(char32_t c)
{
    return computeHan(c);
}

void appendUtf8(std::string &out, char32_t c)
{
    char buffer[4];
    int length = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t *>(buffer), length, 4, UChar32(c), error);
    if (!error)
        out.append(buffer, size_t(length));
}

} // namespace Baoku::Core
