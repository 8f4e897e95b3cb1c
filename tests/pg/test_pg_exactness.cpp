// The search contract on PostgreSQL: the exactness checks of tests/search/test_exactness.cpp run
// on the SQLite archive and on the same archive published to PostgreSQL, and both must find
// exactly what brute force finds, in the same order with the same scores.
#include "pgcompare.h"

#include "core/search/textfold.h"
#include "core/sql/database.h"
#include "core/store/importer.h"

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

void importSamples(SearchFixture &fx)
{
    Importer importer(fx.archive());
    for (const auto &result : importer.importPaths({QStringLiteral(BAOKU_SAMPLES_DIR), QStringLiteral(BAOKU_ISSUES_DIR)}, {}))
        REQUIRE(result.status != ImportStatus::Failed);
}

QList<Row> rows(SearchFixture &fx)
{
    QList<Row> out;
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

QSet<qint64> idsOf(const SearchResult &result)
{
    QSet<qint64> ids;
    for (const auto &hit : result.hits)
        ids.insert(hit.articleId);
    return ids;
}

SearchRequest everything(const QString &query)
{
    SearchRequest request;
    request.query = query;
    request.limit = 100000;
    request.withSnippets = false;
    return request;
}

} // namespace

TEST_CASE("PostgreSQL finds exactly what SQLite and brute force find, Traditional as Simplified", "[pg][exact]")
{
    PublishedFixture fx;
    importSamples(fx);
    fx.publish();
    const QList<Row> all = rows(fx);
    REQUIRE(all.size() > 10);

    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> toTraditional(
        icu::Transliterator::createInstance("Simplified-Traditional", UTRANS_FORWARD, status));
    REQUIRE(U_SUCCESS(status));

    std::mt19937 random(20261130);
    int checked = 0;
    int traditionalChecked = 0;
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
        const size_t wanted = random() % 3 == 0 ? 1 + random() % 2 : 3 + random() % 6;
        size_t end = start;
        while (end < chars.size() && end - start < wanted && chars[end].han)
            ++end;
        const QString query = QString::fromUtf8(utf8.mid(chars[start].begin, chars[end - 1].end - chars[start].begin));
        const QString folded = foldText(query);
        INFO("query " << query.toStdString());
        const QSet<qint64> expected = bruteForce(all, folded);
        const SearchResult result = sameSearch(fx.archive(), fx.remote(), everything(query));
        CHECK(idsOf(result) == expected);
        CHECK(result.total == expected.size());
        CHECK(expected.contains(row.id));
        ++checked;
        lengths.insert(int(folded.size()));

        icu::UnicodeString traditional(reinterpret_cast<const UChar *>(query.utf16()), int32_t(query.size()));
        toTraditional->transliterate(traditional);
        const QString traditionalQuery(reinterpret_cast<const QChar *>(traditional.getBuffer()), traditional.length());
        if (traditionalQuery != query && foldText(traditionalQuery) == folded) {
            INFO("traditional " << traditionalQuery.toStdString());
            CHECK(idsOf(sameSearch(fx.archive(), fx.remote(), everything(traditionalQuery))) == expected);
            ++traditionalChecked;
        }
    }
    CHECK(lengths.contains(1));
    CHECK(lengths.contains(8));
    CHECK(traditionalChecked > 300);
    WARN("PostgreSQL exactness: " << checked << " substrings, " << traditionalChecked << " Traditional forms checked");
}

TEST_CASE("PostgreSQL: absent pairs find nothing, present ones everything", "[pg][exact]")
{
    PublishedFixture fx;
    importSamples(fx);
    fx.publish();
    const QList<Row> all = rows(fx);
    const QString chars = QStringLiteral("工业信息化部中国电子报");
    for (QChar a : chars) {
        for (QChar b : chars) {
            const QString query = QString(a) + b;
            INFO("query " << query.toStdString());
            CHECK(idsOf(sameSearch(fx.archive(), fx.remote(), everything(query))) == bruteForce(all, query));
        }
    }
}

TEST_CASE("PostgreSQL finds phrases in articles longer than one tsvector chunk", "[pg][exact]")
{
    // tsvector clamps positions above 16,383 and keeps 256 positions per lexeme: a stitched
    // article of 40,000 characters, with a phrase across every chunk boundary and a bigram
    // repeated 600 times, must still be found exactly.
    PublishedFixture fx;
    QString body;
    std::mt19937 random(7);
    const QString pool = QStringLiteral("天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜");
    for (int i = 0; i < 40000; ++i)
        body += pool.at(qsizetype(random() % pool.size()));
    for (int at = 0; at < 40000; at += 997)
        body.replace(at, 6, QStringLiteral("芯片制造工艺"));
    body += QStringLiteral("。") + QStringLiteral("哈哈").repeated(600) + QStringLiteral("。尾声关键词");
    fx.addPage(QDate(2024, 1, 2), {SearchFixture::article(QStringLiteral("长文"), body)});
    fx.addPage(QDate(2024, 1, 3), {SearchFixture::article(QStringLiteral("短文"), QStringLiteral("芯片与哈哈哈"))});
    fx.publish();
    for (const QString &query : {QStringLiteral("芯片制造工艺"), QStringLiteral("尾声关键词"), QStringLiteral("哈哈哈哈哈"),
                                 QStringLiteral("。哈哈"), QStringLiteral("芯片 尾声"), QStringLiteral("天地玄黄宇宙")}) {
        INFO("query " << query.toStdString());
        const SearchResult local = fx.archive().search(everything(query));
        CHECK(idsOf(sameSearch(fx.archive(), fx.remote(), everything(query))) == idsOf(local));
    }
    CHECK(fx.remote().search(everything(QStringLiteral("尾声关键词"))).total == 1);
    CHECK(fx.remote().search(everything(QStringLiteral("哈哈哈"))).total == 2);
}
