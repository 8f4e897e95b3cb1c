#include "corpus.h"

#include "core/parser/issueparser.h"
#include "core/common/textdecoder.h"
#include "core/search/textfold.h"
#include "core/sql/database.h"

#include <QDir>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Baoku::Bench {

bool SyntheticCorpus::load(const QString &samplesDir, QString *error)
{
    const QDir dir(samplesDir);
    const QRegularExpression sentenceEnd(u"(?<=[。！？])"_s);
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        const Core::LoadedFile file = Core::loadTextFile(dir.filePath(name));
        if (!file.decoded.ok())
            continue;
        m_files.append(file.decoded.text);
        m_sampleBytes += file.size;
        const Core::ParseOutcome outcome = Core::IssueParser().parseText(file.decoded.text, dir.filePath(name));
        if (!outcome.ok())
            continue;
        for (const Core::Article &article : outcome.issue->articles) {
            if (!article.title.isEmpty())
                m_titles.append(article.title);
            for (const Core::Byline &byline : article.bylines)
                m_names.append(byline.name);
            for (const QString &paragraph : article.body.split(u'\n')) {
                for (const QString &sentence : paragraph.split(sentenceEnd, Qt::SkipEmptyParts)) {
                    if (sentence.trimmed().size() >= 4)
                        m_sentences.append(sentence.trimmed());
                }
            }
        }
    }
    if (m_sentences.isEmpty() || m_titles.isEmpty()) {
        *error = u"no sample issue in %1 could be parsed"_s.arg(samplesDir);
        return false;
    }
    if (m_names.isEmpty())
        m_names.append(u"耀文"_s);
    return true;
}

// About one Han character in a hundred becomes another, as OCR confuses similar glyphs.
QString SyntheticCorpus::noisy(const QString &text, double rate)
{
    QString out = text;
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    std::uniform_int_distribution<int> han(0x4E00, 0x9FA5);
    for (qsizetype i = 0; i < out.size(); ++i) {
        const ushort c = out.at(i).unicode();
        if (c >= 0x4E00 && c <= 0x9FA5 && chance(m_random) < rate)
            out[i] = QChar(ushort(han(m_random)));
    }
    return out;
}

QString SyntheticCorpus::sentences(int count)
{
    QString text;
    std::uniform_int_distribution<qsizetype> pick(0, m_sentences.size() - 1);
    for (int i = 0; i < count; ++i) {
        text += m_sentences.at(pick(m_random));
        if (i % 5 == 4 && i + 1 < count)
            text += u'\n';
    }
    return noisy(text, 0.01);
}

Core::ParsedIssue SyntheticCorpus::page(int index)
{
    Core::ParsedIssue issue;
    issue.issue.newspaper = u"中国电子报"_s;
    issue.issue.date = QDate(1990, 1, 1).addDays(index / 8);
    issue.issue.dateSource = Core::DateSource::Masthead;
    std::uniform_int_distribution<int> length(6, 22);
    std::uniform_int_distribution<qsizetype> title(0, m_titles.size() - 1);
    std::uniform_int_distribution<qsizetype> name(0, m_names.size() - 1);
    for (int k = 0; k < kArticlesPerPage; ++k) {
        Core::Article article;
        article.page = index % 8 + 1;
        article.order = k + 1;
        article.title = noisy(m_titles.at(title(m_random)), 0.02);
        article.body = sentences(length(m_random));
        if (k % 2 == 0)
            article.bylines.append(Core::Byline{noisy(m_names.at(name(m_random)), 0.1), u"reporter"_s, {}});
        issue.articles.append(article);
    }
    return issue;
}

QString SyntheticCorpus::noisyFile(int index)
{
    return noisy(m_files.at(index % m_files.size()), 0.01);
}

QStringList sampleQueries(Core::Database &db, int count)
{
    std::mt19937 random(42);
    QStringList queries;
    Core::Statement max(db, "SELECT max(id) FROM articles");
    max.step();
    const qint64 maxId = max.int64(0);
    Core::Statement body(db, "SELECT body FROM articles WHERE id = ?1");
    while (queries.size() < count) {
        body.reset();
        body.bind(1, qint64(1 + random() % quint64(maxId)));
        if (!body.step())
            continue;
        const QString text = Core::foldText(body.text(0));
        const qsizetype start = qsizetype(random() % uint(qMax<qsizetype>(1, text.size())));
        const qsizetype wanted = queries.size() % 3 == 0 ? 1 + random() % 2 : 3 + random() % 6;
        qsizetype end = start;
        while (end < text.size() && end - start < wanted && Core::isHanChar(text.at(end).unicode()))
            ++end;
        if (end - start == wanted)
            queries.append(text.mid(start, end - start));
    }
    return queries;
}

} // namespace Baoku::Bench
