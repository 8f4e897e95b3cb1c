// Folding and tokens: what the index holds for a text, and where each token came from.
#include "catchqt.h"
#include "core/search/textfold.h"
#include "core/search/tokenizer.h"

#include <QList>
#include <QStringList>

#include <catch2/catch.hpp>

using namespace Baoku::Core;

namespace {

struct Seen {
    QString token;
    QString source; // the original text the token's byte range covers
    int flags;
};

QList<Seen> tokens(const QString &text)
{
    struct Context {
        QByteArray utf8;
        QList<Seen> seen;
    } context{text.toUtf8(), {}};
    TextTokenizer tokenizer;
    tokenizer.tokenize(context.utf8.constData(), int(context.utf8.size()), &context,
                       [](void *c, const char *token, int length, int begin, int end, int flags) {
                           auto *ctx = static_cast<Context *>(c);
                           ctx->seen.append({QString::fromUtf8(token, length),
                                             QString::fromUtf8(ctx->utf8.mid(begin, end - begin)), flags});
                           return 0;
                       });
    return context.seen;
}

QStringList texts(const QList<Seen> &seen)
{
    QStringList out;
    for (const auto &s : seen)
        out.append(s.token);
    return out;
}

} // namespace

TEST_CASE("folding: NFKC, case, diacritics and Traditional to Simplified", "[fold]")
{
    CHECK(foldText(QStringLiteral("電子報")) == QStringLiteral("电子报"));
    CHECK(foldText(QStringLiteral("後來頭髮")) == QStringLiteral("后来头发"));
    CHECK(foldText(QStringLiteral("ＡＰＥＣ１２３")) == QStringLiteral("apec123"));
    CHECK(foldText(QStringLiteral("Café ÜBER Straße")) == QStringLiteral("cafe uber strasse"));
    CHECK(foldText(QStringLiteral("\uF900")) == QStringLiteral("岂")); // a compatibility ideograph
    CHECK(foldText(QStringLiteral("电子报")) == QStringLiteral("电子报")); // Simplified stays
    CHECK(isHanChar(U'电'));
    CHECK_FALSE(isHanChar(U'a'));
    CHECK_FALSE(isHanChar(U'，'));
}

TEST_CASE("Han runs become bigrams plus a run-final unigram", "[tokenizer]")
{
    const auto seen = tokens(QStringLiteral("中华人民共和国国歌"));
    CHECK(texts(seen) == QStringList{QStringLiteral("中华"), QStringLiteral("华人"), QStringLiteral("人民"), QStringLiteral("民共"),
                                     QStringLiteral("共和"), QStringLiteral("和国"), QStringLiteral("国国"), QStringLiteral("国歌"),
                                     QStringLiteral("歌")});
    CHECK(seen.last().flags == TextTokenizer::HanRunFinal);
    // Punctuation ends a run: no bigram spans it.
    CHECK(texts(tokens(QStringLiteral("工业，信息"))) == QStringList{QStringLiteral("工业"), QStringLiteral("业"),
                                                                  QStringLiteral("信息"), QStringLiteral("息")});
    const auto lone = tokens(QStringLiteral("，电，"));
    REQUIRE(lone.size() == 1);
    CHECK(lone.first().flags == TextTokenizer::HanLoneChar);
}

TEST_CASE("token offsets point at the original text, also across folding", "[tokenizer]")
{
    const auto seen = tokens(QStringLiteral("電子報：ＡＰＥＣ技展會"));
    REQUIRE(texts(seen) == QStringList{QStringLiteral("电子"), QStringLiteral("子报"), QStringLiteral("报"), QStringLiteral("apec"),
                                       QStringLiteral("技展"), QStringLiteral("展会"), QStringLiteral("会")});
    CHECK(seen.at(0).source == QStringLiteral("電子"));
    CHECK(seen.at(1).source == QStringLiteral("子報"));
    CHECK(seen.at(3).source == QStringLiteral("ＡＰＥＣ"));
    CHECK(seen.at(5).source == QStringLiteral("展會"));
}

TEST_CASE("other scripts: ICU words, case and diacritics folded; symbols and emoji are no tokens", "[tokenizer]")
{
    CHECK(texts(tokens(QStringLiteral("5G手机 Résumé, 3.14 😀 ★"))) ==
          QStringList{QStringLiteral("5g"), QStringLiteral("手机"), QStringLiteral("机"), QStringLiteral("resume"), QStringLiteral("3.14")});
    CHECK(tokens(QStringLiteral("😀😀 ★ —— ……")).isEmpty());
    CHECK(tokens(QString()).isEmpty());
}

TEST_CASE("query tokens: a trailing run drops its unigram, a lone trailing character is a prefix", "[tokenizer]")
{
    TextTokenizer tokenizer;
    bool prefix = true;
    auto q = tokenizer.queryTokens(QStringLiteral("電子報"), &prefix);
    REQUIRE(q.size() == 2);
    CHECK(q[0].text == "电子");
    CHECK(q[1].text == "子报");
    CHECK_FALSE(prefix);
    q = tokenizer.queryTokens(QStringLiteral("电"), &prefix);
    REQUIRE(q.size() == 1);
    CHECK(prefix);
    q = tokenizer.queryTokens(QStringLiteral("手机5G"), &prefix); // the run ends before 5g: its unigram stays
    REQUIRE(q.size() == 3);
    CHECK(q[1].text == "机");
    CHECK_FALSE(prefix);
    CHECK(tokenizer.queryTokens(QStringLiteral("“”😀"), &prefix).empty());
}

TEST_CASE("tokens are whole UTF-8 characters of every length, also beyond the BMP", "[tokenizer]")
{
    // U+20000 takes four UTF-8 bytes; 中 three.
    const auto seen = tokens(QStringLiteral("𠀀中𠀁"));
    CHECK(texts(seen) == QStringList{QStringLiteral("𠀀中"), QStringLiteral("中𠀁"), QStringLiteral("𠀁")});
    CHECK(seen.at(0).source == QStringLiteral("𠀀中"));
    const QByteArray utf8 = QStringLiteral("𠀀中，𠀀").toUtf8();
    QStringList chars;
    TextTokenizer tokenizer;
    tokenizer.tokenizeHanChars(utf8.constData(), int(utf8.size()), &chars,
                               [](void *c, const char *token, int length, int, int, int) {
                                   static_cast<QStringList *>(c)->append(QString::fromUtf8(token, length));
                                   return 0;
                               });
    CHECK(chars == QStringList{QStringLiteral("𠀀"), QStringLiteral("中")}); // each character once per text
}
