// Per-character folding for search: NFKC with case folding, diacritics removed, Traditional Han
// mapped to Simplified. Folding one code point at a time keeps every folded character tied to the
// byte range of the original character it came from, which snippets and FTS5 offsets need.
#pragma once

#include <QString>

#include <string>
#include <vector>

namespace Baoku::Core {

struct FoldedChar final {
    char32_t c = 0;
    int begin = 0; // byte offset of the original character in the UTF-8 input
    int end = 0;   // one past its last byte
    bool han = false;
    bool word = false; // a letter or digit outside Han: part of an ICU word
};

// Folds `length` bytes of UTF-8 into `out` (cleared first). Malformed bytes fold to U+FFFD, which
// is a separator. The tables behind it are built once per process, on first use.
void foldUtf8(const char *text, int length, std::vector<FoldedChar> &out);

// Builds the tables now (about 70 ms of CPU, once per process), and whether they are built (never
// waits): an import's writer builds them while its workers parse, and a worker tokenizes ahead only
// once they are there, instead of every thread waiting for the first one to build them.
void prepareFolding();
bool foldingPrepared();

// The folded form of a string as plain text (e.g. for brute-force checks and query terms).
QString foldText(const QString &text);

// Whether a folded code point belongs to the Han script (indexed as characters and bigrams).
bool isHanChar(char32_t c);

// Appends the UTF-8 bytes of `c` to `out`.
void appendUtf8(std::string &out, char32_t c);

} // namespace Baoku::Core
