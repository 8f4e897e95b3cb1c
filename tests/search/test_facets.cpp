// Facets and the trend against brute force: a random archive of several newspapers, years, pages,
// columns and authors, random queries and filters; every count must equal the count made by
// scanning the generated articles themselves.
#include "catchqt.h"
#include "../cli/clirunner.h"

#include "core/search/facets.h"
#include "core/search/textfold.h"
#include "core/store/archive.h"
#include "core/store/importer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <random>

using namespace Baoku::Core;

namespace {

struct Made {
    QString newspaper;
    QDate date;
    int page = 1;
    QString title;
    QString body;
    QString column;
    QStringList people; // bylines, then the signature when there is one
};

// Query characters come from a small alphabet so that queries hit often; names use other
// characters, so no query matches across a name.
const QString kAlphabet = QStringLiteral("电子芯片工信部制造业新型發展");
const QStringList kNewspapers = {QStringLiteral("中国电子报"), QStringLiteral("通信周刊")};
const QStringList kColumns = {QString(), QStringLiteral("产业观察"), QStringLiteral("人工智能"), QStringLiteral("读者来信")};
const QStringList kNames = {QStringLiteral("王一"), QStringLiteral("李二"), QStringLiteral("赵三"), QStringLiteral("耀文")};

class RandomArchive {
public:
    explicit RandomArchive(unsigned seed)
        : m_random(seed)
    {
        REQUIRE(m_dir.isValid());
        QString error;
        REQUIRE(m_archive.open(m_dir.filePath(QStringLiteral("a.sqlite")), &error));
        Importer importer(m_archive);
        int serial = 0;
        for (int i = 0; i < 36; ++i) {
            ParsedIssue parsed;
            parsed.issue.newspaper = kNewspapers.at(pick(2));
            parsed.issue.date = QDate(2021 + pick(3), 1 + pick(12), 1 + pick(28));
            parsed.issue.dateSource = DateSource::Masthead;
            const int page = 1 + pick(4);
            const int count = 1 + pick(6);
            for (int k = 0; k < count; ++k) {
                Made made{parsed.issue.newspaper, parsed.issue.date, page, text(2 + pick(6)), text(10 + pick(40)),
                          kColumns.at(pick(kColumns.size())), {}};
                Article article;
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
            source.path = QStringLiteral("/made/%1.txt").arg(i);
            source.sha256 = QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(++serial), QCryptographicHash::Sha256).toHex());
            source.size = 1;
            const auto result = importer.importParsed(parsed, source, {});
            // A page drawn twice for the same issue is refused: only what was stored counts.
            if (result.status == ImportStatus::Imported)
                m_made.append(m_pending);
            m_pending.clear();
        }
        REQUIRE(m_made.size() > 40);
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
    QString path() const { return m_archive.path(); }
    const QList<Made> &made() const { return m_made; }

private:
    std::mt19937 m_random;
    QTemporaryDir m_dir;
    Archive m_archive;
    QList<Made> m_pending;
    QList<Made> m_made;
};

bool matches(const Made &m, const QStringList &words)
{
    for (const QString &word : words) {
        const QString folded = foldText(word);
        if (!foldText(m.body).contains(folded) && !foldText(m.title).contains(folded))
            return false;
    }
    return true;
}

bool passes(const Made &m, const SearchRequest &r)
{
    return (!r.from.isValid() || m.date >= r.from) && (!r.to.isValid() || m.date <= r.to)
        && (r.pages.isEmpty() || r.pages.contains(m.page)) && (r.newspaper.isEmpty() || m.newspaper == r.newspaper)
        && (r.column.isEmpty() || m.column == r.column) && (r.author.isEmpty() || m.people.contains(r.author));
}

using Expected = QMap<Facet, QMap<QString, qint64>>;

Expected bruteForce(const QList<Made> &all, const QStringList &words, const SearchRequest &r, qint64 *total)
{
    Expected out;
    *total = 0;
    for (const Made &m : all) {
        if (!matches(m, words) || !passes(m, r))
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

const QList<Facet> kAll = {Facet::Year, Facet::Month, Facet::Newspaper, Facet::Page, Facet::Column, Facet::Author};

} // namespace

TEST_CASE("facet counts equal brute-force counts for random queries and filters", "[facets][exact]")
{
    RandomArchive archive(20261130);
    FacetCounter counter(archive.db());
    int nonEmpty = 0;
    for (int round = 0; round < 300; ++round) {
        QStringList words{archive.query()};
        if (round % 3 == 1)
            words.append(archive.query());
        SearchRequest request;
        request.query = words.join(u' ');
        // A third of the rounds apply one or two filters, as a click on a facet value does.
        if (round % 3 == 2) {
            switch (archive.pick(6)) {
            case 0: request.from = QDate(2022, 1, 1); request.to = QDate(2022, 12, 31); break;
            case 1: request.newspaper = kNewspapers.at(archive.pick(2)); break;
            case 2: request.pages = {1 + archive.pick(4)}; break;
            case 3: request.column = kColumns.at(1 + archive.pick(3)); break;
            case 4: request.author = kNames.at(archive.pick(4)); break;
            default: request.from = QDate(2023, 3, 1); request.to = QDate(2023, 3, 31); request.pages = {1, 2}; break;
            }
        }
        qint64 total = 0;
        const Expected expected = bruteForce(archive.made(), words, request, &total);
        const FacetResult result = counter.count(request, kAll);
        INFO("query " << request.query.toStdString());
        REQUIRE(result.error.isEmpty());
        CHECK(result.total == total);
        for (Facet facet : kAll) {
            QMap<QString, qint64> got;
            for (const FacetValue &value : result.facets.value(facet)) {
                CHECK(value.count > 0);
                got.insert(value.value, value.count);
            }
            INFO("facet " << FacetCounter::name(facet).toStdString());
            CHECK(got == expected.value(facet));
        }
        if (total > 0)
            ++nonEmpty;
    }
    CHECK(nonEmpty > 200);
}

TEST_CASE("facet values come in their documented order", "[facets]")
{
    RandomArchive archive(7);
    SearchRequest request;
    request.query = kAlphabet.left(1);
    const FacetResult result = FacetCounter(archive.db()).count(request, kAll);
    for (Facet facet : {Facet::Year, Facet::Month}) {
        const auto values = result.facets.value(facet);
        for (qsizetype i = 1; i < values.size(); ++i)
            CHECK(values[i - 1].value < values[i].value);
    }
    const auto pages = result.facets.value(Facet::Page);
    for (qsizetype i = 1; i < pages.size(); ++i)
        CHECK(pages[i - 1].value.toInt() < pages[i].value.toInt());
    for (Facet facet : {Facet::Newspaper, Facet::Column, Facet::Author}) {
        const auto values = result.facets.value(facet);
        for (qsizetype i = 1; i < values.size(); ++i)
            CHECK(values[i - 1].count >= values[i].count);
    }
    request.query = QStringLiteral("   ");
    CHECK(FacetCounter(archive.db()).count(request, kAll).total == 0);
}

TEST_CASE("trend counts equal brute-force counts per year and per month", "[facets][trend][exact]")
{
    RandomArchive archive(99);
    FacetCounter counter(archive.db());
    for (int round = 0; round < 20; ++round) {
        const QStringList queries{archive.query(), archive.query(), archive.query()};
        for (TrendPeriod period : {TrendPeriod::Year, TrendPeriod::Month}) {
            const int width = period == TrendPeriod::Year ? 4 : 7;
            const TrendResult trend = counter.trend(queries, period, {});
            REQUIRE(trend.error.isEmpty());
            REQUIRE(trend.hits.size() == queries.size());
            QDate first = archive.made().first().date, last = first;
            QMap<QString, qint64> held;
            for (const Made &m : archive.made()) {
                first = qMin(first, m.date);
                last = qMax(last, m.date);
                held[m.date.toString(Qt::ISODate).left(width)] += 1;
            }
            CHECK(trend.periods.first() == first.toString(Qt::ISODate).left(width));
            CHECK(trend.periods.last() == last.toString(Qt::ISODate).left(width));
            for (qsizetype p = 0; p < trend.periods.size(); ++p) {
                CHECK(trend.articles[p] == held.value(trend.periods[p]));
                if (p > 0)
                    CHECK(trend.periods[p - 1] < trend.periods[p]);
            }
            if (period == TrendPeriod::Month)
                CHECK(trend.periods.size() == (last.year() - first.year()) * 12 + last.month() - first.month() + 1);
            for (qsizetype q = 0; q < queries.size(); ++q) {
                QMap<QString, qint64> expected;
                for (const Made &m : archive.made()) {
                    if (matches(m, {queries[q]}))
                        expected[m.date.toString(Qt::ISODate).left(width)] += 1;
                }
                for (qsizetype p = 0; p < trend.periods.size(); ++p)
                    CHECK(trend.hits[q][p] == expected.value(trend.periods[p]));
            }
        }
    }
}

TEST_CASE("trend with filters counts the articles held under the same filters", "[facets][trend][exact]")
{
    RandomArchive archive(3);
    SearchRequest filters;
    filters.newspaper = kNewspapers.at(1);
    filters.pages = {1, 2};
    const QString query = archive.query();
    const TrendResult trend = FacetCounter(archive.db()).trend({query}, TrendPeriod::Year, filters);
    REQUIRE(trend.error.isEmpty());
    for (qsizetype p = 0; p < trend.periods.size(); ++p) {
        qint64 held = 0, hits = 0;
        for (const Made &m : archive.made()) {
            if (m.date.toString(Qt::ISODate).left(4) != trend.periods[p] || !passes(m, filters))
                continue;
            ++held;
            hits += matches(m, {query}) ? 1 : 0;
        }
        CHECK(trend.articles[p] == held);
        CHECK(trend.hits[0][p] == hits);
    }
}

TEST_CASE("baoku-cli search --facets and filters, baoku-cli trend", "[facets][cli]")
{
    RandomArchive archive(5);
    const QString db = archive.path();
    const QString word = kAlphabet.mid(2, 2);
    CliResult json = runCli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--json"),
                             QStringLiteral("--facets"), QStringLiteral("year,month,newspaper,page,column,author"), word});
    REQUIRE(json.exitCode == 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out).object();
    const QJsonObject facets = object.value(QStringLiteral("facets")).toObject();
    CHECK(facets.keys().size() == 6);
    const QJsonObject year = facets.value(QStringLiteral("year")).toArray().first().toObject();
    qint64 total = 0;
    SearchRequest expectedFilter;
    expectedFilter.from = QDate(year.value(QStringLiteral("value")).toString().toInt(), 1, 1);
    expectedFilter.to = QDate(expectedFilter.from.year(), 12, 31);
    bruteForce(archive.made(), {word}, expectedFilter, &total);
    CHECK(year.value(QStringLiteral("count")).toInteger() == total);

    // The facet value applied as a filter gives exactly that many hits.
    CliResult filtered = runCli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--json"),
                                 QStringLiteral("--year"), year.value(QStringLiteral("value")).toString(), word});
    CHECK(QJsonDocument::fromJson(filtered.out).object().value(QStringLiteral("total")).toInteger() == total);
    const QJsonObject author = facets.value(QStringLiteral("author")).toArray().first().toObject();
    CliResult byAuthor = runCli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--json"),
                                 QStringLiteral("--author"), author.value(QStringLiteral("value")).toString(), word});
    CHECK(QJsonDocument::fromJson(byAuthor.out).object().value(QStringLiteral("total")).toInteger()
          == author.value(QStringLiteral("count")).toInteger());

    CHECK(runCli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--facets"), QStringLiteral("colour"), word}).exitCode == 2);
    CHECK(runCli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("24"), word}).exitCode == 2);
    CHECK(runCli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2024-13"), word}).exitCode == 2);
    CHECK(runCli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--page"), QStringLiteral("0"), word}).exitCode == 2);

    CliResult trend = runCli({QStringLiteral("trend"), QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("--by"),
                              QStringLiteral("year"), word, QStringLiteral("电子")});
    REQUIRE(trend.exitCode == 0);
    const QJsonObject t = QJsonDocument::fromJson(trend.out).object();
    const QJsonArray periods = t.value(QStringLiteral("periods")).toArray();
    const QJsonArray series = t.value(QStringLiteral("series")).toArray();
    REQUIRE(series.size() == 2);
    qint64 sum = 0;
    for (const auto &v : series.first().toObject().value(QStringLiteral("values")).toArray())
        sum += v.toInteger();
    bruteForce(archive.made(), {word}, {}, &total);
    CHECK(sum == total);
    CHECK(series.first().toObject().value(QStringLiteral("values")).toArray().size() == periods.size());

    CliResult per = runCli({QStringLiteral("trend"), QStringLiteral("--db"), db, QStringLiteral("--csv"), QStringLiteral("--per-articles"), word});
    REQUIRE(per.exitCode == 0);
    const QList<QByteArray> lines = per.out.trimmed().split('\n');
    CHECK(lines.size() == periods.size() + 1);
    CHECK(lines.first().startsWith("year,articles,"));
    const QList<QByteArray> cells = lines.at(1).split(',');
    REQUIRE(cells.size() == 3);
    const double expectedPer = cells[1].toDouble() == 0 ? 0 : 1000.0 * series.first().toObject().value(QStringLiteral("values")).toArray().first().toDouble() / cells[1].toDouble();
    CHECK(cells[2].toDouble() == Approx(expectedPer).epsilon(0.001));
    CHECK(runCli({QStringLiteral("trend"), QStringLiteral("--db"), db, QStringLiteral("--by"), QStringLiteral("week"), word}).exitCode == 2);
    CHECK(runCli({QStringLiteral("trend"), QStringLiteral("--db"), db}).exitCode == 2);
}
