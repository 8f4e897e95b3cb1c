// The search contract: for a query of Han characters the articles found are exactly those (other
// than advertisements) whose folded searchable text (each indexed column on its own) contains the
// folded query, at any length; a Traditional query finds what its Simplified form finds. Checked
// against brute force.
#include "catchqt.h"
#include "searchfixture.h"

#include "core/search/queryparser.h"
#include "core/search/snippet.h"
#include "core/search/textfold.h"
#include "core/sql/database.h"
#include "core/common/textdecoder.h"

#include <QDir>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <random>

using namespace Baoku::Core;

namespace {

struct Row {
    qint64 id;
    QStringList original; // body, title, names as indexed
    QStringList folded;
};

// The sample issues through the real import path; while the parser refuses a file, its text is
// stored as hand-made articles of a dozen paragraphs each so the contract is still exercised.
void importSamples(SearchFixture &fx)
{
    Importer importer(fx.archive());
    const QDir samples(QStringLiteral(BAOKU_SAMPLES_DIR));
    int day = 1;
    for (const QString &name : samples.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        const QString path = samples.filePath(name);
        const ImportResult result = importer.importFile(path, {});
        if (result.status == ImportStatus::Imported)
            continue;
        WARN("parser refused " << name.toStdString() << ": " << result.reason.toStdString() << "; using its raw text");
        const LoadedFile loaded = loadTextFile(path);
        REQUIRE(loaded.decoded.ok());
        const QStringList paragraphs = loaded.decoded.text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        QList<Article> articles;
        for (qsizetype i = 0; i < paragraphs.size(); i += 12) {
            const QStringList part = paragraphs.mid(i, 12);
            articles.append(SearchFixture::article(part.first(), part.mid(1).join(u'\n'), {QStringLiteral("耀文")}));
        }
        fx.addPage(QDate(2023, 11, day++), articles);
    }
}

QList<Row> rows(SearchFixture &fx)
{
    QList<Row> out;
    // Searches leave advertisements out unless asked (kind:ad, test_kinds.cpp): so does the contract.
    Statement select(fx.db(), "SELECT c.id, c.body, c.title, c.names FROM search_content c JOIN articles a ON a.id = c.id "
                              "WHERE a.kind <> 'advertisement' ORDER BY c.id");
    while (select.step()) {
        Row row{select.int64(0), {select.text(1), select.text(2), select.text(3)}, {}};
        for (const QString &column : row.original)
            row.folded.append(foldText(column));
        out.append(row);
    }
    return out;
}

QSet<qint64> bruteForce(const QList<Row> &all, const QString &foldedQuery)
{
    QSet<qint64> found;
    for (const Row &row : all) {
        for (const QString &column : row.folded) {
            if (column.contains(foldedQuery)) {
                found.insert(row.id);
                break;
            }
        }
    }
    return found;
}

} // namespace

TEST_CASE("Han queries find exactly the articles containing them, Traditional as Simplified", "[search][exact]")
{
    SearchFixture fx;
    importSamples(fx);
    const QList<Row> all = rows(fx);
    REQUIRE(all.size() > 10);

    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> toTraditional(
        icu::Transliterator::createInstance("Simplified-Traditional", UTRANS_FORWARD, status));
    REQUIRE(U_SUCCESS(status));

    std::mt19937 random(20231110);
    int checked = 0;
    int traditionalChecked = 0;
    int nonEmpty = 0;
    QSet<int> lengths;
    while (checked < 1200) {
        const Row &row = all.at(qsizetype(random() % all.size()));
        const int column = random() % 10 == 0 ? 1 : 0;
        const QByteArray utf8 = row.original.at(column).toUtf8();
        std::vector<FoldedChar> chars;
        foldUtf8(utf8.constData(), int(utf8.size()), chars);
        if (chars.empty())
            continue;
        const size_t start = random() % chars.size();
        if (!chars[start].han)
            continue;
        // A third of the queries one or two characters long, the rest three to eight.
        const size_t wanted = random() % 3 == 0 ? 1 + random() % 2 : 3 + random() % 6;
        size_t end = start;
        while (end < chars.size() && end - start < wanted && chars[end].han)
            ++end;
        const QString query = QString::fromUtf8(utf8.mid(chars[start].begin, chars[end - 1].end - chars[start].begin));
        const QString folded = foldText(query);
        INFO("query " << query.toStdString());
        qint64 total = -1;
        const QSet<qint64> expected = bruteForce(all, folded);
        const QList<qint64> found = fx.ids(query, &total);
        CHECK(QSet<qint64>(found.begin(), found.end()) == expected);
        CHECK(total == expected.size());
        CHECK(found.size() == expected.size());
        CHECK(expected.contains(row.id));
        ++checked;
        nonEmpty += expected.isEmpty() ? 0 : 1;
        lengths.insert(int(folded.size()));

        icu::UnicodeString traditional(reinterpret_cast<const UChar *>(query.utf16()), int32_t(query.size()));
        toTraditional->transliterate(traditional);
        const QString traditionalQuery(reinterpret_cast<const QChar *>(traditional.getBuffer()), traditional.length());
        if (traditionalQuery != query && foldText(traditionalQuery) == folded) {
            INFO("traditional " << traditionalQuery.toStdString());
            const QList<qint64> traditionalFound = fx.ids(traditionalQuery);
            CHECK(QSet<qint64>(traditionalFound.begin(), traditionalFound.end()) == expected);
            ++traditionalChecked;
        }
    }
    CHECK(nonEmpty == checked);
    CHECK(lengths.contains(1));
    CHECK(lengths.contains(8));
    CHECK(traditionalChecked > 300);
    WARN("exactness: " << checked << " substrings, " << traditionalChecked << " Traditional forms checked");
}

TEST_CASE("queries absent from the archive find nothing, present ones everything", "[search][exact]")
{
    SearchFixture fx;
    importSamples(fx);
    const QList<Row> all = rows(fx);
    // Pairs of characters that each occur, in both orders: some pairs occur, some do not.
    const QString chars = QStringLiteral("工业信息化部中国电子报");
    for (QChar a : chars) {
        for (QChar b : chars) {
            const QString query = QString(a) + b;
            INFO("query " << query.toStdString());
            const QList<qint64> found = fx.ids(query);
            CHECK(QSet<qint64>(found.begin(), found.end()) == bruteForce(all, query));
        }
    }
}

TEST_CASE("snippet marks cover exactly the occurrences of a Han query, Traditional or not", "[search][exact][snippet]")
{
    SearchFixture fx;
    importSamples(fx);
    const QList<Row> all = rows(fx);
    REQUIRE(!all.isEmpty());
    QueryParser parser;
    std::mt19937 random(20231122);
    int checked = 0;
    while (checked < 600) {
        const Row &row = all.at(qsizetype(random() % all.size()));
        const QByteArray utf8 = row.original.at(0).toUtf8();
        std::vector<FoldedChar> chars;
        foldUtf8(utf8.constData(), int(utf8.size()), chars);
        if (chars.empty())
            continue;
        const size_t start = random() % chars.size();
        const size_t wanted = 1 + random() % 5;
        size_t end = start;
        while (end < chars.size() && end - start < wanted && chars[end].han)
            ++end;
        if (end - start != wanted)
            continue;
        const QString query = QString::fromUtf8(utf8.mid(chars[start].begin, chars[end - 1].end - chars[start].begin));
        INFO("query " << query.toStdString());
        // Brute force on folded characters: every start where the query's characters follow.
        QList<QPair<int, int>> expected;
        for (size_t p = 0; p + wanted <= chars.size(); ++p) {
            size_t k = 0;
            while (k < wanted && chars[p + k].c == chars[start + k].c)
                ++k;
            if (k < wanted)
                continue;
            const QPair<int, int> range{chars[p].begin, chars[p + wanted - 1].end};
            if (!expected.isEmpty() && range.first <= expected.last().second)
                expected.last().second = range.second;
            else
                expected.append(range);
        }
        SnippetMaker maker(parser.parse(query).positiveTerms());
        CHECK(maker.matches(utf8, QueryField::Any) == expected);
        ++checked;
    }
}
