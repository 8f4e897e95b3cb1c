// The random archive of the facet tests: several newspapers, years, pages, columns, authors and
// kinds, with the articles it made kept beside it for brute-force counts.
#pragma once

#include "catchqt.h"

#include "core/search/facets.h"
#include "core/search/textfold.h"
#include "core/store/archive.h"
#include "core/store/importer.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTemporaryDir>

#include <random>

namespace FacetTest {

using namespace Baoku::Core;

struct Made {
    QString newspaper;
    QDate date;
    int page = 1;
    QString title;
    QString body;
    QString column;
    QStringList people; // bylines, then the signature when there is one
    ArticleKind kind = ArticleKind::Article;
};

// Query characters come from a small alphabet so that queries hit often; names use other
// characters, so no query matches across a name.
inline const QString kAlphabet = QStringLiteral("电子芯片工信部制造业新型發展");
inline const QStringList kNewspapers = {QStringLiteral("中国电子报"), QStringLiteral("通信周刊")};
inline const QStringList kColumns = {QString(), QStringLiteral("产业观察"), QStringLiteral("人工智能"), QStringLiteral("读者来信")};
inline const QStringList kNames = {QStringLiteral("王一"), QStringLiteral("李二"), QStringLiteral("赵三"), QStringLiteral("耀文")};

class RandomArchive {
public:
    explicit RandomArchive(unsigned seed)
        : m_random(seed)
    {
        REQUIRE(m_dir.isValid());
        QString error;
        REQUIRE(m_archive.open(m_dir.filePath(QStringLiteral("a.sqlite")), &error));
        importIssues(m_archive, 36);
        REQUIRE(m_made.size() > 40);
    }

    // Imports `issues` more random pages through `into`: this archive's connection, or another
    // one open on the same file.
    void importIssues(Archive &into, int issues)
    {
        Importer importer(into);
        for (int i = 0; i < issues; ++i) {
            ParsedIssue parsed;
            parsed.issue.newspaper = kNewspapers.at(pick(2));
            parsed.issue.date = QDate(2021 + pick(3), 1 + pick(12), 1 + pick(28));
            parsed.issue.dateSource = DateSource::Masthead;
            const int page = 1 + pick(4);
            const int count = 1 + pick(6);
            for (int k = 0; k < count; ++k) {
                Made made{parsed.issue.newspaper, parsed.issue.date, page, text(2 + pick(6)), text(10 + pick(40)),
                          kColumns.at(pick(kColumns.size())), {}};
                // Some advertisements and notices: search leaves advertisements out unless asked.
                made.kind = pick(9) == 0 ? ArticleKind::Advertisement : pick(9) == 0 ? ArticleKind::Notice : ArticleKind::Article;
                Article article;
                article.kind = made.kind;
                article.page = page;
                article.order = k + 1;
                article.title = made.title;
                article.body = made.body;
                article.column = made.column;
                for (int b = pick(3); b > 0; --b) {
                    const QString name = kNames.at(pick(3));
                    article.bylines.append(Byline{name, QStringLiteral("reporter"), {}});
                    made.people.append(name);
                }
                if (pick(3) == 0) {
                    article.signature = kNames.at(pick(4));
                    made.people.append(article.signature);
                }
                parsed.articles.append(article);
                m_pending.append(made);
            }
            SourceFile source;
            source.path = QStringLiteral("/made/%1.txt").arg(++m_serial);
            source.sha256 = QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(m_serial), QCryptographicHash::Sha256).toHex());
            source.size = 1;
            const auto result = importer.importParsed(parsed, source, {});
            // A page drawn twice for the same issue is refused: only what was stored counts.
            if (result.status == ImportStatus::Imported)
                m_made.append(m_pending);
            m_pending.clear();
        }
    }

    int pick(qsizetype n) { return int(std::uniform_int_distribution<qsizetype>(0, n - 1)(m_random)); }
    QString text(int length)
    {
        QString out;
        for (int i = 0; i < length; ++i)
            out += kAlphabet.at(pick(kAlphabet.size()));
        return out;
    }
    // A random substring of a random article, one to three characters.
    QString query()
    {
        const Made &m = m_made.at(pick(m_made.size()));
        const QString &source = pick(4) == 0 ? m.title : m.body;
        const int length = 1 + pick(3);
        const int start = pick(qMax<qsizetype>(1, source.size() - length + 1));
        return source.mid(start, length);
    }

    Database &db() { return m_archive.database(); }
    Archive &archive() { return m_archive; }
    QString path() const { return m_archive.path(); }
    const QList<Made> &made() const { return m_made; }
    QList<Made> &made() { return m_made; }

private:
    int m_serial = 0;
    std::mt19937 m_random;
    QTemporaryDir m_dir;
    Archive m_archive;
    QList<Made> m_pending;
    QList<Made> m_made;
};

inline bool matches(const Made &m, const QStringList &words)
{
    for (const QString &word : words) {
        const QString folded = foldText(word);
        if (!foldText(m.body).contains(folded) && !foldText(m.title).contains(folded))
            return false;
    }
    return true;
}

// The kind: terms of a query, as docs/search.md describes them: none leaves advertisements out.
inline bool kindPasses(const Made &m, const QStringList &kinds)
{
    if (kinds.contains(QStringLiteral("all")))
        return true;
    if (kinds.isEmpty())
        return m.kind != ArticleKind::Advertisement;
    return kinds.contains(toString(m.kind));
}

inline bool passes(const Made &m, const SearchRequest &r)
{
    return (!r.from.isValid() || m.date >= r.from) && (!r.to.isValid() || m.date <= r.to)
        && (r.pages.isEmpty() || r.pages.contains(m.page)) && (r.newspaper.isEmpty() || m.newspaper == r.newspaper)
        && (r.column.isEmpty() || m.column == r.column) && (r.author.isEmpty() || m.people.contains(r.author));
}

using Expected = QMap<Facet, QMap<QString, qint64>>;

inline Expected bruteForce(const QList<Made> &all, const QStringList &words, const SearchRequest &r, qint64 *total,
                    const QStringList &kinds = {})
{
    Expected out;
    *total = 0;
    for (const Made &m : all) {
        if (!matches(m, words) || !passes(m, r) || !kindPasses(m, kinds))
            continue;
        ++*total;
        const QString date = m.date.toString(Qt::ISODate);
        out[Facet::Year][date.left(4)] += 1;
        out[Facet::Month][date.left(7)] += 1;
        out[Facet::Newspaper][m.newspaper] += 1;
        out[Facet::Page][QString::number(m.page)] += 1;
        if (!m.column.isEmpty())
            out[Facet::Column][m.column] += 1;
        const QStringList people(QSet<QString>(m.people.cbegin(), m.people.cend()).values());
        for (const QString &name : people)
            out[Facet::Author][name] += 1;
    }
    return out;
}

inline const QList<Facet> kAll = {Facet::Year, Facet::Month, Facet::Newspaper, Facet::Page, Facet::Column, Facet::Author};


} // namespace FacetTest
