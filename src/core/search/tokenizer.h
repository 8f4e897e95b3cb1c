// Baoku's tokenizer: Han text as overlapping bigrams plus the last character of each Han run as a
// unigram; other scripts as ICU words. Used by the FTS5 tokenizer "baoku" for documents and by the
// query parser for query terms, so both sides always agree.
#pragma once

#include "core/search/textfold.h"

#include <QString>

#include <memory>
#include <string>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace Baoku::Core {

// One token: folded UTF-8 text and the byte range of the original text it covers.
struct Token final {
    std::string text;
    int begin = 0;
    int end = 0;
    bool hanUnigram = false; // the last character of a Han run
};

// Not thread-safe: each FTS5 tokenizer instance and each query parser owns one.
class TextTokenizer final {
public:
    TextTokenizer();
    ~TextTokenizer();
    TextTokenizer(const TextTokenizer &) = delete;
    TextTokenizer &operator=(const TextTokenizer &) = delete;

    // Flags passed to a sink with each token.
    enum TokenFlag : int { HanRunFinal = 1, HanLoneChar = 2 };
    using Sink = int (*)(void *context, const char *token, int length, int begin, int end, int flags);
    // Document tokens in order, each at its own position. Stops and returns the first non-zero
    // value a sink call returns.
    int tokenize(const char *text, int length, void *context, Sink sink);
    // Each Han character on its own, nothing else: the doc-level character index (search_chars).
    int tokenizeHanChars(const char *text, int length, void *context, Sink sink);
    // Both of the above over one folding of the text (an import tokenizes each text for both
    // indexes; folding is a quarter of the work).
    int tokenizeBoth(const char *text, int length, void *wordsContext, Sink wordsSink, void *charsContext,
                     Sink charsSink);

    // The tokens a query term must match as a phrase. A Han run at the end of the term loses its
    // run-final unigram, since the text may go on; a term ending in a lone Han character sets
    // `lastIsPrefix`: that character is matched as a prefix of bigrams and unigrams.
    std::vector<Token> queryTokens(const QString &term, bool *lastIsPrefix);

private:
    int tokenizeWords(size_t from, size_t to, void *context, Sink sink);
    int tokenizeFolded(void *context, Sink sink);
    int hanCharsFolded(void *context, Sink sink);

    std::vector<FoldedChar> m_chars;
    std::unique_ptr<icu::BreakIterator> m_words;
    std::u16string m_utf16;
    std::vector<size_t> m_utf16ToChar;
    std::string m_token;
    // The Han characters seen in the current text: one bit per code point below U+40000 (all Han
    // blocks), cleared through the list of words set, since a hash set cost more than the rest.
    std::vector<quint64> m_seenBits;
    std::vector<size_t> m_seenWords;
};

} // namespace Baoku::Core
