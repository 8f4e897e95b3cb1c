// Character-level helpers shared by the parser's stages.
#pragma once

#include <algorithm>
#include <vector>

#include <QSet>
#include <QString>
#include <QStringList>

namespace Baoku::Core::Parse {

bool isHan(char32_t c);
// The CJK Unified Ideographs block: letters, never space; a fast path before QChar's tables.
inline bool isCommonHan(QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; }
// Han, CJK punctuation, full-width forms: characters between which OCR spaces mean nothing.
bool isCjk(char32_t c);
// Sentence-ending punctuation and closing quotes/brackets that can end a paragraph.
bool endsSentence(QStringView text);
// Whether the text holds punctuation that occurs inside sentences (，。；！？) and so is not a headline.
bool hasSentencePunctuation(QStringView text);
int hanCount(QStringView text);

// Removes white space next to CJK characters ("11 月 18 日" → "11月18日"), folds other runs to one space.
QString squeezeSpaces(QStringView text);
// Half-width , : ; ( ) ? ! inside Chinese text become the full-width forms a Chinese reader
// expects (，：；（）？！); inside Latin text and numbers (3.14, 1,000, 10:30, (MWC)) they stay.
QString fullWidthPunctuation(const QString &text);
// Removes all white space (for names such as "耀 文").
QString removeSpaces(QStringView text);
// A comparison key: NFKC, lower case, letters and digits only.
QString compactKey(QStringView text);
// Character bigrams of a compact key, each packed into one number. A sorted vector rather than
// a hash set: the sets are built often and probed a few dozen times each, and building a hash set
// was the parser's largest single cost on raw pages.
class Bigrams final {
public:
    Bigrams() = default;
    // Any order, repeats allowed; sorted and made unique here.
    explicit Bigrams(std::vector<quint32> values);
    void insert(quint32 value); // call finish() before contains() after inserts
    void finish();
    bool contains(quint32 value) const { return std::binary_search(m_values.begin(), m_values.end(), value); }
    qsizetype size() const { return qsizetype(m_values.size()); }
    bool isEmpty() const { return m_values.empty(); }
    auto begin() const { return m_values.begin(); }
    auto end() const { return m_values.end(); }

private:
    std::vector<quint32> m_values;
};
inline quint32 bigramOf(QChar a, QChar b) { return (quint32(a.unicode()) << 16) | b.unicode(); }
Bigrams bigrams(const QString &key);

// Undoes OCR that read every run twice ("王弋王弋摄摄" → "王弋摄"), or returns the text unchanged.
QString undouble(const QString &text);

// 1–99 written in digits or Chinese numerals (十二, 二十一); -1 otherwise.
int parseSmallNumber(QStringView text);

} // namespace Baoku::Core::Parse
