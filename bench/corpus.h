// A synthetic archive for the search benchmark: articles assembled from the sample issues'
// sentences, with a little OCR-like character noise so the vocabulary keeps growing.
#pragma once

#include "core/common/model.h"

#include <QStringList>

#include <random>

namespace Baoku::Core {
class Database;
}

namespace Baoku::Bench {

class SyntheticCorpus final {
public:
    // Reads the sample issues through the real parser; false with a message if none parses.
    bool load(const QString &samplesDir, QString *error);

    // Page `index` (0-based) of the archive: 8 articles, one page of a daily issue.
    Core::ParsedIssue page(int index);
    static constexpr int kArticlesPerPage = 8;

    // A sample file's text with noise, as an OCR file of another day would look.
    QString noisyFile(int index);

    qint64 sampleBytes() const { return m_sampleBytes; }

private:
    QString noisy(const QString &text, double rate);
    QString sentences(int count);

    std::mt19937 m_random{20231110};
    QStringList m_sentences;
    QStringList m_titles;
    QStringList m_names;
    QStringList m_files;
    qint64 m_sampleBytes = 0;
};

// Han substrings of random articles of `db`, a third of 1-2 characters, the rest 3-8. The
// sampling is deterministic, so the first N of a longer list are the same N queries.
QStringList sampleQueries(Core::Database &db, int count);

} // namespace Baoku::Bench
